package quote

import (
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// embedOpen is the opening tag that a source leaves in the text where it
// embedded a post (`<tweet id="..." author="@kimlund" ...>`), with the
// author's handle as an attribute; embedClose ends the post's text.
var (
	embedOpen  = regexp.MustCompile(`<tweet\b[^<>]*?\b(?:tweet-)?author="(@?[A-Za-z0-9_]+)"[^<>]*>`)
	embedClose = regexp.MustCompile(`</tweet>`)
	// embedSignature is the sign-off an embed repeats after the post's
	// text: "— Kim Lund (@kimlund) February 15, 2016".
	embedSignature = regexp.MustCompile(`\s[—―-]\s*([^()<>—―]{2,60}?)\s*\(@[A-Za-z0-9_]+\)[^<>]*$`)
)

// embeddedPosts makes the text of each post embedded in the article a
// direct quote of its author: the name of its sign-off when a stage made
// it a mention ("— Kim Lund (@kimlund) ..."), which then ends the
// content, else the handle in the tag, a span of the text as it stands.
// Nothing is made of a post that a quote already covers, nor of an empty
// embed (`<tweet tweet-id="..."><tweet/>`). It reports whether it added
// any.
func (c *qCtx) embeddedPosts() bool {
	d := c.d
	text := d.Text
	if !strings.Contains(text, "<tweet") {
		return false
	}
	added := false
	for _, m := range embedOpen.FindAllStringSubmatchIndex(text, -1) {
		end := embedClose.FindStringIndex(text[m[1]:])
		if end == nil {
			continue
		}
		body := text[m[1] : m[1]+end[0]]
		if strings.ContainsAny(body, "<>") || len(strings.Fields(body)) < 3 {
			continue
		}
		q := doc.Quote{Speaker: -1, Addressee: -1, Direct: true}
		bodyEnd := m[1] + len(strings.TrimRight(body, " \t\n"))
		if s := embedSignature.FindStringSubmatchIndex(body); s != nil {
			bodyEnd = m[1] + len(strings.TrimRight(body[:s[0]], " \t\n"))
			name := doc.Span{Start: c.runeAt(m[1] + s[2]), End: c.runeAt(m[1] + s[3])}
			q.Speaker = c.nameMention(name)
			if q.Speaker >= 0 {
				dash := doc.Span{Start: c.runeAt(m[1] + s[0] + 1), End: c.runeAt(m[1]+s[0]+1) + 1}
				q.Cue = &dash
			}
		}
		start := m[1] + len(body) - len(strings.TrimLeft(body, " \t\n"))
		content := doc.Span{Start: c.runeAt(start), End: c.runeAt(bodyEnd)}
		if content.End-content.Start < 10 || c.covered(content) {
			continue
		}
		if q.Speaker < 0 {
			q.SpeakerSpan = &doc.Span{Start: c.runeAt(m[2]), End: c.runeAt(m[3])}
		}
		q.Content = []doc.Span{content}
		d.Quotes = append(d.Quotes, q)
		added = true
	}
	return added
}

// runeAt is the code point offset of byte offset b of the text.
func (c *qCtx) runeAt(b int) int {
	return len([]rune(c.d.Text[:b]))
}

// nameMention returns the name mention of a person or organisation that
// starts the sign-off's name span, -1 when none.
func (c *qCtx) nameMention(sp doc.Span) int {
	for i, m := range c.d.Mentions {
		if m.Kind == doc.Name && m.Start == sp.Start && m.End <= sp.End && (m.Type == doc.Person || m.Type == doc.Organization) {
			return i
		}
	}
	return -1
}

// covered reports whether a direct quote already holds span sp.
func (c *qCtx) covered(sp doc.Span) bool {
	for _, q := range c.d.Quotes {
		for _, x := range q.Content {
			if q.Direct && x.Start <= sp.Start && x.End >= sp.End {
				return true
			}
		}
	}
	return false
}
