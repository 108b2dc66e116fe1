// Package tagger is a sequence tagger: an averaged structured perceptron
// over BIO tags with first-order Viterbi decoding. It runs both models of
// the mention stage (extract/mention): the named-entity tagger and the
// common-noun mention tagger. It works on plain token strings so that the
// trainers (tools/nertrain, tools/mentionstrain) and the extraction
// pipeline share exactly one feature extractor; any difference between
// training-time and run-time features would silently cost accuracy.
//
// Features are hashed (FNV-1a, 64 bits while training, folded to 32 bits in
// the stored model) so that no feature strings are kept in memory or in the
// model file, and extraction allocates little.
package tagger

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is a document as sentences of token strings.
type Doc [][]string

// tokInfo holds the per-token strings the templates combine.
type tokInfo struct {
	raw   string
	low   string // lower-cased, digits mapped to 0, typographic quotes straightened
	shape string // collapsed word shape: Xx, XX, d, X.X., Xx-Xx ...
	cap   bool   // starts with an upper-case letter
	upper bool   // all letters upper case, at least two letters
	lower bool   // has letters and all are lower case
}

// sentKind says how trustworthy capitalisation is in a sentence.
type sentKind byte

const (
	sentNormal sentKind = 'n'
	sentUpper  sentKind = 'u' // ALL-CAPS headline or line
	sentTitle  sentKind = 't' // Title-Case Headline Where Every Word Is Capitalised
)

// docCtx is what the document as a whole says about each word's casing:
// "Apple" capitalised mid-sentence elsewhere, or "apple" lower-cased
// elsewhere, tells a headline or sentence-initial occurrence apart.
type docCtx struct {
	seen map[string]uint8 // low -> seenLower | seenTitle | seenUpper
}

const (
	seenLower uint8 = 1 << iota
	seenTitle
	seenUpper
)

func newTokInfo(s string) tokInfo {
	t := tokInfo{raw: s}
	var b strings.Builder
	var sh []byte
	letters, uppers, lowers := 0, 0, 0
	first := true
	var last byte
	for _, c := range s {
		var k byte
		switch {
		case unicode.IsUpper(c):
			k = 'X'
			letters++
			uppers++
			if first {
				t.cap = true
			}
			b.WriteRune(unicode.ToLower(c))
		case unicode.IsLower(c):
			k = 'x'
			letters++
			lowers++
			b.WriteRune(c)
		case unicode.IsLetter(c):
			k = 'x'
			letters++
			b.WriteRune(c)
		case unicode.IsDigit(c):
			k = 'd'
			b.WriteByte('0')
		default:
			switch c {
			case '“', '”', '«', '»', '„':
				c = '"'
			case '‘', '’', '`':
				c = '\''
			case '–', '—':
				c = '-'
			}
			k = byte(c)
			if c >= utf8.RuneSelf {
				k = '*'
			}
			b.WriteRune(c)
		}
		first = false
		if k != last || len(sh) == 0 {
			sh = append(sh, k) // runs collapse: Xxxxx -> Xx, 1996 -> d
		}
		last = k
	}
	t.low = b.String()
	if t.low == "``" || t.low == "''" {
		t.low = "\""
	}
	if len(sh) > 6 {
		sh = append(sh[:6], '~')
	}
	t.shape = string(sh)
	t.upper = letters >= 2 && uppers == letters
	t.lower = letters > 0 && lowers == letters
	return t
}

// classify decides whether capitalisation in a sentence carries information.
func classify(ts []tokInfo) sentKind {
	words, caps, ups, lowFn := 0, 0, 0, 0
	for _, t := range ts {
		if t.shape == "" || !strings.ContainsAny(t.shape, "Xx") {
			continue
		}
		words++
		if t.upper {
			ups++
		}
		if t.cap {
			caps++
		} else if t.lower && len(t.low) > 3 {
			lowFn++ // a lower-case content word: a normal sentence
		}
	}
	switch {
	case words >= 2 && ups*10 >= words*7:
		return sentUpper
	case words >= 4 && lowFn == 0 && caps*10 >= words*7:
		return sentTitle
	}
	return sentNormal
}

func buildCtx(sents [][]tokInfo, kinds []sentKind) docCtx {
	c := docCtx{seen: make(map[string]uint8)}
	for si, ts := range sents {
		k := kinds[si]
		for i, t := range ts {
			switch {
			case t.lower:
				c.seen[t.low] |= seenLower
			case k == sentNormal && i > 0 && t.cap && !t.upper && !isOpener(ts[i-1].low):
				c.seen[t.low] |= seenTitle
			case k == sentNormal && t.upper:
				c.seen[t.low] |= seenUpper
			}
		}
	}
	return c
}

func isOpener(s string) bool {
	switch s {
	case "\"", "'", "(", "[", ":", "-", "--", ".", "?", "!":
		return true
	}
	return false
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hstart(tmpl byte) uint64 { return (fnvOffset ^ uint64(tmpl)) * fnvPrime }

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

func hbyte(h uint64, b byte) uint64 { return ((h^uint64(b))*fnvPrime ^ 0xfe) * fnvPrime }

func hu16(h uint64, v uint16) uint64 { return hbyte(hbyte(h, byte(v)), byte(v>>8)) }

// Fold reduces a training-time hash to the 32-bit key stored in the model.
func Fold(h uint64) uint32 { return uint32(h ^ h>>32) }

var (
	bos = tokInfo{raw: "<s>", low: "<s>", shape: "<s>"}
	eos = tokInfo{raw: "</s>", low: "</s>", shape: "</s>"}
)

// featurizer turns a document into per-token hashed feature lists.
type featurizer struct {
	gaz *Gazetteer
	lex *Lexicon
	buf []uint64 // where the lists are written (may be reused once they are not)
}

// docFeatures returns, per sentence and token, the hashed features, and
// the token analyses the second stage reuses.
func (f *featurizer) docFeatures(d Doc) ([][][]uint64, [][]tokInfo) {
	sents := make([][]tokInfo, len(d))
	kinds := make([]sentKind, len(d))
	for si, s := range d {
		ts := make([]tokInfo, len(s))
		for i, w := range s {
			ts[i] = newTokInfo(w)
		}
		sents[si] = ts
		kinds[si] = classify(ts)
	}
	ctx := buildCtx(sents, kinds)
	out := make([][][]uint64, len(d))
	for si, ts := range sents {
		var gz []gazHit
		if f.gaz != nil {
			gz = f.gaz.match(ts)
		}
		out[si], f.buf = sentFeatures(ts, kinds[si], &ctx, gz, f.lex, f.buf)
	}
	return out, sents
}

// sentFeatures extracts the features of every token of one sentence,
// appending them to buf.
func sentFeatures(ts []tokInfo, kind sentKind, ctx *docCtx, gz []gazHit, lex *Lexicon, buf []uint64) ([][]uint64, []uint64) {
	at := func(i int) *tokInfo {
		if i < 0 {
			return &bos
		}
		if i >= len(ts) {
			return &eos
		}
		return &ts[i]
	}
	// the casing class and word cluster of every token (index i+1) and of
	// the sentence bounds (0 and len+1), looked up once instead of once per
	// template that uses them
	var lcs []uint8
	var cls []uint16
	if lex != nil {
		lcs = make([]uint8, len(ts)+2)
		cls = make([]uint16, len(ts)+2)
		for i := -1; i <= len(ts); i++ {
			lcs[i+1] = lex.classOf(at(i).low)
			cls[i+1] = lex.clusterOf(at(i).low)
		}
	}
	out := make([][]uint64, len(ts))
	buf = slices.Grow(buf, len(ts)*48)
	for i := range ts {
		start := len(buf)
		t := &ts[i]
		p1, n1, p2, n2 := at(i-1), at(i+1), at(i-2), at(i+2)
		add := func(h uint64) { buf = append(buf, h) }
		add(hstart(0))
		add(hstr(hstart(1), t.low))
		add(hstr(hstart(2), t.shape))
		if !t.lower {
			add(hstr(hstart(32), t.raw)) // exact form: US vs Us, AIDS vs Aids
		}
		// prefixes and suffixes of 1-4 runes (not the whole word), grown
		// one rune at a time rather than re-counted for every length
		runes := utf8.RuneCountInString(t.low)
		pre, suf := 0, len(t.low)
		for n := 1; n <= 4 && n <= runes; n++ {
			_, sz := utf8.DecodeRuneInString(t.low[pre:])
			pre += sz
			_, sz = utf8.DecodeLastRuneInString(t.low[:suf])
			suf -= sz
			if len(t.low) > n {
				add(hstr(hstart(byte(2+n)), t.low[:pre]))
				add(hstr(hstart(byte(6+n)), t.low[suf:]))
			}
		}
		add(hstr(hstart(11), p1.low))
		add(hstr(hstart(12), n1.low))
		add(hstr(hstart(13), p2.low))
		add(hstr(hstart(14), n2.low))
		add(hstr(hstart(15), p1.shape))
		add(hstr(hstart(16), n1.shape))
		add(hstr(hstr(hstart(17), p2.shape), p1.shape))
		add(hstr(hstr(hstart(18), n1.shape), n2.shape))
		add(hstr(hstr(hstart(19), p1.low), t.low))
		add(hstr(hstr(hstart(20), t.low), n1.low))
		add(hstr(hstr(hstr(hstart(21), p1.shape), t.shape), n1.shape))
		add(hstr(hstr(hstart(22), p1.low), t.shape))
		add(hstr(hstr(hstart(23), t.shape), n1.low))
		// Capitalisation in context: where the token stands and what the
		// rest of the document says about the same word's casing.
		pos := byte('m')
		if i == 0 || isOpener(p1.low) {
			pos = 'i'
		}
		seen := ctx.seen[t.low]
		h := hbyte(hbyte(hbyte(hstart(24), byte(kind)), pos), seen)
		add(hstr(h, t.shape))
		add(hbyte(hbyte(hstart(25), byte(kind)), seen))
		if kind != sentNormal {
			// In headlines case says little: lean on the words themselves.
			add(hstr(hbyte(hstart(26), byte(kind)), t.low))
			add(hstr(hstr(hbyte(hstart(27), byte(kind)), p1.low), n1.low))
		}
		if pos == 'i' {
			add(hstr(hstart(28), t.low))
		}
		if lex != nil {
			lc := lcs[i+1]
			add(hbyte(hbyte(hbyte(hstart(33), byte(kind)), pos), lc))
			add(hstr(hbyte(hstart(34), lc), t.shape))
			add(hbyte(hbyte(hstart(35), lc), lcs[i]))
			add(hbyte(hbyte(hstart(36), lc), lcs[i+2]))
			if lex.clusters != nil {
				c, cp, cn := cls[i+1], cls[i], cls[i+2]
				add(hu16(hstart(37), c))
				add(hu16(hstart(38), cp))
				add(hu16(hstart(39), cn))
				add(hstr(hu16(hstart(47), c), t.shape))
				add(hu16(hu16(hstart(48), cp), cn))
			}
		}
		if len(t.low) == 1 || len(t.raw) > 12 {
			add(hbyte(hstart(29), byte(min(len(t.raw), 20))))
		}
		if gz != nil {
			for _, g := range gz[i].hits {
				add(hbyte(hstart(30), g))
				add(hstr(hbyte(hstart(31), g), t.shape))
			}
		}
		out[i] = buf[start:len(buf):len(buf)]
	}
	return out, buf
}
