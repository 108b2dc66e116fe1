package link

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Description is what cross-document linking reads of an entity an
// article only describes ("the police", "a jewellery store in Lyon"): the
// lemma of its head noun and its type. Such entities are not graph nodes
// (Linkable); their ids are local to the article unless Stories links
// them.
type Description struct {
	// Local is the entity's index in its document's Entities, ID the id
	// the document gave it (doc.LocalID).
	Local int
	ID    string
	Head  string
	// Word is what a report's repeats of the description share: Head,
	// but the head noun's own lemma for a body of people (bodies): one
	// report's "authorities" and "police" may be two, its "shop" and
	// "store" are one.
	Word string
	Type doc.EntityType
	// Named is set for a named entity's description ("Ana Ruiz, a
	// lawyer"): one per head noun, it says what the story calls the
	// entity, and joins nothing itself.
	Named bool
	// Plain is set for a singular description that is not relative to
	// another entity ("a judge", not "judges" or "her lawyer"): only such
	// a description says which one named entity it is.
	Plain bool
	// Names lists, sorted and space-separated, the names and name
	// adjectives before its head ("Vermont" in "the Vermont senator",
	// "Republican" in "a Republican president"): they say which of the
	// kind it is, so two descriptions whose names differ are two.
	Names string
	// Plural is set for a plural head: "officials" and "an official" are
	// not one.
	Plural bool
	// Relative is set for a description relative to another entity or
	// quantified ("his office", "the team's coach", "no state"): in
	// another article it is another one.
	Relative bool
	// Kind is set for the description a name gives of itself ("island" of
	// "Qeshm island"): it says what the entity is, places included.
	Kind bool
}

// Descriptions lists the entities of d that only descriptions and
// pronouns refer to, with the head noun of their first description (not
// coordinations: "the mayor and her deputy" is two), and the head nouns
// of the descriptions of its linkable named entities (Named).
func Descriptions(d *doc.Document) []Description {
	var out []Description
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Ambiguous() || e.ID == "" || len(e.Mentions) == 0 || strings.HasPrefix(e.ID, "coord-") {
			continue
		}
		if Linkable(d, i) {
			seen := map[string]bool{}
			for _, mi := range e.Mentions {
				m := d.Mentions[mi]
				if h := nominalHead(d, m); h != "" && !seen[h] && plain(d, m) {
					seen[h] = true
					out = append(out, Description{Local: i, ID: e.ID, Head: h, Type: e.Type, Named: true, Plain: true, Names: modNames(d, m)})
				}
				if h := kindWord(d, m); h != "" && !seen[h] {
					seen[h] = true // "Qeshm island" is an island
					out = append(out, Description{Local: i, ID: e.ID, Head: h, Type: e.Type, Named: true, Plain: true, Kind: true})
				}
			}
			continue
		}
		if doc.HasNameMention(d, i) {
			continue
		}
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			if h := nominalHead(d, m); h != "" {
				x := Description{Local: i, ID: e.ID, Head: h, Word: h, Type: e.Type, Plain: plain(d, m), Names: modNames(d, m),
					Plural: pluralHead(d, m), Relative: relative(d, m)}
				if bodies[h] {
					x.Type, x.Plural, x.Word = doc.Organization, true, headWord(d, m)
				}
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// repeatWord is Word, Head where Word is not set.
func (d Description) repeatWord() string {
	if d.Word != "" {
		return d.Word
	}
	return d.Head
}

// nominalHead is the lower-case lemma of the head noun of a description,
// read as its group's first word when it has synonyms (sameKind), "" for
// another kind of mention or a description without a noun head.
func nominalHead(d *doc.Document, m doc.Mention) string {
	return sameKindOf(headWord(d, m))
}

// headWord is the lower-case lemma of the head noun of a description, ""
// for another kind of mention or a description without a noun head.
func headWord(d *doc.Document, m doc.Mention) string {
	if m.Kind != doc.Nominal {
		return ""
	}
	if len(d.Words) == 0 {
		return strings.ToLower(d.Tokens[m.LastTok-1].Text)
	}
	w := d.HeadNoun(m.FirstTok, m.LastTok)
	if w < 0 || d.Words[w].UPOS == "PRON" || d.Words[w].UPOS == "NUM" {
		return ""
	}
	h := strings.ToLower(d.Words[w].Text)
	if l := d.Words[w].Lemma; l != "" {
		h = strings.ToLower(l)
	}
	return h
}

// bodies are the heads of sameKind groups that name a body of people
// acting as one (coref/bodyHeads): its tag's number and its type (people
// or an organisation) vary from one report to the next and say nothing,
// so such a description is read as a plural organisation.
var bodies = func() map[string]bool {
	out := map[string]bool{}
	for w := range lex.Words("coref/bodyHeads") {
		out[sameKindOf(w)] = true
	}
	return out
}()

// sameKindOf is the first word of the group of synonyms of head noun w,
// w itself when it has none.
func sameKindOf(w string) string {
	if g, ok := sameKind[w]; ok {
		return g
	}
	return w
}

// sameKind maps a head noun to the first word of its group of synonyms
// (coref/sameKindHeads): "the shop" of one report is "the store" of the
// next, as far as which participant it is goes.
var sameKind = func() map[string]string {
	out := map[string]string{}
	for _, line := range lex.Lines("coref/sameKindHeads") {
		f := strings.Fields(line)
		for _, w := range f {
			out[w] = f[0]
		}
	}
	return out
}()

// quantifiers open descriptions of no one in particular.
var quantifiers = lex.Words("common/quantifiers")

// plain reports whether description m is singular, not quantified and
// not relative to another entity: no possessive before its head ("her
// lawyer", "the team's coach"), no plural head.
func plain(d *doc.Document, m doc.Mention) bool {
	if len(d.Words) == 0 || relative(d, m) {
		return false
	}
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	return h >= 0 && !inflectedPlural(d, h)
}

// inflectedPlural reports whether word w is a plural noun whose form says
// so ("officials", "people"; not "police" or "staff", which the tagger
// reads as singular in one sentence and plural in the next: a collective
// noun's number tells two reports' police apart no more than its own).
func inflectedPlural(d *doc.Document, w int) bool {
	x := d.Words[w]
	return strings.HasSuffix(x.XPOS, "S") && (x.Lemma == "" || !strings.EqualFold(x.Text, x.Lemma))
}

// relative reports whether description m is quantified ("no candidate",
// "any senator": no one in particular) or has a possessive before its
// head ("her lawyer", "the team's coach"); true without a parse.
func relative(d *doc.Document, m doc.Mention) bool {
	if len(d.Words) == 0 {
		return true
	}
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 {
		return true
	}
	first, _ := d.TokenWords(m.FirstTok, m.LastTok)
	if quantifiers[strings.ToLower(d.Words[first].Text)] {
		return true
	}
	for w := first; w < h; w++ {
		if d.Words[w].Rel == "nmod:poss" || d.Words[w].XPOS == "POS" || d.Words[w].XPOS == "PRP$" {
			return true
		}
	}
	return false
}

// modNames lists the proper nouns and capitalised adjectives before the
// head of description m, lower case, sorted and space-separated; a word
// that opens its sentence is left out (capitalised anyway).
func modNames(d *doc.Document, m doc.Mention) string {
	if len(d.Words) == 0 {
		return ""
	}
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 {
		return ""
	}
	first, _ := d.TokenWords(m.FirstTok, m.LastTok)
	sf, _ := d.SentenceWords(d.Words[h].Sentence)
	var out []string
	for w := first; w < h; w++ {
		x := d.Words[w]
		if w == sf || x.Text == "" {
			continue
		}
		if x.UPOS == "PROPN" || (x.UPOS == "ADJ" && unicode.IsUpper([]rune(x.Text)[0])) {
			out = append(out, strings.ToLower(x.Text))
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// namesFit reports whether the names of description a are all among
// those of b (Description.Names).
func namesFit(a, b string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(b) {
		have[w] = true
	}
	for _, w := range strings.Fields(a) {
		if !have[w] {
			return false
		}
	}
	return true
}

// pluralHead reports whether the head noun of description m is plural.
func pluralHead(d *doc.Document, m doc.Mention) bool {
	if len(d.Words) == 0 {
		return false
	}
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	return h >= 0 && inflectedPlural(d, h)
}

// kindWord is the lower-case last word of a name mention when it is a
// common noun the name ends with ("island" of "Qeshm island"), "" else.
func kindWord(d *doc.Document, m doc.Mention) string {
	if m.Kind != doc.Name || len(d.Words) == 0 || m.LastTok-m.FirstTok < 2 {
		return ""
	}
	w := d.TokenWord(m.LastTok - 1)
	if w < 0 || d.Words[w].XPOS != "NN" || !unicode.IsLower([]rune(d.Words[w].Text)[0]) {
		return ""
	}
	return strings.ToLower(d.Words[w].Lemma)
}
