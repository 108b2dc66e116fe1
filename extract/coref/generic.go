package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// eitherGender reports whether the personal pronoun at token k is joined
// by "or" (or a slash) with a pronoun of the other gender: "he or she",
// "his or her", "him/her". Such a pair stands for anyone of a kind ("a
// voter ... he or she"), never for one person named before, so neither
// pronoun takes an antecedent.
func eitherGender(d *doc.Document, k int) bool {
	g := lex.Pronouns[strings.ToLower(d.Tokens[k].Text)]
	if g != doc.Male && g != doc.Female {
		return false
	}
	other := func(j int) bool {
		if j < 0 || j >= len(d.Tokens) {
			return false
		}
		h := lex.Pronouns[strings.ToLower(d.Tokens[j].Text)]
		return (h == doc.Male || h == doc.Female) && h != g
	}
	or := func(j int) bool {
		return j >= 0 && j < len(d.Tokens) && (strings.EqualFold(d.Tokens[j].Text, "or") || d.Tokens[j].Text == "/")
	}
	return or(k+1) && other(k+2) || or(k-1) && other(k-2)
}
