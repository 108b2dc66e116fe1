// Package article reads news articles from files, directories, globs,
// JSON Lines and standard input, and reports bad input by file and line
// without stopping the batch.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Article is one news article as read from its source.
type Article struct {
	ID    string
	Date  time.Time // zero when unknown
	Title string
	URL   string
	Text  string
	// Source names where the article came from: a path, "path:line" for
	// JSON Lines, or "-" for standard input.
	Source string
}

// DateString is the date as YYYY-MM-DD, or "" when unknown.
func (a Article) DateString() string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format(time.DateOnly)
}

// Error is a problem with one input, named by file (and line).
type Error struct {
	Source string // path or path:line
	Err    error
}

func (e *Error) Error() string { return e.Source + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// ContentID derives a stable id from the text, for articles that bring none.
func ContentID(text string) string {
	h := sha256.Sum256([]byte(text))
	return "sha256-" + hex.EncodeToString(h[:8])
}

// ParseDate accepts YYYY-MM-DD (and timestamps such as 2024-07-11T10:00,
// keeping the date as written) and rejects impossible dates such as 2024-02-30.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date() // the date as written, whatever the zone
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("malformed date %q (want YYYY-MM-DD)", s)
}

// SlugID turns a file stem into an id: lower case letters, digits, '-', '_' and '.'.
func SlugID(stem string) string {
	var b strings.Builder
	for _, c := range stem {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '_', c == '.':
			b.WriteRune(c)
		case c >= 'A' && c <= 'Z':
			b.WriteRune(c + 'a' - 'A')
		default:
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-.")
}
