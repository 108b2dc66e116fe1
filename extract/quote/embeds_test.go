package quote

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The text of a post embedded in the article, whose markup the source
// left in the text, is its author's: the name of its sign-off when it is
// a mention (which ends the content), else the handle in the tag.
func TestEmbeddedPostSpeaker(t *testing.T) {
	text := "The pier will reopen, the mayor said.\n\n" +
		"<tweet id=\"1234\" author=\"@kimlund\" datetime=\"2016-02-15\">The pier will reopen in May. Great news for the town! " +
		"— Kim Lund (@kimlund) February 15, 2016</tweet>.\n\n" +
		"<tweet pic=\"\" author=\"harborwatch\" timestamp=\"1470067200\">Boats are back in the harbor and the cafes are full again</tweet>.\n\n" +
		"<tweet tweet-id=\"99\"><tweet/>."
	d := quoteDoc(t, text, "Kim Lund")
	d.Mentions[0].Type = doc.Person
	FindQuotes(d)
	var posts []doc.Quote
	for _, q := range d.Quotes {
		if q.Direct {
			posts = append(posts, q)
		}
	}
	require.Len(t, posts, 2)
	assert.Equal(t, "The pier will reopen in May. Great news for the town!", d.Slice(posts[0].Content[0]))
	assert.Equal(t, "Kim Lund", speakerText(d, posts[0]))
	assert.Equal(t, "Boats are back in the harbor and the cafes are full again", d.Slice(posts[1].Content[0]))
	assert.Equal(t, "harborwatch", speakerText(d, posts[1]), "the handle, a span of the text")
}

// A quotation after a post is no continuation of the post's author.
func TestEmbeddedPostNotContinued(t *testing.T) {
	text := "<tweet id=\"1\" author=\"@kimlund\" datetime=\"2016-02-15\">The pier will reopen in May and the town will be glad. " +
		"— Kim Lund (@kimlund) February 15, 2016</tweet>.\n\n" +
		"\"Nobody in this town believes a word of that promise anymore.\""
	d := quoteDoc(t, text, "Kim Lund")
	d.Mentions[0].Type = doc.Person
	FindQuotes(d)
	for _, q := range d.Quotes {
		if q.Direct && d.Slice(q.Content[0])[0] == '"' {
			assert.Equal(t, "", speakerText(d, q))
		}
	}
}
