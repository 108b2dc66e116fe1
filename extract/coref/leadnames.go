package coref

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Two readings of a surname that several people share, made once every
// name of the article has been read.
//
// A surname in the headline or the line under it, before every full name
// of the people it fits ("Clinton faces deep image problem" over "Hillary
// Clinton has ..."), is read when it is met with only the full names to go by. Read
// again at the end, the bare surnames namedBefore gave one of them count
// too, and dominantOf then finds the one the article is about.
//
// A headline written in title case makes the tagger fuse a surname with
// the capitalised word beside it ("Bolton and Gorka Slam ..." gives a
// person "Gorka Slam"): that name is no candidate for a bare surname when
// it stands only in the first line and its other word is no listed first
// name and occurs nowhere else in the text.
//
// A writer's epithet before the surname ("unleashed Demogorgon Trump"
// where the text speaks of "the Demogorgon") is no first name either: a
// capitalised word the text also uses after "the" is a noun.

// placeLeadSurnames gives each bare person name still standing for
// several people, placed before every full name of theirs, the one
// dominantOf finds among them now.
func (c *nameClusterer) placeLeadSurnames() {
	d, t := c.d, c.t
	for _, mi := range t.names {
		m := &d.Mentions[mi]
		if m.Entity < 0 || t.full[mi] || m.Type != doc.Person || !d.Entities[m.Entity].Ambiguous() ||
			d.ParagraphOf(m.FirstTok) > 1 {
			continue // only a headline or the line under it: further down, a firm named like the person ("Bloomberg") reads so too
		}
		among := d.Entities[m.Entity].Among
		if namedInFullBefore(d, among, t.full, m.Start) {
			continue
		}
		if e := dominantOf(d, among, t.full, t.early); e >= 0 {
			m.Entity = e // "Clinton" of a headline, in an article about Hillary Clinton that names Bill once
		}
	}
}

// namedInFullBefore reports whether any of among is named in full before
// offset at.
func namedInFullBefore(d *doc.Document, among []int, full []bool, at int) bool {
	for i, m := range d.Mentions {
		if m.Kind == doc.Name && full[i] && m.Start < at && slices.Contains(among, m.Entity) {
			return true
		}
	}
	return false
}

// dropHeadlineFusions removes from among the people whose name is a
// headline's fusion of the surname toks with a word beside it, or an
// epithet and the surname (see above); it returns among unchanged when that would leave none.
func dropHeadlineFusions(d *doc.Document, among []int, toks []string, entToks [][]string) []int {
	if len(toks) != 1 || len(among) < 2 {
		return among
	}
	var out []int
	for _, e := range among {
		if !headlineFusion(d, e, toks[0], entToks[e]) && !epithetName(d, toks[0], entToks[e]) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return among
	}
	return out
}

// headlineFusion reports whether entity e, named name, is a surname and
// one other word that stand together only in a title-case sentence of the
// first paragraph (a headline), that word no listed first name and found
// in no other sentence.
func headlineFusion(d *doc.Document, e int, surname string, name []string) bool {
	if len(name) != 2 || !strings.EqualFold(name[0], surname) && !strings.EqualFold(name[1], surname) || len(d.Paragraphs) < 2 {
		return false
	}
	other := name[0]
	if strings.EqualFold(other, surname) {
		other = name[1]
	}
	if isListedFirst(other) {
		return false
	}
	heads := map[int]bool{}
	for _, m := range d.Mentions {
		if m.Entity != e || m.Kind != doc.Name {
			continue
		}
		s := d.Tokens[m.FirstTok].Sentence
		if d.Sentences[s].Paragraph != 0 || !mostlyCapitalised(d, s) {
			return false
		}
		heads[s] = true
	}
	for _, tok := range d.Tokens {
		if !heads[tok.Sentence] && strings.EqualFold(tok.Text, other) {
			return false
		}
	}
	return len(heads) > 0
}

// mostlyCapitalised reports whether sentence s capitalises most of its
// four words or more, as a headline in title case does.
func mostlyCapitalised(d *doc.Document, s int) bool {
	words, caps := 0, 0
	for k := d.Sentences[s].First; k < d.Sentences[s].Last; k++ {
		if r, _ := utf8.DecodeRuneInString(d.Tokens[k].Text); unicode.IsLetter(r) {
			words++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return words >= 4 && 2*caps > words
}

// epithetName reports whether name is a word and surname where that word
// is no listed first name and stands capitalised after "the" somewhere
// in d ("the Demogorgon ... Demogorgon Trump"). name is in NameTokens'
// lower case.
func epithetName(d *doc.Document, surname string, name []string) bool {
	if len(name) != 2 || !strings.EqualFold(name[1], surname) || isListedFirst(name[0]) {
		return false
	}
	for k := 1; k < len(d.Tokens); k++ {
		if w := d.Tokens[k].Text; strings.EqualFold(w, name[0]) && doc.IsCapitalised(w) && strings.EqualFold(d.Tokens[k-1].Text, "the") &&
			!mostlyCapitalised(d, d.Tokens[k].Sentence) {
			return true
		}
	}
	return false
}

// A surname the article calls one of its people by, and never another,
// is that person's: once the title, the people named before and the bound
// pronouns have given the bare "Clinton" to Hillary Clinton twice and to
// Bill Clinton never, the bare "Clinton" left open is hers too. The
// article that calls both by it leaves it open, and a use with a title
// outside the name counts only for the same title: "Mr. Bloomberg" says
// nothing of the bare "Bloomberg" of his firm.

// placeBySurnameUse gives each bare name still standing for several
// people the one of them the same bare name already stands for twice or
// more, when it stands for none of the others.
func placeBySurnameUse(d *doc.Document) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != doc.Name || m.Entity < 0 || m.Type != doc.Person || !d.Entities[m.Entity].Ambiguous() {
			continue
		}
		among := d.Entities[m.Entity].Among
		if !allPeople(d, among) {
			continue // "Bloomberg" of Michael R. Bloomberg and of Bloomberg L.P.: the firm is called so too
		}
		uses := map[int]int{}
		for _, o := range d.Mentions {
			if o.Kind == doc.Name && o.Text == m.Text && slices.Contains(among, o.Entity) && honorificBefore(d, &o) == honorificBefore(d, m) {
				uses[o.Entity]++
			}
		}
		if len(uses) == 1 {
			for e, n := range uses {
				if n >= 2 {
					m.Entity = e // "Clinton said" where "Clinton" is otherwise always Hillary Clinton
				}
			}
		}
	}
}

// allPeople reports whether every entity of among is a person.
func allPeople(d *doc.Document, among []int) bool {
	for _, e := range among {
		if d.Entities[e].Type != doc.Person {
			return false
		}
	}
	return true
}
