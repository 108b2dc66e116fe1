package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

func TestBehaviourNamesTheFastMode(t *testing.T) {
	assert.Equal(t, Version, Behaviour())
	syntax.SetFast(true)
	defer syntax.SetFast(false)
	assert.Equal(t, Version+"+fast", Behaviour(), "a fast extraction is another behaviour: stores key articles by it")
}
