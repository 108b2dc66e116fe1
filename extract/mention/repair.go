package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Repairs of candidate extents that the tagger and the chunker get wrong in
// the same ways on any text: a relative clause run into without a comma,
// a conjunction taken for a determiner, and a quantity whose approximator
// ("over 900 people") is left outside the phrase. Coreference annotation
// marks the whole quantity and never a clause's first word alone.

// relativeOpeners open a relative clause after a noun ("the guards who
// stayed") and never begin a noun phrase that refers to someone.
var relativeOpeners = lex.Words("mention/relativeOpeners")

// isRelativeOpener reports whether t is a relative pronoun, not an
// acronym written like one ("WHO", the World Health Organization).
func isRelativeOpener(t string) bool {
	return relativeOpeners[strings.ToLower(t)] && !isAllCaps(t)
}

// approximators stand before a number and belong to the quantity: "over
// 900 asylum seekers", "about 500 guests", "nearly two dozen workers".
var approximators = lex.Words("mention/approximators")

// approximatorPairs are two-word approximators: "more than 200 people".
var approximatorPairs = map[[2]string]bool{
	{"more", "than"}: true, {"fewer", "than"}: true, {"less", "than"}: true, {"at", "least"}: true,
	{"at", "most"}: true, {"up", "to"}: true,
}

// repairNominals fixes the extents of the candidates: it cuts a phrase at
// a relative pronoun that follows a word of it ("three guards who
// stayed" -> "three guards"), drops a leading relative pronoun or a
// "that"/"this" before a plural head ("that critics blame" is a clause:
// "critics"), and widens a phrase that opens with a number over the
// approximator before it ("over 900 asylum seekers").
func repairNominals(d *doc.Document, cands []doc.NominalMention) []doc.NominalMention {
	out := cands[:0:0]
	for _, c := range cands {
		a, b := c.FirstTok, c.LastTok
		for k := a + 1; k < b; k++ {
			if isRelativeOpener(d.Tokens[k].Text) {
				b = k
				break
			}
		}
		for a < b && isRelativeOpener(d.Tokens[a].Text) {
			a++
		}
		if a+1 < b {
			w := strings.ToLower(d.Tokens[a].Text)
			if (w == "that" || w == "this") && lex.PluralNoun(strings.ToLower(d.Tokens[b-1].Text)) {
				a++
			}
		}
		for b > a && doc.IsEdgeJunk(d.Tokens[b-1].Text) {
			b--
		}
		if a >= b {
			continue
		}
		a = widenApproximator(d, a)
		if a > 0 && a == c.FirstTok && doc.SameSentence(d, a-1, a) && doc.IsLowerWord(d.Tokens[a].Text) &&
			articles[strings.ToLower(d.Tokens[a-1].Text)] {
			a-- // "the [two parties]": the article the tagger left out
		}
		if a != c.FirstTok || b != c.LastTok {
			head, plural := c.Head, c.Plural
			c = describeNominal(d, a, b, c.Type)
			if head >= a && head < b {
				c.Head, c.Plural = head, plural
			}
		}
		out = append(out, c)
	}
	return out
}

// widenApproximator returns the first token of the phrase starting at a,
// moved back over an approximator when the phrase opens with a number.
func widenApproximator(d *doc.Document, a int) int {
	if !isQuantity(d.Tokens[a].Text) {
		return a
	}
	if a >= 1 && doc.SameSentence(d, a-1, a) && approximators[strings.ToLower(d.Tokens[a-1].Text)] {
		if a >= 2 && doc.SameSentence(d, a-2, a) &&
			approximatorPairs[[2]string{strings.ToLower(d.Tokens[a-2].Text), strings.ToLower(d.Tokens[a-1].Text)}] {
			return a - 2 // "up to 40 staff"
		}
		return a - 1
	}
	if a >= 2 && doc.SameSentence(d, a-2, a) &&
		approximatorPairs[[2]string{strings.ToLower(d.Tokens[a-2].Text), strings.ToLower(d.Tokens[a-1].Text)}] {
		return a - 2
	}
	return a
}

// articles always open the noun phrase they stand before.
var articles = lex.Words("mention/articles")

// isQuantity reports whether a phrase opening with t opens with a
// cardinal: "900", "4", "two", "a" is left out ("about a quarter" is
// rare next to "about a man").
func isQuantity(t string) bool {
	if doc.IsNumber(t) {
		return strings.ContainsAny(t, "0123456789") // not a lone "," or "."
	}
	_, ok := lex.SmallNumbers[strings.ToLower(t)]
	return ok && strings.ToLower(t) != "zero"
}

// pluralContext reports whether the word before a plural found only by
// its singular opens or modifies a noun phrase (a determiner, a number, a
// modifier of the lexicon), so that the plural is a noun and not a verb
// ending in -s ("the report states").
func pluralContext(d *doc.Document, h, first int) bool {
	if h == first {
		return false
	}
	t := d.Tokens[h-1].Text
	w := strings.ToLower(t)
	_, head := lex.NounType(w)
	return lex.NPDeterminers[w] || lex.IsModifier(w) || isQuantity(t) || head || doc.IsPossessive(t)
}
