package article

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// parseHTML reads a saved or fetched web page: the main text without
// navigation, ads, related links and comments (go-readability, the Go port
// of Firefox's Reader View, Readability.js), and from the page's metadata
// the headline, byline, publication date and canonical URL (see
// pageMeta). pageURL is where a fetched page came from ("" for a file);
// contentType is its Content-Type header, for the character set.
func parseHTML(source, id string, data []byte, pageURL, contentType string, opt Options, warn func(error)) (Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Article{}, errors.New("empty file")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Article{}, fmt.Errorf("not a text file (NUL byte at offset %d)", i)
	}
	r, err := charset.NewReader(bytes.NewReader(data), contentType)
	if err != nil {
		return Article{}, fmt.Errorf("character set: %v", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return Article{}, fmt.Errorf("broken HTML: %v", err)
	}
	meta := pageMeta(doc)
	var base *nurl.URL
	if pageURL != "" {
		base, _ = nurl.Parse(pageURL)
	}
	a := Article{Source: source, Date: opt.Date}
	byline := dropBoilerplate(doc)
	ra, rerr := readability.FromDocument(doc, base)
	if rerr == nil && ra.Node != nil {
		a.Text = cleanText(render.InnerText(ra.Node))
	}
	if a.Text == "" {
		a.Text = cleanText(fallbackText(doc))
	}
	if a.Text == "" {
		return Article{}, errors.New("no article text in this page")
	}
	// The headline: JSON-LD's, then OpenGraph's or the <title> (which
	// often carries the site's name: "Storm | Ledger"), then the page's
	// own <h1>, then what Readability made of the title.
	a.Title = firstNonEmpty(meta.headline, meta.ogTitle, meta.h1, meta.title, ra.Title())
	a.Author = firstNonEmpty(meta.author, ra.Byline(), byline)
	a.URL = firstNonEmpty(meta.canonical, pageURL)
	if base != nil && a.URL != "" {
		if u, err := base.Parse(a.URL); err == nil {
			a.URL = u.String()
		}
	}
	if meta.date != "" {
		if d, err := ParseDateIn(meta.date, opt.DateOrder); err != nil {
			warn(fmt.Errorf("publication date (%s): %v; the article is kept undated", meta.dateFrom, err))
		} else {
			a.Date = d
		}
	}
	a.ID, a.idFrom = id, idPath
	if a.ID == "" && pageURL != "" {
		a.ID, a.idFrom = URLID(firstNonEmpty(a.URL, pageURL)), idGiven
	}
	if a.ID == "" {
		a.ID, a.idFrom = ContentID(a.Text), idContent
	}
	return a, nil
}

// htmlFragmentText is the text of a piece of HTML, such as the content of
// a feed item: cleaned like a page (boilerplate dropped, then Readability)
// when Readability finds an article in it, else all of its text.
func htmlFragmentText(s string) string {
	doc := parseFragment(s)
	if doc == nil {
		return cleanText(s)
	}
	dropBoilerplate(doc)
	if ra, err := readability.FromDocument(doc, nil); err == nil && ra.Node != nil {
		if t := cleanText(render.InnerText(ra.Node)); len(t) > 0 {
			return t
		}
	}
	return cleanText(fallbackText(doc))
}

// plainFragment is the text of a short piece of HTML such as a title:
// tags dropped, entities decoded, white space collapsed.
func plainFragment(s string) string {
	doc := parseFragment(s)
	if doc == nil {
		return firstNonEmpty(s)
	}
	return firstNonEmpty(render.InnerText(doc))
}

// parseFragment parses a piece of HTML as the body of a page; nil when s
// holds no markup or entity (plain text needs no parse).
func parseFragment(s string) *html.Node {
	if !strings.ContainsAny(s, "<&") {
		return nil
	}
	doc, err := html.Parse(strings.NewReader("<html><body>" + s + "</body></html>"))
	if err != nil {
		return nil
	}
	return doc
}

// fallbackText is the text of the page without the parts that are never
// the article, for pages Readability finds nothing in (a very short one).
func fallbackText(doc *html.Node) string {
	var drop []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "head":
				drop = append(drop, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	return render.InnerText(doc)
}

var (
	bylineRe = regexp.MustCompile(`(?i)byline|author|dateline|writtenby`)
	// adRe matches a class or id word of an ad, a promotion or a share
	// bar ("ad-slot", "advertisement", "promo", "share-tools"), as a whole
	// word between spaces, '-' and '_' ("shadow" and "headline" are not).
	adRe = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|dfp|sponsor|sponsored|promo|promoted|banner|outbrain|taboola|newsletter|share|sharing|social)(?:$|[\s_-])`)
	// adTextRe is the label an ad carries in its text.
	adTextRe = regexp.MustCompile(`^(?i:advertisement|sponsored|anzeige|publicité)\b|^ADVERTISEMENT`)
	// moreRe is the text of a link to the rest of a story, which feeds
	// put after a teaser.
	moreRe = regexp.MustCompile(`(?i)^(?:read more|continue reading|read the full (?:story|article)|full story|more)\W*$`)
	// datelineRe is what a dateline says besides its date.
	datelineRe = regexp.MustCompile(`(?i)\b(?:published|updated|posted|last|modified|on|at)\b|[^\pL\pN]`)
)

// maxLineText bounds the text of an element taken for a byline, dateline
// or "read more" line: anything longer is article text.
const maxLineText = 100

// dropBoilerplate removes, before Readability runs, what is never the
// article whatever its score: navigation, asides, footers, forms, a page
// header outside the article, ads and share bars (by class, id or their
// "Advertisement" label), the byline element with the short line around
// it ("By Priya Nandakumar · 5 March 2024": Readability keeps a byline in
// the text when the metadata already named the author; the byline is kept
// apart in Article.Author instead, and the date was read from the page
// before), a line that holds only a date, and a "Read more" link line. It
// returns the text of the first byline, without "By".
func dropBoilerplate(doc *html.Node) string {
	byline := ""
	var drop []*html.Node
	var visit func(n *html.Node, inArticle bool)
	visit = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "nav", "aside", "footer", "form", "script", "style", "noscript", "template":
				if n.Data != "script" || !strings.Contains(attr(n, "type"), "ld+json") {
					drop = append(drop, n)
					return
				}
			case "header":
				if !inArticle {
					drop = append(drop, n)
					return
				}
			case "article", "main":
				inArticle = true
			case "html", "body":
			case "time":
				// a line of its own that holds only the date (a <time> inside
				// a sentence stays)
				if line := lineOf(n); line != n && datelineRe.ReplaceAllString(innerText(line), "") == datelineRe.ReplaceAllString(innerText(n), "") {
					drop = append(drop, line)
					return
				}
			default:
				if isAd(n) {
					drop = append(drop, n)
					return
				}
				if isMoreLink(n) {
					drop = append(drop, lineOf(n))
					return
				}
				if !bylineRe.MatchString(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "rel") + " " + attr(n, "itemprop")) {
					break
				}
				if text := innerText(n); len(text) < maxLineText {
					if byline == "" {
						byline = bylinePrefix.ReplaceAllString(text, "")
					}
					drop = append(drop, lineOf(n))
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inArticle)
		}
	}
	visit(doc, false)
	for _, n := range drop {
		if n.Parent != nil { // not already gone with an element dropped before
			n.Parent.RemoveChild(n)
		}
	}
	return byline
}

func innerText(n *html.Node) string { return strings.TrimSpace(render.InnerText(n)) }

// lineOf is the largest element around n (n itself at least) whose text
// is short enough to be one line of a byline or dateline and that is not
// the article itself.
func lineOf(n *html.Node) *html.Node {
	line := n
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch p.Data {
		case "article", "main", "body", "html", "section", "td", "li":
			return line
		}
		if len(innerText(p)) >= maxLineText {
			return line
		}
		line = p
	}
	return line
}

// isAd says whether an element is an ad, a promotion or a share bar.
func isAd(n *html.Node) bool {
	if adRe.MatchString(attr(n, "class") + " " + attr(n, "id")) {
		return true
	}
	switch n.Data {
	case "div", "p", "section", "span", "figure":
		text := innerText(n)
		return len(text) < 2*maxLineText && adTextRe.MatchString(text)
	}
	return false
}

// isMoreLink says whether n is a link whose text only points to the rest
// of the story ("Read more", "Continue reading").
func isMoreLink(n *html.Node) bool {
	return n.Data == "a" && moreRe.MatchString(innerText(n)) && innerText(lineOf(n)) == innerText(n)
}

var bylinePrefix = regexp.MustCompile(`(?i)^(by|von|par|por|av)\s+`)

var manyNewlines = regexp.MustCompile(`\n{3,}`)

// cleanText trims each line and keeps at most one blank line between
// paragraphs, the shape the extractor reads from text files.
func cleanText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(strings.ReplaceAll(l, "\u00a0", " ")), " ")
	}
	return strings.TrimSpace(manyNewlines.ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return ""
}

// URLID is the id of an article known by its URL: host, path and query
// without the scheme, the fragment and tracking parameters (utm_*,
// fbclid, gclid), so that http://x/a?utm_source=feed and https://x/a are
// one article.
func URLID(raw string) string {
	u, err := nurl.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	q := u.Query()
	for k := range q {
		if lk := strings.ToLower(k); strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
			q.Del(k)
		}
	}
	id := strings.ToLower(u.Host) + strings.TrimSuffix(u.EscapedPath(), "/")
	if len(q) > 0 {
		id += "?" + q.Encode()
	}
	return id
}
