package mention

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A listed state nickname is a place's name, whole, wherever the tagger
// left it out or cut it; the longest nickname wins, and a longer name
// around it stays.
func TestAStateNicknameIsAPlacesName(t *testing.T) {
	_, got := names(t, "The Beehive State voted early. Miners in the Green Mountain State met. "+
		"Tourists filled the Show-Me State last spring. Guests left the Empire State Building.")
	assert.Equal(t, doc.Place, got["Beehive State"])
	assert.Equal(t, doc.Place, got["Green Mountain State"])
	assert.NotContains(t, got, "Mountain State")
	assert.Equal(t, doc.Place, got["Show-Me State"])
	assert.NotContains(t, got, "Empire State", "a building named after a nickname")
}
