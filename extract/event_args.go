package extract

import (
	"strings"
	"unicode"
)

// Participant selection approximates the parse a dependency parser would
// give, from closed-class words alone: a verb's subject is the nearest noun
// phrase before it that is not inside a prepositional phrase ("Executives
// from GM said": not GM), its object the noun phrase right after it; a
// passive's subject is the patient and its "by" phrase the agent; a noun
// trigger takes only its possessor, the names that modify it ("the GM
// sales") and its of/by/from/with/between phrases, never whoever happens to
// stand nearby in the clause ("GM posted a loss": the loss has no stated
// participant of its own in the noun phrase, GM is the subject of "posted").

// prepositions end a noun phrase and mark the mentions after them as
// obliques rather than subjects or objects.
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "of": true, "from": true, "to": true, "for": true, "with": true,
	"by": true, "about": true, "into": true, "over": true, "under": true, "after": true, "before": true,
	"during": true, "since": true, "until": true, "against": true, "between": true, "among": true,
	"around": true, "across": true, "through": true, "toward": true, "towards": true, "via": true,
	"like": true, "than": true, "as": true, "near": true, "inside": true, "outside": true, "without": true,
	"despite": true, "following": true, "including": true, "amid": true, "behind": true, "within": true,
	"per": true, "upon": true, "onto": true, "off": true, "unlike": true, "throughout": true,
}

// npOpeners open a noun phrase (determiners, possessives, quantifiers): a trigger after one is a noun.
var npOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"'s": true, "’s": true, "'": true, "’": true, "any": true, "no": true, "every": true, "each": true,
	"another": true, "such": true, "some": true,
}

// auxiliaries and adverbs that may stand between a subject and its verb.
var verbChain = map[string]bool{
	"has": true, "have": true, "had": true, "having": true, "will": true, "would": true, "shall": true,
	"should": true, "can": true, "could": true, "may": true, "might": true, "must": true, "do": true,
	"does": true, "did": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "not": true, "n't": true, "never": true, "also": true, "just": true, "already": true,
	"still": true, "then": true, "later": true, "first": true, "reportedly": true, "allegedly": true,
	"to": true, "get": true, "got": true, "both": true, "all": true, "again": true, "even": true,
}

// nounOnly are trigger words that cannot be verbs.
var nounOnly = map[string]bool{
	"meeting": true, "meetings": true, "summit": true, "talks": true, "indictment": true, "conviction": true,
	"sentencing": true, "death": true, "deaths": true, "killing": true, "killings": true, "clemency": true,
	"commutation": true, "birth": true, "pregnancy": true, "marriage": true, "wedding": true, "engagement": true,
	"breakup": true, "interview": true, "announcement": true, "statement": true, "episode": true,
	"growth": true, "loss": true, "losses": true, "sale": true, "sales": true,
	"delivery": true, "deliveries": true, "bankruptcy": true, "insolvency": true, "production": true,
	"crisis": true, "recession": true, "closure": true, "shutdown": true, "decision": true, "flight": true,
	"flights": true, "appointment": true, "resignation": true, "founding": true, "acquisition": true,
	"takeover": true, "merger": true, "lawsuit": true, "lawsuits": true, "election": true, "elections": true,
	"bombing": true, "shooting": true, "parole": true,
}

// nominalTrigger reports whether the trigger at token k is used as a noun:
// a noun-only word, or one that follows a determiner, possessive, number
// or adjective-like modifier ("a 45% drop", "the planned cuts").
func nominalTrigger(d *Document, s Sentence, k int) bool {
	w := strings.ToLower(d.Tokens[k].Text)
	if pastForm(w) {
		// "the planned stop" is a modifier; "The Nikkei dropped" a verb
		return k > s.First && npOpeners[strings.ToLower(d.Tokens[k-1].Text)] && !strings.Contains(d.Tokens[k-1].Text, "'")
	}
	gerund := strings.HasSuffix(w, "ing")
	if k+1 < s.Last && strings.ToLower(d.Tokens[k+1].Text) == "of" {
		return true // "the release of", "the killing of"
	}
	if nounOnly[w] && !gerund {
		return true
	}
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		p := strings.ToLower(d.Tokens[j].Text)
		switch {
		case npOpeners[p]:
			return true
		case p == "to" || verbChain[p]:
			return false // "to cut", "will cut", "was meeting": a verb
		case prepositions[p]:
			return !gerund // "since launch" is a noun, "before meeting Gypsy" a gerund
		case isNumberish(p):
			continue
		case eventTriggers[p] != "" && j == k-1:
			return strings.HasSuffix(p, "ed") // "announced plans": the object of a verb
		}
		if insideMention(d, j) || gerund && isModifierWord(d.Tokens[j].Text) && j == k-1 && !strings.HasSuffix(p, "ly") {
			continue // "GM sales", "the Eurogroup meeting", "annual meeting"
		}
		return false
	}
	return false
}

// pastForm is a past tense or participle: regular -ed or a common irregular.
func pastForm(w string) bool {
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		return true
	}
	switch w {
	case "met", "fell", "fallen", "rose", "risen", "grew", "sold", "bought", "flew", "told", "said", "wed",
		"shut", "quit", "hurt", "dead", "born", "freed", "led", "won", "lost", "made", "held", "took", "gave":
		return true
	}
	return false
}

func isNumberish(w string) bool {
	digit := false
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '%' && r != '.' && r != ',' && r != '$' {
			return false
		}
		digit = digit || unicode.IsDigit(r)
	}
	return digit
}

// argMention reports whether mention m may be an event participant: a
// resolved entity other than a place, a photo credit, a nationality
// adjective ("the Russian government") or a currency sign ("US$").
func argMention(d *Document, m Mention) bool {
	if m.Entity < 0 || d.Entities[m.Entity].Type == Place || isCredit(d, m.FirstTok) {
		return false
	}
	if strings.ContainsAny(m.Text, "$€£¥") {
		return false
	}
	e := d.Entities[m.Entity]
	if e.Type != Other {
		return true
	}
	for _, o := range e.Mentions {
		if d.Mentions[o].Kind == Name && isDemonym(d.Mentions[o].Text) {
			return false // "the Norwegian government" resolved to "Norwegian"
		}
	}
	return true
}

// isDemonym recognises nationality and regional adjectives by their endings
// (American, Japanese, British, French) when NER left them untyped.
func isDemonym(name string) bool {
	w := strings.ToLower(name)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	for _, suf := range []string{"an", "ese", "ish", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// mentionIndex indexes the participant-capable mentions by their first and
// last token.
type mentionIndex struct {
	byFirst, byLast map[int]int
}

func indexMentions(d *Document, lo, hi int) mentionIndex {
	ix := mentionIndex{map[int]int{}, map[int]int{}}
	for mi, m := range d.Mentions {
		if m.FirstTok < lo || m.LastTok > hi {
			continue
		}
		// a name wins a shared boundary ("her boyfriend Nick Cole" is
		// Nick Cole), else the longest mention
		if old, ok := ix.byFirst[m.FirstTok]; !ok || better(d.Mentions[old], m) {
			ix.byFirst[m.FirstTok] = mi
		}
		if old, ok := ix.byLast[m.LastTok-1]; !ok || better(d.Mentions[old], m) {
			ix.byLast[m.LastTok-1] = mi
		}
	}
	return ix
}

// better reports whether mention m should replace old at a shared boundary.
func better(old, m Mention) bool {
	if (old.Kind == Name) != (m.Kind == Name) {
		return m.Kind == Name
	}
	return m.LastTok-m.FirstTok > old.LastTok-old.FirstTok
}

// inPP reports whether the noun phrase holding token j is the object of a
// preposition: walking left over the words of the phrase reaches one.
func inPP(d *Document, lo, j int) bool {
	switch strings.ToLower(d.Tokens[j].Text) {
	case "he", "she", "they", "we", "i", "who":
		return false // nominative: the subject of a clause, not a prepositional object
	}
	for i := j - 1; i >= lo && i >= j-6; i-- {
		w := strings.ToLower(d.Tokens[i].Text)
		switch {
		case prepositions[w]:
			return true
		case npOpeners[w] || isNumberish(w) || insideMention(d, i) || isModifierWord(d.Tokens[i].Text):
			continue
		}
		return false
	}
	return false
}

// isModifierWord is a lowercase word that may sit inside a noun phrase
// before its head (adjectives, nouns), as opposed to punctuation or a
// function word.
func isModifierWord(w string) bool {
	lw := strings.ToLower(w)
	if verbChain[lw] || prepositions[lw] || clauseOpeners[lw] || lw == "and" || lw == "or" || lw == "but" || lw == "that" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// argSet collects participants, one per entity.
type argSet struct {
	d    *Document
	seen map[int]bool
	args []Arg
}

func (a *argSet) add(role string, mi int) {
	e := a.d.Mentions[mi].Entity
	if e < 0 || a.seen[e] {
		return
	}
	a.seen[e] = true
	a.args = append(a.args, Arg{Role: role, Mention: mi})
}

// addConjuncts adds mention mi and the mentions coordinated with it
// ("X, Y and Z", "the reality star and fashion mogul"), walking left when
// left is set, else right. A comma alone joins only inside a list that an
// "and" closes, so "Before meeting X, Y said" joins nothing.
func (a *argSet) addConjuncts(role string, mi int, ix mentionIndex, lo, hi int, left bool) {
	d := a.d
	lower := func(j int) string { return strings.ToLower(d.Tokens[j].Text) }
	for {
		a.add(role, mi)
		m := d.Mentions[mi]
		if left {
			j := m.FirstTok - 1
			for j > lo && j >= m.FirstTok-2 && isModifierWord(d.Tokens[j].Text) && lower(j) != "and" {
				j-- // "fashion mogul": modifiers belong to the phrase
			}
			if j <= lo || lower(j) != "and" && lower(j) != "," {
				return
			}
			next := j - 1
			if lower(j) == "," && lower(next) == "and" {
				next--
			}
			n, ok := ix.byLast[next]
			if !ok || !argMention(d, d.Mentions[n]) || inPP(d, lo, d.Mentions[n].FirstTok) {
				return
			}
			mi = n
			continue
		}
		j := m.LastTok
		if j >= hi || lower(j) != "and" && lower(j) != "," {
			return
		}
		next := j + 1
		for next < hi && (lower(next) == "and" || npOpeners[lower(next)]) {
			next++
		}
		n, ok := ix.byFirst[next]
		if !ok || !argMention(d, d.Mentions[n]) {
			return
		}
		if lower(j) == "," {
			if e := d.Mentions[n].LastTok; e >= hi || lower(e) != "and" && lower(e) != "," {
				return
			}
		}
		mi = n
	}
}

// eventArgs picks the participants of the trigger at token k.
func eventArgs(d *Document, s Sentence, k int, typ string, passive bool) []Arg {
	lo, hi := clauseBounds(d, s, k)
	ix := indexMentions(d, s.First, s.Last)
	a := &argSet{d: d, seen: map[int]bool{}}
	if nominalTrigger(d, s, k) {
		nounArgs(a, s, k, typ, ix, lo, hi)
		return a.args
	}
	subjRole, objRole := "agent", "patient"
	if symmetricEvents[typ] {
		subjRole, objRole = "participant", "participant"
	} else if passive {
		subjRole = "patient"
	}
	reduced := !passive && k+1 < hi && strings.ToLower(d.Tokens[k+1].Text) == "by"
	if reduced { // "units sold by GM": a participle modifying the noun before it
		if mi, ok := ix.byLast[k-1]; ok && argMention(d, d.Mentions[mi]) {
			a.add("patient", mi)
		}
	} else if mi := adjunctSubject(d, s, k, ix, hi); mi >= 0 {
		a.addConjuncts(subjRole, mi, ix, lo, hi, true)
	} else if mi := subjectOf(d, s, k, ix, lo); mi >= 0 {
		a.addConjuncts(subjRole, mi, ix, lo, hi, true)
	}
	if passive || reduced {
		if mi := byAgent(d, k, ix, hi); mi >= 0 {
			a.addConjuncts("agent", mi, ix, lo, hi, false)
		}
		return a.args
	}
	if mi := objectOf(d, k, typ, ix, hi); mi >= 0 {
		a.addConjuncts(objRole, mi, ix, lo, hi, false)
	}
	return a.args
}

// subjectOf finds the subject of the verb at k: inside "X, who met Y," it
// is X; otherwise the nearest mention before k that is not the object of a
// preposition, crossing auxiliaries, adverbs, control verbs ("plans to
// cut"), appositions and relative clauses but not a clause boundary.
func subjectOf(d *Document, s Sentence, k int, ix mentionIndex, lo int) int {
	rel := relativeClauses(d, s)
	for _, r := range rel {
		if r.Start <= k && k < r.End {
			if mi, ok := ix.byLast[r.Start-2]; ok && argMention(d, d.Mentions[mi]) {
				return mi
			}
		}
	}
	if j := skipChain(d, k, lo); j >= lo {
		if w := strings.ToLower(d.Tokens[j].Text); w == "and" || w == "but" || w == "or" {
			return clauseSubject(d, s, ix, lo, j, rel) // "X bought Y and later sold Z": X sells
		}
	}
	for j := k - 1; j >= lo; j-- {
		if r, ok := enclosing(rel, j); ok && !(r.Start <= k && k < r.End) {
			j = r.Start - 1 // step over ", which had filed for bankruptcy,"
			continue
		}
		w := strings.ToLower(d.Tokens[j].Text)
		if w == "that" || w == "whether" || w == "if" || w == ":" || clauseOpeners[w] {
			return -1 // the subject of "after she was released" is not in the main clause
		}
		if w == "and" || w == "but" || w == "while" {
			if j > lo && d.Tokens[j-1].Text == "," {
				return -1 // ", and Japan's Nikkei fell": a new clause
			}
		}
		if reportedClause(d, j, k) {
			return -1 // "X said the company expects to cut": the reported clause has its own subject
		}
		mi, ok := ix.byLast[j]
		if !ok {
			continue
		}
		m := d.Mentions[mi]
		if argMention(d, m) && !inPP(d, lo, m.FirstTok) && !(m.Kind == Pronoun && isObjectPronoun(m.Text)) {
			return mi
		}
		j = m.FirstTok // step over the whole mention
	}
	return -1
}

// skipChain walks left from the verb at k over auxiliaries and adverbs and
// returns the first other token.
func skipChain(d *Document, k, lo int) int {
	j := k - 1
	for j >= lo {
		w := strings.ToLower(d.Tokens[j].Text)
		if !(verbChain[w] && w != "to") && !(strings.HasSuffix(w, "ly") && len(w) > 3) && w != "since" {
			break
		}
		j--
	}
	return j
}

// clauseSubject is the subject a coordinated verb shares with the first
// verb of its clause: the first mention from the clause start that is not
// inside a prepositional phrase or relative clause, before token end.
func clauseSubject(d *Document, s Sentence, ix mentionIndex, lo, end int, rel []Span) int {
	start := lo
	for j := end - 1; j >= lo; j-- {
		if w := strings.ToLower(d.Tokens[j].Text); w == "that" || clauseOpeners[w] && !insideAny(rel, j) {
			start = j + 1 // "said that X bought Y and sold Z": X is the subject
			break
		}
	}
	for j := start; j < end; j++ {
		if insideAny(rel, j) {
			continue
		}
		if mi, ok := ix.byFirst[j]; ok {
			m := d.Mentions[mi]
			if argMention(d, m) && !inPP(d, start, m.FirstTok) && !possessor(d, m) {
				return mi
			}
			j = m.LastTok - 1
		}
	}
	return -1
}

// reportedClause reports whether token j is a finite reporting verb that
// opens a clause of its own before the verb at k: "said the company",
// "announced it", but not "announced plans to" (its object) nor "the
// share" (a noun).
func reportedClause(d *Document, j, k int) bool {
	w := strings.ToLower(d.Tokens[j].Text)
	if _, speech := qCueVerbs[w]; !speech || j+1 >= k || !(pastForm(w) || strings.HasSuffix(w, "s")) {
		return false
	}
	if j > 0 && npOpeners[strings.ToLower(d.Tokens[j-1].Text)] {
		return false // "its reports"
	}
	next := d.Tokens[j+1].Text
	return npOpeners[strings.ToLower(next)] || isSubjectPronoun(next) || strings.ToLower(next) == "it" || startsUpper(next)
}

// enclosing returns the span holding token j.
func enclosing(spans []Span, j int) (Span, bool) {
	for _, sp := range spans {
		if sp.Start <= j && j < sp.End {
			return sp, true
		}
	}
	return Span{}, false
}

// adjunctSubject gives a sentence-initial gerund its understood subject,
// the subject of the main clause: "Before meeting X, Y said" - Y meets.
func adjunctSubject(d *Document, s Sentence, k int, ix mentionIndex, hi int) int {
	if !strings.HasSuffix(strings.ToLower(d.Tokens[k].Text), "ing") || k-1 != s.First ||
		!prepositions[strings.ToLower(d.Tokens[k-1].Text)] {
		return -1
	}
	for j := k + 1; j+1 < s.Last; j++ {
		if d.Tokens[j].Text == "," {
			if mi, ok := ix.byFirst[j+1]; ok && argMention(d, d.Mentions[mi]) {
				return mi
			}
			return -1
		}
	}
	return -1
}

func isSubjectPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

func isObjectPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "him", "them", "me", "us", "whom":
		return true
	}
	return false
}

// objectOf finds the direct object right after the verb at k: a mention
// reached over particles, npOpeners and modifiers only. Meeting and
// contact verbs also take "with"/"to" ("met with X", "reached out to X").
func objectOf(d *Document, k int, typ string, ix mentionIndex, hi int) int {
	for j := k + 1; j < hi && j <= k+7; j++ {
		w := strings.ToLower(d.Tokens[j].Text)
		if mi, ok := ix.byFirst[j]; ok {
			m := d.Mentions[mi]
			if m.Kind == Pronoun && isSubjectPronoun(m.Text) {
				return -1 // "saying she would": a clause follows, not an object
			}
			if argMention(d, m) && !possessor(d, m) {
				return mi
			}
			j = m.LastTok - 1
			continue
		}
		switch {
		case w == "up" || w == "out" || w == "down" || w == "off" || w == "back" || strings.HasSuffix(w, "ly"):
		case (w == "with" || w == "to") && (symmetricEvents[typ] || typ == "COMMUNICATE"),
			(w == "to" || w == "at" || w == "with") && typ == "STATEMENT":
		case npOpeners[w] || isNumberish(w):
		case isModifierWord(d.Tokens[j].Text) && eventTriggers[w] == "" && !strings.HasSuffix(w, "ed"):
		default:
			return -1
		}
	}
	return -1
}

// byAgent finds the agent of a passive: the mention opening the first
// "by" phrase after the verb in its clause.
func byAgent(d *Document, k int, ix mentionIndex, hi int) int {
	for j := k + 1; j < hi; j++ {
		if strings.ToLower(d.Tokens[j].Text) != "by" {
			continue
		}
		for i := j + 1; i < hi && i <= j+3; i++ {
			if mi, ok := ix.byFirst[i]; ok && argMention(d, d.Mentions[mi]) {
				return mi
			}
			if !npOpeners[strings.ToLower(d.Tokens[i].Text)] && !isModifierWord(d.Tokens[i].Text) {
				break
			}
		}
		return -1
	}
	return -1
}

// nounArgs takes the participants a noun phrase states: the possessor
// ("Ford's sales", "its launch"), names modifying the noun ("the GM
// sales"), and the phrase after it ("the death of X", "an order from X",
// "a meeting with X", "talks between X and Y").
func nounArgs(a *argSet, s Sentence, k int, typ string, ix mentionIndex, lo, hi int) {
	d := a.d
	for j := k - 1; j >= lo && j >= k-5; j-- {
		w := d.Tokens[j].Text
		lw := strings.ToLower(w)
		if lw == "'s" || lw == "’s" || lw == "'" || lw == "’" {
			if mi, ok := ix.byLast[j-1]; ok && argMention(d, d.Mentions[mi]) {
				a.add("agent", mi)
			}
			break
		}
		if mi, ok := ix.byLast[j]; ok {
			m := d.Mentions[mi]
			if m.Kind == Pronoun { // its, their, his, her
				if argMention(d, m) && npOpeners[strings.ToLower(m.Text)] {
					a.add("agent", mi) // "during their meeting"
				}
				break
			}
			if argMention(d, m) {
				a.add("participant", mi)
			}
			j = m.FirstTok
			continue
		}
		if npOpeners[lw] || pastForm(lw) || !isNumberish(lw) && !isModifierWord(w) {
			break // "posted a loss": the determiner opens the phrase
		}
	}
	if k+1 >= hi {
		return
	}
	role := ""
	switch strings.ToLower(d.Tokens[k+1].Text) {
	case "of", "against":
		role = "patient"
	case "by", "from":
		role = "agent"
	case "with", "between":
		role = "participant"
	default:
		return
	}
	for i := k + 2; i < hi && i <= k+5; i++ {
		if mi, ok := ix.byFirst[i]; ok {
			if argMention(d, d.Mentions[mi]) {
				a.addConjuncts(role, mi, ix, lo, hi, false)
			}
			return
		}
		if !npOpeners[strings.ToLower(d.Tokens[i].Text)] && !isNumberish(d.Tokens[i].Text) && !isModifierWord(d.Tokens[i].Text) {
			return
		}
	}
}
