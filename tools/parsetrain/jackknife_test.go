package main

import (
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/stretchr/testify/assert"
)

// Each sentence is tagged by a tagger that did not train on it, and only
// the tag and lemma columns change.
func TestJackknifeTagsEachSentenceWithAnOtherFoldTagger(t *testing.T) {
	var sents []conllu.Sentence
	for i := range 23 {
		sents = append(sents, conllu.Sentence{Words: []conllu.Word{{ID: 1, Form: strconv.Itoa(i), UPOS: "X", Head: 0, Deprel: "root"}}})
	}
	out := jackknife(sents, 5, func(rest []conllu.Sentence) tagFunc {
		seen := map[string]bool{}
		for _, s := range rest {
			seen[s.Words[0].Form] = true
		}
		return func(words []string) ([]string, []string, []string) {
			tag := "unseen"
			if seen[words[0]] {
				tag = "seen"
			}
			return []string{tag}, []string{tag}, []string{words[0] + "-lemma"}
		}
	})
	assert.Len(t, out, len(sents))
	for i, s := range out {
		w := s.Words[0]
		assert.Equal(t, "unseen", w.UPOS, "sentence %d", i)
		assert.Equal(t, strconv.Itoa(i)+"-lemma", w.Lemma)
		assert.Equal(t, "root", w.Deprel)
		assert.Equal(t, "X", sents[i].Words[0].UPOS, "the input is not changed")
	}
}
