package event

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// symmetric event types treat every participant alike.
var symmetricEvents = lex.Words("event/symmetricEvents")

// FindEvents adds event frames: a trigger from the lexicon (in the sense
// its context gives it), participants read from the clause (event_args.go:
// subject, object, passives, coordination, noun phrases), the place
// introduced by a locative preposition, and the sentence's normalized date.
// The clause is approximated from closed-class words rather than parsed, so
// confidence stays moderate.
func FindEvents(d *doc.Document) {
	d.Events = d.Events[:0]
	for si, s := range d.Sentences {
		for k := s.First; k < s.Last; k++ {
			w := strings.ToLower(d.Tokens[k].Text)
			typ, ok := lex.EventTriggers[w]
			if !ok || insideMention(d, k) {
				continue
			}
			if typ == "COMMUNICATE" && !(k+1 < s.Last && strings.ToLower(d.Tokens[k+1].Text) == "out") {
				continue // only "reached out"
			}
			if idiom(d, s, k) {
				continue
			}
			passive := isPassive(d, s, k)
			if typ = senseOf(d, s, k, typ, passive); typ == "" {
				continue
			}
			ev := doc.Event{Type: typ, Trigger: d.Tokens[k].Span, Sentence: si, Place: -1, Timex: -1, Confidence: 0.5}
			if q := quoteWithCue(d, k); q != nil {
				ev.Args = quoteArgs(d, q) // the quote stage already found who spoke to whom
			}
			if len(ev.Args) == 0 { // no quote, or one whose speaker is not a known entity
				ev.Args = eventArgs(d, s, k, typ, passive)
			}
			ev.Place = eventPlace(d, s, k)
			ev.Timex, ev.Time = eventTimeDerived(d, s, k)
			if len(ev.Args) > 0 {
				ev.Confidence = 0.6
			}
			d.Events = append(d.Events, ev)
		}
	}
}

// senseOf narrows a trigger word with a second common sense, or returns ""
// when the event sense does not apply: "released a statement" publishes
// (PUBLISH) where "released Leo Varga" frees someone; "expecting" is a
// pregnancy only with a child in view; "engaged in talks" is no engagement.
func senseOf(d *doc.Document, s doc.Sentence, k int, typ string, passive bool) string {
	w := strings.ToLower(d.Tokens[k].Text)
	next := ""
	if k+1 < s.Last {
		next = strings.ToLower(d.Tokens[k+1].Text)
	}
	switch {
	case typ == "RELEASE" && !passive && npOpeners[next] && !nominalTrigger(d, s, k):
		for j := k + 1; j < s.Last && j <= k+4; j++ {
			for _, m := range d.Mentions {
				if m.FirstTok == j && m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Person {
					return typ // "released her", "released the striker Leo Varga"
				}
			}
		}
		return "PUBLISH" // "released a statement", "released the iPod"
	case w == "expecting":
		for j := k + 1; j < s.Last && j <= k+4; j++ {
			switch strings.ToLower(d.Tokens[j].Text) {
			case "child", "baby", "twins", "son", "daughter", "boy", "girl", "babies":
				return typ
			}
		}
		return ""
	case typ == "MARRY" && w == "engaged" && next == "in":
		return ""
	}
	return typ
}

// idiom reports a trigger word inside a fixed phrase that states no
// event: "in order to", "at the launch of" is still one, "close to" is not
// in the lexicon at all.
func idiom(d *doc.Document, s doc.Sentence, k int) bool {
	w := strings.ToLower(d.Tokens[k].Text)
	prev, next := "", ""
	if k > s.First {
		prev = strings.ToLower(d.Tokens[k-1].Text)
	}
	if k+1 < s.Last {
		next = strings.ToLower(d.Tokens[k+1].Text)
	}
	switch {
	case w == "order" && prev == "in" && (next == "to" || next == "for"):
		return true // "in order to"
	case w == "dead" && next == "set":
		return true // "dead set against"
	}
	return false
}

// isPassive reports a passive participle: a form of be/get, maybe an
// adverb, then a past participle ("was convicted", "were later released");
// "is buying" is progressive, not passive.
func isPassive(d *doc.Document, s doc.Sentence, k int) bool {
	if !lex.PastForm(strings.ToLower(d.Tokens[k].Text)) {
		return false
	}
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		w := strings.ToLower(d.Tokens[j].Text)
		if lex.PassiveAux[w] {
			return true
		}
		if w == "and" || w == "or" {
			return coordinatedPassive(d, s, j) // "was arrested in Denver and charged with bribery"
		}
		if !(strings.HasSuffix(w, "ly") || w == "also" || w == "later" || w == "first" || w == "then" || w == "not" || w == "never") {
			return false
		}
	}
	return false
}

// coordinatedPassive reports whether the clause before the conjunction at
// j has a passive participle ("was arrested ... and charged"), whose
// auxiliary the participle after the conjunction shares.
func coordinatedPassive(d *doc.Document, s doc.Sentence, j int) bool {
	for i := j - 1; i > s.First && i >= j-8; i-- {
		w := strings.ToLower(d.Tokens[i].Text)
		if w == "," || w == ";" || clauseOpeners[w] {
			return false
		}
		if lex.PastForm(w) && lex.PassiveAux[strings.ToLower(d.Tokens[i-1].Text)] {
			return true
		}
	}
	return false
}

func insideMention(d *doc.Document, tok int) bool {
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok <= tok && tok < m.LastTok {
			return true
		}
	}
	return false
}

// clauseOpeners start a subordinate clause whose participants belong to
// another event: "met X three days after he was released by Y".
var clauseOpeners = lex.Words("event/clauseOpeners")

// thatOpensClause tells the complementizer or relative "that" ("announced
// that the company will build a plant in Tulsa": Tulsa is not where the
// announcement was made) from the determiner ("that day").
func thatOpensClause(d *doc.Document, j int) bool {
	if j+1 >= len(d.Tokens) {
		return false
	}
	next := strings.ToLower(d.Tokens[j+1].Text)
	if npOpeners[next] || isSubjectPronoun(next) || next == "it" || verbChain[next] {
		return true // "that the company", "that she", "that will"
	}
	r := []rune(d.Tokens[j+1].Text)
	return len(r) > 0 && unicode.IsUpper(r[0]) // "that Quist"
}

// clauseBounds narrows the sentence to the stretch around the trigger not
// crossing a semicolon, a relative pronoun or a quote mark.
func clauseBounds(d *doc.Document, s doc.Sentence, k int) (int, int) {
	lo, hi := s.First, s.Last
	for j := k - 1; j >= s.First; j-- {
		t := d.Tokens[j].Text
		if t == ";" || t == "\"" || t == "“" || t == "”" {
			lo = j + 1
			break
		}
	}
	for j := k + 1; j < s.Last; j++ {
		t := strings.ToLower(d.Tokens[j].Text)
		if t == ";" || t == "\"" || t == "“" || t == "”" || clauseOpeners[t] || t == "that" && thatOpensClause(d, j) {
			hi = j
			break
		}
	}
	return lo, hi
}

func tokenBefore(d *doc.Document, k int) string {
	if k == 0 {
		return ""
	}
	return d.Tokens[k-1].Text
}

// eventPlace is a place mention in the clause introduced by in/at/to/from.
func eventPlace(d *doc.Document, s doc.Sentence, k int) int {
	lo, hi := clauseBounds(d, s, k)
	best := -1
	for mi, m := range d.Mentions {
		if m.Entity < 0 || m.FirstTok < lo || m.LastTok > hi || d.Entities[m.Entity].Type != doc.Place {
			continue
		}
		switch strings.ToLower(tokenBefore(d, m.FirstTok)) {
		case "in", "at", "to", "inside", "near", "outside":
			if best < 0 || doc.Abs(m.FirstTok-k) < doc.Abs(d.Mentions[best].FirstTok-k) {
				best = mi
			}
		}
	}
	return best
}

// eventTime is the closest dated time expression of the sentence.
func eventTime(d *doc.Document, s doc.Sentence, k int) (int, string) {
	best := -1
	for ti, t := range d.Timexes {
		if t.Type != "DATE" || t.Value == "" || t.Start < s.Start || t.End > s.End || strings.HasSuffix(t.Value, "_REF") {
			continue
		}
		if best < 0 || doc.Abs(t.Start-d.Tokens[k].Start) < doc.Abs(d.Timexes[best].Start-d.Tokens[k].Start) {
			best = ti
		}
	}
	if best < 0 {
		return -1, ""
	}
	return best, d.Timexes[best].Value
}

// relativeClauses finds ", who/which/whom ... ," stretches of a sentence
// (token ranges starting at the pronoun) so that their participants are not
// taken for those of the main clause, and the other way round.
func relativeClauses(d *doc.Document, s doc.Sentence) []doc.Span {
	var out []doc.Span
	for k := s.First + 1; k < s.Last; k++ {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "who", "which", "whom", "whose":
		default:
			continue
		}
		if d.Tokens[k-1].Text != "," {
			continue
		}
		end := s.Last
		for j := k + 1; j < s.Last; j++ {
			if d.Tokens[j].Text == "," || d.Tokens[j].Text == ";" {
				end = j
				break
			}
		}
		out = append(out, doc.Span{Start: k, End: end})
		k = end
	}
	return out
}

func insideAny(spans []doc.Span, tok int) bool {
	for _, sp := range spans {
		if sp.Start <= tok && tok < sp.End {
			return true
		}
	}
	return false
}

// quoteWithCue returns the quote whose cue is token k, if any.
func quoteWithCue(d *doc.Document, k int) *doc.Quote {
	for i := range d.Quotes {
		if c := d.Quotes[i].Cue; c != nil && c.Start <= d.Tokens[k].Start && d.Tokens[k].End <= c.End {
			return &d.Quotes[i]
		}
	}
	return nil
}

// quoteArgs makes the speaker the agent and the addressee the patient.
func quoteArgs(d *doc.Document, q *doc.Quote) []doc.Arg {
	var args []doc.Arg
	if q.Speaker >= 0 && d.Mentions[q.Speaker].Entity >= 0 {
		args = append(args, doc.Arg{Role: "agent", Mention: q.Speaker})
	}
	if q.Addressee >= 0 && d.Mentions[q.Addressee].Entity >= 0 {
		args = append(args, doc.Arg{Role: "patient", Mention: q.Addressee})
	}
	return args
}
