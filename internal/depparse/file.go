package depparse

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

// magic starts a greedy model's file; magicBeam one trained with a beam,
// whose width follows (a greedy model's file is as it always was).
const (
	// MaxBeam is the widest beam a model file may name.
	MaxBeam = 256

	magic     = "newsgraph depparse 2\n"
	magicBeam = "newsgraph depparse 3\n"
)

// Save writes the model gzip-compressed: the magic line, the labels, the
// word classes (by word hash, in hash order), then the linear model (16-bit weights, see linear.Model.Save). The gzip
// header carries no name or time, so the same model gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	if m.beam > 1 {
		bw.WriteString(magicBeam)
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(m.beam))])
	} else {
		bw.WriteString(magic)
	}
	bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(m.labels)))])
	for _, l := range m.labels {
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(l)))])
		bw.WriteString(l)
	}
	keys := make([]uint64, 0, len(m.classes))
	for k := range m.classes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(keys)))])
	for _, k := range keys {
		c := m.classes[k]
		bw.Write(binary.LittleEndian.AppendUint64(buf[:0], k))
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(c[0]))])
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(c[1]))])
	}
	if err := m.lm.Save(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save, gzip-compressed or not.
func Load(data []byte) (*Model, error) {
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("depparse: %w", err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("depparse: %w", err)
		}
	}
	beam := uint64(1)
	var r *bytes.Reader
	switch {
	case bytes.HasPrefix(data, []byte(magic)):
		r = bytes.NewReader(data[len(magic):])
	case bytes.HasPrefix(data, []byte(magicBeam)):
		r = bytes.NewReader(data[len(magicBeam):])
		var err error
		if beam, err = binary.ReadUvarint(r); err != nil || beam < 2 || beam > MaxBeam {
			return nil, errors.New("depparse: bad beam width")
		}
	default:
		return nil, errors.New("depparse: not a parser model")
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n == 0 || n > 1<<14 {
		return nil, fmt.Errorf("depparse: bad label count")
	}
	labels := make([]string, n)
	for i := range labels {
		k, err := binary.ReadUvarint(r)
		if err != nil || k > uint64(r.Len()) {
			return nil, fmt.Errorf("depparse: truncated labels")
		}
		b := make([]byte, k)
		r.Read(b)
		labels[i] = string(b)
	}
	classes, err := loadClasses(r)
	if err != nil {
		return nil, err
	}
	lm, err := linear.Load(data[len(data)-r.Len():])
	if err != nil {
		return nil, fmt.Errorf("depparse: %w", err)
	}
	if lm.Classes() != 2+2*len(labels) {
		return nil, fmt.Errorf("depparse: %d classes for %d labels", lm.Classes(), len(labels))
	}
	m := newModel(labels, classes, lm)
	m.beam = int(beam)
	if m.root < 0 {
		return nil, errors.New("depparse: no root label")
	}
	return m, nil
}

func loadClasses(r *bytes.Reader) (map[uint64][2]uint16, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len()/10) {
		return nil, errors.New("depparse: bad word class count")
	}
	out := make(map[uint64][2]uint16, n)
	var k [8]byte
	for range n {
		if _, err := io.ReadFull(r, k[:]); err != nil {
			return nil, errors.New("depparse: truncated word classes")
		}
		c1, err1 := binary.ReadUvarint(r)
		c2, err2 := binary.ReadUvarint(r)
		if err1 != nil || err2 != nil || c1 > 0xffff || c2 > 0xffff {
			return nil, errors.New("depparse: bad word class")
		}
		out[binary.LittleEndian.Uint64(k[:])] = [2]uint16{uint16(c1), uint16(c2)}
	}
	return out, nil
}
