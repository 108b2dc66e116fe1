package doctest

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

// Parsed adds the syntax stage's word layer (tags, lemmas, dependency
// parse) to a tokenized test document and returns it, so that a stage that
// reads the parse is tested on it without the other stages:
// doctest.Parsed(doctest.WithNames(t, text, names)).
func Parsed(d *doc.Document) *doc.Document {
	syntax.Parse(d)
	return d
}
