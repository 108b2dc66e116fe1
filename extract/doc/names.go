package doc

import (
	"strconv"
	"strings"
	"unicode"
)

// NameKey normalizes a name for matching: lower case, no possessive, no
// leading article.
func NameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	s = strings.TrimPrefix(s, "the ")
	if singleSpaced(s) {
		return s // what Fields and Join would give, without their copies
	}
	return strings.Join(strings.Fields(s), " ")
}

// WithoutPossessive is s without a closing possessive mark ("the doctor's",
// "the voters'"): a description's mention keeps the mark in its span (GUM
// marks "the doctor's" whole), the entity it names does not.
func WithoutPossessive(s string) string {
	s = strings.TrimSpace(s)
	for _, m := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(s, m); ok && t != "" && (len(m) > 1 || strings.HasSuffix(t, "s")) {
			return strings.TrimSpace(t)
		}
	}
	return s
}

// singleSpaced reports whether s is ASCII whose words are split by single
// spaces, with none at either end.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

func NameTokens(s string) []string {
	return strings.FieldsFunc(NameKey(s), func(r rune) bool { return unicode.IsSpace(r) || r == '.' })
}

func CompatibleTypes(a, b EntityType) bool {
	if a == b || a == Other || b == Other {
		return true // OTHER is the tagger's "some other name": it fits any type
	}
	// The tagger sometimes types a lone surname differently from the full name.
	return (a == Person || b == Person) && a != Place && b != Place
}

// Slug makes a stable entity id from a name: "Kim Kardashian" -> "kim-kardashian".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(name) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else if c != '\'' && c != '’' && c != '.' {
			dash = true
		}
	}
	return b.String()
}

func HasNameMention(d *Document, e int) bool {
	for _, mi := range d.Entities[e].Mentions {
		if d.Mentions[mi].Kind == Name {
			return true
		}
	}
	return false
}

// LocalID is the id of an entity that only this document can name (a
// description such as "a spokesman", a coordination, the writer's "I"):
// kind, the document and the offset where it is first mentioned, so that
// it never merges with another document's. Named entities take the Slug
// of their name instead; the corpus (extract/link) makes those one across
// documents.
func LocalID(d *Document, kind string, offset int) string {
	return kind + "-" + Slug(d.ID) + "-" + strconv.Itoa(offset)
}

// ThingKind is the LocalID kind of a thing: an entity of type Other that
// no name stands for, made for a participant of an event (the event
// stage) or for what a pronoun refers to (coreference).
const ThingKind = "thing"

// ModifierName reports whether name mention m only modifies a noun by the
// parse ("Hale supporters", "the Lisbon office"): its head word is a
// compound, a use that names no one and no place the text is about.
func ModifierName(d *Document, m Mention) bool {
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	return h >= 0 && d.Words[h].Rel == "compound"
}
