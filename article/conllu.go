package article

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/conllu"
)

// readCoNLLU reads a Universal Dependencies treebank file: one article per
// "# newdoc" (the whole file when it has none), whose text is the
// sentences' "# text" lines, joined by a space within a paragraph
// ("# newpar") and by a blank line between paragraphs. With
// Options.Tokenized the article also keeps the treebank's words and
// sentences (Article.Tokens), so that a parser can be scored apart
// from tokenization; without it the text is read like any other.
func readCoNLLU(source, id string, br *bufio.Reader, opt Options, visit Visit, report Report) error {
	var cur *treebankDoc
	n := 0
	flush := func() error {
		if cur == nil || cur.text.Len() == 0 {
			return nil
		}
		n++
		a := Article{ID: cur.id, Text: cur.text.String(), Date: opt.Date, Source: fmt.Sprintf("%s#%d", source, n)}
		if a.ID == "" {
			a.ID, a.idFrom = id, idPath
			if n > 1 {
				a.ID = fmt.Sprintf("%s-%d", id, n)
			}
		}
		if opt.Tokenized {
			a.Tokens = &Tokens{Sentences: cur.sents}
		}
		cur = nil
		return visit(a)
	}
	err := conllu.Scan(br, func(s conllu.Sentence) error {
		if doc, ok := s.Comment("newdoc id"); ok || cur == nil {
			if err := flush(); err != nil {
				return err
			}
			cur = &treebankDoc{id: SlugID(doc)}
		} else if _, ok := s.Comment("newpar id"); ok {
			cur.newPar = true
		} else if _, ok := s.Comment("newpar"); ok {
			cur.newPar = true
		}
		cur.add(&s)
		return nil
	})
	if err != nil {
		report(&Error{Source: source, Err: err})
		return nil
	}
	return flush()
}

// treebankDoc gathers the sentences of one document of a treebank.
type treebankDoc struct {
	id     string
	text   strings.Builder
	runes  int // code points written so far
	newPar bool
	sents  [][]Span
}

// add appends one sentence: its "# text" line or, lacking one, its words
// spaced as their SpaceAfter says; and the spans of its words.
func (d *treebankDoc) add(s *conllu.Sentence) {
	switch {
	case d.runes == 0:
	case d.newPar:
		d.write("\n\n")
	default:
		d.write(" ")
	}
	d.newPar = false
	text, ok := s.Comment("text")
	if !ok {
		var b strings.Builder
		for i, w := range s.Words {
			b.WriteString(w.Form)
			if i+1 < len(s.Words) && s.SpaceAfter(w.ID) {
				b.WriteByte(' ')
			}
		}
		text = b.String()
	}
	start := d.runes
	d.write(text)
	d.sents = append(d.sents, wordSpans([]rune(text), start, s))
}

func (d *treebankDoc) write(s string) {
	d.text.WriteString(s)
	d.runes += len([]rune(s))
}

// wordSpans finds each word of s in its text (offset by base). A word
// that the text spells otherwise (a multiword token such as "don't" =
// do + n't) shares the token's span: its first word takes the token up to
// the last word's form, when that fits, the rest the remainder.
func wordSpans(text []rune, base int, s *conllu.Sentence) []Span {
	spans := make([]Span, 0, len(s.Words))
	pos := 0
	skipSpace := func() {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n') {
			pos++
		}
	}
	for wi := 0; wi < len(s.Words); {
		skipSpace()
		if t := tokenAt(s, wi+1); t != nil {
			form := []rune(t.Form)
			start := pos
			pos = min(len(text), pos+len(form))
			spans = append(spans, splitToken(start, pos, s.Words[t.First-1:t.Last], base)...)
			wi = t.Last
			continue
		}
		form := []rune(s.Words[wi].Form)
		start := pos
		pos = min(len(text), pos+len(form))
		spans = append(spans, Span{base + start, base + pos})
		wi++
	}
	return spans
}

func tokenAt(s *conllu.Sentence, id int) *conllu.Token {
	for i := range s.Tokens {
		if s.Tokens[i].First == id {
			return &s.Tokens[i]
		}
	}
	return nil
}

// splitToken divides the token [start, end) among its words by the
// lengths of their forms, the last word taking what is left.
func splitToken(start, end int, words []conllu.Word, base int) []Span {
	out := make([]Span, len(words))
	pos := start
	for i, w := range words {
		e := min(end, pos+len([]rune(w.Form)))
		if i == len(words)-1 || e >= end {
			e = end
		}
		if i < len(words)-1 && e == end && pos < end {
			e = max(pos+1, end-1) // keep at least a code point for the rest
		}
		out[i] = Span{base + pos, base + e}
		pos = e
	}
	return out
}
