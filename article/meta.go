package article

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// meta is what a page says about itself, apart from its text.
type meta struct {
	headline, ogTitle, title, h1, author, canonical string
	date, dateFrom                                  string // the date as written, and where it was found
}

// Names of <meta> tags (name, property or itemprop) that carry each field,
// in the order publishers use them: OpenGraph article:*, Dublin Core,
// schema.org microdata, and the common ad hoc names.
var (
	metaDate   = []string{"article:published_time", "og:article:published_time", "datepublished", "dc.date.issued", "dc.date", "dcterms.created", "pubdate", "publishdate", "publish-date", "date", "sailthru.date", "parsely-pub-date"}
	metaAuthor = []string{"author", "byl", "dc.creator", "parsely-author", "sailthru.author", "article:author"}
	metaTitle  = []string{"og:title", "twitter:title", "headline", "dc.title"}
)

// pageMeta reads the metadata of a page: JSON-LD NewsArticle (or any
// schema.org *Article) first, then <meta> tags, then the page's own
// elements (<link rel=canonical>, <time datetime>, <title>).
func pageMeta(doc *html.Node) meta {
	var m meta
	tags := map[string]string{}
	var timePub, timeInArticle, timeAny, titleTag, h1InArticle, h1Any string
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					jsonLD(n.FirstChild.Data, &m)
				}
				return
			case "meta":
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" && tags[key] == "" {
					tags[key] = v
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "title":
				if titleTag == "" && n.FirstChild != nil {
					titleTag = n.FirstChild.Data
				}
			case "article":
				inArticle = true
			case "h1":
				if t := firstNonEmpty(plainText(n)); inArticle && h1InArticle == "" {
					h1InArticle = t
				} else if h1Any == "" {
					h1Any = t
				}
			case "time":
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					_, pub := attrOK(n, "pubdate")
					switch {
					case pub || strings.EqualFold(attr(n, "itemprop"), "datePublished"):
						timePub = firstNonEmpty(timePub, dt)
					case inArticle:
						timeInArticle = firstNonEmpty(timeInArticle, dt)
					default:
						timeAny = firstNonEmpty(timeAny, dt)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	if m.date != "" {
		m.dateFrom = "JSON-LD datePublished"
	}
	for _, k := range metaDate {
		if m.date == "" && tags[k] != "" {
			m.date, m.dateFrom = tags[k], `<meta `+k+`>`
		}
	}
	for _, c := range []struct{ v, from string }{{timePub, "<time pubdate>"}, {timeInArticle, "<time> in <article>"}, {timeAny, "<time>"}} {
		if m.date == "" && c.v != "" {
			m.date, m.dateFrom = c.v, c.from
		}
	}
	for _, k := range metaAuthor {
		if v := tags[k]; m.author == "" && v != "" && !strings.Contains(v, "://") {
			m.author = v
		}
	}
	for _, k := range metaTitle {
		m.ogTitle = firstNonEmpty(m.ogTitle, tags[k])
	}
	m.title = firstNonEmpty(m.title, titleTag)
	m.h1 = firstNonEmpty(h1InArticle, h1Any)
	m.canonical = firstNonEmpty(m.canonical, tags["og:url"])
	return m
}

// plainText is the text below n.
func plainText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// jsonLD takes the first schema.org article of a JSON-LD block: its
// headline, author, datePublished and url. Broken JSON-LD is ignored, as
// browsers do.
func jsonLD(src string, m *meta) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any) bool
	visit = func(v any) bool {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if visit(e) {
					return true
				}
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				m.headline = firstNonEmpty(m.headline, str(x["headline"]))
				m.author = firstNonEmpty(m.author, names(x["author"]))
				m.date = firstNonEmpty(m.date, str(x["datePublished"]))
				m.canonical = firstNonEmpty(m.canonical, str(x["url"]), id(x["mainEntityOfPage"]))
				return true
			}
			return visit(x["@graph"])
		}
		return false
	}
	visit(v)
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "LiveBlogPosting"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func id(v any) string {
	if m, ok := v.(map[string]any); ok {
		return str(m["@id"])
	}
	return str(v)
}

// names reads a JSON-LD author: a name, a Person, or a list of them.
func names(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return str(x["name"])
	case []any:
		var out []string
		for _, e := range x {
			if n := names(e); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}
