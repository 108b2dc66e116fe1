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

func TestFirstNamesThatAreWords(t *testing.T) {
	assert.Equal(t, doc.Male, FirstNameGender("Bill"), "a first name that is also a noun")
	assert.Equal(t, doc.Female, FirstNameGender("hope"))
	assert.Equal(t, doc.Unknown, FirstNameGender("drew"), "given to both: not listed")
	for _, line := range strings.Split(firstNameNounData, "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			assert.NotContains(t, firstNameData, "\n"+f[0]+" "+f[1]+"\n", "%s is in both lists", f[1])
		}
	}
}
