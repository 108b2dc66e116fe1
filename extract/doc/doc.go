package doc

import (
	_ "embed"
	"math"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// StatedGender is the gender the text states (pronouns, honorifics,
// gendered nouns); a gender guessed from the first name alone is Unknown.
func (e *Entity) StatedGender() Gender {
	if e.GenderFromName {
		return Unknown
	}
	return e.Gender
}

// Span is a half-open range [Start, End) of code points in a document.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of code points covered.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Token is a word or punctuation mark.
type Token struct {
	Span
	Text     string
	Sentence int // index into Document.Sentences
	// SpaceBefore is true when whitespace separates this token from the previous one.
	SpaceBefore bool
}

// Sentence is a run of tokens [First, Last) inside one paragraph.
type Sentence struct {
	Span
	First, Last int // token indices
	Paragraph   int
}

// MentionKind says how an entity is referred to.
type MentionKind string

// Mention kinds, as in the output contract.
const (
	Name    MentionKind = "NAME"
	Nominal MentionKind = "NOMINAL"
	Pronoun MentionKind = "PRONOUN"
)

// EntityType is the coarse type of an entity, as in the output contract.
type EntityType string

// Entity types.
const (
	Person       EntityType = "PERSON"
	Organization EntityType = "ORGANIZATION"
	Place        EntityType = "PLACE"
	Work         EntityType = "WORK"
	EventType    EntityType = "EVENT"
	Other        EntityType = "OTHER"
)

// TypeOrder breaks ties between entity types wherever a choice must not
// depend on the order things arrive in (resolution across articles, the
// entities of one id joined); Other, which says only that no type is
// known, comes last.
var TypeOrder = []EntityType{Place, Person, Organization, Work, EventType, Other}

// KnownTypes are the types of TypeOrder that say what a thing is: all but
// Other.
var KnownTypes = TypeOrder[:len(TypeOrder)-1]

// MostCommonType is the known type with the most votes in n, ties by
// TypeOrder; Other only when no known type has a vote.
func MostCommonType(n map[EntityType]int) EntityType {
	best := Other
	for _, t := range KnownTypes {
		if n[t] > n[best] || (best == Other && n[t] > 0) {
			best = t
		}
	}
	return best
}

// TypeRank is the place of t in TypeOrder (len(TypeOrder) for no type).
func TypeRank(t EntityType) int {
	for i, x := range TypeOrder {
		if x == t {
			return i
		}
	}
	return len(TypeOrder)
}

// Gender of a person mention, used by coreference; Unknown when not evident.
type Gender int

// Genders.
const (
	Unknown Gender = iota
	Female
	Male
	Neuter // it/its: organisations, places, things
	Plural // they/them: groups
)

// Mention is one reference to an entity in the text.
type Mention struct {
	Span
	Text   string
	Kind   MentionKind
	Type   EntityType
	Gender Gender
	// Entity is the index into Document.Entities, or -1 before coreference
	// has run or when the mention refers to nothing the document names.
	Entity int
	// Token range [FirstTok, LastTok) of the mention.
	FirstTok, LastTok int
	// Nested is set on a name inside a longer name of another entity: the
	// place in "the Bank of China" (coref.NestedNames). Flat annotations
	// (CoNLL, MEANTIME, ECB+) mark only the outer name, so the output
	// contract lists nested mentions apart from the others.
	Nested bool
}

// Entity is a set of mentions that refer to the same real-world thing.
type Entity struct {
	ID     string // stable across documents: a slug of the canonical name
	Name   string // canonical (longest proper) name
	Type   EntityType
	Gender Gender
	// GenderFromName is set when Gender comes only from the first-name
	// list: good enough to steer later pronouns, not a fact to output.
	GenderFromName bool
	Aliases        []string // other names used in this document
	Mentions       []int    // indices into Document.Mentions, in text order
	// Attributes stated in the text: age, role descriptors.
	Age int // 0 when not stated
	// AgeEvidence is the sentence that states the age.
	AgeEvidence Span
	Roles       []string
	// Among lists the entities a short name fits when it fits several
	// ("Blanchard" with two Blanchards): see Ambiguous.
	Among []int
	// Merge says why the entity joined one seen in another document
	// (set by resolution across documents, link.Apply), "" when it did not.
	Merge string
}

// Timex is a time expression normalized to a TIMEX3 value.
type Timex struct {
	Span
	Text  string
	Type  string // DATE, TIME, DURATION, SET
	Value string // TIMEX3 value, "" when it could not be normalized
	Mod   string // TIMEX3 mod: BEFORE, AFTER, MORE_THAN, LESS_THAN, APPROX, START, MID, END...
	// Anchor, for a duration anchored to an event ("three weeks after she
	// was released"), is the token index of the anchoring predicate, or -1.
	Anchor int
	// Derived, for an anchored duration whose anchoring event the document
	// dates elsewhere, is the date the duration leads to ("2024-01" for
	// "three weeks after she was released" when she was released in
	// December 2023); "" otherwise.
	Derived string
}

// Quote is a claim: direct or reported speech attributed to a speaker.
type Quote struct {
	Content []Span // one span, or several for a quote split around its attribution
	Cue     *Span  // the speech verb or phrase ("said", "according to")
	// Speaker is the mention index naming the speaker nearest the quote, or -1.
	Speaker int
	// SpeakerSpan is the text naming the speaker when it is not a known mention.
	SpeakerSpan *Span
	// CoSpeakers are the mentions of the others who speak with Speaker
	// as one coordinated subject ("Okafor and Lindqvist said"): the claim
	// is theirs jointly. The output contract names them apart from
	// Speaker (co_speakers), the graph names them all as authors; both
	// read them through Document.OtherSpeakers.
	CoSpeakers []int
	// Addressee is the mention index of the person spoken to, or -1.
	Addressee int
	Direct    bool
	// Continued is true for a quotation with no attribution of its own
	// that takes the speaker of the quotation it continues: it has no cue,
	// and says so instead of leaving the cue merely unknown.
	Continued bool
}

// Arg is a participant of an event.
type Arg struct {
	Role    string // participant, agent, patient, ...
	Mention int    // mention index
}

// Event is something that happened, with its participants, place and time.
type Event struct {
	Type       string // MEET, CONVICT, RELEASE, DIE, ...
	Trigger    Span
	Sentence   int
	Args       []Arg
	Place      int    // mention index of the place, or -1
	Timex      int    // index into Document.Timexes, or -1
	Time       string // normalized time, "" when unknown
	Confidence float64
	// Factuality says whether the text tells the event as having
	// happened; the zero value does.
	Factuality Factuality
}

// Factuality is how a text presents an event, in MEANTIME's attributes:
// as having happened (the zero value), or denied, uncertain, planned,
// generic or hypothetical, and on whose word.
type Factuality struct {
	Polarity     string // "NEG" when denied ("did not release"); "" or "POS"
	Certainty    string // "PROBABLE" ("is expected to"), "POSSIBLE" ("may"); "" or "CERTAIN"
	Time         string // "FUTURE" ("will", "plans to"); "" or "NON_FUTURE"
	SpecialCases string // "GEN" (generic), "COND_IF_CLAUSE", "COND_MAIN_CLAUSE"; "" or "NONE"
	// Reported is set when the event is told inside reported speech;
	// Source is then the mention index of the speaker, -1 when unknown.
	Reported bool
	Source   int
}

// Asserted reports whether the text tells the event as having happened:
// not denied, certain, not in the future, neither generic nor conditional.
func (f Factuality) Asserted() bool {
	return (f.Polarity == "" || f.Polarity == "POS") && (f.Certainty == "" || f.Certainty == "CERTAIN") &&
		(f.Time == "" || f.Time == "NON_FUTURE") && (f.SpecialCases == "" || f.SpecialCases == "NONE")
}

// Document is an article and every layer the pipeline has added to it.
type Document struct {
	ID    string
	Title string
	URL   string
	// Date is the publication date; the zero time when unknown. Relative
	// time expressions are resolved against it.
	Date time.Time
	Text string

	runes []rune
	ascii bool // Text is all ASCII, so code point offsets are byte offsets (set with runes)
	// bytes[i] is the byte offset of code point i in Text (and len(Text)
	// at len(runes)) when Text is valid UTF-8 but not ASCII (set with
	// runes): encoding its code points gives the same bytes back, so a
	// span's bytes can be copied as they are
	bytes []int32

	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token
	// GivenTokens is set when the input gave the tokens (a treebank):
	// they are the syntactic words already, and stay as they are.
	GivenTokens bool
	// Words are the syntactic words of the tokens, in text order, with
	// their tags, lemmas and dependency tree (see Word).
	Words    []Word
	wordIx   wordIndex // see IndexWords
	treeIx   treeIndex // see IndexTree
	Mentions []Mention
	// Nominals are the candidate common-noun mentions, before coreference
	// places them as mentions.
	Nominals  []NominalMention
	Entities  []Entity
	Timexes   []Timex
	Quotes    []Quote
	Events    []Event
	Relations []Relation
	Links     []EventLink
}

// NewDocument prepares a document for the pipeline.
func NewDocument(id, text string, date time.Time) *Document {
	d := &Document{ID: id, Text: text, Date: date}
	d.Runes()
	return d
}

// Runes is the text as code points; offsets index it.
func (d *Document) Runes() []rune {
	if d.runes == nil {
		d.runes = []rune(d.Text)
		d.ascii = len(d.runes) == len(d.Text) && isASCII(d.Text)
		if !d.ascii && len(d.Text) < math.MaxInt32 && utf8.ValidString(d.Text) {
			d.bytes = make([]int32, 0, len(d.runes)+1)
			for i := range d.Text {
				d.bytes = append(d.bytes, int32(i))
			}
			d.bytes = append(d.bytes, int32(len(d.Text)))
		}
	}
	return d.runes
}

// Slice returns the text of a span.
func (d *Document) Slice(s Span) string {
	r := d.Runes()
	if s.Start < 0 || s.End > len(r) || s.Start > s.End {
		return ""
	}
	if d.ascii {
		// the same bytes, copied rather than encoded rune by rune; a copy
		// so that a kept name does not keep the whole text
		return strings.Clone(d.Text[s.Start:s.End])
	}
	if d.bytes != nil {
		return strings.Clone(d.Text[d.bytes[s.Start]:d.bytes[s.End]])
	}
	return string(r[s.Start:s.End])
}

// isASCII reports whether s is all ASCII (an invalid byte, which is no
// code point of its own, is not).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Last]
}

// TokenAt returns the index of the token covering code point off, or -1.
func (d *Document) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		switch t := d.Tokens[m]; {
		case off < t.Start:
			hi = m
		case off >= t.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// ParagraphOf returns the paragraph of token tok: its sentence's.
func (d *Document) ParagraphOf(tok int) int {
	return d.Sentences[d.Tokens[tok].Sentence].Paragraph
}

// ParagraphAt returns the paragraph holding code point off, or -1.
func (d *Document) ParagraphAt(off int) int {
	for i, sp := range d.Paragraphs {
		if sp.Start <= off && off < sp.End {
			return i
		}
	}
	return -1
}

// MentionAt returns the mention that starts at token i, or -1.
func (d *Document) MentionAt(tok int) int {
	for i := range d.Mentions {
		if d.Mentions[i].FirstTok == tok {
			return i
		}
	}
	return -1
}

// EntityCovering returns the entity of the smallest mention with an
// entity that covers token k, or -1.
func (d *Document) EntityCovering(k int) int {
	e, size := -1, 0
	for _, m := range d.Mentions {
		if m.Entity >= 0 && m.FirstTok <= k && k < m.LastTok && (e < 0 || m.LastTok-m.FirstTok < size) {
			e, size = m.Entity, m.LastTok-m.FirstTok
		}
	}
	return e
}

// Ambiguous reports whether e is a short name that fits several entities
// ("Blanchard" with two Blanchards): kept as a mention, never merged or
// loaded as a real-world entity.
func (e *Entity) Ambiguous() bool { return len(e.Among) > 1 }

// EventLink says that event From happened an Offset after (or before) event
// To: "met Gypsy three weeks after she was released" links the meeting to
// the release with Offset P3W. Offsets are TIMEX3 durations; an unspecified
// count ("months after") is PXM.
type EventLink struct {
	From, To int    // event indices
	Relation string // AFTER or BEFORE
	Offset   string // TIMEX3 duration, "" when only the order is stated ("after she was released")
	Sentence int
}

// NominalMention is a candidate common-noun mention of a person,
// organisation or place: "the six-member Afghan team", "local residents",
// "a spokesman for the navy", "the Skims founder".
type NominalMention struct {
	Span
	FirstTok, LastTok int // token range [FirstTok, LastTok)
	Type              EntityType
	// Head is the token index of the head noun: "team" in "the Afghan team
	// that won", "group" in "a group of teenagers", "team" in "the team's".
	Head int
	// Definite is true when the phrase opens with the/this/that/these/those
	// or a possessive ("their coach", "the team's coach").
	Definite bool
	// Plural is true when the head noun is plural ("residents", "people").
	Plural bool
	// Restricted is true when a clause in the phrase says which ones are
	// meant ("the schools that charge fees", "lanterns made by pupils"):
	// such a phrase picks out a new set, not the one named before.
	Restricted bool
	// Described is the NAME mention the phrase ends with when the words
	// before it describe it ("the carmaker Volvo"), nil otherwise.
	Described *Mention
	// Group is true for a coordination of mentions ("Ford and Kia", "the
	// mayor and her deputy"): it refers to the group of its members.
	Group bool
	// SameAs, for a second role of one person ("fashion mogul" in "the
	// reality star and fashion mogul"), is the span of the phrase of the
	// first; empty otherwise.
	SameAs Span
}

// Relation is a stated link between two entities: Holder holds the role
// Type with respect to Relative ("Dee Dee Blanchard" is "mother" of
// "Gypsy"; "Kim Kardashian" is "founder" of "Skims").
type Relation struct {
	Type     string // mother, father, spouse, founder, ceo, ...
	Kind     string // family, affiliation, location, or open (a verb outside the frames)
	Holder   int    // mention index
	Relative int    // mention index
	Sentence int
	// Confidence is set for open relations (OpenConfidence); 0 for the
	// pattern-based ones, which the graph takes as stated.
	Confidence float64
}

// AddMention appends m to the mention layer and returns its index. Stages
// add mentions only through it (and through no slice of their own), so
// that one place can keep the layer's invariants.
func (d *Document) AddMention(m Mention) int {
	d.Mentions = append(d.Mentions, m)
	return len(d.Mentions) - 1
}

// AddEntity appends e to the entity layer and returns its index.
func (d *Document) AddEntity(e Entity) int {
	d.Entities = append(d.Entities, e)
	return len(d.Entities) - 1
}

// AddLinkedMention appends m, a mention of the entity m.Entity, to the
// mention layer and to that entity's mentions, and returns its index.
func (d *Document) AddLinkedMention(m Mention) int {
	mi := d.AddMention(m)
	if m.Entity >= 0 {
		d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, mi)
	}
	return mi
}

// Relink moves mention mi to entity e: out of its old entity's mentions,
// into e's, kept in text order.
func (d *Document) Relink(mi, e int) {
	if old := d.Mentions[mi].Entity; old >= 0 {
		ms := d.Entities[old].Mentions[:0]
		for _, x := range d.Entities[old].Mentions {
			if x != mi {
				ms = append(ms, x)
			}
		}
		d.Entities[old].Mentions = ms
	}
	d.Mentions[mi].Entity = e
	d.Entities[e].Mentions = append(d.Entities[e].Mentions, mi)
	sort.Ints(d.Entities[e].Mentions)
}

// OtherSpeakers returns the co-speakers of q that stand for entities
// other than its speaker's and one another's: a conjunct that coreference
// gave the speaker's entity ("he and Brafman said", "he" read as Brafman)
// adds no speaker.
func (d *Document) OtherSpeakers(q Quote) []int {
	seen := map[int]bool{}
	if q.Speaker >= 0 && d.Mentions[q.Speaker].Entity >= 0 {
		seen[d.Mentions[q.Speaker].Entity] = true
	}
	var out []int
	for _, m := range q.CoSpeakers {
		if e := d.Mentions[m].Entity; e >= 0 {
			if seen[e] {
				continue
			}
			seen[e] = true
		}
		out = append(out, m)
	}
	return out
}
