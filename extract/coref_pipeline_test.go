package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGenderedNominalSkipsEntityOfTheOtherGender(t *testing.T) {
	// The whole pipeline: the chunker's "the pregnant woman at the clinic"
	// does not join Tom Reed, whom "he" and his first name make a man.
	d := doc.NewDocument("t", "Tom Reed said he would visit Kessel. The pregnant woman at the clinic thanked the crowd.",
		time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	Process(d)
	require.Equal(t, "Tom Reed", doctest.EntityOf(d, "he", 0))
	assert.NotEqual(t, "Tom Reed", doctest.EntityOf(d, "The pregnant woman at the clinic", 0))
}
