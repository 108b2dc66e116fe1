package lex

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVerbLemma(t *testing.T) {
	for in, want := range map[string]string{
		"supplies": "supply", "hired": "hire", "stopped": "stop", "praised": "praise", "named": "name",
		"visited": "visit", "claimed": "claim", "donated": "donate", "defeated": "defeat", "watches": "watch",
		"agreed": "agree", "needs": "need", "handled": "handle", "included": "include", "needed": "need", "added": "add", "called": "call", "caused": "cause", "focused": "focus", "released": "release", "sold": "sell", "signs": "sign", "entered": "enter", "forced": "force",
	} {
		assert.Equal(t, want, VerbLemma(in), in)
	}
}
