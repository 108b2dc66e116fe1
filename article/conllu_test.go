package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const treebank = `# newdoc id = doc-one
# newpar id = p1
# sent_id = 1
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = 2
# text = Fine.
1	Fine	fine	ADJ	JJ	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

# newpar id = p2
# sent_id = 3
1	New	new	ADJ	JJ	_	2	amod	_	_
2	para	para	NOUN	NN	_	0	root	_	_

# newdoc id = Doc Two
# sent_id = 4
# text = Hi!
1	Hi	hi	INTJ	UH	_	0	root	_	SpaceAfter=No
2	!	!	PUNCT	.	_	1	punct	_	_

`

func TestTreebankAsRawText(t *testing.T) {
	p := write(t, t.TempDir(), "ewt.conllu", treebank)
	arts, errs := readAll(t, []string{p}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 2)
	assert.Equal(t, "doc-one", arts[0].ID)
	assert.Equal(t, "I don't know. Fine.\n\nNew para", arts[0].Text, "paragraphs apart, sentences spaced; a sentence without # text is spelt from its words")
	assert.Nil(t, arts[0].Tokens)
	assert.Equal(t, "doc-two", arts[1].ID)
	assert.Equal(t, "Hi!", arts[1].Text)
}

func TestTreebankTokenized(t *testing.T) {
	p := write(t, t.TempDir(), "ewt.conllu", treebank)
	arts, errs := readAll(t, []string{p}, Options{Tokenized: true})
	require.Empty(t, errs)
	require.NotNil(t, arts[0].Tokens)
	sents := arts[0].Tokens.Sentences
	require.Len(t, sents, 3)
	r := []rune(arts[0].Text)
	var got []string
	for _, s := range sents[0] {
		got = append(got, string(r[s.Start:s.End]))
	}
	assert.Equal(t, []string{"I", "do", "n't", "know", "."}, got, "the multiword token is shared among its words")
	assert.Equal(t, Span{14, 18}, sents[1][0])
}

func TestBrokenTreebankIsReported(t *testing.T) {
	p := write(t, t.TempDir(), "bad.conllu", "1\tA\ta\tX\tX\t_\t9\troot\t_\t_\n\n")
	arts, errs := readAll(t, []string{p}, Options{})
	assert.Empty(t, arts)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "bad.conllu")
	assert.Contains(t, errs[0].Error(), "head 9 outside")
}
