package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A title-cased headline is tagged and parsed from a truecased copy
// (issue #16, branch head20): its verb is found, with its participants,
// and the name stage still reads the names in the original text.

func TestATitleCasedHeadlineHasItsVerbAndParticipants(t *testing.T) {
	d := processed("Lena Park Endorses Tom Hale In Race For Governor.\n\nLena Park said on Friday she would back Tom Hale.")
	args := argTexts(d, eventAt(t, d, "Endorses"))
	assert.Equal(t, "Arg0", roleOf(args, "Lena Park"), "who endorses: %v", args)
	assert.Equal(t, "Arg1", roleOf(args, "Tom Hale"), "whom: %v", args)

	d = processed("Mayor Ana Ruiz Blasts Council For Delaying Budget Vote.\n\nAna Ruiz said the council had delayed the vote twice.")
	args = argTexts(d, eventAt(t, d, "Blasts"))
	assert.Equal(t, "Arg0", roleOf(args, "Ana Ruiz"), "who blasts: %v", args)
	assert.Equal(t, "Arg1", roleOf(args, "Council"), "whom: %v", args)
}

func TestATitleCasedHeadlineKeepsItsNames(t *testing.T) {
	d := processed("Lena Park Endorses Tom Hale In Race For Governor.\n\nLena Park said on Friday she would back Tom Hale.")
	var names []string
	for _, m := range d.Mentions {
		if m.Span.End <= len("Lena Park Endorses Tom Hale In Race For Governor") && m.Kind == doc.Name {
			names = append(names, m.Text)
		}
	}
	assert.ElementsMatch(t, []string{"Lena Park", "Tom Hale"}, names)
}
