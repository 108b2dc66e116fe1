package extract

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/internal/conllu"
)

func TestCoNLLUWordsTokensAndSpaces(t *testing.T) {
	d := doc.NewDocument("d1", "Elena's well-known shop didn't open.\n\nThe players' bus left.", time.Time{})
	Process(d)
	sents := contract.CoNLLU(d)
	require.Len(t, sents, 2)
	var forms []string
	for _, w := range sents[0].Words {
		forms = append(forms, w.Form)
	}
	assert.Equal(t, []string{"Elena", "'s", "well", "-", "known", "shop", "did", "n't", "open", "."}, forms)
	assert.Equal(t, []conllu.Token{{First: 1, Last: 2, Form: "Elena's"}, {First: 7, Last: 8, Form: "didn't"}}, sents[0].Tokens,
		"clitics share a token; a hyphenated compound does not")
	assert.Equal(t, []conllu.Token{{First: 2, Last: 3, Form: "players'"}}, sents[1].Tokens)
	assert.Equal(t, "SpaceAfter=No", sents[0].Words[2].Misc)
	assert.Equal(t, "", sents[0].Words[4].Misc)
	text, _ := sents[1].Comment("text")
	assert.Equal(t, "The players' bus left.", text)
	_, newpar := sents[1].Comment("newpar id")
	assert.True(t, newpar)
	var buf bytes.Buffer
	require.NoError(t, conllu.Write(&buf, sents))
	back, err := conllu.Read(strings.NewReader(buf.String()))
	require.NoError(t, err, "the output reads back")
	assert.Len(t, back, 2)
}
