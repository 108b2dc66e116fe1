package article

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

var dateHeader = regexp.MustCompile(`^[ \t]*date[ \t]+(\S+)[ \t]*`)

// parseText reads the seed format (first line " date YYYY-MM-DD", the body
// following on the same or the next lines) or plain text. id is the id
// the path gives ("" for standard input: a hash of the text). A header
// date that cannot be read goes to warn and the article keeps opt.Date.
func parseText(source, id string, data []byte, opt Options, warn func(error)) (Article, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // UTF-8 byte order mark
	if err := checkText(data); err != nil {
		return Article{}, err
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	a := Article{Source: source, Date: opt.Date}
	if m := dateHeader.FindStringSubmatchIndex(text); m != nil {
		if d, err := ParseDateIn(text[m[2]:m[3]], opt.DateOrder); err != nil {
			warn(fmt.Errorf("line 1: date header: %v; the article is kept undated", err))
		} else {
			a.Date = d
		}
		text = text[m[1]:]
		// a body pasted from another file may bring its byte order mark
		if k := len(text) - len(strings.TrimLeft(text, " \t\n")); strings.HasPrefix(text[k:], "\ufeff") {
			text = text[:k] + text[k+len("\ufeff"):]
		}
	}
	a.Text = strings.TrimRight(text, " \t\n")
	if strings.TrimSpace(a.Text) == "" {
		return Article{}, errors.New("empty article (no text after the header)")
	}
	a.ID, a.idFrom = id, idPath
	if a.ID == "" {
		a.ID, a.idFrom = ContentID(a.Text), idContent
	}
	return a, nil
}

// checkText rejects binary and non-UTF-8 input with a message that says so.
func checkText(data []byte) error {
	if len(data) == 0 {
		return errors.New("empty file")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("not a text file (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		return fmt.Errorf("not valid UTF-8 (line %d, byte offset %d)", line, off)
	}
	return nil
}
