package triples

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A mention is stored as one quad, not as a node of its own:
//
//	<entity> ng:mention "START-END KIND TEXT" <article>
//
// START and END are code-point offsets in the article, KIND is NAME or
// NOMINAL and TEXT is the mention as written (it may contain spaces; it
// runs to the end of the literal). The label says which article the
// offsets belong to. One quad instead of a six-quad mention node halves
// an article's quads (docs/scaling.md), and every quad costs index
// writes in every backend.

// MentionValue is the literal of an ng:mention quad.
func MentionValue(start, end int, kind doc.MentionKind, text string) string {
	return strconv.Itoa(start) + "-" + strconv.Itoa(end) + " " + string(kind) + " " + text
}

// MentionRef is one mention read back from an ng:mention literal.
type MentionRef struct {
	Start, End int
	Kind       doc.MentionKind
	Text       string
}

// ParseMention reads an ng:mention literal; ok is false if v does not
// have the form MentionValue writes.
func ParseMention(v string) (m MentionRef, ok bool) {
	span, rest, ok1 := strings.Cut(v, " ")
	kind, text, ok2 := strings.Cut(rest, " ")
	from, to, ok3 := strings.Cut(span, "-")
	if !ok1 || !ok2 || !ok3 || kind == "" {
		return MentionRef{}, false
	}
	start, err1 := strconv.Atoi(from)
	end, err2 := strconv.Atoi(to)
	if err1 != nil || err2 != nil || start < 0 || end < start {
		return MentionRef{}, false
	}
	return MentionRef{Start: start, End: end, Kind: doc.MentionKind(kind), Text: text}, true
}
