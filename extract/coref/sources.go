package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A story's sources and audience keep their bare plural far apart:
// "officials said" in the lede and "officials said" five paragraphs on
// are the officials who made the announcement, "told reporters" twice the
// reporters of one call, where other bare plurals that far apart are two
// generic groups (farFrom).

// sayLemmas are the speech verbs of the quote stage's cues that report
// what was said (quote/cueLemmas of kind "say").
var sayLemmas = lex.CueKinds()["say"]

// speechRole is "speaker" when the noun at token head is the subject of a
// speech verb, "hearer" when it is told ("told reporters", "said to
// reporters"), "" otherwise.
func speechRole(d *doc.Document, head int) string {
	w := d.TokenWord(head)
	if w < 0 || d.Words[w].Head < 0 {
		return ""
	}
	v := d.Words[d.Words[w].Head]
	if v.UPOS != "VERB" || !sayLemmas[v.Lemma] {
		return ""
	}
	switch rel := d.Words[w].Rel; {
	case rel == "nsubj":
		return "speaker"
	case rel == "iobj" || rel == "obj" && v.Lemma == "tell":
		return "hearer"
	case rel == "obl":
		for _, k := range d.Dependents(w, "case") {
			if strings.EqualFold(d.Words[k].Text, "to") {
				return "hearer"
			}
		}
	}
	return ""
}

// sameSpeechRole reports whether description c and the mention of entity
// e that starts at token prev play one role in speech: both speak or both
// are told.
func sameSpeechRole(d *doc.Document, c doc.NominalMention, e, prev int) bool {
	r := speechRole(d, c.Head)
	if r == "" || prev < 0 {
		return false
	}
	for _, mi := range d.Entities[e].Mentions {
		if m := d.Mentions[mi]; m.FirstTok == prev {
			h := d.HeadNoun(m.FirstTok, m.LastTok)
			return h >= 0 && speechRole(d, d.Words[h].Token) == r
		}
	}
	return false
}
