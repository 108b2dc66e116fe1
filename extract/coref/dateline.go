package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

var cityNameTails = lex.Words("coref/cityNameTails")

// datelinePlace reports whether name mention m is a dateline's place in
// capitals ("NEW YORK (AP) --"): a place, whatever the tagger said or its
// head word says ("STATE COLLEGE, Pa. —"), when a dash follows it, maybe
// after its region, a date or an agency ("AMD (NYSE: AMD) said" opens
// with a firm).
func datelinePlace(d *doc.Document, m *doc.Mention) bool {
	if m.Text != strings.ToUpper(m.Text) || strings.ToLower(m.Text) == m.Text || !doc.AtDateline(d, m.FirstTok, m.LastTok) {
		return false
	}
	if m.Type == doc.Place {
		return true
	}
	k := m.LastTok
	if k < len(d.Tokens) && d.Tokens[k].Text == "," {
		// ", Pa.", ", Calif., May 3": capitalised words, numbers and
		// commas up to the agency or the dash, as AtDateline found them
		for k++; k < len(d.Tokens) && k < m.LastTok+8 && datelineWord(d.Tokens[k].Text); k++ {
		}
	}
	if k+3 < len(d.Tokens) && d.Tokens[k].Text == "(" && d.Tokens[k+2].Text == ")" {
		k += 3 // "(AP)"
	}
	return k < len(d.Tokens) && (doc.IsDash(d.Tokens[k].Text) || d.Tokens[k].Text == "―")
}

// datelineWord reports whether token w may stand between a dateline's
// place and its dash: a region's or a month's word, a number, a comma or
// an abbreviation's dot.
func datelineWord(w string) bool {
	return doc.IsCapitalised(w) || doc.IsDigits(w) || w == "," || w == "."
}

// datelineNamed reports whether one of the name mentions ms is a
// dateline's place in capitals in the article's first two paragraphs
// (a headline may stand before it), with its region, a date or an agency
// before the dash: the name is a place's. A dash right after the name
// opens headlines too ("RUGBY UNION - RESULTS").
func datelineNamed(d *doc.Document, ms []int) bool {
	for _, i := range ms {
		m := &d.Mentions[i]
		if m.LastTok >= len(d.Tokens) || d.Tokens[m.LastTok].Text != "," && d.Tokens[m.LastTok].Text != "(" {
			continue
		}
		if d.ParagraphOf(m.FirstTok) <= 1 && datelinePlace(d, m) {
			return true
		}
	}
	return false
}

// datelineCity returns the one place entity whose name is the dateline's
// name toks and a city's tail ("New York City" for "NEW YORK"), -1 if none.
func datelineCity(toks []string, ents []doc.Entity, entToks [][]string) int {
	found := -1
	for e := range ents {
		full := entToks[e]
		if ents[e].Type != doc.Place || ents[e].Ambiguous() || len(full) <= len(toks) {
			continue
		}
		if !sameWords(full[:len(toks)], toks) || !cityTail(full[len(toks):]) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

func sameWords(a, b []string) bool {
	for i := range a {
		if strings.Trim(a[i], ",") != strings.Trim(b[i], ",") {
			return false
		}
	}
	return len(a) == len(b)
}

// cityTail reports whether words are a city's tail: "city", "d c" (the
// name tokens of "D.C.").
func cityTail(words []string) bool {
	return cityNameTails[strings.Join(words, "")]
}

// cityDateline reports whether name mention m, named name, is a dateline
// that joined a city named in full by its tail ("NEW YORK" of New York
// City): no name of the city for other articles, where "New York" is as
// often the state.
func cityDateline(d *doc.Document, m *doc.Mention, name string) bool {
	if m.Entity < 0 || !datelinePlace(d, m) {
		return false
	}
	full, short := doc.NameTokens(d.Entities[m.Entity].Name), doc.NameTokens(name)
	return len(full) > len(short) && cityTail(full[len(short):])
}

// datelineAgency reports whether one of the name mentions ms is the news
// agency of a dateline: in brackets, a dash after them, only a place and
// a date before the brackets in the sentence (capitalised words, numbers,
// commas: "NEW YORK, Dec. 11 (UPI) —"), the place in capitals or a
// listed place ("Washington (CNN) —"). The tagger, which never saw most
// agencies' names, gives them any type; a listed place in brackets stays
// one ("Ana Ruiz (Ohio) —").
func datelineAgency(d *doc.Document, ms []int) bool {
	for _, i := range ms {
		m := d.Mentions[i]
		a, b := m.FirstTok-1, m.LastTok
		if a < 1 || b+1 >= len(d.Tokens) || d.Tokens[a].Text != "(" || d.Tokens[b].Text != ")" || !doc.IsDash(d.Tokens[b+1].Text) {
			continue
		}
		s := d.Sentences[d.Tokens[a].Sentence]
		if lex.KnownType(m.Text) == doc.Place || !datelineOpening(d, s.First) {
			continue
		}
		if a-s.First <= 8 && doc.SameSentence(d, a, b+1) && placeAndDate(d, s.First, a) {
			return true
		}
	}
	return false
}

// datelineOpening reports whether the sentence opening at token first
// opens with a dateline's place: a word in capitals ("NEW YORK"), or a name
// listed as a place ("Washington"); not a person's name ("Pope Francis").
func datelineOpening(d *doc.Document, first int) bool {
	if t := d.Tokens[first].Text; len([]rune(t)) > 1 && t == strings.ToUpper(t) && t != strings.ToLower(t) {
		return true
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok == first && lex.KnownType(m.Text) == doc.Place {
			return true
		}
	}
	return false
}

// placeAndDate reports whether the tokens [first, last) are one or more
// capitalised words, numbers and commas: a dateline's place and date.
func placeAndDate(d *doc.Document, first, last int) bool {
	for _, t := range d.Tokens[first:last] {
		if !doc.IsCapitalised(t.Text) && !doc.IsDigits(t.Text) && t.Text != "," {
			return false
		}
	}
	return last > first
}
