package event

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Word classes and noun-phrase tests that event participant selection
// (event_args.go) and open relations (open_relations.go) read the clause
// with, in place of a part-of-speech tagger: closed-class English words
// and spelling, nothing learned from any corpus.

// prepositions end a noun phrase and mark the mentions after them as
// obliques rather than subjects or objects.
var prepositions = lex.Words("common/prepositions")

// npOpeners open a noun phrase (determiners, possessives, quantifiers): a trigger after one is a noun.
var npOpeners = lex.Words("event/npOpeners")

// auxiliaries and adverbs that may stand between a subject and its verb.
var verbChain = lex.Words("event/verbChain")

// nounOnly are trigger words that cannot be verbs.
var nounOnly = lex.Words("event/nounOnly")

// nominalTrigger reports whether the trigger at token k is used as a noun:
// a noun-only word, or one that follows a determiner, possessive, number
// or adjective-like modifier ("a 45% drop", "the planned cuts").
func nominalTrigger(d *doc.Document, s doc.Sentence, k int) bool {
	w := strings.ToLower(d.Tokens[k].Text)
	if lex.PastForm(w) {
		// "the planned stop" is a modifier; "The Nikkei dropped" a verb
		return k > s.First && npOpeners[strings.ToLower(d.Tokens[k-1].Text)] && !strings.Contains(d.Tokens[k-1].Text, "'")
	}
	gerund := strings.HasSuffix(w, "ing")
	if k+1 < s.Last && strings.ToLower(d.Tokens[k+1].Text) == "of" {
		return true // "the release of", "the killing of"
	}
	if nounOnly[w] && !gerund {
		return true
	}
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		p := strings.ToLower(d.Tokens[j].Text)
		switch {
		case npOpeners[p]:
			return true
		case p == "to" || verbChain[p]:
			return false // "to cut", "will cut", "was meeting": a verb
		case prepositions[p]:
			return !gerund // "since launch" is a noun, "before meeting Gypsy" a gerund
		case isNumberish(p):
			continue
		case lex.EventTriggers[p] != "" && j == k-1:
			return strings.HasSuffix(p, "ed") // "announced plans": the object of a verb
		}
		if insideMention(d, j) || gerund && isModifierWord(d.Tokens[j].Text) && j == k-1 && !strings.HasSuffix(p, "ly") {
			continue // "GM sales", "the Eurogroup meeting", "annual meeting"
		}
		return false
	}
	return false
}

func isNumberish(w string) bool {
	digit := false
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '%' && r != '.' && r != ',' && r != '$' {
			return false
		}
		digit = digit || unicode.IsDigit(r)
	}
	return digit
}

// argMention reports whether mention m may be an event participant: a
// resolved entity other than a place, a photo credit, a nationality
// adjective ("the Russian government") or a currency sign ("US$").
func argMention(d *doc.Document, m doc.Mention) bool {
	if m.Entity < 0 || d.Entities[m.Entity].Type == doc.Place || doc.IsCredit(d, m.FirstTok) {
		return false
	}
	if strings.ContainsAny(m.Text, "$€£¥") {
		return false
	}
	e := d.Entities[m.Entity]
	if e.Type != doc.Other {
		return true
	}
	for _, o := range e.Mentions {
		if d.Mentions[o].Kind == doc.Name && lex.IsDemonym(d.Mentions[o].Text) {
			return false // "the Norwegian government" resolved to "Norwegian"
		}
	}
	return true
}

// mentionIndex indexes the participant-capable mentions by their first and
// last token.
type mentionIndex struct {
	byFirst, byLast map[int]int
}

func indexMentions(d *doc.Document, lo, hi int) mentionIndex {
	ix := mentionIndex{map[int]int{}, map[int]int{}}
	for mi, m := range d.Mentions {
		if m.FirstTok < lo || m.LastTok > hi {
			continue
		}
		// a name wins a shared boundary ("her boyfriend Nick Cole" is
		// Nick Cole), else the longest mention
		if old, ok := ix.byFirst[m.FirstTok]; !ok || better(d.Mentions[old], m) {
			ix.byFirst[m.FirstTok] = mi
		}
		if old, ok := ix.byLast[m.LastTok-1]; !ok || better(d.Mentions[old], m) {
			ix.byLast[m.LastTok-1] = mi
		}
	}
	return ix
}

// better reports whether mention m should replace old at a shared boundary.
func better(old, m doc.Mention) bool {
	if (old.Kind == doc.Name) != (m.Kind == doc.Name) {
		return m.Kind == doc.Name
	}
	return m.LastTok-m.FirstTok > old.LastTok-old.FirstTok
}

// inPP reports whether the noun phrase holding token j is the object of a
// preposition: walking left over the words of the phrase reaches one.
func inPP(d *doc.Document, lo, j int) bool {
	switch strings.ToLower(d.Tokens[j].Text) {
	case "he", "she", "they", "we", "i", "who":
		return false // nominative: the subject of a clause, not a prepositional object
	}
	for i := j - 1; i >= lo && i >= j-6; i-- {
		w := strings.ToLower(d.Tokens[i].Text)
		switch {
		case prepositions[w]:
			return true
		case npOpeners[w] || isNumberish(w) || insideMention(d, i) || isModifierWord(d.Tokens[i].Text):
			continue
		}
		return false
	}
	return false
}

// isModifierWord is a lowercase word that may sit inside a noun phrase
// before its head (adjectives, nouns), as opposed to punctuation or a
// function word.
func isModifierWord(w string) bool {
	lw := strings.ToLower(w)
	if verbChain[lw] || prepositions[lw] || clauseOpeners[lw] || lw == "and" || lw == "or" || lw == "but" || lw == "that" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

func isSubjectPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

func isObjectPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "him", "them", "me", "us", "whom":
		return true
	}
	return false
}

// enclosing returns the span holding token j.
func enclosing(spans []doc.Span, j int) (doc.Span, bool) {
	for _, sp := range spans {
		if sp.Start <= j && j < sp.End {
			return sp, true
		}
	}
	return doc.Span{}, false
}
