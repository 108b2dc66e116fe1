package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// tagSites adds the names of web sites the tagger left out ("Detik.com
// quoted him"): a capitalised word with a top-level domain after its dot
// names the site and the firm that runs it. The tagger learnt from
// Reuters in 1996, which names few. Not a modifier of a noun, which
// names the site as a thing.
func tagSites(d *doc.Document) {
	taken := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		for k := m.FirstTok; k < m.LastTok && k < len(taken); k++ {
			taken[k] = true
		}
	}
	for k, t := range d.Tokens {
		if taken[k] {
			continue
		}
		w := d.TokenWord(k)
		if SiteShaped(t.Text) {
			if w < 0 || d.Words[w].Rel != "compound" { // "the Scientology.org site": the site itself, a thing
				addName(d, k, k+1, doc.Organization)
			}
		} else if typ := listedAbbreviation(d, k, w); typ != "" {
			addName(d, k, k+1, typ)
		}
	}
}

// listedAbbreviation is the listed type of the place's or organisation's
// abbreviation at token k (word w) that the tagger left out, or the type
// of the same abbreviation with dots that it tagged in the article ("its
// US and Canadian plants" beside "the U.S."): capitals only, read by the parse as a proper noun,
// in a sentence not written in capitals (where "US" may be "us"); "" when
// it is none.
func listedAbbreviation(d *doc.Document, k, w int) doc.EntityType {
	t := d.Tokens[k].Text
	letters := strings.ReplaceAll(t, ".", "")
	if w < 0 || len(letters) < 2 || len(letters) > 5 || strings.ToUpper(letters) != letters || strings.ToLower(letters) == letters ||
		d.Words[w].UPOS != "PROPN" || capitalsSentence(d, k) {
		return ""
	}
	if _, zone := timeZones[strings.ToLower(t)]; zone {
		return "" // "11am IST"
	}
	switch typ := lex.KnownType(t); typ {
	case doc.Place, doc.Organization:
		return typ
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && strings.Contains(m.Text, ".") && strings.ReplaceAll(m.Text, ".", "") == letters {
			return m.Type // "US" where the article wrote "U.S." too
		}
	}
	return ""
}

// capitalsSentence reports whether most words of token k's sentence are
// written in capitals, as some headlines are.
func capitalsSentence(d *doc.Document, k int) bool {
	s := d.Sentences[d.Tokens[k].Sentence]
	upper, words := 0, 0
	for _, t := range d.Tokens[s.First:s.Last] {
		if !doc.IsWordToken(t.Text) {
			continue
		}
		words++
		if strings.ToUpper(t.Text) == t.Text {
			upper++
		}
	}
	return 2*upper > words
}

// SiteShaped reports whether w is a web site's name: a capitalised word,
// a dot and a listed top-level domain ("Detik.com", "MoveOn.org"), with
// no path, no address and no other dot.
func SiteShaped(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot < 2 || !doc.IsCapitalised(w) || strings.ContainsAny(w, "/@:") || strings.Count(w, ".") > 1 {
		return false
	}
	for _, c := range w[:dot] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return siteDomains[strings.ToLower(w[dot+1:])]
}

// timeZones are the abbreviations of time zones, no places.
var timeZones = lex.Table("timex/timeZones")

// siteDomains are the top-level domains that end the names sites go by.
var siteDomains = lex.Words("mention/siteDomains")
