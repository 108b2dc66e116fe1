package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// Entity types in tag order; the pipeline maps them onto its own types.
var Types = []string{"PER", "ORG", "LOC", "MISC"}

// NumTypes is len(Types); NumTags counts O plus B- and I- of each type.
const (
	NumTypes = 4
	NumTags  = 1 + 2*NumTypes
)

// Tag layout: 0 is O, 1+2t is B-type, 2+2t is I-type.
func tagType(tag int) int   { return (tag - 1) / 2 }
func isInside(tag int) bool { return tag > 0 && tag%2 == 0 }

// TagName renders a tag as O, B-PER, I-PER...
func TagName(tag int) string {
	if tag == 0 {
		return "O"
	}
	if isInside(tag) {
		return "I-" + Types[tagType(tag)]
	}
	return "B-" + Types[tagType(tag)]
}

// ParseTag is the inverse of TagName; unknown types map to O.
func ParseTag(s string) int {
	if len(s) < 3 || s[1] != '-' {
		return 0
	}
	for t, n := range Types {
		if s[2:] == n {
			if s[0] == 'I' {
				return 2 + 2*t
			}
			return 1 + 2*t
		}
	}
	return 0
}

// allowed says whether tag cur may follow prev (prev -1: sentence start).
// I-X only continues B-X or I-X, which keeps every decoded span well formed.
func allowed(prev, cur int) bool {
	if !isInside(cur) {
		return true
	}
	return prev > 0 && tagType(prev) == tagType(cur)
}

// Model is a trained tagger, ready to use from several goroutines: one or
// two stages (see stack.go) sharing a gazetteer.
type Model struct {
	stages []*stage
	gaz    *Gazetteer
	lex    *Lexicon
}

// stage is one linear model: hashed feature rows of per-tag weights plus
// tag transition weights.
type stage struct {
	index map[uint32]int32 // folded feature hash -> row
	w     []float32        // rows * NumTags
	trans [NumTags + 1][NumTags]float32

	tabOnce sync.Once
	tab     rowTable // index as a flat table for decode, built on first use
}

// table returns the stage's lookup table, building it on first use (the
// trainer keeps changing index; a decoding stage no longer does).
func (s *stage) table() *rowTable {
	s.tabOnce.Do(func() { s.tab = newRowTable(s.index, s.w) })
	return &s.tab
}

// Gazetteer returns the names list the model uses (nil when none).
func (m *Model) Gazetteer() *Gazetteer { return m.gaz }

// Features is the number of feature rows kept, over all stages.
func (m *Model) Features() int {
	n := 0
	for _, s := range m.stages {
		n += len(s.index)
	}
	return n
}

// Stages is 1 for a plain model, 2 for a stacked one.
func (m *Model) Stages() int { return len(m.stages) }

// Tag returns the BIO tags of every token of d.
func (m *Model) Tag(d Doc) [][]int {
	f := featurizer{gaz: m.gaz, lex: m.lex}
	if b, ok := featBufs.Get().(*[]uint64); ok {
		f.buf = *b
	}
	feats, sents := f.docFeatures(d)
	tags := m.stages[0].decode(feats, nil)
	if len(m.stages) > 1 {
		tags = m.stages[1].decode(feats, hints(sents, tags))
	}
	b := f.buf[:0] // feats are not kept past here
	featBufs.Put(&b)
	return tags
}

// featBufs holds feature buffers of documents tagged before (*[]uint64):
// a document's lists take ~400 bytes a token, most of what tagging
// allocated.
var featBufs sync.Pool

// sums adds the rows of the features to a, in their order. The nine
// scalar sums stay in registers where a row in memory would be loaded
// and stored for every feature; each sum still adds the same weights in
// the same order.
func (t *rowTable) sums(a [NumTags]float32, fs []uint64) [NumTags]float32 {
	a0, a1, a2, a3, a4, a5, a6, a7, a8 := a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]
	t.touch(fs)
	for _, h := range fs {
		ws := t.get(Fold(h))
		if ws == nil {
			continue
		}
		a0 += ws[0]
		a1 += ws[1]
		a2 += ws[2]
		a3 += ws[3]
		a4 += ws[4]
		a5 += ws[5]
		a6 += ws[6]
		a7 += ws[7]
		a8 += ws[8]
	}
	return [NumTags]float32{a0, a1, a2, a3, a4, a5, a6, a7, a8}
}

// sums's nine sums are written out for NumTags == 9: this fails to
// compile if the tag set changes.
var _ = [1]int{}[NumTags-9]

// decode tags every sentence given the features of each token: feats,
// followed by extra (stage two's hints; nil: none), summed in that order.
func (s *stage) decode(feats, extra [][][]uint64) [][]int {
	out := make([][]int, len(feats))
	tab := s.table()
	var em []float32
	for si, sent := range feats {
		em = slices.Grow(em[:0], len(sent)*NumTags)[:len(sent)*NumTags]
		for i, fs := range sent {
			a := tab.sums([NumTags]float32{}, fs)
			if extra != nil {
				a = tab.sums(a, extra[si][i])
			}
			*(*[NumTags]float32)(em[i*NumTags:]) = a
		}
		out[si] = viterbi(em, len(sent), &s.trans)
	}
	return out
}

// viterbi finds the best well-formed tag sequence given emission scores
// em (n*NumTags) and transition scores (row NumTags is the start row).
// Ties go to the lowest previous tag.
func viterbi(em []float32, n int, trans *[NumTags + 1][NumTags]float32) []int {
	tags := make([]int, n)
	if n == 0 {
		return tags
	}
	back := make([]int8, n*NumTags)
	var cur, prev [NumTags]float32
	negInf := float32(math.Inf(-1))
	for k := range NumTags {
		if allowed(-1, k) {
			prev[k] = em[k] + trans[NumTags][k]
		} else {
			prev[k] = negInf
		}
	}
	for i := 1; i < n; i++ {
		e := (*[NumTags]float32)(em[i*NumTags:])
		bk := (*[NumTags]int8)(back[i*NumTags:])
		for k := range NumTags {
			// A predecessor at -Inf never wins (its sum stays -Inf), so no
			// test for it is needed; strict > keeps the lowest j on ties.
			best, arg := negInf, 0
			if isInside(k) {
				// allowed(j, k) for I-X: only B-X (k-1) and I-X (k)
				if s := prev[k-1] + trans[k-1][k]; s > best {
					best, arg = s, k-1
				}
				if s := prev[k] + trans[k][k]; s > best {
					best, arg = s, k
				}
			} else {
				// the nine predecessors written out (a loop costs twice the
				// instructions), in ascending j as ties require
				p := &prev
				best, arg = pick(best, arg, p[0]+trans[0][k], 0)
				best, arg = pick(best, arg, p[1]+trans[1][k], 1)
				best, arg = pick(best, arg, p[2]+trans[2][k], 2)
				best, arg = pick(best, arg, p[3]+trans[3][k], 3)
				best, arg = pick(best, arg, p[4]+trans[4][k], 4)
				best, arg = pick(best, arg, p[5]+trans[5][k], 5)
				best, arg = pick(best, arg, p[6]+trans[6][k], 6)
				best, arg = pick(best, arg, p[7]+trans[7][k], 7)
				best, arg = pick(best, arg, p[8]+trans[8][k], 8)
			}
			cur[k] = best + e[k]
			bk[k] = int8(arg)
		}
		prev = cur
	}
	best := 0
	for k := range NumTags {
		if prev[k] > prev[best] {
			best = k
		}
	}
	for i := n - 1; i >= 0; i-- {
		tags[i] = best
		best = int(back[i*NumTags+best])
	}
	return tags
}

// pick is one step of viterbi's argmax: s from predecessor j wins only
// when strictly better.
func pick(best float32, arg int, s float32, j int) (float32, int) {
	if s > best {
		return s, j
	}
	return best, arg
}

// magic opens a model file; magic3 files (before word clusters) load too.
const (
	magic  = "NGNER4\n"
	magic3 = "NGNER3\n"
)

// Save writes the model gzip-compressed. Weights are quantized to int16
// against each stage's largest absolute weight and stored one tag at a time
// so the many zeros of rare tags compress well. Rows are written in key
// order so the same weights always give the same bytes.
func (m *Model) Save(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	le := binary.LittleEndian
	bw.WriteString(magic)
	binary.Write(bw, le, uint32(len(m.stages)))
	for _, s := range m.stages {
		s.save(bw)
	}
	names := m.gazNames()
	binary.Write(bw, le, uint32(len(names)))
	for _, n := range names {
		bw.WriteString(n)
		bw.WriteByte(0)
		bw.WriteByte(m.gaz.names[n])
	}
	words := m.lexWords()
	binary.Write(bw, le, uint32(len(words)))
	for _, w := range words {
		bw.WriteString(w)
		bw.WriteByte(0)
		bw.WriteByte(m.lex.class[w])
	}
	var cw []string
	if m.lex != nil && m.lex.clusters != nil {
		for w := range m.lex.clusters.of {
			cw = append(cw, w)
		}
		slices.Sort(cw)
	}
	binary.Write(bw, le, uint32(len(cw)))
	for _, w := range cw {
		bw.WriteString(w)
		bw.WriteByte(0)
		binary.Write(bw, le, m.lex.clusters.of[w])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func (s *stage) save(bw *bufio.Writer) {
	le := binary.LittleEndian
	keys := make([]uint32, 0, len(s.index))
	for k := range s.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var maxAbs float32
	for _, x := range s.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, le, uint32(len(keys)))
	binary.Write(bw, le, scale)
	prevKey := uint32(0)
	for _, k := range keys { // delta-coded, sorted keys
		var b [binary.MaxVarintLen32]byte
		bw.Write(b[:binary.PutUvarint(b[:], uint64(k-prevKey))])
		prevKey = k
	}
	for t := range NumTags {
		for _, k := range keys {
			q := int16(math.Round(float64(s.w[int(s.index[k])*NumTags+t] / scale)))
			binary.Write(bw, le, q)
		}
	}
	binary.Write(bw, le, s.trans)
}

func (m *Model) lexWords() []string {
	if m.lex == nil {
		return nil
	}
	words := make([]string, 0, len(m.lex.class))
	for w := range m.lex.class {
		words = append(words, w)
	}
	slices.Sort(words)
	return words
}

func (m *Model) gazNames() []string {
	if m.gaz == nil {
		return nil
	}
	names := make([]string, 0, len(m.gaz.names))
	for n := range m.gaz.names {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Load reads a model written by Save.
func Load(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != magic && string(head) != magic3) {
		return nil, errors.New("ner: not a model file")
	}
	le := binary.LittleEndian
	var ns uint32
	if err := binary.Read(br, le, &ns); err != nil || ns == 0 || ns > 2 {
		return nil, errors.New("ner: bad stage count")
	}
	m := &Model{}
	for range ns {
		s, err := loadStage(br)
		if err != nil {
			return nil, err
		}
		m.stages = append(m.stages, s)
	}
	var ng uint32
	if err := binary.Read(br, le, &ng); err != nil {
		return nil, err
	}
	if ng > 0 {
		m.gaz = NewGazetteer()
		for range ng {
			s, err := br.ReadString(0)
			if err != nil {
				return nil, fmt.Errorf("ner: gazetteer: %w", err)
			}
			s = s[:len(s)-1]
			types, err := br.ReadByte()
			if err != nil {
				return nil, err
			}
			m.gaz.names[s] = types
			first, _, _ := cutSpace(s)
			m.gaz.firsts[first] = true
			m.gaz.maxLen = max(m.gaz.maxLen, countSpaces(s)+1)
		}
	}
	var nl uint32
	if err := binary.Read(br, le, &nl); err != nil {
		return nil, err
	}
	if nl > 0 {
		m.lex = &Lexicon{class: make(map[string]uint8, nl)}
		for range nl {
			w, err := br.ReadString(0)
			if err != nil {
				return nil, fmt.Errorf("ner: lexicon: %w", err)
			}
			c, err := br.ReadByte()
			if err != nil {
				return nil, err
			}
			m.lex.class[w[:len(w)-1]] = c
		}
	}
	var nc uint32
	if string(head) == magic {
		if err := binary.Read(br, le, &nc); err != nil {
			return nil, err
		}
	}
	if nc > 0 {
		if m.lex == nil {
			m.lex = &Lexicon{class: map[string]uint8{}}
		}
		m.lex.clusters = &Clusters{of: make(map[string]uint16, nc)}
		for range nc {
			w, err := br.ReadString(0)
			if err != nil {
				return nil, fmt.Errorf("ner: clusters: %w", err)
			}
			var c uint16
			if err := binary.Read(br, le, &c); err != nil {
				return nil, err
			}
			m.lex.clusters.of[w[:len(w)-1]] = c
		}
	}
	// A loaded model only decodes: build its lookup tables now, so that
	// the first article pays nothing and memory is settled after Load.
	for _, st := range m.stages {
		st.table()
	}
	return m, nil
}

func loadStage(br *bufio.Reader) (*stage, error) {
	le := binary.LittleEndian
	var n uint32
	var scale float32
	binary.Read(br, le, &n)
	if err := binary.Read(br, le, &scale); err != nil {
		return nil, err
	}
	s := &stage{index: make(map[uint32]int32, n), w: make([]float32, int(n)*NumTags)}
	prev := uint64(0)
	for i := range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner: keys: %w", err)
		}
		prev += d
		s.index[uint32(prev)] = int32(i)
	}
	q := make([]int16, n)
	for t := range NumTags {
		if err := binary.Read(br, le, q); err != nil {
			return nil, fmt.Errorf("ner: weights: %w", err)
		}
		for i, x := range q {
			s.w[i*NumTags+t] = float32(x) * scale
		}
	}
	if err := binary.Read(br, le, &s.trans); err != nil {
		return nil, err
	}
	return s, nil
}

func cutSpace(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func countSpaces(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			n++
		}
	}
	return n
}
