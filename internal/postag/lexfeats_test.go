package postag

import (
	"bufio"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// featLexicon is a lexicon file of a few words in the format of
// scripts/poslexicon.mjs.
const featLexicon = `# a comment
plant	N V cN cV
hop	V
hope	N V
glad	A
shy	A
pony	N
woman	N
swam	V~swim
Zorp	cName
`

func lexClass(l *Lexicon, w string) uint64 {
	b, _ := l.class([]byte(Norm(w)), nil)
	return b
}

func TestLexiconDerivesRegularInflections(t *testing.T) {
	l, err := ReadLexicon(strings.NewReader(featLexicon))
	require.NoError(t, err)
	assert.Equal(t, lexBit("N")|lexBit("V")|lexBit("cN")|lexBit("cV"), lexClass(l, "plant"))
	assert.Equal(t, uint64(lexNs|lexVs), lexClass(l, "plants"), "a plural noun or a verb's third person")
	assert.Equal(t, uint64(lexVd), lexClass(l, "hopped"), "a doubled consonant")
	assert.Equal(t, uint64(lexVd), lexClass(l, "hoped"))
	assert.Equal(t, uint64(lexVg), lexClass(l, "hoping"))
	assert.Equal(t, uint64(lexAx), lexClass(l, "gladder"))
	assert.Equal(t, uint64(lexAx), lexClass(l, "shyest"))
	assert.Equal(t, uint64(lexRly), lexClass(l, "gladly"))
	assert.Equal(t, uint64(lexNs), lexClass(l, "ponies"))
	assert.Equal(t, uint64(lexNs), lexClass(l, "women"))
	assert.Equal(t, lexBit("V~"), lexClass(l, "swam"), "an irregular form")
	assert.Equal(t, lexBit("cName"), lexClass(l, "ZORP"), "looked up in lower case")
	assert.Zero(t, lexClass(l, "blick"))
	assert.Zero(t, lexClass(l, "blicks"), "no base, no class")
}

func TestLexiconSurvivesTheModelFile(t *testing.T) {
	l, err := ReadLexicon(strings.NewReader(featLexicon))
	require.NoError(t, err)
	var b strings.Builder
	e := &encoder{w: bufio.NewWriter(&b)}
	l.save(e)
	require.NoError(t, e.w.Flush())
	d := &decoder{b: []byte(b.String())}
	got := loadLexicon(d)
	require.NoError(t, d.err)
	assert.Empty(t, d.b)
	assert.Equal(t, l.words, got.words)
	for _, w := range []string{"plants", "hopped", "swam", "zorp", "blick"} {
		assert.Equal(t, lexClass(l, w), lexClass(got, w), w)
	}
	assert.Equal(t, "swim", got.Lemma("swam", "VBD", "swam", false))
}

// toksOf fills the toks of words with vocab and the test lexicon.
func toksOf(t *testing.T, vocab map[uint64]wordInfo, words ...string) []tok {
	l, err := ReadLexicon(strings.NewReader(featLexicon))
	require.NoError(t, err)
	ts := make([]tok, len(words)+4)
	fillToks(vocab, classSet{}, l, words, ts, nil)
	return ts
}

func TestLexiconFeaturesKnowHowOftenTheTreebanksShowTheWord(t *testing.T) {
	vocab := vocabulary(map[pairKey]int32{
		{hashString("plant"), 3}: 40, {hashString("hope"), 3}: 2, {hashString("shy"), 5}: 7,
	}, nil, make([]int, 8), nil, 0.05)
	ts := toksOf(t, vocab, "they", "plant", "hope", "shy", "ponies")[2:]
	assert.Equal(t, []uint8{0, 3, 1, 2, 0}, []uint8{ts[0].seen, ts[1].seen, ts[2].seen, ts[3].seen, ts[4].seen})
	assert.Equal(t, uint64(lexNs), ts[4].lex)
	assert.Equal(t, uint64(lexNone), ts[0].lex, "in no dictionary")
	f := func(tk *tok) []uint64 { return lexFeats(nil, tk, uint64(tk.seen)<<3) }
	frequent, rare := ts[1], ts[1]
	rare.seen = 1
	assert.NotEqual(t, f(&frequent), f(&rare), "the same class weighs apart for a frequent and a rare word")
}

func TestCapsContextSetsNamesApart(t *testing.T) {
	ts := toksOf(t, nil, "Pony", "rides", "in", "Glad", "Plant", "were", "shy", "ones", "with", "Hope", ".")
	ctx := func(i int) uint64 { return capsContext(&ts[i+2], &ts[i+1], &ts[i+3], i == 0) }
	assert.Equal(t, uint64(1|4), ctx(0), "capitalised at the start, alone")
	assert.Equal(t, uint64(0), ctx(1), "lower case")
	assert.Equal(t, uint64(1|2), ctx(3), "inside a name sequence")
	assert.Equal(t, uint64(1|2), ctx(4))
	assert.Equal(t, uint64(1), ctx(9), "a capitalised word alone")
	head := toksOf(t, nil, "Glad", "Ponies", "Plant", "Hope")
	assert.Zero(t, capsContext(&head[3], &head[2], &head[4], false), "a title-case heading says nothing")
}
