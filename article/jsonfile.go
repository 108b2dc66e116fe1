package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
)

// readJSONL reads one record per line, naming each problem by its line.
func readJSONL(source string, br *bufio.Reader, opt Options, visit Visit, report Report) error {
	line := 0
	for {
		raw, tooLong, err := readLine(br, opt.MaxBytes)
		if len(raw) == 0 && err != nil {
			if err != io.EOF {
				report(&Error{Source: fmt.Sprintf("%s:%d", source, line+1), Err: cleanErr(err)})
			}
			return nil
		}
		line++
		at := fmt.Sprintf("%s:%d", source, line)
		if tooLong {
			report(&Error{Source: at, Err: fmt.Errorf("line longer than the %d-byte limit for one article", opt.MaxBytes)})
			continue
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		a, perr := parseJSONLine(raw, opt, warnAt(opt, at))
		if err := deliver(at, a, perr, visit, report); err != nil {
			return err
		}
	}
}

// readLine returns one line without its newline; tooLong lines are consumed
// and dropped so that memory stays bounded.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			n := len(chunk)
			if n > 0 && chunk[n-1] == '\n' {
				n-- // the newline does not count: a last line without one gets the same limit
			}
			if len(buf)+n > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return []byte{' '}, true, err
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

// lineCounter notes where the newlines of what it reads are, so that a
// JSON value found at a byte offset can be named by its line.
type lineCounter struct {
	r   io.Reader
	nl  []int64
	off int64
}

func (c *lineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\n' {
			c.nl = append(c.nl, c.off+int64(i))
		}
	}
	c.off += int64(n)
	return n, err
}

// line is the 1-based line of byte offset off.
func (c *lineCounter) line(off int64) int {
	return 1 + sort.Search(len(c.nl), func(i int) bool { return c.nl[i] >= off })
}

// readJSON reads a .json file: an array of records (one article each), or
// one record such as news-please writes per file, or several records one
// after another. Records are decoded one at a time, so an array of many
// articles needs the memory of one. Each is named "path:line", the line
// where it starts.
func readJSON(source string, br *bufio.Reader, opt Options, visit Visit, report Report) error {
	first := peekByte(br)
	if first != '[' && first != '{' {
		if first == 0 {
			report(&Error{Source: source, Err: errors.New("empty file")})
		} else {
			report(&Error{Source: source, Err: fmt.Errorf("not JSON records (starts with %q, want '[' or '{')", first)})
		}
		return nil
	}
	lc := &lineCounter{r: br}
	dec := json.NewDecoder(lc)
	if first == '[' {
		if _, err := dec.Token(); err != nil {
			report(&Error{Source: source + ":1", Err: fmt.Errorf("broken JSON: %v", err)})
			return nil
		}
	}
	for first == '{' || dec.More() {
		start := dec.InputOffset()
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF && first == '{' {
			return nil
		}
		if err != nil {
			// a decoder cannot find its feet again after broken JSON
			report(&Error{Source: fmt.Sprintf("%s:%d", source, lc.line(start)), Err: fmt.Errorf("broken JSON: %v (the rest of the file is not read)", err)})
			return nil
		}
		at := fmt.Sprintf("%s:%d", source, lc.line(dec.InputOffset()-int64(len(raw))))
		if len(raw) > opt.MaxBytes {
			report(&Error{Source: at, Err: fmt.Errorf("record larger than the %d-byte limit for one article", opt.MaxBytes)})
			continue
		}
		a, perr := parseJSONRecord(raw, opt, warnAt(opt, at))
		if err := deliver(at, a, perr, visit, report); err != nil {
			return err
		}
	}
	return nil
}
