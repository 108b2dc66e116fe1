package doctest

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

// Parsed is WithNames with the parse: the syntax stage's words, tags and
// dependency trees, as the stages after it see them.
func Parsed(t *testing.T, text string, names map[string]doc.EntityType) *doc.Document {
	t.Helper()
	d := WithNames(t, text, names)
	syntax.Parse(d)
	return d
}

// Tree builds a one-sentence document from a hand-written parse, so that a
// rule on the tree is tested whatever the parser's model makes of the
// sentence: "form/UPOS/XPOS/head/rel" items, head 1-based (0 for the
// root), one word per token, words separated by single spaces in the
// text; the lemma is the lower-cased form.
func Tree(t *testing.T, items string) *doc.Document {
	t.Helper()
	fields := strings.Fields(items)
	forms := make([]string, len(fields))
	for i, f := range fields {
		forms[i] = strings.Split(f, "/")[0]
	}
	d := doc.NewDocument("t", strings.Join(forms, " "), time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	pos := 0
	for i, f := range fields {
		p := strings.Split(f, "/")
		if len(p) != 5 {
			t.Fatalf("doctest.Tree: %q is not form/UPOS/XPOS/head/rel", f)
		}
		head, err := strconv.Atoi(p[3])
		if err != nil {
			t.Fatalf("doctest.Tree: head of %q: %v", f, err)
		}
		span := doc.Span{Start: pos, End: pos + len([]rune(p[0]))}
		pos = span.End + 1
		d.Tokens = append(d.Tokens, doc.Token{Span: span, Text: p[0], SpaceBefore: i > 0})
		d.Words = append(d.Words, doc.Word{Span: span, Text: p[0], Token: i, UPOS: p[1], XPOS: p[2],
			Lemma: strings.ToLower(p[0]), Head: head - 1, Rel: p[4]})
	}
	d.Paragraphs = []doc.Span{{Start: 0, End: pos - 1}}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: pos - 1}, First: 0, Last: len(fields)}}
	return d
}

// Names marks the token ranges of d whose text is one of names as NAME
// mentions of the given types (for a Tree document).
func Names(d *doc.Document, names map[string]doc.EntityType) {
	for name, typ := range names {
		words := strings.Fields(name)
	tok:
		for i := 0; i+len(words) <= len(d.Tokens); i++ {
			for k, w := range words {
				if d.Tokens[i+k].Text != w {
					continue tok
				}
			}
			sp := doc.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+len(words)-1].End}
			d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Name, Type: typ,
				Entity: -1, FirstTok: i, LastTok: i + len(words)})
		}
	}
}
