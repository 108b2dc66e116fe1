package graph

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// An article's manifest is the N-Quads of everything it wrote, kept in the
// store so that a later Load replaces exactly those quads and Remove deletes
// them: encoding must round-trip, and a reload writes only the difference.

// nquad is q.NQuad() without fmt: the same "%s %s %s %s ." of the values'
// String methods.
func nquad(q quad.Quad) string {
	if q.Subject == nil || q.Predicate == nil || q.Object == nil || q.Label == nil {
		return q.NQuad()
	}
	l := q.Label.String()
	if l == "" {
		return q.NQuad()
	}
	return q.Subject.String() + " " + q.Predicate.String() + " " + q.Object.String() + " " + l + " ."
}

// encodeManifest writes quads as N-Quads, one per line, and checks that
// they read back to exactly the same values: the manifest is what a later
// Load or Remove deletes, so it must round-trip. Lines whose values are
// all plainNQuad are not parsed back (they provably round-trip; parsing
// every line was a fifth of a bulk load's CPU time); the others are.
func encodeManifest(qs []quad.Quad) (string, error) {
	lines := make([]string, len(qs))
	for i, q := range qs {
		lines[i] = nquad(q)
	}
	return encodeManifestLines(qs, lines)
}

// encodeManifestLines is encodeManifest given each quad's N-Quads line.
func encodeManifestLines(qs []quad.Quad, lines []string) (string, error) {
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for i, q := range qs {
		line := lines[i]
		if !plainQuad(q) {
			back, err := decodeManifest(line)
			if err != nil {
				return "", fmt.Errorf("manifest does not round-trip: %w", err)
			}
			if len(back) != 1 || !sameQuad(q, back[0]) {
				return "", fmt.Errorf("quad %s does not round-trip through N-Quads (read back as %d quads)", line, len(back))
			}
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String(), nil
}

func plainQuad(q quad.Quad) bool {
	for _, d := range quad.Directions {
		if v := q.Get(d); v != nil && !plainNQuad(v) {
			return false
		}
	}
	return true
}

// plainNQuad reports whether v is one of the values Literal makes, written
// by quad.Value.String in a form the N-Quads grammar reads back as exactly
// v (after decodeManifest's normalize):
//
//   - an IRI of printable ASCII without <>"{}|^`\ (IRIREF takes any
//     such character verbatim);
//   - a string of printable ASCII, space, tab, LF and CR (the writer
//     escapes \ " LF CR tab, the grammar takes the rest verbatim);
//   - an integer (decimal, read back by ParseInt) or a finite float
//     (shortest 'E' form, read back exactly by ParseFloat);
//   - a date typed xsd:date, xsd:gYearMonth or xsd:gYear whose value is
//     digits and '-'.
//
// Anything else (non-ASCII text, control characters) is parsed back.
func plainNQuad(v quad.Value) bool {
	switch v := v.(type) {
	case quad.IRI:
		if v == "" {
			return false
		}
		for i := 0; i < len(v); i++ {
			if c := v[i]; c <= ' ' || c >= 0x7f || strings.IndexByte("<>\"{}|^`\\", c) >= 0 {
				return false
			}
		}
		return true
	case quad.String:
		for i := 0; i < len(v); i++ {
			if c := v[i]; (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c >= 0x7f {
				return false
			}
		}
		return true
	case quad.Int:
		return true
	case quad.Float:
		return !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0)
	case quad.TypedString:
		switch v.Type {
		case XSDDate, XSDGYearMonth, XSDGYear:
		default:
			return false
		}
		for i := 0; i < len(v.Value); i++ {
			if c := v.Value[i]; (c < '0' || c > '9') && c != '-' {
				return false
			}
		}
		return true
	}
	return false
}

// decodeManifest parses a manifest and restores the value types Literal
// produces (N-Quads has no native integer or float).
func decodeManifest(m string) ([]quad.Quad, error) {
	var out []quad.Quad
	for ln, line := range strings.Split(m, "\n") {
		if line == "" {
			continue
		}
		q, err := nquads.Parse(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", ln+1, err)
		}
		for _, d := range quad.Directions {
			q.Set(d, normalize(q.Get(d)))
		}
		out = append(out, q)
	}
	return out, nil
}

func normalize(v quad.Value) quad.Value {
	ts, ok := v.(quad.TypedString)
	if !ok {
		return v
	}
	switch ts.Type {
	case quad.Int(0).TypedString().Type:
		if n, err := strconv.ParseInt(string(ts.Value), 10, 64); err == nil {
			return quad.Int(n)
		}
	case quad.Float(0).TypedString().Type:
		if f, err := strconv.ParseFloat(string(ts.Value), 64); err == nil {
			return quad.Float(f)
		}
	}
	return v
}

func sameQuad(a, b quad.Quad) bool {
	for _, d := range quad.Directions {
		x, y := a.Get(d), b.Get(d)
		if (x == nil) != (y == nil) {
			return false
		}
		if x != nil && (x != y) {
			return false
		}
	}
	return true
}

// diff returns the quads only in old (to delete) and only in new (to add);
// quads in both are left alone. Duplicates are dropped.
func diff(old, new []quad.Quad) (dels, adds []quad.Quad) {
	inNew := make(map[string]struct{}, len(new))
	for _, q := range new {
		inNew[q.NQuad()] = struct{}{}
	}
	inOld := make(map[string]struct{}, len(old))
	for _, q := range old {
		k := q.NQuad()
		if _, dup := inOld[k]; dup {
			continue
		}
		inOld[k] = struct{}{}
		if _, keep := inNew[k]; !keep {
			dels = append(dels, q)
		}
	}
	for _, q := range new {
		k := q.NQuad()
		if _, keep := inOld[k]; keep {
			continue
		}
		inOld[k] = struct{}{} // also drops duplicates within new
		adds = append(adds, q)
	}
	return dels, adds
}
