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
		if w := d.TokenWord(k); w >= 0 && d.Words[w].Rel == "compound" {
			continue // "the Scientology.org site": the site itself, a thing
		}
		if !taken[k] && SiteShaped(t.Text) {
			addName(d, k, k+1, doc.Organization)
		}
	}
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

// siteDomains are the top-level domains that end the names sites go by.
var siteDomains = lex.Words("mention/siteDomains")
