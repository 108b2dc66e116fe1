package conllu

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = `# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	Case=Nom	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind	4	aux	4:aux	_
3	n't	not	PART	RB	Polarity=Neg	4	advmod	4:advmod	_
4	know	know	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = s2
# text = Gone.
1	Gone	go	VERB	VBN	_	0	root	0:root	SpaceAfter=No
1.1	went	go	VERB	VBD	_	_	_	0:root	_
2	.	.	PUNCT	.	_	1	punct	1:punct	_

`

func TestReadWordsTokensComments(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	require.NoError(t, err)
	require.Len(t, sents, 2)
	s := sents[0]
	text, ok := s.Comment("text")
	assert.True(t, ok)
	assert.Equal(t, "I don't know.", text)
	require.Len(t, s.Words, 5)
	assert.Equal(t, Word{ID: 3, Form: "n't", Lemma: "not", UPOS: "PART", XPOS: "RB", Feats: "Polarity=Neg",
		Head: 4, Deprel: "advmod", Deps: "4:advmod", Misc: "_"}, s.Words[2])
	assert.Equal(t, []Token{{First: 2, Last: 3, Form: "don't", Misc: "_"}}, s.Tokens)
	// spaces: none inside "don't" nor before the final period
	assert.True(t, s.SpaceAfter(1))
	assert.False(t, s.SpaceAfter(2))
	assert.True(t, s.SpaceAfter(3))
	assert.False(t, s.SpaceAfter(4))
	assert.Len(t, sents[1].Words, 2, "the empty node 1.1 is skipped")
}

func TestWriteRoundTrip(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, sents))
	want := strings.Replace(sample, "1.1\twent\tgo\tVERB\tVBD\t_\t_\t_\t0:root\t_\n", "", 1)
	assert.Equal(t, want, buf.String())
}

func TestReadErrorsNameTheLine(t *testing.T) {
	_, err := Read(strings.NewReader("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n"))
	assert.ErrorContains(t, err, "line 2")
	_, err = Read(strings.NewReader("1\tA\ta\tX\tX\t_\t7\troot\t_\t_\n\n"))
	assert.ErrorContains(t, err, "head 7 outside")
	_, err = Read(strings.NewReader("1\tA\ta\n"))
	assert.ErrorContains(t, err, "3 fields")
}

func TestReadsTheTrainingTreebanks(t *testing.T) {
	if testing.Short() {
		t.Skip("reads ../shared")
	}
	for _, f := range []string{"../../../shared/train/ud/en_ewt-ud-train.conllu", "../../../shared/eval/ud/en_ewt-ud-dev.conllu"} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("no %s", f)
		}
		sents, err := ReadFile(f)
		require.NoError(t, err)
		assert.Greater(t, len(sents), 1000, f)
	}
}
