package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/lex"
)

// lex.CueKinds is read once and shared by quote, event and coref: the
// event stage's own "speech" kind must stay out of the shared map (the
// quote stage panics on a kind it does not know).
func TestCueKindsStayShared(t *testing.T) {
	if lex.CueKinds()["speech"] != nil {
		t.Fatal(`the event stage's "speech" kind leaked into lex.CueKinds`)
	}
	if !speechVerbs["say"] || !speechVerbs["believe"] {
		t.Errorf("speechVerbs lacks say or believe: %d lemmas", len(speechVerbs))
	}
}
