package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// stateNicknames are the US states' nicknames of the "... State" form
// (coref names the state they stand for).
var stateNicknames = lex.Table("coref/stateNicknames")

// tagNicknames makes a place's name of each listed state nickname in d
// ("the Sunshine State is ...", "the Silver State caucuses"), which the
// tagger, never having seen most of them, leaves out or cuts ("State"
// alone). Tagged names inside the nickname give way to it; a longer name
// around it ("the Empire State Building") is left alone, and so is one
// that is no place's phrase (nicknamePlace: "Golden State beat Boston").
func tagNicknames(d *doc.Document) {
	for k, t := range d.Tokens {
		if t.Text != "State" {
			continue
		}
		first := nicknameStart(d, k)
		if first < 0 || !nicknamePlace(d, first, k+1) {
			continue
		}
		last, inside, around := k+1, map[int]bool{}, false
		for i, m := range d.Mentions {
			switch {
			case m.Kind != doc.Name || m.LastTok <= first || m.FirstTok >= last:
			case m.FirstTok >= first && m.LastTok <= last:
				inside[i] = true
			default:
				around = true
			}
		}
		if around {
			continue
		}
		dropMentions(d, inside)
		addName(d, first, last, doc.Place)
	}
}

// motionPreps, with placePreps, may open a place's phrase ("to the Sooner
// State").
var motionPreps = lex.Words("event/motionPreps")

// nicknamePlace reports whether tokens [first, last), a listed nickname,
// stand as a place: after "the" or a place's preposition ("the Garden
// State", "across Silver State"), with no capitalised word after them, which
// would make them part of a longer name: a team's, a firm's, a road's
// ("Golden State Warriors", "First State Bank", "Garden State Parkway").
func nicknamePlace(d *doc.Document, first, last int) bool {
	if last < len(d.Tokens) && doc.SameSentence(d, first, last) && doc.IsCapitalised(d.Tokens[last].Text) {
		return false
	}
	if strings.EqualFold(d.Tokens[first].Text, "the") {
		return true // the mention holds its "the"
	}
	if first == 0 || !doc.SameSentence(d, first-1, first) {
		return false
	}
	w := strings.ToLower(d.Tokens[first-1].Text)
	return w == "the" || placePreps[w] || motionPreps[w]
}

// NicknameState is the state name mention m calls by its nickname ("the
// Granite State" is New Hampshire), "" when its whole name is no listed
// nickname or it does not stand as a place (nicknamePlace).
func NicknameState(d *doc.Document, m *doc.Mention) string {
	state := stateNicknames[doc.NameKey(m.Text)]
	if state == "" || m.FirstTok >= m.LastTok || !nicknamePlace(d, m.FirstTok, m.LastTok) {
		return ""
	}
	return state
}

// nicknameStart is the first token of the longest listed nickname that
// ends with the "State" at token k ("Green Mountain State", not "Mountain
// State"), -1 when none does: one to three capitalised words before it, in
// its sentence, with a hyphen between two of them ("Show-Me").
func nicknameStart(d *doc.Document, k int) int {
	var words []string
	found := -1
	for first := k - 1; first >= 0 && first >= k-5 && doc.SameSentence(d, first, k); first-- {
		w := d.Tokens[first].Text
		if w != "-" && !doc.IsCapitalised(w) {
			break
		}
		words = append([]string{w}, words...)
		key := strings.ToLower(strings.ReplaceAll(strings.Join(words, " "), " - ", "-")) + " state"
		if w != "-" && stateNicknames[key] != "" {
			found = first
		}
	}
	return found
}
