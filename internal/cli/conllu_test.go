package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/internal/conllu"
)

// checkTrees asserts that every sentence's heads make one tree: one root,
// heads inside the sentence, no cycle.
func checkTrees(t *testing.T, sents []conllu.Sentence) {
	t.Helper()
	for _, s := range sents {
		roots := 0
		for _, w := range s.Words {
			if w.Head == 0 {
				roots++
				assert.Equal(t, "root", w.Deprel)
			}
			seen := map[int]bool{}
			for h := w.ID; h != 0; h = s.Words[h-1].Head {
				require.False(t, seen[h], "cycle through word %d of %v", h, s.Comments)
				seen[h] = true
			}
			assert.NotEmpty(t, w.UPOS)
			assert.NotEmpty(t, w.Lemma)
		}
		assert.Equal(t, 1, roots, "%v", s.Comments)
	}
}

func TestExtractCoNLLUFromText(t *testing.T) {
	in := "The senator didn't sign the bill. It was vetoed by the governor on Friday.\n"
	var b buffers
	io := b.io()
	io.In = strings.NewReader(in)
	require.NoError(t, runExtract(t.Context(), &ExtractOptions{Paths: []string{"-"}, Format: "conllu"}, io))
	sents, err := conllu.Read(strings.NewReader(b.out.String()))
	require.NoError(t, err)
	require.Len(t, sents, 2)
	checkTrees(t, sents)
	var forms []string
	for _, w := range sents[0].Words {
		forms = append(forms, w.Form)
	}
	assert.Equal(t, []string{"The", "senator", "did", "n't", "sign", "the", "bill", "."}, forms)
	assert.Equal(t, []conllu.Token{{First: 3, Last: 4, Form: "didn't", Misc: "_"}}, sents[0].Tokens)
	text, _ := sents[1].Comment("text")
	assert.Equal(t, "It was vetoed by the governor on Friday.", text)
}

func TestExtractCoNLLUTokenizedKeepsTheTreebanksWords(t *testing.T) {
	gold := "# newdoc id = d\n# sent_id = 1\n# text = Well-known firms can't wait.\n" +
		"1\tWell-known\t_\t_\t_\t_\t0\troot\t_\t_\n" +
		"2\tfirms\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"3-4\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\tca\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"4\tn't\t_\t_\t_\t_\t1\tdep\t_\t_\n" +
		"5\twait\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n" +
		"6\t.\t_\t_\t_\t_\t1\tdep\t_\t_\n\n"
	p := filepath.Join(t.TempDir(), "gold.conllu")
	require.NoError(t, os.WriteFile(p, []byte(gold), 0o644))
	code, out, errs := runMain("extract", "--format", "conllu", "--tokenized", p)
	require.Equal(t, 0, code, errs)
	sents, err := conllu.Read(strings.NewReader(out))
	require.NoError(t, err)
	require.Len(t, sents, 1)
	var forms []string
	for _, w := range sents[0].Words {
		forms = append(forms, w.Form)
	}
	assert.Equal(t, []string{"Well-known", "firms", "ca", "n't", "wait", "."}, forms, "the treebank's words, not re-split")
	checkTrees(t, sents)

	code, out, _ = runMain("extract", "--format", "conllu", p) // raw text: the pipeline's own words
	require.Equal(t, 0, code)
	assert.Contains(t, out, "\tWell\t")
	assert.Contains(t, out, "\t-\t")
}

func TestExtractFastParsesWithTheNarrowBeamForThatCommandOnly(t *testing.T) {
	// a sentence of our own whose parse differs between the two beams
	in := "The company, which had warned investors of weak sales in the spring, reported a loss that analysts said was larger than expected and blamed on the cost of closing plants in Ohio.\n"
	parse := func(fast bool) string {
		var b buffers
		io := b.io()
		io.In = strings.NewReader(in)
		require.NoError(t, runExtract(t.Context(), &ExtractOptions{Paths: []string{"-"}, Format: "conllu", Fast: fast}, io))
		return b.out.String()
	}
	wide, narrow := parse(false), parse(true)
	assert.NotEqual(t, wide, narrow, "--fast decodes with another beam")
	assert.False(t, syntax.Fast(), "the mode ends with the command")
	assert.Equal(t, wide, parse(false))
}
