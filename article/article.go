// Package article reads news articles from files, directories, globs,
// JSON Lines and standard input, and reports bad input by file and line
// without stopping the batch.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Article is one news article as read from its source.
type Article struct {
	ID    string
	Date  time.Time // zero when unknown
	Title string
	URL   string
	// Author is the byline, when the input names one.
	Author string
	Text   string
	// Source names where the article came from: a path, "path:line" for
	// a record of JSON Lines, a JSON array or CSV, "path#N" for the N-th
	// item of a feed, "path@offset" for a WARC record, a URL, or "-" for standard
	// input.
	Source string
	// Tokens, for input that comes split into sentences and words (a
	// treebank read with Options.Tokenized), holds them; nil for ordinary
	// text, which the pipeline tokenizes.
	Tokens *Tokens
	// Origin is the file a single-article file was read from, absolute
	// and with symbolic links resolved, when its id came from its path;
	// "" otherwise. It is how a later run knows the file (see Stored). A
	// copy of a file already read (the same text) is that file's article
	// and has that file's origin, as long as that file exists.
	Origin string
	// idFrom says where ID came from, which decides what a clash of two
	// ids means (see ids.go).
	idFrom idSource
}

// Tokens are the sentences of an article as given by its input, each
// the spans of its words in the article's Text.
type Tokens struct {
	Sentences [][]Span
}

// Span is a range [Start, End) of code points of an article's Text.
type Span struct{ Start, End int }

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

// TextID says which report an article is: the hash of its text and,
// when it has one, its date. A file with the same text and date as
// another is a copy of it (the same article, moved or named twice); the
// same text under another date is another report (a wire story reprinted
// a week later) and stays an article of its own, whatever the order the
// two are read in. An undated article's TextID is its ContentID.
func TextID(a Article) string {
	if a.Date.IsZero() {
		return ContentID(a.Text)
	}
	return ContentID(a.DateString() + "\n" + a.Text)
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
