package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// One who names a man in what he says is not that man: the "he" of a
// claim whose content names Hale is the passage's speaker, not Hale,
// whom coreference would give it as the nearest man.
func TestPronounSpeakerIsNotNamedInItsClaim(t *testing.T) {
	text := "Governor Tom Hale has led the race since spring. Hale won three debates, and he leads every poll.\n\n" +
		"“You can't blame Hale for what his brother did,” said Peter Lund, 44, a nurse from Dayton who came to the rally. " +
		"A nurse since 1990, he plans to vote for Hale in the primary."
	assert.Equal(t, "Peter Lund", speakerOfCue(t, text, "plans"))
}

// The guards: the passage's center by name may name himself, and a name
// a reported claim holds before its "she said" is the writer's, not hers.
func TestPronounSpeakerNamedInItsClaimGuards(t *testing.T) {
	text := "Peter Lund spoke to the crowd in Dayton on Sunday. “Vote for Lund and you vote for the farms,” Lund said.\n\n" +
		"“Lund will win this seat,” he added."
	assert.Equal(t, "Peter Lund", speakerOfCue(t, text, "added"))
	text = "Ana Ruiz, 20, has skated in the park since she was a child.\n\n" +
		"Though Ms. Ruiz has lived all her life in the Heights, the rents have doubled, she said."
	assert.Equal(t, "Ana Ruiz", speakerOfCue(t, text, "said"))
}

// A name that only modifies a noun ("the commentator and Hale supporter")
// is no speaker of the description before it: the quotation after it is
// the commentator's, whom the passage is about, not the governor's.
func TestPronounSpeakerAfterANameAsModifier(t *testing.T) {
	text := "Dana Wolf, a columnist, praised Governor Maria Hale in a new video. “It is time,” she said.\n\n" +
		"The popular commentator and Maria Hale supporter applauded the governor for her work on schools in the video. " +
		"“Nobody else has won the state twice,” she added in the video."
	assert.Equal(t, "Dana Wolf", speakerOfCue(t, text, "added"))
}
