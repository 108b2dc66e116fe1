package quote

import (
	"sort"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// qRegion is a stretch of text between paired quotation marks, marks
// included (the PolNeAR convention: a direct quote's content starts and ends
// with its marks). Regions never cross a paragraph boundary: an opening mark
// left unclosed at a paragraph's end closes there, so a stray mark can cost
// at most one paragraph, never the rest of the article.
type qRegion struct {
	doc.Span
	Para int
	// First and Last are the token range [First, Last) covering the region.
	First, Last int
	// Unclosed is true when no closing mark was found in the paragraph.
	Unclosed bool
	// Continued is true when the region is the tail of a quotation opened in
	// an earlier paragraph (news style repeats the opening mark at the start
	// of each quoted paragraph and closes only the last one).
	Continued bool
}

// qMarkKind classifies a quotation mark by its glyph and its neighbours.
type qMarkKind int

const (
	qOpen qMarkKind = iota
	qClose
	qEither
)

// qMark is one double quotation mark (or a doubled apostrophe/backtick,
// which older wire copy uses for the same purpose).
type qMark struct {
	pos, end int
	kind     qMarkKind
}

// qFindMarks lists the double quotation marks of r[p.Start:p.End]. Single
// quotes are skipped: inside a double-quoted stretch they are nested quotes,
// and outside it they are far more often apostrophes than quotations.
func qFindMarks(r []rune, p doc.Span, out []qMark) []qMark {
	for i := p.Start; i < p.End; i++ {
		c := r[i]
		n := 1
		switch c {
		case '"', '“', '”', '«', '»', '„':
		case '\'', '`':
			if i+1 < p.End && r[i+1] == c {
				n = 2
				break
			}
			continue
		default:
			continue
		}
		var prev, next rune = ' ', ' '
		if i > p.Start {
			prev = r[i-1]
		}
		if i+n < p.End {
			next = r[i+n]
		}
		before := unicode.IsSpace(prev) || qIsOpenContext(prev)
		after := unicode.IsSpace(next) || qIsCloseContext(next)
		k := qEither
		switch {
		case before && !after:
			k = qOpen
		case after && !before:
			k = qClose
		case c == '“' || c == '«' || c == '„' || c == '`':
			k = qOpen
		case c == '”' || c == '»' || c == '\'':
			k = qClose
		}
		out = append(out, qMark{i, i + n, k})
		i += n - 1
	}
	return out
}

func qIsOpenContext(c rune) bool {
	switch c {
	case '(', '[', '{', '—', '–', '-', ':', '/', '‘', '\'':
		return true
	}
	return false
}

func qIsCloseContext(c rune) bool {
	switch c {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '’', '\'':
		return true
	}
	return false
}

// qPairMarks pairs the quotation marks of every paragraph of d into regions.
func qPairMarks(d *doc.Document) []qRegion {
	r := d.Runes()
	var regions []qRegion
	var marks []qMark
	prevUnclosed := false
	for pi, p := range d.Paragraphs {
		marks = qFindMarks(r, p, marks[:0])
		open := -1
		cont := prevUnclosed
		startsWithOpen := len(marks) > 0 && marks[0].pos == p.Start && marks[0].kind != qClose
		for mi, m := range marks {
			switch {
			case open < 0 && m.kind != qClose:
				open = mi
			case open < 0:
				// A stray closing mark: the end of a quotation whose
				// paragraph-initial opening mark was omitted; ignore it.
			case m.kind != qOpen:
				regions = append(regions, qRegion{Span: doc.Span{Start: marks[open].pos, End: m.end}, Para: pi,
					Continued: cont && startsWithOpen && open == 0})
				open = -1
			default:
				// Two openers in a row: the first quotation was never closed.
				// It ends before its attribution ("..., she continued.") or
				// where the next one opens.
				end, attributed := qImplicitClose(d, marks[open].pos, m.pos)
				regions = append(regions, qRegion{Span: doc.Span{Start: marks[open].pos, End: end},
					Para: pi, Unclosed: !attributed, Continued: cont && startsWithOpen && open == 0})
				open = mi
			}
		}
		prevUnclosed = false
		if open >= 0 {
			regions = append(regions, qRegion{Span: doc.Span{Start: marks[open].pos, End: p.End}, Para: pi, Unclosed: true,
				Continued: cont && startsWithOpen && open == 0})
			prevUnclosed = true
		}
	}
	for i := range regions {
		g := &regions[i]
		g.First = d.TokenAt(g.Start)
		g.Last = d.TokenAt(g.End-1) + 1
	}
	return regions
}

// qImplicitClose finds where a quotation opened at code point from and never
// closed ends, given that another opens at next: just after the comma of a
// trailing attribution (", she continued."; attributed is then true), else
// at the last token before next.
func qImplicitClose(d *doc.Document, from, next int) (end int, attributed bool) {
	first := d.TokenAt(from)
	last := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= next })
	if first < 0 || last <= first {
		return next, false
	}
	for j := last - 1; j > first; j-- {
		if d.Tokens[j].Text == "," && lex.IsAttribution(d, j+1) {
			return d.Tokens[j].End, true
		}
	}
	return d.Tokens[last-1].End, false
}
