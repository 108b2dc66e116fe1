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

// A nickname that opens a longer name, or stands where no place's phrase
// puts it, is a team's, a firm's or a road's name, no place.
func TestANicknameInsideALongerNameIsNoPlace(t *testing.T) {
	_, got := names(t, "She bought lamps at Sooner State Hardware. Fans said Golden State won again. "+
		"Trucks crawled along the Garden State Parkway.")
	assert.NotEqual(t, doc.Place, got["Sooner State"], "a shop's name")
	assert.NotEqual(t, doc.Place, got["Golden State"], "a team's name, no the, no place's preposition")
	assert.NotEqual(t, doc.Place, got["Garden State"], "a road's name")
}
