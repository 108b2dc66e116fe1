package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// modifierName reports whether name mention m is, on the parse, a word of
// description and no name of anything: an adjective or a participle of
// origin, nationality, faith or party that modifies a noun ("Middle
// Eastern nations", "a Los Angeles-based lawyer", "the Democratic
// nominee"), or, for a name the tagger left untyped, an adjective said of
// its subject or object ("most of them are Muslim", "called the ban
// un-American"). attributive reads one word by the noun after it; this
// reads the tree, so that names of several words and hyphenated
// modifiers, of any type, are caught. A plural ("Republicans said") and
// a proper noun ("the Clinton campaign") are left to the names.
func modifierName(d *doc.Document, m *doc.Mention) bool {
	if len(d.Words) == 0 || m.Type == doc.Person || strings.ToUpper(m.Text) == m.Text || lex.KnownType(m.Text) != "" || nounElsewhere(d, m) || personsSurname(d, m) {
		return false // a person's name, initials ("F.S. officials"), a listed name ("Flint residents") the parse read as an adjective
	}
	last := m.Text[len(m.Text)-1]
	if last == 's' || last == 'S' {
		return false
	}
	fw, lw := d.TokenWords(m.FirstTok, m.LastTok)
	head := -1
	for w := fw; w < lw; w++ {
		if h := d.Words[w].Head; h >= fw && h < lw {
			continue
		}
		if d.Words[w].UPOS == "PUNCT" {
			continue
		}
		if head >= 0 && (d.Words[w].Head != d.Words[head].Head || !adjectiveMod(d.Words[w]) || !adjectiveMod(d.Words[head])) {
			return false // two words hang outside, not two adjectives of one noun ("Middle Eastern")
		}
		head = w
	}
	if head < 0 {
		return false
	}
	hw := d.Words[head]
	switch {
	case adjectiveMod(hw):
		return nounAfter(d, head)
	case hw.UPOS == "VERB" && doc.RelIs(hw.Rel, "amod") && strings.Contains(m.Text, "-"):
		return nounAfter(d, head) // "Los Angeles-based": a participle compound
	case hw.UPOS == "ADJ" && m.Type == doc.Other && len(d.Dependents(head, "det")) == 0:
		return len(d.Dependents(head, "cop")) > 0 || doc.RelIs(hw.Rel, "xcomp") // not "is a Latino": a noun
	}
	return false
}

// adjectiveMod reports whether w is an adjective modifying a noun.
func adjectiveMod(w doc.Word) bool { return w.UPOS == "ADJ" && doc.RelIs(w.Rel, "amod") }

// nounAfter reports whether word w's head is a common noun after it, or a
// person's title ("Turkish President Erdogan"): what an attributive
// adjective describes.
func nounAfter(d *doc.Document, w int) bool {
	h := d.Words[w].Head
	if h <= w || h >= len(d.Words) {
		return false
	}
	return d.Words[h].UPOS == "NOUN" || d.Words[h].UPOS == "PROPN" && personTitles[titleWord(d.Words[h].Text)]
}

// demonymBeforeNoun reports whether name mention m is one untyped word
// shaped as a nationality's or a faith's adjective (lex.IsDemonym:
// "Jewish", "Turkish", "Christian") right before a common noun in the
// singular or plural, in its sentence ("the Jewish people", "Christian
// refugees"), where the parse read the word as a proper noun: it qualifies
// the noun and names nothing.
func demonymBeforeNoun(d *doc.Document, m *doc.Mention) bool {
	if m.Type != doc.Other || m.LastTok-m.FirstTok != 1 || m.LastTok >= len(d.Tokens) || !doc.SameSentence(d, m.FirstTok, m.LastTok) {
		return false
	}
	t := d.Tokens[m.FirstTok].Text
	if strings.HasSuffix(t, "s") || len(t) < 2 || t[1:] != strings.ToLower(t[1:]) || !lex.IsDemonym(t) && !faithNames[strings.ToLower(t)] || nounElsewhere(d, m) || personsSurname(d, m) {
		return false
	}
	w := d.TokenWord(m.LastTok)
	return w >= 0 && d.Words[w].UPOS == "NOUN" && doc.IsLowerWord(d.Tokens[m.LastTok].Text)
}

// nounElsewhere reports whether a name mention of the same name as m
// stands elsewhere in the document as a proper noun: then the name names
// something ("Valeant shares", "Valeant said"), and the parse's adjective
// reading of m is its error.
func nounElsewhere(d *doc.Document, m *doc.Mention) bool {
	key := doc.NameKey(m.Text)
	for i := range d.Mentions {
		o := &d.Mentions[i]
		if o.Kind != doc.Name || o.FirstTok == m.FirstTok || doc.NameKey(o.Text) != key {
			continue
		}
		for k := o.FirstTok; k < o.LastTok; k++ {
			if w := d.TokenWord(k); w >= 0 && d.Words[w].UPOS == "PROPN" {
				return true
			}
		}
	}
	return false
}

// memberWords are the singular words for one member or side of a party.
var memberWords = lex.Words("coref/memberWords")

// memberWord reports whether name mention m is one singular word for a
// party's member or side, whatever type the tagger or the document's
// majority gave it: "a Republican",
// "Sessions, Republican of Alabama", "the Iowa Republican caucus". It
// describes a person or qualifies a noun and names neither the party nor
// anyone; the party is marked on the tokens (partymarks.go).
func memberWord(d *doc.Document, m *doc.Mention) bool {
	return m.LastTok-m.FirstTok == 1 && memberWords[strings.ToLower(d.Tokens[m.FirstTok].Text)]
}

// titleAlone reports whether name mention m is only a title of persons,
// an honorific ("Mr. and Mrs. Khan", where the name comes after the
// second; "Sens. and Reps.") or an abbreviated title ("Gen.", "then-Sen.")
// cut from the name after it: that name is the mention.
func titleAlone(d *doc.Document, m *doc.Mention) bool {
	for k := m.FirstTok; k < m.LastTok; k++ {
		t := d.Tokens[k].Text
		w := titleWord(t)
		if !honorifics[w] && !(strings.HasSuffix(t, ".") && personTitles[w]) {
			return false
		}
	}
	return m.LastTok > m.FirstTok && nameFollows(d, m.LastTok)
}

// nameFollows reports whether token k, in the sentence of the token before
// it, is "and", "&" or a capitalised word: a title's name goes on there,
// where a state's abbreviation at a sentence's end ("Fairview, Miss.") does not.
func nameFollows(d *doc.Document, k int) bool {
	if k+1 < len(d.Tokens) && d.Tokens[k].Text == "." && doc.SameSentence(d, k-1, k+1) {
		k++ // "Sens" and its dot
	}
	if k >= len(d.Tokens) || !doc.SameSentence(d, k-1, k) {
		return false
	}
	t := d.Tokens[k].Text
	return t == "and" || t == "&" || doc.IsCapitalised(t)
}

// personsSurname reports whether name mention m is the surname of a
// person the tagger named in full in the document ("Cuban" after Mark
// Cuban): then
// "said Cuban" is the person, however the parse read the word.
func personsSurname(d *doc.Document, m *doc.Mention) bool {
	key := doc.NameKey(m.Text)
	if strings.Contains(key, " ") {
		return false
	}
	for i := range d.Mentions {
		o := &d.Mentions[i]
		if o.Kind != doc.Name || o.Type != doc.Person || o.LastTok-o.FirstTok < 2 {
			continue
		}
		if f := strings.Fields(doc.NameKey(o.Text)); f[len(f)-1] == key {
			return true
		}
	}
	return false
}
