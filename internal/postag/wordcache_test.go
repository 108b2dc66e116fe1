package postag

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The cached path (own features summed once per word, kept across
// sentences) gives every word the same class as the plain one, cold and
// warm, and through a restart of a full cache.
func TestWordCacheSameAsPlain(t *testing.T) {
	m := loadShipped(t)
	sents := []string{
		"The harbour authority said on Monday that two ferries would stop running .",
		"Ferries Stop Running As Harbour Strike Widens",
		"Two ferries ran aground near the harbour , the authority said .",
		"Running a ferry is harder than it looks , said a captain who ran one .",
	}
	plain := func(words []string) []int {
		s := &scratch{scores: make([]float32, m.w.Classes())}
		ts := make([]tok, len(words)+4)
		fillToks(m.vocab, m.names, m.lex, words, ts, nil)
		tags := make([]int, len(words))
		if m.w2 == nil {
			decode(m.w, ts, tags, nil, s)
			return tags
		}
		first := make([]int, len(words))
		decode(m.w, ts, first, nil, s)
		decode(m.w2, ts, tags, first, s)
		return tags
	}
	s := m.getScratch(1)
	for round := range 3 {
		if round == 2 {
			s.cache.at = nil // starts over
		}
		for _, sent := range sents {
			words := strings.Fields(sent)
			s = m.getScratch(len(words))
			m.fillCached(words, s)
			first := make([]int, len(words))
			tags := make([]int, len(words))
			if m.w2 == nil {
				decodeCached(m.w, 0, tags, nil, s)
			} else {
				decodeCached(m.w, 0, first, nil, s)
				decodeCached(m.w2, 1, tags, first, s)
			}
			want := plain(words)
			require.Equal(t, want, tags, "round %d: %s", round, sent)
			ts := make([]tok, len(words)+4)
			fillToks(m.vocab, m.names, m.lex, words, ts, nil)
			for i, w := range words {
				for _, c := range []int{want[i], (want[i] + 1) % m.w.Classes(), want[i]} {
					require.Equal(t, m.lem.lemma(w, &ts[i+2], c), s.cache.lemma(m.lem, s.ents[i], c), "%s as %d", w, c)
				}
			}
			require.Equal(t, len(s.cache.toks), len(s.cache.at))
		}
	}
}

// A sentence longer than the cache may hold keeps its entries while it is
// tagged.
func TestWordCacheLongSentence(t *testing.T) {
	m := loadShipped(t)
	words := make([]string, 0, maxCached+10)
	for i := range maxCached + 10 {
		words = append(words, "w"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676%26)))
	}
	upos, _, _ := m.Tag(words)
	require.Len(t, upos, len(words))
	again, _, _ := m.Tag(words) // its words now cached
	require.Equal(t, upos, again)
}
