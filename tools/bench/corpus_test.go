package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGenerateIsDeterministicAndDistinct(t *testing.T) {
	srcs, err := loadSources("../../../shared")
	if err != nil {
		if _, serr := os.Stat("../../../shared"); serr != nil {
			t.Skip("../shared not found")
		}
		require.NoError(t, err)
	}
	a := generate(srcs, 200, 1)
	b := generate(srcs, 200, 1)
	assert.Equal(t, a, b, "same seed, same corpus")
	c := generate(srcs, 200, 2)
	assert.NotEqual(t, a, c)
	ids := map[string]bool{}
	texts := map[string]bool{}
	for _, x := range a {
		assert.False(t, ids[x.ID], x.ID)
		ids[x.ID] = true
		texts[x.Text] = true
		d, err := time.Parse("2006-01-02", x.Date)
		require.NoError(t, err, x.ID)
		assert.True(t, d.Year() >= 1980 && d.Year() <= 2020, x.Date)
		assert.GreaterOrEqual(t, len(strings.Fields(x.Text)), 100, x.ID)
		assert.NotEmpty(t, x.Title)
	}
	assert.Len(t, texts, len(a), "every article's text is distinct")
}

func TestParagraphs(t *testing.T) {
	assert.Equal(t, []string{"one two three four five six seven eight.", "a b c d e f g h"},
		paragraphs("one two three four five six seven eight.\n\nshort\n\na b c d e f g h"))
	p := paragraphs("A b c d e f. G h i j k l. M n o p q r. S t u v w x. Y z a b c d.")
	assert.Len(t, p, 2)
}
