package lex

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// PluralWord trusts a plural tag, and a plural form over a singular tag:
// a tagger that reads "people" as NN still meant many.
func TestPluralWord(t *testing.T) {
	for _, w := range []doc.Word{{Text: "lanterns", XPOS: "NNS"}, {Text: "Greens", XPOS: "NNPS"},
		{Text: "people", XPOS: "NN"}, {Text: "fishermen", XPOS: "NN"}} {
		if !PluralWord(w) {
			t.Errorf("%s/%s: want plural", w.Text, w.XPOS)
		}
	}
	for _, w := range []doc.Word{{Text: "lantern", XPOS: "NN"}, {Text: "census", XPOS: "NN"}, {Text: "glass", XPOS: ""}} {
		if PluralWord(w) {
			t.Errorf("%s/%s: want singular", w.Text, w.XPOS)
		}
	}
}
