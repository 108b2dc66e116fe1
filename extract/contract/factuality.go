package contract

import "github.com/newsgraph/newsgraph/extract/doc"

// Factuality is how the text tells an event, in MEANTIME's attributes
// (../shared/eval/README.md): emitted only when the event is not told
// as having happened, or is told inside reported speech; absent means
// asserted, which score.py reads as the default values.
type Factuality struct {
	Polarity     string `json:"polarity"`      // POS, NEG
	Certainty    string `json:"certainty"`     // CERTAIN, PROBABLE, POSSIBLE
	Time         string `json:"time"`          // NON_FUTURE, FUTURE
	SpecialCases string `json:"special_cases"` // NONE, GEN, COND_IF_CLAUSE, COND_MAIN_CLAUSE
	// Source is an extension of the contract: the speaker whose reported
	// speech holds the event, nil when the article tells it itself or the
	// speaker is unknown.
	Source *Speaker `json:"source,omitempty"`
}

// outFactuality renders an event's factuality, the unset attributes as
// their default values; nil for an event the article asserts itself.
func outFactuality(d *doc.Document, f doc.Factuality) *Factuality {
	if f.Asserted() && !f.Reported {
		return nil
	}
	or := func(v, def string) string {
		if v == "" {
			return def
		}
		return v
	}
	out := &Factuality{Polarity: or(f.Polarity, "POS"), Certainty: or(f.Certainty, "CERTAIN"),
		Time: or(f.Time, "NON_FUTURE"), SpecialCases: or(f.SpecialCases, "NONE")}
	if f.Reported && f.Source >= 0 && f.Source < len(d.Mentions) {
		m := d.Mentions[f.Source]
		out.Source = &Speaker{Entity: entityRef(d, f.Source), Start: m.Start, End: m.End, Text: m.Text}
	}
	return out
}
