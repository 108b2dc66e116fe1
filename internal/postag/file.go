package postag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/newsgraph/newsgraph/internal/linear"
)

// magic starts a model file; its number is the format's version, raised
// whenever what the weights mean changes (2: a lexicon after the vocabulary,
// how often the treebanks show each word). Load still reads format 1, a
// model without lexicon features, which tags as it did; Save writes a
// model without a lexicon in format 1, byte for byte as before.
const (
	magicPrefix = "newsgraph postag "
	version     = 2
)

var magic = fmt.Sprintf("%s%d\n", magicPrefix, version)

// Save writes the model gzip-compressed. Everything is written in a fixed
// order (maps by sorted key), so the same model gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	v1 := m.lex == nil
	if v1 {
		e.w.WriteString(magicPrefix + "1\n")
	} else {
		e.w.WriteString(magic)
	}
	e.uv(uint64(len(m.upos)))
	for c := range m.upos {
		e.str(m.upos[c])
		e.str(m.xpos[c])
	}
	m.saveVocab(e, v1)
	if !v1 {
		m.lex.save(e)
	}
	m.lem.save(e)
	for _, w := range []*linear.Model{m.w, m.w2} {
		var lin bytes.Buffer
		if w != nil {
			if err := w.Save(&lin); err != nil {
				return err
			}
		}
		e.uv(uint64(lin.Len()))
		e.w.Write(lin.Bytes())
	}
	if err := e.w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// saveVocab writes the words by hash; their (few distinct) ambiguity
// classes go in a table of their own.
func (m *Model) saveVocab(e *encoder, v1 bool) {
	keys := sortedKeys(m.vocab)
	ambIndex := map[[4]uint64]int{}
	var ambs [][4]uint64
	for _, k := range keys {
		a := ambKey(m.vocab[k])
		if _, ok := ambIndex[a]; !ok {
			ambIndex[a] = len(ambs)
			ambs = append(ambs, a)
		}
	}
	e.uv(uint64(len(ambs)))
	for _, a := range ambs {
		for _, v := range a {
			e.u64(v)
		}
	}
	e.uv(uint64(len(keys)))
	for _, k := range keys {
		info := m.vocab[k]
		e.u64(k)
		e.uv(uint64(ambIndex[ambKey(info)]))
		e.uv(info.clus[0])
		e.uv(info.clus[1])
		if v1 {
			e.uv(uint64(info.caps))
		} else {
			e.uv(uint64(info.caps) | uint64(info.seen)<<8)
		}
		e.uv(uint64(info.fixed))
	}
}

// ambKey is what the table of ambiguity classes holds of a word.
func ambKey(w wordInfo) [4]uint64 { return [4]uint64{w.amb, w.ambU, w.allowed[0], w.allowed[1]} }

func (l *lemmatizer) save(e *encoder) {
	e.uv(uint64(len(l.scripts)))
	for _, s := range l.scripts {
		if s.lower {
			e.uv(1)
		} else {
			e.uv(0)
		}
		e.uv(uint64(s.strip))
		e.str(s.add)
	}
	for _, table := range []map[uint64]uint32{l.words, l.rules} {
		keys := sortedKeys(table)
		e.uv(uint64(len(keys)))
		for _, k := range keys {
			e.u64(k)
			e.uv(uint64(table[k]))
		}
	}
	e.uv(uint64(len(l.deflt)))
	for _, s := range l.deflt {
		e.uv(uint64(s))
	}
}

func sortedKeys[V any](m map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uv(v uint64) { e.w.Write(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *encoder) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], v)
	e.w.Write(e.buf[:8])
}
func (e *encoder) str(s string) {
	e.uv(uint64(len(s)))
	e.w.WriteString(s)
}

// Load reads a model written by Save. Damaged data is an error (gzip's
// checksum covers every byte).
func Load(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	line, rest, _ := bytes.Cut(raw, []byte("\n"))
	format, ok := bytes.CutPrefix(line, []byte(magicPrefix))
	if !ok {
		return nil, errors.New("postag: not a tagger model")
	}
	v1 := string(format) == "1"
	if !v1 && string(format) != fmt.Sprint(version) {
		return nil, fmt.Errorf("postag: model format %s, this build reads 1 and %d: retrain it (make train)", format, version)
	}
	d := &decoder{b: rest}
	m := &Model{}
	n := d.count(1 << 16)
	for range n {
		m.upos = append(m.upos, d.str())
		m.xpos = append(m.xpos, d.str())
	}
	m.names = nameClasses(m.xpos)
	m.loadVocab(d, v1)
	if !v1 {
		m.lex = loadLexicon(d)
	}
	m.lem = loadLemmatizer(d, n)
	lin := d.bytes(d.count(len(d.b)))
	lin2 := d.bytes(d.count(len(d.b)))
	if d.err != nil {
		return nil, fmt.Errorf("postag: %w", d.err)
	}
	if len(d.b) != 0 {
		return nil, errors.New("postag: trailing data")
	}
	if m.w, err = linear.Load(lin); err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	if m.w.Classes() != n {
		return nil, fmt.Errorf("postag: %d classes in the weights, %d named", m.w.Classes(), n)
	}
	if len(lin2) > 0 {
		if m.w2, err = linear.Load(lin2); err != nil {
			return nil, fmt.Errorf("postag: second pass: %w", err)
		}
		if m.w2.Classes() != n {
			return nil, fmt.Errorf("postag: %d classes in the second pass, %d named", m.w2.Classes(), n)
		}
	}
	return m, nil
}

// loadVocab reads what saveVocab wrote (v1: format 1, without seen).
func (m *Model) loadVocab(d *decoder, v1 bool) {
	ambs := make([][4]uint64, d.count(len(d.b)/32))
	for i := range ambs {
		ambs[i] = [4]uint64{d.u64(), d.u64(), d.u64(), d.u64()}
	}
	n := d.count(len(d.b) / 13)
	m.vocab = make(map[uint64]wordInfo, n)
	for range n {
		k := d.u64()
		a := d.index(len(ambs))
		c0, c1 := d.uv(), d.uv()
		caps := d.count(1 << 10)
		if v1 && caps > 255 {
			d.fail("capitalisation bucket out of range")
		}
		fixed := d.count(len(m.upos))
		if d.err != nil {
			return
		}
		m.vocab[k] = wordInfo{amb: ambs[a][0], ambU: ambs[a][1], allowed: classSet{ambs[a][2], ambs[a][3]},
			clus: [2]uint64{c0, c1}, caps: uint8(caps), seen: uint8(caps >> 8), fixed: int16(fixed)}
	}
}

func loadLemmatizer(d *decoder, classes int) *lemmatizer {
	l := &lemmatizer{scripts: make([]script, d.count(len(d.b)/3))}
	for i := range l.scripts {
		l.scripts[i] = script{lower: d.uv() == 1, strip: int(d.count(1 << 16)), add: d.str()}
	}
	for _, t := range []*map[uint64]uint32{&l.words, &l.rules} {
		n := d.count(len(d.b) / 9)
		*t = make(map[uint64]uint32, n)
		for range n {
			k := d.u64()
			(*t)[k] = uint32(d.index(len(l.scripts)))
		}
	}
	if d.count(classes) != classes {
		d.fail("lemma defaults do not match the classes")
	}
	l.deflt = make([]uint32, classes)
	for c := range l.deflt {
		l.deflt[c] = uint32(d.index(len(l.scripts)))
	}
	if d.err != nil {
		l.deflt = make([]uint32, classes) // Load fails; keep the lemmatizer sound
	}
	return l
}

// decoder reads what encoder wrote; the first error sticks and later reads
// return zeros.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
	d.b = nil
}

func (d *decoder) uv() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("truncated model")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) u64() uint64 {
	if len(d.b) < 8 {
		d.fail("truncated model")
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

// count reads a count of at most limit items.
func (d *decoder) count(limit int) int {
	v := d.uv()
	if v > uint64(limit) {
		d.fail("count out of range")
		return 0
	}
	return int(v)
}

// index reads an index below n.
func (d *decoder) index(n int) int {
	v := d.uv()
	if v >= uint64(n) {
		d.fail("index out of range")
		return 0
	}
	return int(v)
}

func (d *decoder) bytes(n int) []byte {
	if n > len(d.b) {
		d.fail("truncated model")
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

func (d *decoder) str() string { return string(d.bytes(d.count(len(d.b)))) }
