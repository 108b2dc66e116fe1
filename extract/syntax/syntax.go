package syntax

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// Tagger tags the words of one sentence with UPOS, XPOS and lemma.
type Tagger interface {
	Tag(words []string) (upos, xpos, lemmas []string)
}

// Parser finds the dependency tree of one tagged sentence: heads 1-based
// (0 for the root), full UD relations.
type Parser interface {
	Parse(words, upos, xpos, lemmas []string) (heads []int, rels []string)
}

// Parse adds the word layer: d's tokens as UD words (Segment), each with
// its part of speech, lemma, head and relation, sentence by sentence.
func Parse(d *doc.Document) {
	Segment(d)
	d.IndexWords()
	m := models()
	parser := m.parser
	if Fast() {
		parser = fastParser()
	}
	var forms []string
	for s := range d.Sentences {
		first, last := d.SentenceWords(s)
		if first == last {
			continue
		}
		forms = forms[:0]
		for _, w := range d.Words[first:last] {
			forms = append(forms, w.Text)
		}
		if s == 0 && titleCased(d.Words[first:last]) {
			forms = headlineForms(d, s, forms, m.lemmas.lex)
		}
		annotate(d.Words[first:last], first, forms, m.tagger, parser)
		m.lemmas.mend(d.Words[first:last])
		nounsTaggedAdjectives(d.Words[first:last], first)
	}
	d.IndexTree()
}

// annotate fills the tags, lemmas and tree of one sentence's words, which
// start at index base of the document's words.
func annotate(words []doc.Word, base int, forms []string, t Tagger, p Parser) {
	if t == nil {
		return
	}
	upos, xpos, lemmas := t.Tag(forms)
	for i := range words {
		words[i].UPOS, words[i].XPOS, words[i].Lemma = upos[i], xpos[i], lemmas[i]
	}
	if p == nil {
		return
	}
	heads, rels := p.Parse(forms, upos, xpos, lemmas)
	for i := range words {
		words[i].Head = -1
		if heads[i] > 0 {
			words[i].Head = base + heads[i] - 1
		}
		words[i].Rel = rels[i]
	}
}
