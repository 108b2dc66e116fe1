package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

var stateAbbreviations = lex.Table("coref/stateAbbreviations")

// stateAfterPlace is the state a name mention abbreviates when it follows
// a place's name and a comma ("Clarkston, Ga." is Georgia), "" otherwise.
// The abbreviation must carry its dot (inside it or as the next token):
// "Miss" and "Wash" are other words, and the comma after a person's name
// ("Sanders, Vt.") is left alone.
func stateAfterPlace(d *doc.Document, m *doc.Mention) string {
	k := m.FirstTok
	if k < 2 || m.LastTok != k+1 || m.LastTok > len(d.Tokens) || d.Tokens[k-1].Text != "," {
		return ""
	}
	text := d.Tokens[k].Text
	dotted := strings.HasSuffix(text, ".") || m.LastTok < len(d.Tokens) && d.Tokens[m.LastTok].Text == "."
	if !dotted || !doc.StartsUpper(text) {
		return ""
	}
	state, ok := stateAbbreviations[strings.ToLower(strings.ReplaceAll(text, ".", ""))]
	if !ok || !placeBefore(d, k-1) {
		return ""
	}
	return state
}

// placeBefore reports whether a name mention that is no person's ends at
// token end (exclusive): the city before "Ga.".
func placeBefore(d *doc.Document, end int) bool {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind == doc.Name && m.LastTok == end {
			return m.Type != doc.Person
		}
	}
	return false
}

// statesNamedApart are states named "X State" apart from their city.
var statesNamedApart = lex.Words("coref/statesNamedApart")

// stateSchool reports whether the name mention m is a US state's name and
// a capitalised "State": the state's university or its team ("Ohio State
// beat Iowa", "she studied at Michigan State"), for the state needs no
// "State" after its name; not "New York State", not "the state".
func stateSchool(m *doc.Mention) bool {
	name, ok := strings.CutSuffix(strings.TrimSpace(m.Text), " State")
	if !ok {
		return false
	}
	k := doc.NameKey(name)
	return usStates[k] && !statesNamedApart[k]
}
