package postag

import (
	"cmp"
	"slices"

	"github.com/newsgraph/newsgraph/internal/conllu"
)

// pairKey is a word (hash of its normalized form) with one of its classes.
type pairKey struct {
	norm  uint64
	class int32
}

// jackknife returns the training sentences as toks and the vocabulary of
// the final model. The toks of a sentence in fold k carry the ambiguity
// classes of the other folds: a word seen in one sentence only is unknown
// to its own, as a rare word is to new text, so the model learns how far
// to trust an ambiguity class.
func jackknife(sents []conllu.Sentence, classOf map[[2]string]int, upos []int, names classSet, opt Options) ([]trainSent, map[uint64]wordInfo) {
	total := map[pairKey]int32{}
	folds := make([]map[pairKey]int32, opt.Folds)
	for k := range folds {
		folds[k] = map[pairKey]int32{}
	}
	var buf []byte
	for i, s := range sents {
		for _, w := range s.Words {
			buf = appendNorm(buf[:0], w.Form)
			p := pairKey{hashBytes(buf), int32(classOf[[2]string{w.UPOS, w.XPOS}])}
			total[p]++
			folds[i%opt.Folds][p]++
		}
	}
	clus := unlabelledInfo(opt.Unlabelled)
	full := vocabulary(total, nil, upos, clus, opt.AmbShare)
	data := make([]trainSent, len(sents))
	var words []string
	for k := range folds {
		v := full
		if opt.Folds > 1 {
			v = vocabulary(total, folds[k], upos, clus, opt.AmbShare)
		}
		for i := k; i < len(sents); i += opt.Folds {
			words = words[:0]
			d := &data[i]
			for _, w := range sents[i].Words {
				words = append(words, w.Form)
				d.gold = append(d.gold, classOf[[2]string{w.UPOS, w.XPOS}])
			}
			d.toks = make([]tok, len(words)+4)
			buf = fillToks(v, names, opt.Lexicon, words, d.toks, buf)
		}
	}
	return data, full
}

// unlabelledInfo turns what unlabelled text says into word infos by hash.
func unlabelledInfo(u *Unlabelled) map[uint64]wordInfo {
	out := map[uint64]wordInfo{}
	if u == nil {
		return out
	}
	for w, ids := range u.Classes {
		out[hashString(w)] = wordInfo{clus: [2]uint64{uint64(ids[0]), uint64(ids[1])}}
	}
	for w, b := range u.Caps {
		h := hashString(w)
		info := out[h]
		info.caps = b
		out[h] = info
	}
	return out
}

// A word seen fixedMin times or more, with one class for a fixedShare of
// them or more, takes that class without scoring (in lower case): a third
// of running text ("the", ",", "of") costs nothing, for about one error in
// 250 of those words, mostly annotation slips.
const (
	fixedMin   = 20
	fixedShare = 0.995
)

// A word seen dictMin times or more takes only the classes it was seen
// with in dictShare of its occurrences or more (its tag dictionary): "The"
// at the start of "The can rusted" is not the PRON that the AUX after it
// suggests, whatever a few slips of annotation say.
const (
	dictMin   = 20
	dictShare = 0.001
)

// dictionary returns the tag dictionary of a word seen n times with the
// classes and counts given (empty when too rare, or a class is beyond
// classSet).
func dictionary(classes, counts []int32, n int32) classSet {
	var s classSet
	if n < dictMin {
		return s
	}
	for k, c := range classes {
		if c >= 128 {
			return classSet{}
		}
		if float64(counts[k]) >= dictShare*float64(n) {
			s.add(int(c))
		}
	}
	return s
}

// vocabulary builds the word infos of the counts less those of minus
// (nil: none), with what unlabelled text says of words.
func vocabulary(total, minus map[pairKey]int32, upos []int, text map[uint64]wordInfo, share float64) map[uint64]wordInfo {
	type cc struct {
		class int32
		n     int32
	}
	byWord := map[uint64][]cc{}
	for p, n := range total {
		if n -= minus[p]; n > 0 {
			byWord[p.norm] = append(byWord[p.norm], cc{p.class, n})
		}
	}
	v := make(map[uint64]wordInfo, len(byWord)+len(text))
	for w, cs := range byWord {
		slices.SortFunc(cs, func(a, b cc) int { return cmp.Compare(a.class, b.class) })
		sum := int32(0)
		for _, c := range cs {
			sum += c.n
		}
		amb, ambU := uint64(0x616d62), uint64(0x616d6275)
		var seenU uint64
		for _, c := range cs {
			if float64(c.n) < share*float64(sum) {
				continue
			}
			amb = mix(amb, uint64(c.class))
			seenU |= 1 << upos[c.class]
		}
		ambU = mix(ambU, seenU)
		info := text[w]
		info.amb, info.ambU = amb, ambU
		info.seen = seenBucket(sum)
		for _, c := range cs {
			if sum >= fixedMin && float64(c.n) >= fixedShare*float64(sum) {
				info.fixed = int16(c.class + 1)
			}
		}
		classes, counts := make([]int32, len(cs)), make([]int32, len(cs))
		for k, c := range cs {
			classes[k], counts[k] = c.class, c.n
		}
		info.allowed = dictionary(classes, counts, sum)
		v[w] = info
	}
	for w, info := range text {
		if _, ok := v[w]; !ok {
			v[w] = info
		}
	}
	return v
}

// seenBucket buckets how often the treebanks show a word (n times): 1
// once or twice, 2 up to 19 times, 3 from dictMin on. The lexicon
// features (lexFeats) carry it: a dictionary's word class tells most about
// a word the treebanks seldom show, and should not outvote what they show
// of a frequent one.
func seenBucket(n int32) uint8 {
	switch {
	case n <= 0:
		return 0
	case n < 3:
		return 1
	case n < dictMin:
		return 2
	}
	return 3
}
