package article

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/mmcdole/gofeed"
)

// readFeed reads an RSS (0.9x, 1.0, 2.0) or Atom feed with gofeed, the
// feed parser most Go readers use: one article per item, with its link,
// guid, date, author and content; HTML content is cleaned like a page.
// Each item is named "path:line" by the line its <item> or <entry>
// starts on.
func readFeed(source string, data []byte, opt Options, visit Visit, report Report) error {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		report(&Error{Source: source, Err: fmt.Errorf("not a readable RSS or Atom feed: %v", err)})
		return nil
	}
	if len(feed.Items) == 0 {
		report(&Error{Source: source, Err: errors.New("a feed without items")})
		return nil
	}
	lines := itemLines(data, len(feed.Items))
	for i, it := range feed.Items {
		at := fmt.Sprintf("%s#%d", source, i+1)
		if lines != nil {
			at = fmt.Sprintf("%s:%d", source, lines[i])
		}
		a, ferr := feedItem(it, opt, warnAt(opt, at))
		if err := deliver(at, a, ferr, visit, report); err != nil {
			return err
		}
	}
	return nil
}

// feedItem turns one item into an article. Its id is the guid, else the
// link (as URLID makes it), else a hash of the text.
func feedItem(it *gofeed.Item, opt Options, warn func(error)) (Article, error) {
	a := Article{Date: opt.Date, Title: plainFragment(it.Title), URL: strings.TrimSpace(it.Link)}
	a.Text = htmlFragmentText(firstNonEmpty(it.Content, it.Description))
	if a.Text == "" {
		return Article{}, errors.New("a feed item without content or description")
	}
	if it.Author != nil {
		a.Author = it.Author.Name
	}
	if a.Author == "" {
		var ns []string
		for _, p := range it.Authors {
			if p != nil && p.Name != "" {
				ns = append(ns, p.Name)
			}
		}
		a.Author = strings.Join(ns, ", ")
	}
	if it.DublinCoreExt != nil && a.Author == "" && len(it.DublinCoreExt.Creator) > 0 {
		a.Author = strings.Join(it.DublinCoreExt.Creator, ", ")
	}
	date := firstNonEmpty(it.Published, it.Updated)
	if date == "" && it.DublinCoreExt != nil && len(it.DublinCoreExt.Date) > 0 {
		date = it.DublinCoreExt.Date[0]
	}
	if date != "" {
		if d, err := ParseDateIn(date, opt.DateOrder); err != nil {
			warn(fmt.Errorf("item date: %v; the article is kept undated", err))
		} else {
			a.Date = d
		}
	}
	switch {
	case strings.TrimSpace(it.GUID) != "":
		a.ID, a.idFrom = strings.TrimSpace(it.GUID), idGiven
		if IsURL(a.ID) {
			a.ID = URLID(a.ID)
		}
	case a.URL != "":
		a.ID, a.idFrom = URLID(a.URL), idGiven
	default:
		a.ID, a.idFrom = ContentID(a.Text), idContent
	}
	return a, nil
}

var itemStart = regexp.MustCompile(`<(?:[A-Za-z0-9_-]+:)?(?:item|entry)[\s>/]`)

// itemLines finds the line of each item's start tag, or nil when the
// count does not match the parser's (an item-like tag inside CDATA, say).
func itemLines(data []byte, n int) []int {
	locs := itemStart.FindAllIndex(data, -1)
	if len(locs) != n {
		return nil
	}
	out := make([]int, n)
	line, last := 1, 0
	for i, l := range locs {
		line += bytes.Count(data[last:l[0]], []byte("\n"))
		last = l[0]
		out[i] = line
	}
	return out
}
