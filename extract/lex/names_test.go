package lex

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFirstNameGazetteer(t *testing.T) {
	assert.Equal(t, doc.Female, FirstNameGender("Maria"))
	assert.Equal(t, doc.Male, FirstNameGender("tom"))
	assert.Equal(t, doc.Unknown, FirstNameGender("Andrea"), "a name given to both genders is not listed")
	assert.Equal(t, doc.Unknown, FirstNameGender("Kessel"))
	require.Contains(t, firstNameData, "MIT License", "the list carries compromise's licence notice")
	seen := map[string]string{}
	for _, line := range strings.Split(firstNameData, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		require.Contains(t, []string{"M", "F"}, f[0], line)
		_, dup := seen[f[1]]
		require.False(t, dup, "%s is listed twice", f[1])
		seen[f[1]] = f[0]
	}
	assert.Greater(t, len(seen), 2000)
}
