package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// trimEdges cuts from each candidate the words no noun phrase opens or
// closes with, which a misparse runs into it: a conjunction ("and Sen.
// Ana Ruiz"), a finite verb or an auxiliary ("said Kestrel president Ana
// Ruiz", "is Governor Ana Ruiz"), a preposition without a word of its own
// ("among voters"; "at least 19 delegates" keeps its "at"); at
// the end a conjunction. A candidate whose head would go, or a name it
// describes be cut, is dropped, and so is one whose trimmed extent another
// candidate already has.
func trimEdges(d *doc.Document, cands []doc.NominalMention) []doc.NominalMention {
	if len(d.Words) == 0 {
		return cands
	}
	out := cands[:0]
	seen := map[doc.Span]bool{}
	for _, n := range cands {
		first, last := n.FirstTok, n.LastTok
		for first < last && junkOpener(d, first) {
			first++
		}
		for last > first && junkCloser(d, last-1) {
			last--
		}
		if first != n.FirstTok || last != n.LastTok {
			if first >= last || n.Head < first || n.Head >= last ||
				(n.Described != nil && (n.Described.FirstTok < first || n.Described.LastTok > last)) {
				continue
			}
			m := describeNominal(d, first, last, n.Type)
			m.Head, m.Plural, m.Restricted, m.Described, m.Group, m.SameAs = n.Head, n.Plural, n.Restricted, n.Described, n.Group, n.SameAs
			n = m
		}
		if seen[n.Span] {
			continue
		}
		seen[n.Span] = true
		out = append(out, n)
	}
	return out
}

// junkOpener reports whether token k is a word no noun phrase opens with:
// a coordinating conjunction (not the "both" of "both A and B"), a
// subordinator, an auxiliary, a finite verb or an infinitive (a participle
// may modify the noun: "elected officials"), or the preposition of a noun
// ("at least" marks a quantity, and keeps it); a word hyphenated to the
// next is part of a modifier.
func junkOpener(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	if w < 0 || hyphenated(d, k) {
		return false // "at-risk kids", "get-out-the-vote volunteers"
	}
	switch word := d.Words[w]; word.UPOS {
	case "CCONJ":
		return word.Rel == "cc"
	case "SCONJ", "AUX":
		return true
	case "VERB":
		switch word.XPOS {
		case "VBZ", "VBP", "VB", "MD":
			return true
		case "VBD":
			return word.Rel != "amod" // "pledged delegates": the tagger's past tense for a participle
		}
	case "ADP":
		if word.Head < 0 || len(d.Dependents(w, "fixed")) > 0 {
			return false
		}
		switch d.Words[word.Head].UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
			return true // "among voters"; not "at least 19"
		}
	}
	return false
}

// hyphenated reports whether token k is a hyphenated word ("die-hard")
// or joined to the next by no space, as the parts of one are.
func hyphenated(d *doc.Document, k int) bool {
	return strings.Contains(d.Tokens[k].Text, "-") || (k+1 < len(d.Tokens) && d.Tokens[k+1].Start == d.Tokens[k].End)
}

// junkCloser reports whether token k is a word no noun phrase ends with:
// a coordinating conjunction.
func junkCloser(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	return w >= 0 && d.Words[w].UPOS == "CCONJ" && d.Words[w].Rel == "cc"
}
