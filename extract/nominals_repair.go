package extract

import "strings"

// Repairs of candidate extents that the tagger and the chunker get wrong in
// the same ways on any text: a relative clause run into without a comma,
// a conjunction taken for a determiner, and a quantity whose approximator
// ("over 900 people") is left outside the phrase. Coreference annotation
// marks the whole quantity and never a clause's first word alone.

// relativeOpeners open a relative clause after a noun ("the guards who
// stayed") and never begin a noun phrase that refers to someone.
var relativeOpeners = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "where": true, "when": true}

// isRelativeOpener reports whether t is a relative pronoun, not an
// acronym written like one ("WHO", the World Health Organization).
func isRelativeOpener(t string) bool {
	return relativeOpeners[strings.ToLower(t)] && !isAllCaps(t)
}

// approximators stand before a number and belong to the quantity: "over
// 900 asylum seekers", "about 500 guests", "nearly two dozen workers".
var approximators = map[string]bool{
	"over": true, "about": true, "around": true, "nearly": true, "almost": true, "roughly": true,
	"approximately": true, "some": true, "under": true, "only": true, "just": true,
}

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
func repairNominals(d *Document, cands []NominalMention) []NominalMention {
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
			if (w == "that" || w == "this") && pluralNoun(strings.ToLower(d.Tokens[b-1].Text)) {
				a++
			}
		}
		for b > a && isEdgeJunk(d.Tokens[b-1].Text) {
			b--
		}
		if a >= b {
			continue
		}
		a = widenApproximator(d, a)
		if a > 0 && a == c.FirstTok && sameSentence(d, a-1, a) && isLowerWord(d.Tokens[a].Text) &&
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
func widenApproximator(d *Document, a int) int {
	if !isQuantity(d.Tokens[a].Text) {
		return a
	}
	if a >= 1 && sameSentence(d, a-1, a) && approximators[strings.ToLower(d.Tokens[a-1].Text)] {
		if a >= 2 && sameSentence(d, a-2, a) &&
			approximatorPairs[[2]string{strings.ToLower(d.Tokens[a-2].Text), strings.ToLower(d.Tokens[a-1].Text)}] {
			return a - 2 // "up to 40 staff"
		}
		return a - 1
	}
	if a >= 2 && sameSentence(d, a-2, a) &&
		approximatorPairs[[2]string{strings.ToLower(d.Tokens[a-2].Text), strings.ToLower(d.Tokens[a-1].Text)}] {
		return a - 2
	}
	return a
}

// articles always open the noun phrase they stand before.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// isLowerWord reports whether t is a word in lower case: not a name, which
// keeps its own extent ("the [United States] government" is left alone).
func isLowerWord(t string) bool { return isWordToken(t) && t == strings.ToLower(t) }

// isQuantity reports whether a phrase opening with t opens with a
// cardinal: "900", "4", "two", "a" is left out ("about a quarter" is
// rare next to "about a man").
func isQuantity(t string) bool {
	if isNumber(t) {
		return strings.ContainsAny(t, "0123456789") // not a lone "," or "."
	}
	_, ok := smallNumbers[strings.ToLower(t)]
	return ok && strings.ToLower(t) != "zero"
}

// headNoun looks a word up in the chunker's head nouns, and a plural by
// its singular when only that is listed ("constituencies", "crowds").
func headNoun(w string) (EntityType, bool) {
	if t, ok := headNouns[w]; ok {
		return t, true
	}
	if !pluralNoun(w) {
		return "", false
	}
	for _, s := range singulars(w) {
		if t, ok := headNouns[s]; ok {
			return t, true
		}
	}
	return "", false
}

// singulars are the possible singular forms of a regular plural noun.
func singulars(w string) []string {
	var out []string
	if strings.HasSuffix(w, "ies") && len(w) > 4 {
		out = append(out, w[:len(w)-3]+"y")
	}
	for _, suf := range []string{"ses", "xes", "zes", "ches", "shes"} {
		if strings.HasSuffix(w, suf) {
			out = append(out, w[:len(w)-2]) // "churches"
		}
	}
	if len(w) > 3 {
		out = append(out, w[:len(w)-1]) // a singular of at least three letters: not "ye"
	}
	return out
}

// pluralContext reports whether the word before a plural found only by
// its singular opens or modifies a noun phrase (a determiner, a number, a
// modifier of the lexicon), so that the plural is a noun and not a verb
// ending in -s ("the report states").
func pluralContext(d *Document, h, first int) bool {
	if h == first {
		return false
	}
	t := d.Tokens[h-1].Text
	w := strings.ToLower(t)
	_, head := headNouns[w]
	return npDeterminers[w] || modifierWords[w] || isQuantity(t) || head || isPossessive(t)
}
