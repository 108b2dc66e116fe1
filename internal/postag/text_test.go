package postag

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitWordsPeelsPunctuationAndClitics(t *testing.T) {
	assert.Equal(t, strings.Fields(`" We do n't know , " she said ( twice ) .`),
		splitWords(`"We don't know," she said (twice).`))
	assert.Equal(t, strings.Fields(`Kim 's U.S. trip cost $ 5.50`), splitWords(`Kim's U.S. trip cost $5.50`))
}

func TestNormFoldsCaseDigitsAndQuotes(t *testing.T) {
	assert.Equal(t, "don't", Norm("Don’t"))
	assert.Equal(t, "0000", Norm("1996"))
	assert.Equal(t, `"`, Norm("``"))
	assert.Equal(t, "é-a", Norm("É–A"))
}
