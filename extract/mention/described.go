package mention

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// describedNames returns a candidate for each person or organisation
// name with a description of its type right before it: "the carmaker
// Volvo", "Apple CEO Steve Jobs", "veteran politician Ana Ruiz of the
// Green Party". The extent runs from the description's noun phrase over
// the name to the end of the phrase the name heads; coreference
// annotation (GUM, MEANTIME) marks that whole phrase, CoNLL the name
// alone, which stays the NAME mention. A plural ("rivals Ford and Kia")
// or a description set off by punctuation (an apposition) is not one.
func describedNames(d *doc.Document, inName []int) []doc.NominalMention {
	var out []doc.NominalMention
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || (m.Type != doc.Person && m.Type != doc.Organization) || m.FirstTok == 0 {
			continue
		}
		k := m.FirstTok - 1
		w0 := d.TokenWord(k)
		if w0 < 0 || inName[k] >= 0 || !doc.SameSentence(d, k, m.FirstTok) || !describesName(d, w0, m.Type) {
			continue
		}
		a, _ := NounPhrase(d, w0)
		first, last := orgBefore(d, inName, d.Words[a].Token), m.LastTok
		if nh := d.HeadNoun(m.FirstTok, m.LastTok); nh >= 0 {
			na, _ := NounPhrase(d, nh)
			if d.Words[na].Token <= k {
				first = min(first, d.Words[na].Token) // "the carmaker Volvo" with "the" on "Volvo"
			}
			last = max(last, affiliationEnd(d, m)) // "... Ana Ruiz of the Green Party"
		}
		first = afterPersons(d, inName, first, m.FirstTok)
		if cutsName(d, inName, first, last) {
			continue
		}
		n := describeNominal(d, first, last, m.Type)
		n.Head = k
		n.Described = &m
		out = append(out, n)
	}
	return out
}

// affiliationEnd is the token after the last affiliation name m takes
// ("Ana Ruiz of the Green Party", "Ola Berg from Kestrel"): complements
// with "of" or "from" after it, which say whose the person is; other
// phrases after a name ("for speaking out", "in Oslo") are the clause's
// more often than the name's. The complement may hang on any word of the
// name: parsers often attach it to the last word of a flat name rather
// than to its head. 0 when it has none.
func affiliationEnd(d *doc.Document, m doc.Mention) int {
	end := 0
	first, last := d.TokenWords(m.FirstTok, m.LastTok)
	for w := first; w < last; w++ {
		for _, c := range d.Dependents(w, "case") {
			if c >= last && d.Words[c].XPOS == "POS" {
				end = d.Words[c].Token + 1 // "Gov. Ana Ruiz's": a possessor keeps its marker
			}
		}
		for _, c := range d.Dependents(w, "nmod") {
			if c >= last && affiliationPreps[d.CaseWords(c)] {
				_, b := NounPhrase(d, c)
				end = max(end, d.Words[b-1].Token+1)
			}
		}
	}
	return end
}

// relativeEnd is the token after the last relative clause on name m
// ("the Ana Ruiz who chairs the board"): a relative clause with a
// relative word is part of the noun phrase the name heads, as of any
// noun phrase; one set off by a comma ("Kestrel, which makes bread") is
// not, and the name's NounPhrase already ends before it. A
// "relative word" that is itself a name ("the World Health Organisation
// (WHO) recommends") opens no clause of the name's. 0 when it has none.
func relativeEnd(d *doc.Document, inName []int, m doc.Mention) int {
	end := 0
	first, last := d.TokenWords(m.FirstTok, m.LastTok)
	for w := first; w < last; w++ {
		for _, c := range d.Dependents(w, "acl:relcl") {
			a, b, _ := d.Subtree(c)
			if c < last || a < last || !hasRelativeWord(d, c) || namedBefore(d, inName, a, c) {
				continue
			}
			for b > c+1 && d.Words[b-1].UPOS == "PUNCT" {
				b--
			}
			end = max(end, d.Words[b-1].Token+1)
		}
	}
	return end
}

// namedBefore reports whether a word of [first, last) is part of a name.
func namedBefore(d *doc.Document, inName []int, first, last int) bool {
	for w := first; w < last; w++ {
		if inName[d.Words[w].Token] >= 0 {
			return true
		}
	}
	return false
}

// afterPersons moves the start of a description of the name at token
// name past any person's name before it: a description holds no other
// person ("Clinton ties N.J. Gov. Chris Christie" is the parser's
// mistake).
func afterPersons(d *doc.Document, inName []int, first, name int) int {
	for k := first; k < name; k++ {
		if mi := inName[k]; mi >= 0 && d.Mentions[mi].Type == doc.Person {
			first = d.Mentions[mi].LastTok
		}
	}
	return first
}

// orgBefore returns where a title that starts at token first begins when
// the name of an organisation or place stands right before it, which the
// parse may have run into the person's name ("Kestrel CEO Ana Ruiz",
// "U.S. President Ana Ruiz"): at that name, or at the article before it.
func orgBefore(d *doc.Document, inName []int, first int) int {
	k := first - 1
	if k < 0 || inName[k] < 0 || !doc.SameSentence(d, k, first) {
		return first
	}
	nm := d.Mentions[inName[k]]
	if nm.Type != doc.Organization && nm.Type != doc.Place {
		return first
	}
	if a := nm.FirstTok - 1; a >= 0 && doc.SameSentence(d, a, first) && articles[strings.ToLower(d.Tokens[a].Text)] {
		return a
	}
	return nm.FirstTok
}

// describesName reports whether word w, standing right before a name of type
// typ, is a description of it: a singular common noun (or a capitalised
// title) of the lexicon of that type, or an officer's title.
func describesName(d *doc.Document, w int, typ doc.EntityType) bool {
	word := d.Words[w]
	if _, abbr := lex.TitleAbbreviations[strings.ToLower(word.Text)]; officeTitles[word.Text] || abbr {
		return typ == doc.Person
	}
	if (word.UPOS != "NOUN" && word.UPOS != "PROPN") || pluralWord(d, w) {
		return false
	}
	t, ok := lex.HeadNoun(strings.ToLower(word.Text))
	return ok && t == typ
}

// articles always open the noun phrase they stand before.
var articles = lex.Words("mention/articles")

// NameNounPhrases, when set, also adds the noun phrase a name heads when
// it adds only an article or a possessive marker ("the United States",
// "Afghanistan's") as a nominal mention of the name's entity: coreference
// annotation (GUM, MEANTIME) marks the phrase, name tagging (CoNLL) the
// name, which stays the NAME mention. Off: one span per mention, the
// name's; a phrase that says more of the name ("Ana Ruiz of the Greens",
// "veteran Ana Ruiz") is a mention either way. Measured on dev
// (2026-12-06, extractor 0.9.0) with it on: GUM mention recall 0.629 ->
// 0.703, B3 0.868 -> 0.863; MEANTIME recall 0.780 -> 0.828, B3 0.884 ->
// 0.877, cross-document pairs 0.952 -> 0.897 (the names with "the" now
// matched expose ids split across documents: "US", "United States");
// CoNLL unchanged.
var NameNounPhrases = false

// nameNounPhrases returns a candidate for each name that heads a wider
// noun phrase which says more of it than an article or a possessive
// marker ("Ana Ruiz of the Greens", "today's Kestrel", "veteran Ana
// Ruiz"): the phrase describes the name's entity, and is a nominal
// mention of it. With bare, also the phrases that add only an article or
// a possessive marker ("the United States", "Kestrel's": NameNounPhrases),
// which would give a second span to the same mention.
func nameNounPhrases(d *doc.Document, inName []int, bare bool) []doc.NominalMention {
	var out []doc.NominalMention
	for _, m := range d.Mentions {
		if m.Kind != doc.Name {
			continue
		}
		h := d.HeadNoun(m.FirstTok, m.LastTok)
		if h < 0 {
			continue
		}
		a, b := NounPhrase(d, h)
		b = max(b, splitNameEnd(d, m, h))
		f, l := d.Words[a].Token, d.Words[b-1].Token+1
		aff := l // the end of what describes the name before any clause on it
		if !bare && l > m.LastTok {
			aff = min(l, max(m.LastTok, affiliationEnd(d, m))) // "Ana Ruiz of the Greens", not "... for speaking out"
			l = min(l, max(aff, relativeEnd(d, inName, m)))    // "..., who chairs the board"
		}
		if p, ok := placePart(d, inName, f, l, h, m); ok {
			out = append(out, p)
		}
		if !bare && (f > m.FirstTok || !describedBefore(d, inName, f, m)) {
			f = m.FirstTok // what stands before is no description, or the parse split the name: its complements still are
		}
		if (f == m.FirstTok && l == m.LastTok) || f > m.FirstTok || l < m.LastTok || cutsName(d, inName, f, l) {
			continue
		}
		if !bare && (onlyArticles(d, f, m.FirstTok) && onlyArticles(d, m.LastTok, l) || coordinates(d, m.LastTok, aff)) {
			continue
		}
		n := describeNominal(d, f, l, m.Type)
		name := m
		n.Described = &name
		out = append(out, n)
	}
	return out
}

// splitNameEnd is the word after the noun phrase of a word of name m
// (headed by word h) that the parse hung on another word of the name as
// an apposition: a hyphenated name split in two ("Ho Ka-lun of the
// Tenants League" with "lun" an apposition of "Ho" and "of the Tenants
// League" on "lun"). The name is one noun phrase, so the part's
// complements are the name's; NounPhrase leaves appositions out. 0 when
// no part is split off.
func splitNameEnd(d *doc.Document, m doc.Mention, h int) int {
	end := 0
	first, last := d.TokenWords(m.FirstTok, m.LastTok)
	for _, w := range appositionParts(d, first, last, h) {
		_, b := NounPhrase(d, w)
		end = max(end, b)
	}
	return end
}

// coordinates reports whether a conjunction stands among the tokens
// [first, last) after a name: "Ana Ruiz of the Greens and Bo Lind of
// Kestrel" joins two people, whatever the parse made of it.
func coordinates(d *doc.Document, first, last int) bool {
	for k := first; k < last; k++ {
		if w := d.TokenWord(k); w >= 0 && d.Words[w].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

// describedBefore reports whether the words [first, name) before name m
// in its noun phrase describe it rather than make another entity of it
// or run a clause into it (a verb, a preposition: the parser's mistake):
// a capitalised word that is no name of its own and does not open the
// sentence is part of a longer name the tagger cut ("Food Standards
// Australia"), and a modifier before a place's name names a part of the
// place ("downtown Oslo", "northern Norway"), not the place.
func describedBefore(d *doc.Document, inName []int, first int, m doc.Mention) bool {
	for k := first; k < m.FirstTok; k++ {
		t := d.Tokens[k].Text
		if inName[k] >= 0 || articles[strings.ToLower(t)] || doc.IsPossessiveMark(t) {
			continue
		}
		if m.Type == doc.Place {
			return false
		}
		if w := d.TokenWord(k); w >= 0 {
			switch d.Words[w].UPOS {
			case "VERB", "AUX", "ADP", "PUNCT", "SCONJ", "PRON":
				return false // "students polled support Clinton", "the trailed Trump": a clause, not a description
			}
		}
		if w := d.TokenWord(k); w >= 0 && k > 0 && doc.SameSentence(d, k-1, k) && isCapitalised(t) &&
			(d.Words[w].UPOS == "NOUN" || d.Words[w].UPOS == "PROPN") {
			return false
		}
	}
	return true
}

// placePart returns the phrase [first, last) when lower-case modifiers
// of place name m, which heads it (word h), stand before it and nothing
// after ("mainland Australia", "northern Italy", "rural Ohio"): a part of
// the place, an entity of its own that coreference annotation marks, not
// the place (no Described). Not where the name modifies a noun ("senior
// White House officials", "former Florida Gov. Jeb Bush": the parse hung
// the modifier on the name), nor with a complement after the name ("the
// busy Gulf of Aden": a name cut short), nor with a number ("117th St."),
// nor a noun after an article ("an atoll Beijing grabbed": a relative
// clause without its pronoun).
func placePart(d *doc.Document, inName []int, first, last, h int, m doc.Mention) (doc.NominalMention, bool) {
	if m.Type != doc.Place || first >= m.FirstTok || last != m.LastTok ||
		doc.RelIs(d.Words[h].Rel, "compound", "flat", "nmod:poss", "amod") {
		return doc.NominalMention{}, false
	}
	if k := m.LastTok; k < len(d.Tokens) && doc.SameSentence(d, k-1, k) {
		if nw := d.TokenWord(k); nw >= 0 && (d.Words[nw].UPOS == "PROPN" || d.Words[nw].UPOS == "NOUN") {
			return doc.NominalMention{}, false // "former Florida Gov. Jeb Bush": the name modifies what follows
		}
	}
	mods, det := 0, false
	for k := first; k < m.FirstTok; k++ {
		t := d.Tokens[k].Text
		if articles[strings.ToLower(t)] && k == first {
			det = true
			continue
		}
		w := d.TokenWord(k)
		if w < 0 || inName[k] >= 0 || isCapitalised(t) || strings.ContainsAny(t, "0123456789") ||
			!doc.RelIs(d.Words[w].Rel, "amod", "compound") || !placeModifier(d.Words[w]) {
			return doc.NominalMention{}, false
		}
		if det && (d.Words[w].UPOS == "NOUN" || doc.RelIs(d.Words[h].Rel, "nsubj")) {
			return doc.NominalMention{}, false // "an atoll Beijing grabbed": the noun heads a phrase of its own
		}
		mods++
	}
	if mods == 0 {
		return doc.NominalMention{}, false
	}
	return describeNominal(d, first, m.LastTok, doc.Place), true
}

// placeModifier reports whether w may say which part of a place is
// meant: an adjective ("northern", "rural"), or a noun that is a place
// itself ("mainland", "downtown"), not a role ("champion Spain": a team).
func placeModifier(w doc.Word) bool {
	switch w.XPOS {
	case "JJ", "JJR", "JJS":
		return true
	case "NN":
		t, ok := lex.HeadNoun(strings.ToLower(w.Text))
		return ok && t == doc.Place
	}
	return false
}

// isCapitalised reports whether s opens with an upper-case letter.
func isCapitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// onlyArticles reports whether the tokens [first, last) are all articles
// or possessive markers ("the", "'s"), or none.
func onlyArticles(d *doc.Document, first, last int) bool {
	for k := first; k < last; k++ {
		if t := strings.ToLower(d.Tokens[k].Text); !articles[t] && !doc.IsPossessive(t) && t != "'" && t != "’" {
			return false
		}
	}
	return true
}

// affiliationPreps may follow a name inside a description: "analyst Ana
// Ruiz of Kestrel", "Mayor Ola Berg from the Green Party".
var affiliationPreps = lex.Words("mention/affiliationPreps")
