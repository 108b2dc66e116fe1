package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// speakerOfCue runs the pipeline over text and returns the entity name of
// the speaker of the claim whose cue is cue, "" when it has none.
func speakerOfCue(t *testing.T, text, cue string) string {
	t.Helper()
	d := doc.NewDocument("t", text, time.Time{})
	Process(d)
	for _, q := range d.Quotes {
		if q.Cue == nil || d.Slice(*q.Cue) != cue {
			continue
		}
		require.GreaterOrEqual(t, q.Speaker, 0, "claim of %q has a speaker", cue)
		if e := d.Mentions[q.Speaker].Entity; e >= 0 {
			return d.Entities[e].Name
		}
		return ""
	}
	t.Fatalf("no claim with cue %q", cue)
	return ""
}

// "X said ..., though she acknowledged ...": the pronoun of a clause that
// hangs on another is that clause's subject when she agrees (a speaker of
// no stated gender), not the woman the article names most, also when the
// parse hangs the clause on what X reports.
func TestPronounSpeakerOfAGoverningSubject(t *testing.T) {
	text := "Lena Brandt, the Green candidate, was barred from the debate on Monday. Brandt had sued the commission, and Brandt lost. She said the ruling was unfair.\n\n" +
		"“We were there legally,” Tavi Orlan, a spokesperson for Brandt, told the Dayton Courier.\n\n" +
		"Orlan said the campaign planned to bring supporters to protest her exclusion, though she acknowledged it was unlikely to work."
	assert.Equal(t, "Tavi Orlan", speakerOfCue(t, text, "acknowledged"))
}

// A reported "He says ..." goes on with the one the sentence before is
// about, its subject, not a man it names as a possessor, even when that
// man is the passage's most named and of a stated gender.
func TestReportedPronounSpeakerContinuesTheSubject(t *testing.T) {
	text := "Governor Tom Hale has led the race since spring. Hale won three debates, and he leads every poll.\n\n" +
		"Oriel Dask, a former ambassador, is attacking Hale's tax plan in a column in the Dayton Courier. He says Hale's plan would empty the state's pension fund."
	assert.Equal(t, "Oriel Dask", speakerOfCue(t, text, "says"))
}

// A pronoun the sentence before cannot place keeps the link coreference
// gave it: the man named there, though the center of the passage is
// another man ("Just look at Hale. He has said ..." is Hale's).
func TestReportedPronounSpeakerAfterAnObjectKeepsIt(t *testing.T) {
	text := "Senator Peter Lund says the party has lost its way on taxes.\n\n" +
		"Just look at Governor Tom Hale. He has said the state should print its own money."
	assert.Equal(t, "Tom Hale", speakerOfCue(t, text, "said"))
}

// A direct quotation's "he said" after a sentence whose subject speaks of
// someone in a relative clause is the subject's: the relative clause's
// subject is no center of the passage.
func TestPronounSpeakerIsNotARelativeClauseSubject(t *testing.T) {
	text := "Peter Lund, a student in Dayton, has voted in every election since 2010.\n\n" +
		"Lund thought about the voters whom Tom Hale had won over last year. “It feels like the last election of my parents,” he said."
	assert.Equal(t, "Peter Lund", speakerOfCue(t, text, "said"))
}

// A subject pronoun whose verb carries an adverbial clause before it is
// the subject of that clause ("When Dask was asked ..., he said"), and
// the pronoun of an adverbial clause before the main one is the main
// clause's subject ("Even as he denied it, Dask ..."); a clause of
// condition names someone supposed, not the speaker.
func TestPronounSpeakerOfAnAdverbialClause(t *testing.T) {
	lead := "Governor Tom Hale has led the race since spring. Hale won three debates, and he leads every poll.\n\n"
	assert.Equal(t, "Oriel Dask", speakerOfCue(t, lead+
		"When Oriel Dask spoke at the fair on Sunday, he said the tax plan would fail.", "said"))
	assert.Equal(t, "Oriel Dask", speakerOfCue(t, lead+
		"Even as he accused Hale of hiding the costs, Oriel Dask would not speculate about his motives.", "accused"))
	assert.Equal(t, "Peter Lund", speakerOfCue(t, lead+
		"Peter Lund wrote a column on Sunday.\n\nIf Oriel Dask does not win the seat, he said he would back a rival.", "said"))
}

// A relative "who" that speaks is bound by its clause: "candidates like
// Hale, who say ..." are not the passage's center.
func TestRelativeSpeakerStaysBound(t *testing.T) {
	text := "Peter Lund, the British envoy, will leave his post in March.\n\n" +
		"The envoy also mused about the race, pushing back against candidates — like Republican front-runner Tom Hale — who say the country is in decline."
	assert.NotEqual(t, "Peter Lund", speakerOfCue(t, text, "say"))
}
