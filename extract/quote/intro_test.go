package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// speakersOfDirect returns the speaker text of each direct quote, in order.
func speakersOfDirect(t *testing.T, text string, n int, names ...string) []string {
	t.Helper()
	d := quoteDoc(t, text, names...)
	FindQuotes(d)
	qs := directQuotes(d)
	require.Len(t, qs, n, "direct quotes of %q", text)
	var out []string
	for _, q := range qs {
		out = append(out, speakerText(d, q))
	}
	return out
}

// A quotation after a sentence that ends with a colon takes its speaker
// from that sentence: the subject of a verb of saying the colon hangs on,
// more than a dozen words from it, and the paragraphs quoted after it go
// on with it.
func TestIntroSpeakerVerbOfSaying(t *testing.T) {
	got := speakersOfDirect(t, "The harbor board met on Monday.\n\n"+
		"In a letter to its members last week, the harbor board said about its specific plan for the northern pier, the old ferry dock and the channel of the harbor:\n\n"+
		"\"The channel will be dredged in spring and the boats will return.\"\n\n"+
		"\"No fisherman will lose a berth.\"", 2)
	assert.Equal(t, []string{"the harbor board", "the harbor board"}, got)
}

// A document issued by someone speaks for them: the subject of the verb
// that issues it, its possessor; "the following" points at the quotation.
func TestIntroSpeakerDocument(t *testing.T) {
	got := speakersOfDirect(t, "After the vote, Mayor Kim Lund released the following statement:\n\n"+
		"\"We will rebuild the pier before winter.\"", 1, "Kim Lund")
	assert.Equal(t, []string{"Kim Lund"}, got)
	got = speakersOfDirect(t, "Ana Ruiz spoke on Friday.\n\nFrom Ana Ruiz's Facebook post:\n\n"+
		"\"The harbor belongs to everyone and nobody will take it.\"", 1, "Ana Ruiz", "Ana Ruiz", "Facebook")
	assert.Equal(t, []string{"Ana Ruiz"}, got, "the post's author, not the site")
}

// A sentence that names no act of saying and no document gives no speaker.
func TestIntroSpeakerNone(t *testing.T) {
	got := speakersOfDirect(t, "The boats were counted on Monday.\n\nHere is the list of the boats in the harbor:\n\n"+
		"\"Sea Lark, Morning Star and the Grey Gull are still at sea tonight.\"", 1)
	assert.Equal(t, []string{""}, got)
}

// A sentence of a bare verb of saying right before a quotation ("Dana
// Whitfield agreed.") introduces it: the quotation is hers, not a
// continuation of the speaker quoted before.
func TestIntroSpeakerBareCue(t *testing.T) {
	got := speakersOfDirect(t, "\"The levy will pass easily,\" said Tom Reyes, a county clerk.\n\n"+
		"Council member Dana Whitfield agreed. \"Voters know the roads are in bad shape and they will pay for them.\"",
		2, "Tom Reyes", "Dana Whitfield")
	assert.Equal(t, []string{"Tom Reyes", "Dana Whitfield"}, got)
}

// The subject of a bare cue opens its sentence, commas of an apposition
// and all; a cue after a fronted phrase ("Or maybe the bridge, an
// engineer says.") reports that phrase, and the quotation after it goes
// on with the engineer, not with the bridge the parse may take for her.
func TestIntroSpeakerBareCueSubjectFirst(t *testing.T) {
	got := speakersOfDirect(t, "\"The levy will pass easily,\" said Tom Reyes, a county clerk.\n\n"+
		"His neighbor, Dana Whitfield, a nurse from Dayton, agreed. \"Voters know the roads are in bad shape.\"\n\n"+
		"Or maybe the bridge, county engineer Li Wen says. \"The bridge is older than the roads.\"",
		3, "Tom Reyes", "Dana Whitfield", "Li Wen")
	assert.Equal(t, "Tom Reyes", got[0])
	assert.NotEqual(t, "Tom Reyes", got[1], "agreed: the neighbor speaks")
	assert.Equal(t, "Li Wen", got[2], "the cue reports the words before it; its subject is no phrase of them")
}

// "As X puts it," introduces a quotation as "as X put it" does.
func TestPutsItIntroducesQuote(t *testing.T) {
	got := speakersOfDirect(t, "\"The fund is empty,\" said Tom Reyes.\n\n"+
		"As the engineer Bo Lind puts it, \"a road is only as good as its worst bridge.\"", 2, "Tom Reyes", "Bo Lind")
	assert.Equal(t, []string{"Tom Reyes", "Bo Lind"}, got)
}

// A document delivered to someone before the colon is still the last
// phrase of the introduction: its sender speaks.
func TestIntroSpeakerDocumentSentTo(t *testing.T) {
	got := speakersOfDirect(t, "\"The fund is empty,\" said Tom Reyes.\n\n"+
		"Council member Dana Whitfield delivered a blunt message to the mayor: "+
		"\"Nobody in this town wants the pier closed for another year.\"", 2, "Tom Reyes", "Dana Whitfield")
	assert.Equal(t, []string{"Tom Reyes", "Dana Whitfield"}, got)
}
