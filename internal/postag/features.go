package postag

import "unicode/utf8"

// tok is what the feature templates read of one word, computed once per
// word and sentence.
type tok struct {
	norm    uint64    // the normalized form
	form    uint64    // the form as written (case kept)
	suf     [5]uint64 // last 1..5 characters of the normalized form (0: shorter)
	pre     [3]uint64 // first 1..3 characters
	shape   uint64
	flags   uint8
	amb     uint64 // ambiguity class: the tags the training data gave the word (0: unseen)
	ambU    uint64 // the same over UPOS only
	clus    [2]uint64
	caps    uint8    // how often unlabelled text capitalises the word (capsBucket)
	seen    uint8    // how often the treebanks show the word (seenBucket; 0: never)
	fixed   int16    // the word's wordInfo.fixed when written in lower case, else 0
	allowed classSet // the word's wordInfo.allowed, with the name classes when capitalised
	lex     uint64   // the lexicon class of a rare word (Lexicon.class; lexNone: in none; 0: no lexicon or not rare)
}

// pad stands for the words before and after the sentence.
var padTok = [2]tok{{norm: 1, form: 1, shape: 1, amb: 1, ambU: 1, lex: 1 << 62}, {norm: 2, form: 2, shape: 2, amb: 2, ambU: 2, lex: 1 << 63}}

// fillToks computes the toks of a sentence into dst (len(words)+4: two
// pad words on each side), their lexicon classes from lex (nil: none);
// buf is scratch space for normalized forms.
func fillToks(vocab map[uint64]wordInfo, names classSet, lex *Lexicon, words []string, dst []tok, buf []byte) []byte {
	dst[0], dst[1] = padTok[0], padTok[0]
	dst[len(words)+2], dst[len(words)+3] = padTok[1], padTok[1]
	title := uint8(0)
	if titleCase(words) {
		title = flagTitle
	}
	for i, w := range words {
		buf = fillTok(vocab, names, lex, w, title, &dst[i+2], buf)
	}
	return buf
}

// fillTok computes the tok of word w in a sentence whose title flag is
// title.
func fillTok(vocab map[uint64]wordInfo, names classSet, lex *Lexicon, w string, title uint8, t *tok, buf []byte) []byte {
	buf = appendNorm(buf[:0], w)
	*t = tok{norm: hashBytes(buf), form: hashString(w)}
	for k := range t.suf {
		if s := suffix(buf, k+1); s >= 0 {
			t.suf[k] = hashBytes(buf[s:])
		}
	}
	for k := range t.pre {
		if e := prefix(buf, k+1); e >= 0 {
			t.pre[k] = hashBytes(buf[:e])
		}
	}
	var sh [12]byte
	shape, flags := appendShape(sh[:0], w)
	t.shape, t.flags = hashBytes(shape), flags|title
	if info, ok := vocab[t.norm]; ok {
		t.amb, t.ambU = info.amb, info.ambU
		t.clus = info.clus
		t.caps = info.caps
		t.seen = info.seen
		t.allowed = info.allowed
		if flags&(flagUpper|flagAllCap) == 0 {
			t.fixed = info.fixed // "Cat" may be a name where "cat" is not
		} else if !t.allowed.empty() {
			t.allowed = t.allowed.union(names)
		}
	}
	if lex != nil && t.seen < lexSeenMax { // last: the scratch space after buf may move it
		var more []byte
		t.lex, more = lex.class(buf, buf[len(buf):])
		if cap(more) > cap(buf) {
			buf = more[:0]
		}
		if t.lex == 0 {
			t.lex = lexNone // in no dictionary: a name, a typo, a coinage
		}
	}
	return buf
}

// suffix returns where the last n characters of b start (-1: fewer,
// or all of b: a suffix as long as the word says nothing the word does not).
func suffix(b []byte, n int) int {
	i := len(b)
	for ; n > 0 && i > 0; n-- {
		i--
		for i > 0 && !utf8.RuneStart(b[i]) {
			i--
		}
	}
	if n > 0 || i == 0 {
		return -1
	}
	return i
}

// prefix returns where the first n characters of b end (-1: fewer, or
// all of b).
func prefix(b []byte, n int) int {
	i := 0
	for ; n > 0 && i < len(b); n-- {
		_, k := utf8.DecodeRune(b[i:])
		i += k
	}
	if n > 0 || i == len(b) {
		return -1
	}
	return i
}

// Feature templates. Each feature hashes its template id with its values.
const (
	tBias = iota + 1
	tNorm
	tForm
	tShape
	tFirstShape
	tNormL1
	tNormR1
	tNormL2
	tNormR2
	tSufL1
	tSufR1
	tShapeL1
	tShapeR1
	tBigramL
	tBigramR
	tAmb
	tAmbL1
	tAmbR1
	tAmbR2
	tAmbUR1R2
	tClusL1
	tClusR1
	tTagL1
	tTagL2L1
	tTagL1Norm
	tTagL1Suf
	tTagL1AmbR1
	tTagL1Amb
	tFirst
	tFirstNorm
	tFirstR1
	tFirstR1R2
	tTagL1FirstR1
	tFirstR1Norm
	tFirstR1Suf
	tCaps
	tCapsL1
	tCapsR1
	tTitleShape
	tLex
	tLexSuf = tLex + 6 // the ids between: lexicon features measured and left out (POSTAG.md)
	tSuf    = 100      // + length-1
	tPre    = 110      // + length-1
	tClus   = 120      // + granularity
)

func feat(t int, v uint64) uint64        { return mix(uint64(t)*0x100000001B3, v) }
func feat2(t int, a, b uint64) uint64    { return mix(feat(t, a), b) }
func feat3(t int, a, b, c uint64) uint64 { return mix(feat2(t, a, b), c) }

// staticFeats appends the features of word i (toks index i+2) that do not
// depend on tags.
func staticFeats(dst []uint64, ts []tok, i int) []uint64 {
	return contextFeats(ownFeats(dst, &ts[i+2], i == 0), ts, i)
}

// ownFeats appends the features of staticFeats that read nothing but the
// word itself and whether it opens the sentence: the same wherever the
// word stands, so a decoder may keep their sums by word (see wordCache).
func ownFeats(dst []uint64, t *tok, opens bool) []uint64 {
	dst = append(dst, feat(tBias, 0), feat(tNorm, t.norm), feat(tForm, t.form), feat(tShape, t.shape))
	for k, s := range t.suf {
		if s != 0 {
			dst = append(dst, feat(tSuf+k, s))
		}
	}
	for k, s := range t.pre {
		if s != 0 {
			dst = append(dst, feat(tPre+k, s))
		}
	}
	first := uint64(0)
	if opens {
		dst = append(dst, feat(tFirstShape, t.shape))
		first = 1 << 8
	}
	dst = append(dst, feat(tAmb, t.amb),
		feat2(tCaps, uint64(t.caps), uint64(t.flags&(flagUpper|flagAllCap|flagTitle))|first),
		feat2(tTitleShape, uint64(t.flags&flagTitle)|first, t.shape))
	for k, c := range t.clus {
		if c != 0 {
			dst = append(dst, feat(tClus+k, c))
		}
	}
	return dst
}

// contextFeats appends the features of staticFeats that read the words
// around word i.
func contextFeats(dst []uint64, ts []tok, i int) []uint64 {
	p := i + 2
	t := &ts[p]
	l1, l2, r1, r2 := &ts[p-1], &ts[p-2], &ts[p+1], &ts[p+2]
	dst = append(dst,
		feat(tNormL1, l1.norm), feat(tNormR1, r1.norm), feat(tNormL2, l2.norm), feat(tNormR2, r2.norm),
		feat(tSufL1, l1.suf[2]), feat(tSufR1, r1.suf[2]), feat(tShapeL1, l1.shape), feat(tShapeR1, r1.shape),
		feat2(tBigramL, l1.norm, t.norm), feat2(tBigramR, t.norm, r1.norm),
		feat(tAmbL1, l1.amb), feat(tAmbR1, r1.amb), feat(tAmbR2, r2.amb),
		feat2(tAmbUR1R2, r1.ambU, r2.ambU),
		feat2(tCapsL1, uint64(l1.caps), uint64(l1.flags&flagUpper)),
		feat2(tCapsR1, uint64(r1.caps), uint64(r1.flags&flagUpper)))
	if t.lex != 0 { // fillTok gives a class only to words seen under lexSeenMax
		dst = lexFeats(dst, t, capsContext(t, l1, r1, i == 0)|uint64(t.seen)<<3)
	}
	if r1.clus[0] != 0 {
		dst = append(dst, feat(tClusR1, r1.clus[0]))
	}
	if l1.clus[0] != 0 {
		dst = append(dst, feat(tClusL1, l1.clus[0]))
	}
	return dst
}

// wordFeats appends the features of word i given the classes of the words
// on its left (tags) and, in the second pass, the first pass's classes.
func wordFeats(dst []uint64, ts []tok, i int, tags, first []int) []uint64 {
	dst = staticFeats(dst, ts, i)
	dst = dynFeats(dst, ts, i, tags)
	if first != nil {
		dst = rightFeats(dst, ts, i, tags, first)
	}
	return dst
}

// rightFeats appends the second pass's features of word i: the first
// pass's classes of it and of the words on its right.
func rightFeats(dst []uint64, ts []tok, i int, tags, first []int) []uint64 {
	p := i + 2
	at := func(j int) uint64 {
		if j < 0 {
			return 1 << 20
		}
		if j >= len(first) {
			return 1<<20 + 1
		}
		return uint64(first[j])
	}
	l1 := uint64(1 << 20)
	if i >= 1 {
		l1 = uint64(tags[i-1])
	}
	r1, r2 := at(i+1), at(i+2)
	return append(dst, feat(tFirst, at(i)), feat2(tFirstNorm, at(i), ts[p].norm),
		feat(tFirstR1, r1), feat2(tFirstR1R2, r1, r2), feat2(tTagL1FirstR1, l1, r1),
		feat2(tFirstR1Norm, r1, ts[p].norm), feat2(tFirstR1Suf, r1, ts[p].suf[2]))
}

// dynFeats appends the features of word i that read the tags already
// given to the words on its left (tags[j] for j < i; -1 and -2 are the
// start symbol).
func dynFeats(dst []uint64, ts []tok, i int, tags []int) []uint64 {
	p := i + 2
	t1, t2 := uint64(1<<20), uint64(1<<20)
	if i >= 1 {
		t1 = uint64(tags[i-1])
	}
	if i >= 2 {
		t2 = uint64(tags[i-2])
	}
	return append(dst, feat(tTagL1, t1), feat2(tTagL2L1, t2, t1), feat2(tTagL1Norm, t1, ts[p].norm),
		feat2(tTagL1Suf, t1, ts[p].suf[2]), feat2(tTagL1AmbR1, t1, ts[p+1].amb), feat2(tTagL1Amb, t1, ts[p].amb))
}
