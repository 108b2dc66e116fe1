package timex

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/timex/anchor"
	"github.com/newsgraph/newsgraph/extract/timex/value"
)

// FindTimexes fills d.Timexes with the time expressions of the text,
// normalized to TIMEX3 values against d.Date. It needs d.Tokens and
// d.Sentences (Tokenize).
//
// The grammar (timex_grammar.go and friends) is matched left to right,
// longest match first, inside each sentence. Extents follow the TimeBank
// conventions: determiners and modifiers that belong to the expression are
// included ("the past three months", "nearly two years", "early next
// week"); prepositions are not ("in 2009" -> "2009"). When the article date
// is unknown, relative expressions stay unresolved ("XXXX-12", "XXXX-WXX-4")
// rather than guessed.
func FindTimexes(d *doc.Document) {
	d.Timexes = d.Timexes[:0]
	if len(d.Tokens) == 0 {
		return
	}
	s := newTimexScanner(d)
	for si := range d.Sentences {
		s.scanSentence(si)
	}
	anchor.DeriveAnchored(d)
}

// tmatch is one matched expression: the token range it covers and its
// TIMEX3 annotation. c is the calendar value of DATE expressions, which
// time-of-day and anaphora resolution build on.
type tmatch struct {
	start, end int // token range [start, end)
	typ        string
	val        string
	mod        string
	c          value.Cal
	anchor     int
	// quantity and unit of a duration, for suffixes like "ago" and SETs.
	qty  float64
	unit value.Unit
	// kind records the rule family, for the restrictions on modifiers.
	kind matchKind
	// derived values ("the year-ago quarter") are not noted as reference
	// points for later anaphora.
	derived bool
}

type matchKind int

const (
	kindOther    matchKind = iota
	kindDuration           // "three years"
	kindRelative           // "this week", "yesterday", "Friday": may take earlier/later
	kindAgo                // "two years ago"
	kindClock              // "10:30 a.m."
)

// timexScanner walks the tokens of one document.
type timexScanner struct {
	d   *doc.Document
	lw  []string // lower-cased token texts
	res value.Resolver
	// first and last bound the current sentence's tokens.
	first, last int
	// sentDay is the last day named in the current sentence, which a bare
	// clock time refers to.
	sentDay value.Cal
}

func newTimexScanner(d *doc.Document) *timexScanner {
	s := &timexScanner{d: d, lw: make([]string, len(d.Tokens)), res: value.NewResolver(d.Date)}
	for i, t := range d.Tokens {
		s.lw[i] = lower(t.Text)
	}
	return s
}

// lower is strings.ToLower with a fast path for ASCII lower-case words.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// w is the lower-cased token i, or "" outside the current sentence.
func (s *timexScanner) w(i int) string {
	if i < s.first || i >= s.last {
		return ""
	}
	return s.lw[i]
}

// capitalized reports whether token i starts with an upper-case letter.
func (s *timexScanner) capitalized(i int) bool {
	if i < s.first || i >= s.last {
		return false
	}
	for _, c := range s.d.Tokens[i].Text {
		return unicode.IsUpper(c)
	}
	return false
}

func (s *timexScanner) scanSentence(si int) {
	sent := s.d.Sentences[si]
	s.first, s.last = sent.First, sent.Last
	s.sentDay = value.Cal{}
	for i := s.first; i < s.last; {
		if !s.maybeStart(i) {
			i++
			continue
		}
		if s.yearRange(i) {
			i++
			continue
		}
		m, ok := s.match(i)
		if !ok || m.end <= i {
			i++
			continue
		}
		s.emit(m)
		i = m.end
		if n, ok := s.coordinatedDay(m); ok {
			s.emit(n)
			i = n.end
		}
	}
}

// coordinatedDay finds the bare day number joined to a full date: "April
// 24 and 25", "on May 3 or 4" (the second day of the same month).
func (s *timexScanner) coordinatedDay(m tmatch) (tmatch, bool) {
	if m.typ != "DATE" || m.c.G != value.GrainDay || m.c.M == 0 {
		return tmatch{}, false
	}
	k := m.end
	if w := s.w(k); w != "and" && w != "or" && w != "&" {
		return tmatch{}, false
	}
	w := s.w(k + 1)
	if !doc.IsDigits(w) || len(w) > 2 {
		return tmatch{}, false
	}
	d, _ := strconv.Atoi(w)
	next := s.w(k + 2)
	if _, unit := value.Units[next]; d < 1 || d > 31 || d == m.c.D || unit || countedNoun(next) || nonYearFollowers[next] {
		return tmatch{}, false
	}
	if _, ok := months[next]; ok {
		return tmatch{}, false // "May 3 and 4 June" is read by the month rules
	}
	c := m.c
	c.D = d
	return tmatch{start: k + 1, end: k + 2, typ: "DATE", val: value.CalValue(c), c: c, anchor: -1}, true
}

// maybeStart is a cheap filter: can a time expression start at token i?
func (s *timexScanner) maybeStart(i int) bool {
	w := s.lw[i]
	if w == "" {
		return false
	}
	c := w[0]
	if c >= '0' && c <= '9' || c == '\'' {
		return true
	}
	return startWords[w] || strings.IndexByte(w, '-') > 0 && hyphenStart(w)
}

// hyphenStart reports whether a hyphenated token may be temporal
// ("two-year", "mid-1990s", "third-quarter").
func hyphenStart(w string) bool {
	i := strings.IndexByte(w, '-')
	head := w[:i]
	if head == "mid" || head == "pre" || head == "post" || head == "year" || head == "late" || head == "early" {
		return true
	}
	if _, ok := lex.NumberWord(head); ok || vagueQuantities[head] {
		return true
	}
	if _, ok := lex.OrdinalWord(head); ok {
		return true
	}
	for t := range strings.SplitSeq(w, "-") {
		if _, ok := value.Units[t]; ok {
			return true
		}
	}
	return false
}

// emit appends a match to the document.
func (s *timexScanner) emit(m tmatch) {
	toks := s.d.Tokens
	span := doc.Span{Start: toks[m.start].Start, End: toks[m.end-1].End}
	if (m.typ == "DATE" || m.typ == "TIME") && !m.derived {
		s.res.Note(m.c)
		if m.c.G == value.GrainDay && (m.c.Y != 0 || m.c.Code != "") {
			s.sentDay = m.c
		}
	}
	s.d.Timexes = append(s.d.Timexes, doc.Timex{
		Span: span, Text: s.d.Slice(span), Type: m.typ, Value: m.val, Mod: m.mod, Anchor: m.anchor,
	})
}

// tense estimates whether the clause around token i speaks of the future
// (+1), the past (-1) or neither (0): the nearest auxiliary or inflected
// verb wins, looking left first. It decides which Friday a bare "Friday"
// means.
func (s *timexScanner) tense(i int) int {
	if s.w(i-1) == "since" {
		return value.SincePast // "on patrol since March": a start already behind
	}
	best, bestDist := 0, 1<<30
	for k := s.first; k < s.last; k++ {
		t := s.verbTense(k)
		if t == 0 || s.modifierParticiple(k, i) {
			continue
		}
		dist := i - k
		if dist < 0 {
			dist = 1 - 2*dist // the verb before an adjunct governs it more often
		}
		if dist < bestDist {
			best, bestDist = t, dist
		}
	}
	return best
}

// verbTense classifies token k as a future marker, a past-tense verb or neither.
func (s *timexScanner) verbTense(k int) int {
	w := s.lw[k]
	prev := s.w(k - 1)
	if futureCues[w] {
		return s.futureCueTense(k, w, prev)
	}
	if participleContext[prev] || determiners[prev] {
		return 0 // "will be held", "to be released", "the reduced dividend": participles
	}
	if (w == "was" || w == "were") && k+1 < s.last && s.verbTense(k+1) > 0 {
		return 0 // "were planning to", "was expected to": the plan's word decides
	}
	if pastCues[w] {
		return -1
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && unicode.IsLower(rune(w[0])) && !strings.HasPrefix(w, "un") &&
		!strings.Contains(w, "-") { // "well-organized", "long-awaited": compound adjectives, no past of the clause
		if w == "need" || w == "speed" || w == "feed" || w == "proceed" || w == "succeed" || w == "exceed" {
			return 0
		}
		// "the reported figure" is an adjective as often as a verb; still
		// a past-tense cue for the sentence.
		return -1
	}
	return 0
}

// modifierParticiple reports whether token k is a past participle that the
// parse hangs on a noun (a reduced relative clause or an adjective) and
// that does not govern the expression at token i: it tells nothing of the
// tense of the clause ("the delegates needed to win gather in July"),
// only of its own ("demand enjoyed during the holidays").
func (s *timexScanner) modifierParticiple(k, i int) bool {
	d := s.d
	w := d.TokenWord(k)
	if w < 0 || d.Words[w].XPOS != "VBN" || d.Words[w].Rel != "acl" && d.Words[w].Rel != "amod" {
		return false
	}
	for n, steps := d.TokenWord(i), 0; n >= 0 && steps < 32; n, steps = d.Words[n].Head, steps+1 {
		if n == w {
			return false
		}
	}
	return true
}

// futureCues mark a clause about the future: modals, "scheduled",
// "expected", "plans to", "next", "soon".
var futureCues = lex.Words("timex/futureCues")

// pastCues mark a clause about the past: past forms of common verbs,
// "ago", "yesterday", "last", "earlier".
var pastCues = lex.Words("timex/pastCues")

// futureCueTense is the tense a future cue at k gives its clause: 1, or 0
// where the word is used otherwise (a noun, an adjective, a preposition),
// -1 for a plan already past ("had been scheduled to").
func (s *timexScanner) futureCueTense(k int, w, prev string) int {
	switch {
	case (w == "plan" || w == "plans" || w == "hopes" || w == "aims" || w == "set") &&
		(determiners[prev] || prev == "'s" || prev == "’s"):
		return 0 // "announced the plan": a noun says nothing of the clause's tense
	case (w == "plan" || w == "plans" || w == "hopes" || w == "aims") && s.w(k+1) != "to" &&
		!determiners[s.w(k+1)]:
		return 0 // "set aside vacation plans for": a noun
	case (w == "planned" || w == "scheduled" || w == "expected" || w == "slated") && isNounLike(s.w(k+1)) &&
		!startWords[s.w(k+1)]:
		return 0 // "the hastily planned trip": an adjective
	case w == "next" && s.w(k+1) == "to":
		return 0 // "next to the embassy": a preposition
	case (w == "supposed" || w == "likely") && s.w(k+1) != "to":
		return 0
	case w == "going" && s.w(k+1) != "to":
		return 0
	case w == "set" && s.w(k+1) != "to" && s.w(k+1) != "for":
		return 0
	case w == "to" && prev != "is" && prev != "are" && prev != "am":
		return 0 // only the "is to resume" construction
	case prev == "had" || prev == "been" && s.w(k-2) == "had":
		return -1 // "had been scheduled to": a past plan
	}
	return 1
}

// anchorAfter finds the predicate a duration is anchored to: in "three
// weeks after she was released", the first verb-like word after the
// connective at token k, skipping subjects and auxiliaries; failing that,
// the head noun of the phrase ("two days before the vote"). -1 if none.
func (s *timexScanner) anchorAfter(k int) int {
	noun := -1
	for j := k + 1; j < s.last && j < k+10; j++ {
		w := s.lw[j]
		if w == "" || !unicode.IsLetter(rune(w[0])) && !(w[0] >= 0x80) {
			break
		}
		if anchorStop[w] {
			if noun >= 0 {
				break
			}
			continue
		}
		if auxiliaries[w] || determiners[w] || lex.SubjectPronouns[w] {
			continue
		}
		if s.verbTense(j) < 0 || strings.HasSuffix(w, "ing") && len(w) > 5 {
			return j
		}
		if anchorClause[w] {
			break
		}
		noun = j
	}
	return noun
}

// participleContext are words after which a past form is a participle,
// not a past tense.
var participleContext = lex.Words("timex/participleContext")

var auxiliaries = lex.Words("timex/auxiliaries")

var determiners = lex.Words("timex/determiners")

// anchorStop are words that end the anchoring phrase once its head is found.
var anchorStop = lex.Words("timex/anchorStop")

var anchorClause = lex.Words("timex/anchorClause")

// itoa is strconv.Itoa, kept short for value building.
func itoa(n int) string { return strconv.Itoa(n) }
