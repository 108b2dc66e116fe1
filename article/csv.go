package article

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csvRecord is one row, looked up by the names of the header.
type csvRecord struct {
	col map[string]int
	row []string
}

func (c csvRecord) get(name string) (string, bool, error) {
	i, ok := c.col[name]
	if !ok || i >= len(c.row) {
		return "", false, nil
	}
	return c.row[i], c.row[i] != "", nil
}

// readCSV reads a table whose first row names the columns (id, date,
// title, url, text, or others mapped with --field); each further row is
// one article, named "path:line" by the line it starts on. CSV follows
// RFC 4180 (quoted fields may hold commas, quotes and newlines); TSV
// splits on tabs and takes quotes literally, as spreadsheets write it.
func readCSV(source string, br *bufio.Reader, tsv bool, opt Options, visit Visit, report Report) error {
	r := csv.NewReader(br)
	r.FieldsPerRecord = -1 // a short or long row is checked below, and named
	if tsv {
		r.Comma, r.LazyQuotes = '\t', true
	}
	header, err := r.Read()
	if err == io.EOF {
		report(&Error{Source: source, Err: errors.New("empty file")})
		return nil
	}
	if err != nil {
		report(&Error{Source: source + ":1", Err: fmt.Errorf("header: %v", csvErr(err))})
		return nil
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	if !hasAny(col, opt.Fields.names(FieldText)) {
		report(&Error{Source: source + ":1", Err: fmt.Errorf(`the header names no text column (tried %s; name one with --field text=NAME)`, strings.Join(opt.Fields.names(FieldText), ", "))})
		return nil
	}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil { // FieldPos is only defined for a row that was read
			at := source
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				at = fmt.Sprintf("%s:%d", source, pe.StartLine)
			}
			report(&Error{Source: at, Err: fmt.Errorf("%v (the rest of the file is not read)", csvErr(err))})
			return nil
		}
		line, _ := r.FieldPos(0)
		at := fmt.Sprintf("%s:%d", source, line)
		if len(row) != len(header) {
			report(&Error{Source: at, Err: fmt.Errorf("%d fields, the header has %d", len(row), len(header))})
			continue
		}
		size := 0
		for _, f := range row {
			size += len(f)
		}
		if size > opt.MaxBytes {
			report(&Error{Source: at, Err: fmt.Errorf("row larger than the %d-byte limit for one article", opt.MaxBytes)})
			continue
		}
		if err := checkText([]byte(strings.Join(row, "\t"))); err != nil {
			report(&Error{Source: at, Err: err})
			continue
		}
		a, perr := fromRecord(csvRecord{col: col, row: row}, opt, warnAt(opt, at))
		if err := deliver(at, a, perr, visit, report); err != nil {
			return err
		}
	}
}

func hasAny(col map[string]int, names []string) bool {
	for _, n := range names {
		if _, ok := col[n]; ok {
			return true
		}
	}
	return false
}

// csvErr drops the "record on line N" that ParseError prints: the
// source already names the line.
func csvErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
