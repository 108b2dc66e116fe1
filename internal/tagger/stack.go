package tagger

import "slices"

// The second stage sees what the first stage decided about every token and,
// above all, about the other occurrences of the same word in the document:
// a name is usually typed the same way throughout an article, and its
// clearest mention ("Boeing Co said") can settle the others ("Boeing's").
// Training the second stage on first-stage output for documents the first
// stage did not learn from (jackknifing) keeps those decisions as fallible
// as they are on unseen text.

// hintFeatures appends the stacking features to the stage-one features
// feats (which it does not modify) given stage-one tags.
func hintFeatures(sents [][]tokInfo, feats [][][]uint64, tags [][]int) [][][]uint64 {
	hs := hints(sents, tags)
	out := make([][][]uint64, len(sents))
	for si := range sents {
		out[si] = make([][]uint64, len(sents[si]))
		for i := range sents[si] {
			out[si][i] = slices.Concat(feats[si][i], hs[si][i])
		}
	}
	return out
}

// hints returns the stacking features alone, per sentence and token:
// what follows each token's stage-one features in hintFeatures. Decoding
// reads the two lists one after the other instead of copying them into one.
func hints(sents [][]tokInfo, tags [][]int) [][][]uint64 {
	// per lower-cased word: how often stage one put it in a name of each
	// type (index NumTypes: outside any name), counting capitalised
	// occurrences only, where the tagger had something to decide.
	counts := map[string]*[NumTypes + 1]int32{}
	for si, ts := range sents {
		for i, t := range ts {
			if !t.cap {
				continue
			}
			c := counts[t.low]
			if c == nil {
				c = new([NumTypes + 1]int32)
				counts[t.low] = c
			}
			c[typeOf(tags[si][i])]++
		}
	}
	// per lower-cased word: the types and positions (first, inside, last)
	// of the multi-word names stage one found it in. A lone "Costa" after
	// "Jorge Costa", or "Pirelli" after "Pirelli SpA", is usually a short
	// form of that name and has its type.
	inName := map[string]uint32{}
	for si, ts := range sents {
		tg := tags[si]
		for i := 0; i < len(tg); {
			if tg[i] == 0 {
				i++
				continue
			}
			j := i + 1
			for j < len(tg) && tg[j] == tg[i]+1 {
				j++
			}
			if j-i > 1 {
				typ := tagType(tg[i])
				for k := i; k < j; k++ {
					pos := 1 // inside
					switch k {
					case i:
						pos = 0
					case j - 1:
						pos = 2
					}
					if ts[k].cap {
						inName[ts[k].low] |= 1 << (typ*3 + pos)
					}
				}
			}
			i = j
		}
	}
	out := make([][][]uint64, len(sents))
	for si, ts := range sents {
		tg := tags[si]
		at := func(i int) byte {
			if i < 0 || i >= len(tg) {
				return 0xff
			}
			return byte(tg[i])
		}
		out[si] = make([][]uint64, len(ts))
		// one buffer per sentence rather than one allocation per token
		buf := make([]uint64, 0, 6*len(ts)) // room for the usual hints
		for i, t := range ts {
			start := len(buf)
			fs := append(buf,
				hbyte(hstart(40), at(i)),
				hbyte(hbyte(hstart(41), at(i-1)), at(i)),
				hbyte(hbyte(hstart(42), at(i)), at(i+1)),
				hstr(hbyte(hstart(43), at(i)), t.shape))
			if c := counts[t.low]; c != nil && t.cap {
				// the majority verdict of the word's other occurrences
				own := typeOf(tg[i])
				best, bestN, total := -1, int32(0), int32(0)
				for k, n := range c {
					if k == own {
						n--
					}
					total += n
					if n > bestN {
						best, bestN = k, n
					}
				}
				if best >= 0 {
					share := byte(4 * bestN / total) // 1..4: how unanimous
					fs = append(fs, hbyte(hbyte(hstart(44), byte(best)), share),
						hbyte(hbyte(hstart(45), byte(best)), at(i)))
				}
			}
			if bits := inName[t.low]; bits != 0 && t.cap {
				for b := range NumTypes * 3 {
					if bits&(1<<b) != 0 {
						fs = append(fs, hbyte(hbyte(hstart(46), byte(b)), at(i)))
					}
				}
			}
			out[si][i] = fs[start:len(fs):len(fs)]
			buf = fs
		}
	}
	return out
}

// typeOf is the type index of a tag, NumTypes for O.
func typeOf(tag int) int {
	if tag == 0 {
		return NumTypes
	}
	return tagType(tag)
}

// AddHints returns stage-two features for a document: its stage-one
// features plus what stage one (tags) said about it.
func AddHints(d Doc, feats [][][]uint64, tags [][]int) [][][]uint64 {
	sents := make([][]tokInfo, len(d))
	for si, s := range d {
		sents[si] = make([]tokInfo, len(s))
		for i, w := range s {
			sents[si][i] = newTokInfo(w)
		}
	}
	return hintFeatures(sents, feats, tags)
}

// Decode tags pre-extracted stage-one features with the model's first
// stage; the trainer uses it to produce jackknifed hints.
func (m *Model) Decode(feats [][][]uint64) [][]int {
	return m.stages[0].decode(feats, nil)
}

// Stack makes a two-stage model from a first-stage model and a second
// stage trained on hint features; both must share the gazetteer.
func Stack(first, second *Model) *Model {
	return &Model{stages: []*stage{first.stages[0], second.stages[0]}, gaz: first.gaz, lex: first.lex}
}
