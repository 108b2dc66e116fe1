package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The name tagger never saw most of today's outlets, pollsters, programmes
// and slogans: it reads "The Hill" as a person, "Gallup" as a place,
// "Obamacare" as a place or a person, the slogan "Make America Great
// Again" as a body. The sentence says what such a name is: an outlet
// reports, a pollster has polls, a programme is repealed or expanded, and
// a slogan is a clause in title case. One such mention decides the name
// for the whole article (nameType).

var (
	mediaVerbs   = lex.Words("coref/mediaVerbs")
	pressPeople  = lex.Words("coref/pressPeople")
	pollNouns    = lex.Words("coref/pollNouns")
	pollCases    = lex.Words("coref/pollCases")
	programVerbs = lex.Words("coref/programVerbs")
	programNouns = lex.Words("coref/programNouns")
	programHeads = lex.Words("coref/programHeads")
)

// nameWord is the word that heads mention m when it is the name's last
// word, the name standing alone (nothing of the phrase after it); -1
// otherwise, and for a plural ("Democrats"), a group not a body.
func nameWord(d *doc.Document, m doc.Mention) int {
	w := d.HeadNoun(m.FirstTok, m.LastTok)
	if w < 0 || d.Words[w].Token+1 != m.LastTok || strings.HasSuffix(d.Words[w].XPOS, "S") && d.Words[w].UPOS == "PROPN" {
		return -1
	}
	return w
}

// pluralNameWord is the plural proper noun that heads mention m as the
// name's last word, which nameWord leaves out; -1 otherwise.
func pluralNameWord(d *doc.Document, m doc.Mention) int {
	w := d.HeadNoun(m.FirstTok, m.LastTok)
	if w < 0 || d.Words[w].Token+1 != m.LastTok {
		return -1
	}
	return w
}

// noPersonShape reports whether a name is no person's by its shape: no
// listed first name opens it, it is no people's or party's word, and no
// person of the article has it as surname.
func noPersonShape(key string, surname bool) bool {
	f := strings.Fields(key)
	return len(f) > 0 && !surname && !peopleName(key) && lex.FirstNameGender(f[0]) == doc.Unknown && partyMembers[key] == ""
}

// reportsNews reports whether one of the mentions ms is the subject of a
// verb of the press right after it ("The Hill reported", with the parse's
// misreading of it as a clause on the name), or owns a report or a poll
// ("Breitbart's reporting", "Gallup's survey").
func reportsNews(d *doc.Document, ms []int) bool {
	for _, mi := range ms {
		w := nameWord(d, d.Mentions[mi])
		if w < 0 {
			continue
		}
		if v := w + 1; v < len(d.Words) && d.Words[v].Sentence == d.Words[w].Sentence && d.Words[v].UPOS == "VERB" &&
			mediaVerbs[d.Words[v].Lemma] && (d.Words[w].Head == v && doc.RelIs(d.Words[w].Rel, "nsubj") || d.Words[v].Head == w) {
			return true
		}
		if h := d.Words[w].Head; h >= 0 && doc.RelIs(d.Words[w].Rel, "nmod:poss") && (reportNouns[d.Words[h].Lemma] || pollNouns[d.Words[h].Lemma]) {
			return true
		}
	}
	return false
}

// pollster reports whether one of the mentions ms makes a poll: it
// modifies or owns a poll noun ("the Gallup poll", "Gallup's survey"),
// follows one with "by" or "from" ("a poll by Zogby"), or modifies an
// average of polls ("the RealClearPolitics average of polls", "the
// RealClearPolitics polling average").
func pollster(d *doc.Document, ms []int) bool {
	for _, mi := range ms {
		w := nameWord(d, d.Mentions[mi])
		if w < 0 || !doc.StartsUpper(d.Mentions[mi].Text) {
			continue // "the mid-January poll"
		}
		h := d.Words[w].Head
		if h < 0 {
			continue
		}
		rel := d.Words[w].Rel
		switch {
		case doc.RelIs(rel, "compound", "nmod:poss") && pollNouns[d.Words[h].Lemma]:
			return true
		case doc.RelIs(rel, "nmod", "obl") && pollCases[d.CaseWords(w)] && pollNouns[d.Words[h].Lemma]:
			return true
		case doc.RelIs(rel, "compound", "nmod:poss") && d.Words[h].Lemma == "average" && pollBeside(d, h):
			return true
		}
	}
	return false
}

// pollBeside reports whether the noun h has a poll noun (or "polling")
// among its dependents: "average of polls", "polling average".
func pollBeside(d *doc.Document, h int) bool {
	for _, k := range d.Dependents(h, "nmod", "compound", "amod") {
		if l := strings.ToLower(d.Words[k].Lemma); pollNouns[l] || l == "polling" {
			return true
		}
	}
	return false
}

// programmeNamed reports whether one of the mentions ms names a law or a
// programme by what is done to it: the object of a programme verb
// ("repeal Obamacare"), the "of" of a programme noun ("the repeal of
// Obamacare"), or the modifier of "program" ("the CHIP program"). A name a
// list knows as a body (listedBody) only yields to "repeal" and
// "program": NATO too is expanded.
func programmeNamed(d *doc.Document, ms []int, listedBody bool) bool {
	for _, mi := range ms {
		w, plural := nameWord(d, d.Mentions[mi]), false
		if w < 0 {
			w, plural = pluralNameWord(d, d.Mentions[mi]), true
		}
		if w < 0 {
			continue
		}
		h := d.Words[w].Head
		if h < 0 {
			continue
		}
		hl := d.Words[h].Lemma
		switch rel := d.Words[w].Rel; {
		case plural && (rel != "compound" || !programHeads[hl]):
			continue // "the Democrats' repeal of ...": a group; "the Central American Minors program" is named by its plural
		case rel == "obj" && d.Words[h].UPOS == "VERB" && programVerbs[hl]:
		case doc.RelIs(rel, "nmod") && d.CaseWords(w) == "of" && programNouns[hl]:
		case rel == "compound" && h == w+1 && programHeads[hl]:
			return true
		default:
			continue
		}
		if !listedBody || hl == "repeal" {
			return true
		}
	}
	return false
}

// sloganNamed reports whether one of the mentions ms stands in a clause
// written in title case inside a sentence, after its capitalised verb in
// the base form, in a sentence with a word in lower case before it (a
// quote's first word and a headline's are capitalised anyway: "“Imagine
// Brad Thor going up ...", "Gun Used To Kill Trayvon Martin"); a name of
// two words or more, the slogan's rest.: "wearing a “Make America Great Again” hat", "How to Make
// America Great Again". A slogan or a title, not the body the tagger read.
func sloganNamed(d *doc.Document, ms []int) bool {
	for _, mi := range ms {
		m := d.Mentions[mi]
		k := m.FirstTok - 1
		if k >= 0 && strings.EqualFold(d.Tokens[k].Text, "the") {
			k-- // "Feel the Bern"
		}
		if m.LastTok-m.FirstTok < 2 || k < 1 || !doc.StartsUpper(d.Tokens[k].Text) || strings.ToUpper(d.Tokens[k].Text) == d.Tokens[k].Text || !lowerBefore(d, k) {
			continue // one word ("''Access Hollywood''": the place's name in a show's), a headline: "To Kill Trayvon Martin"
		}
		if w := d.TokenWord(k); w >= 0 && d.Words[w].UPOS == "VERB" && d.Words[w].XPOS == "VB" {
			return true
		}
	}
	return false
}

// placeOpening reports whether a name of two or more words opens with a
// listed place's name, of one word or two ("Nevada Democratic", "New
// Hampshire voters"): "the Nevada Democratic poll" is a poll of the state.
func placeOpening(key string) bool {
	f := strings.Fields(key)
	if len(f) < 2 {
		return false
	}
	return lex.KnownType(f[0]) == doc.Place || len(f) > 2 && lex.KnownType(f[0]+" "+f[1]) == doc.Place
}

// lowerBefore reports whether a word in lower case stands before token k
// in its sentence: the sentence is no headline in title case, and k does
// not open it.
func lowerBefore(d *doc.Document, k int) bool {
	for j := k - 1; j >= 0 && doc.SameSentence(d, j, k); j-- {
		if t := d.Tokens[j].Text; doc.IsWordToken(t) && strings.ToLower(t) == t {
			return true
		}
	}
	return false
}

// theBefore reports whether one of the mentions ms has "the" before it or
// opens with it ("told The Hill", "the Hill reported"): no person's name
// takes an article, and a lone word the tagger read as a person's needs
// one to be an outlet ("Wolf reported from Washington" is a reporter).
func theBefore(d *doc.Document, ms []int) bool {
	for _, mi := range ms {
		m := d.Mentions[mi]
		if strings.EqualFold(d.Tokens[m.FirstTok].Text, "the") || lowerAt(d, m.FirstTok-1, m.FirstTok) == "the" {
			return true
		}
	}
	return false
}

// pressStaff reports whether one of the mentions ms modifies the noun of
// someone who works for an outlet right after it: "a Breitbart reporter",
// "the Ledger's columnist".
func pressStaff(d *doc.Document, ms []int) bool {
	for _, mi := range ms {
		w := nameWord(d, d.Mentions[mi])
		if w < 0 {
			continue
		}
		h := d.Words[w].Head
		if h > w && h <= w+2 && doc.RelIs(d.Words[w].Rel, "compound", "nmod:poss") && pressPeople[d.Words[h].Lemma] {
			return true
		}
	}
	return false
}
