package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLedeDescriptionIsThePersonNamedNext(t *testing.T) {
	d := doc.NewDocument("l1", "Inmate Escapes From Prison Van\n"+
		"State police are searching for an escaped inmate who is considered dangerous, a television station reported.\n"+
		"Officials said Tom Lind, 41, took a guard's gun before he fled on foot.", time.Time{})
	Process(d)
	lind, inmate := entityOf(d, "Tom Lind"), entityOf(d, "an escaped inmate who is considered dangerous")
	require.GreaterOrEqual(t, lind, 0)
	assert.Equal(t, lind, inmate, "the lede's inmate is the man named next")

	// The first person named after the lede as a source is not whom it is about.
	d = doc.NewDocument("l2", "A man was struck by a truck on Main Street on Friday night.\n"+
		"\"We are asking for witnesses,\" police spokesman Tom Lind said at a news conference.", time.Time{})
	Process(d)
	lind, man := entityOf(d, "Tom Lind"), entityOf(d, "A man")
	require.GreaterOrEqual(t, lind, 0)
	assert.NotEqual(t, lind, man, "the spokesman is not the man struck")
}
