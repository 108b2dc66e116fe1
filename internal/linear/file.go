package linear

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

const magic = "newsgraph linear model 1\n"

// Save writes the model compactly: rows in key order with delta-coded
// keys and classes, and the 16-bit weights the model already holds, so a
// loaded model scores exactly as the trained one. The output depends only
// on the model, so the same training gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	rows := m.sortedSlots()
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	sv := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	uv(uint64(m.classes))
	uv(uint64(math.Float32bits(m.scale)))
	uv(uint64(len(rows)))
	prev := uint32(0)
	for _, s := range rows {
		uv(uint64(s.key - prev))
		prev = s.key
		row := m.row(s.meta)
		uv(uint64(len(row)))
		pc := uint16(0)
		for _, e := range row {
			uv(uint64(e.class - pc))
			pc = e.class
			sv(int64(e.q))
		}
	}
	return bw.Flush()
}

// Load reads a model written by Save.
func Load(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("linear: not a model file")
	}
	r := bytes.NewReader(data[len(magic):])
	var err error
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var v uint64
		v, err = binary.ReadUvarint(r)
		return v
	}
	sv := func() int64 {
		if err != nil {
			return 0
		}
		var v int64
		v, err = binary.ReadVarint(r)
		return v
	}
	classes := int(uv())
	scale := math.Float32frombits(uint32(uv()))
	n := uv()
	if err != nil || classes <= 0 || classes > math.MaxUint16 || n > uint64(len(data)) ||
		!(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, fmt.Errorf("linear: bad header: %v", err)
	}
	keys := make([]uint32, 0, n)
	rows := make([][]entry, 0, n)
	key := uint32(0)
	for range n {
		key += uint32(uv())
		k := uv()
		if k > uint64(classes) {
			return nil, fmt.Errorf("linear: row of %d classes, model has %d", k, classes)
		}
		row := make([]entry, k)
		c := uint16(0)
		for i := range row {
			c += uint16(uv())
			if int(c) >= classes {
				return nil, fmt.Errorf("linear: class %d out of range", c)
			}
			q := sv()
			if q < math.MinInt16 || q > math.MaxInt16 {
				return nil, fmt.Errorf("linear: weight %d out of range", q)
			}
			row[i] = entry{class: c, q: int16(q)}
		}
		keys = append(keys, key)
		rows = append(rows, row)
	}
	if err != nil {
		return nil, fmt.Errorf("linear: truncated model: %w", err)
	}
	return buildQuantized(classes, scale, keys, rows), nil
}
