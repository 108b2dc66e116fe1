package triples

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// An event's factuality (doc.Factuality: how the text tells it) is stored
// since GraphVersion 4 as one quad per attribute that differs from "told
// as having happened", with MEANTIME's values, so that an asserted event
// (the common case) costs nothing and a query asks one lookup whether an
// event is asserted:
//
//	<event> ng:polarity "NEG"                       denied: "did not meet"
//	<event> ng:certainty "PROBABLE" | "POSSIBLE"    "is expected to", "may"
//	<event> ng:tense "FUTURE"                       "will meet", "plans to"
//	<event> ng:specialCase "GEN" | "COND_IF_CLAUSE" | "COND_MAIN_CLAUSE"
//
// An event told inside reported speech is someone's statement, not the
// article's; it gets ng:reported "true", plus the speaker: ng:reportedBy
// <entity> when the speaker is a graph node, else ng:speakerText, the
// words naming them ("she", "the official"). Reported alone leaves the
// event asserted: the speaker tells it as having happened.
const (
	Polarity    = NG + "polarity"
	Certainty   = NG + "certainty"
	Tense       = NG + "tense" // MEANTIME's "time" attribute: FUTURE
	SpecialCase = NG + "specialCase"
	Reported    = NG + "reported"
	ReportedBy  = NG + "reportedBy"
)

// NotAsserted lists the predicates whose presence on an event says the
// text does not tell it as having happened.
var NotAsserted = []string{Polarity, Certainty, Tense, SpecialCase}

// defaults are the MEANTIME values that mean "as having happened": stored
// as no quad at all.
var defaults = map[string]string{Polarity: "POS", Certainty: "CERTAIN", Tense: "NON_FUTURE", SpecialCase: "NONE"}

// Default is the value of a factuality predicate that means "as having
// happened" ("POS" for Polarity), which is stored as no quad.
func Default(pred string) string { return defaults[pred] }

// factuality stores how an event is told (see above).
func (b *builder) factuality(iri string, f doc.Factuality) {
	for pred, v := range map[string]string{Polarity: f.Polarity, Certainty: f.Certainty, Tense: f.Time, SpecialCase: f.SpecialCases} {
		if v != "" && v != defaults[pred] {
			b.str(iri, pred, v)
		}
	}
	if !f.Reported {
		return
	}
	b.str(iri, Reported, "true")
	if sp := b.entityIRI(f.Source); sp != "" {
		b.add(iri, ReportedBy, Node(sp))
	} else if f.Source >= 0 && f.Source < len(b.d.Mentions) {
		b.str(iri, SpeakerText, b.d.Mentions[f.Source].Text)
	}
}

// Told is an event's factuality read back from the graph.
type Told struct {
	// Polarity, Certainty, Tense and SpecialCase hold the stored values;
	// "" is the default (as having happened).
	Polarity, Certainty, Tense, SpecialCase string
	Reported                                bool
	// Speaker names who reported it: the speaker entity's name or the
	// words naming them, as the reader resolved ng:reportedBy or found
	// ng:speakerText; "" when unknown.
	Speaker string
}

// Set records one quad of an event, value being a literal's text (an
// ng:reportedBy IRI is the caller's to name in Speaker). It reports
// whether pred is a factuality predicate.
func (t *Told) Set(pred, value string) bool {
	switch pred {
	case Polarity:
		t.Polarity = value
	case Certainty:
		t.Certainty = value
	case Tense:
		t.Tense = value
	case SpecialCase:
		t.SpecialCase = value
	case Reported:
		t.Reported = value == "true"
	default:
		return false
	}
	return true
}

// Asserted reports whether the event is told as having happened.
func (t Told) Asserted() bool {
	return t.Polarity == "" && t.Certainty == "" && t.Tense == "" && t.SpecialCase == ""
}

// How says how an event not told as having happened is told instead:
// "denied", "possible, planned"; "" for an asserted event.
func (t Told) How() string {
	var out []string
	for _, v := range []string{t.Polarity, t.Certainty, t.Tense, t.SpecialCase} {
		if v == "" {
			continue
		}
		if w, ok := words[v]; ok {
			out = append(out, w)
		} else {
			out = append(out, strings.ToLower(v))
		}
	}
	return strings.Join(out, ", ")
}

// words says each stored value for people; values MEANTIME has beyond
// these (UNDERSPECIFIED...) are written in lower case.
var words = map[string]string{"NEG": "denied", "PROBABLE": "probable", "POSSIBLE": "possible",
	"FUTURE": "planned", "GEN": "generic", "COND_IF_CLAUSE": "if ...", "COND_MAIN_CLAUSE": "conditional"}

// Describe says how the event is told, as the factuality column of `ask
// met --all` and the page say it (queries/prelude.js `told` says the same):
// "asserted", or the ways it is not ("denied", "possible", "planned",
// "generic", "if ...", "conditional"), then "reported by X" when it sits
// in someone's speech: "denied, reported by Ana Ruiz".
func (t Told) Describe() string {
	var out []string
	if how := t.How(); how != "" {
		out = append(out, how)
	}
	if t.Reported {
		if t.Speaker != "" {
			out = append(out, "reported by "+t.Speaker)
		} else {
			out = append(out, "reported")
		}
	}
	if len(out) == 0 {
		return "asserted"
	}
	return strings.Join(out, ", ")
}
