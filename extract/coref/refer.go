package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// salience tracks how prominent each entity is at a point of the text.
type salience struct {
	lastTok  []int // token index of the latest mention, -1 if none yet
	lastSent []int
	count    []int
	subject  []bool // latest mention was its sentence's subject
	// subjectSeen marks sentences whose subject has been noted.
	subjectSeen map[int]bool
	// told and toldSeen are subject and subjectSeen outside quotation
	// marks: the subject of the narrative ("“...,” he said" is about the
	// speaker, not the first person the quote names), for the pronouns
	// outside quotes.
	told     []bool
	toldSeen map[int]bool
	// likely is the gender each entity's first name suggests (readGenders).
	likely []doc.Gender
	// quoted marks the tokens inside quotation marks (quotedTokens).
	quoted []bool
}

// introWords open an introductory phrase or clause ("When X arrived, Y
// ..."): the sentence's subject comes after the first comma.
var introWords = lex.Words("coref/introWords")

// subjectStart is the first token where a sentence's subject may stand.
func subjectStart(d *doc.Document, sent int) int {
	s := d.Sentences[sent]
	first := s.First
	for first < s.Last && !doc.IsWordToken(d.Tokens[first].Text) {
		first++ // opening quote marks
	}
	if first < s.Last && introWords[strings.ToLower(d.Tokens[first].Text)] {
		for k := first; k < s.Last; k++ {
			if d.Tokens[k].Text == "," {
				return k + 1
			}
		}
	}
	return first
}

func (s *salience) note(d *doc.Document, e, tok int) {
	sent := d.Tokens[tok].Sentence
	if s.lastSent[e] != sent {
		s.subject[e], s.told[e] = false, false
	}
	// The first entity mentioned where the subject may stand is most often
	// the subject; a possessive ("her life") is not.
	if start := subjectStart(d, sent); tok >= start {
		if !s.subjectSeen[sent] {
			s.subject[e] = !isPossessiveAt(d, tok)
			s.subjectSeen[sent] = true
		}
		if !s.toldSeen[sent] && !s.quoted[tok] {
			s.told[e] = !isPossessiveAt(d, tok)
			s.toldSeen[sent] = true
		}
	}
	s.lastTok[e] = tok
	s.lastSent[e] = sent
	s.count[e]++
}

// isPossessiveAt reports whether the mention at tok is a possessive ("her
// life", "Kim's team"), which does not bind a description after it.
func isPossessiveAt(d *doc.Document, tok int) bool {
	return lex.PossessiveDets[strings.ToLower(d.Tokens[tok].Text)] ||
		tok+1 < len(d.Tokens) && doc.IsPossessiveMark(d.Tokens[tok+1].Text)
}

// nearestBefore is the entity whose latest mention is closest before tok
// in tok's sentence, or -1: likely the subject of the clause a description
// sits in, which the description cannot corefer with.
func (s *salience) nearestBefore(d *doc.Document, tok int) int {
	best, bestTok := -1, -1
	sent := d.Tokens[tok].Sentence
	for e := range s.lastTok {
		if s.lastSent[e] == sent && s.lastTok[e] < tok && s.lastTok[e] > bestTok {
			best, bestTok = e, s.lastTok[e]
		}
	}
	return best
}

// addReferringMentions walks the text once, keeping salience, and adds and
// links pronouns and definite descriptions.
func addReferringMentions(d *doc.Document, likely []doc.Gender) {
	n := len(d.Entities)
	s := &salience{lastTok: make([]int, n), lastSent: make([]int, n), count: make([]int, n), subject: make([]bool, n),
		subjectSeen: map[int]bool{}, told: make([]bool, n), toldSeen: map[int]bool{}, likely: likely, quoted: quotedTokens(d)}
	for e := range s.lastTok {
		s.lastTok[e], s.lastSent[e] = -1, -1
	}
	covered := make([]int, len(d.Tokens)) // mention index+1 starting at token
	inside := make([]bool, len(d.Tokens))
	for i, m := range d.Mentions {
		covered[m.FirstTok] = i + 1
		for k := m.FirstTok; k < m.LastTok; k++ {
			inside[k] = true
		}
	}
	pronoun := func(k int, g doc.Gender, exclude int) {
		if eitherGender(d, k) {
			d.AddMention(doc.Mention{Span: d.Tokens[k].Span, Text: d.Tokens[k].Text, Kind: doc.Pronoun,
				Type: doc.Person, Gender: g, Entity: -1, FirstTok: k, LastTok: k + 1})
			return
		}
		e := reflexiveBinder(d, k, g)
		if e < 0 {
			e = cataphor(d, k, func(m doc.Mention) bool {
				ent := &d.Entities[m.Entity]
				return ent.Type == doc.Person && !ent.Ambiguous() && m.Entity != exclude &&
					(ent.Gender == g || ent.Gender == doc.Unknown && !s.likelyAgainst(m.Entity, g))
			})
		}
		if e < 0 {
			e = pickAntecedent(d, s, k, g, 0, "", map[int]bool{exclude: true})
		}
		placeBoundSharedName(d, s, k, g, e)
		d.AddMention(doc.Mention{Span: d.Tokens[k].Span, Text: d.Tokens[k].Text, Kind: doc.Pronoun,
			Type: doc.Person, Gender: g, Entity: e, FirstTok: k, LastTok: k + 1})
		if e >= 0 {
			if d.Entities[e].Gender == doc.Unknown {
				d.Entities[e].Gender = g
			}
			s.note(d, e, k)
		}
	}
	for k := 0; k < len(d.Tokens); k++ {
		w := strings.ToLower(d.Tokens[k].Text)
		g, listed := pronounAt(d, k)
		isPronoun := listed && (g == doc.Male || g == doc.Female)
		if mi := covered[k] - 1; mi >= 0 {
			m := d.Mentions[mi]
			if m.Kind == doc.Nominal && isPronoun && lex.PossessiveDets[w] {
				pronoun(k, g, m.Entity) // "her" in "her father": someone else than the father
			}
			if m.Entity >= 0 {
				s.note(d, m.Entity, k) // ambiguous names too: they keep a pronoun from jumping past them
			}
			continue
		}
		if inside[k] {
			continue
		}
		if isPronoun {
			pronoun(k, g, -1)
			continue
		}
		if g == doc.Neuter { // plural pronouns wait for the group descriptions (linkLatePronouns)
			if isPronoun = listed && orgPronoun(d, k, w); isPronoun {
				if e := pickOrganization(d, s, k, w == "it" || w == "they"); e >= 0 {
					d.AddMention(doc.Mention{Span: d.Tokens[k].Span, Text: d.Tokens[k].Text, Kind: doc.Pronoun,
						Type: d.Entities[e].Type, Gender: g, Entity: e, FirstTok: k, LastTok: k + 1})
					s.note(d, e, k)
				}
			}
			continue
		}
		if w == "the" && k+1 < len(d.Tokens) && lex.GroupNouns[strings.ToLower(d.Tokens[k+1].Text)] {
			noun := strings.ToLower(d.Tokens[k+1].Text)
			if e, named := nameDescribed(d, k); named {
				if e >= 0 && addNominal(d, k, k+2, e) { // "the group Boko Haram": that group, not the last one
					d.Mentions[len(d.Mentions)-1].Type = d.Entities[e].Type
					s.note(d, e, k)
					inside[k+1] = true
				}
				continue
			}
			// "the company", "the firm"; not "the government of Norway", which says whose
			if e := pickOrganization(d, s, k, false); e >= 0 && kindAgrees(d, e, noun) && !phraseHoldsName(d, k, k+2) {
				if addNominal(d, k, k+2, e) {
					d.Mentions[len(d.Mentions)-1].Type = d.Entities[e].Type
					s.note(d, e, k)
					inside[k+1] = true
				}
			}
			continue
		}
		if lex.DefiniteDets[w] && w == "the" {
			head, age := descriptionHead(d, k)
			if head == 0 || (age == 0 && !headsPhrase(d, k, head)) || laterOne(d, k+1, head) { // "the 32-year-old" is one, whatever the parser makes of it; "the next president" no one before
				if h := linkParsedEpithet(d, s, k); h > 0 {
					for j := k; j <= h; j++ {
						inside[j] = true // "the billionaire business mogul told People", one person named before
					}
				}
				continue
			}
			if nm := covered[head+1] - 1; nm >= 0 && d.Mentions[nm].Kind == doc.Name && d.Mentions[nm].Type == doc.Person {
				continue // "the oil tycoon Mikhail Khodorkovsky": the name after it says who
			}
			noun := strings.ToLower(d.Tokens[head].Text)
			g := lex.PersonNouns[noun]
			e := pickFitting(d, s, k, g, age, noun)
			if e >= 0 {
				addNominal(d, k, head+1, e)
				d.Entities[e].Roles = appendRole(d.Entities[e].Roles, roleText(d, k+1, head+1))
				if age > 0 && d.Entities[e].Age == 0 { // "the 32-year-old" states the age too
					d.Entities[e].Age, d.Entities[e].AgeEvidence = age, d.Sentences[d.Tokens[k].Sentence].Span
				}
				s.note(d, e, k)
				for j := k; j <= head; j++ {
					inside[j] = true
				}
			}
		}
	}
}

// pickAntecedent chooses the most salient person entity mentioned in the
// last few sentences that agrees in gender (and age, for "the 32-year-old";
// and role, for non-epithet nouns). An entity whose first name suggests
// the other gender is never taken: a wrong first "she" would make the man
// a woman for every later pronoun. It returns -1 when nothing fits, or when
// the best fit is a name that stands for several people.
//
// Complexity 42 (gocyclo): an ordered cascade of
// word-order rules whose order is the behaviour (kept byte-identical
// through the package split); it stays whole until the stages are rebuilt
// on the dependency parse (issues 15 and 16), which replaces it.
func pickAntecedent(d *doc.Document, s *salience, tok int, g doc.Gender, age int, noun string, exclude map[int]bool) int {
	sent := d.Tokens[tok].Sentence
	nearest := s.nearestBefore(d, tok)
	best, bestScore := -1, 0.0
	agreeing, agreeingScore := -1, 0.0 // the best whose stated gender is g's
	bestCued := false
	gov, local := -1, -1
	if noun == "" && !inCustodyClause(d, tok) && !coordinatedAny(d, s, tok) {
		// what the clause tells (custody, "Berg and her brother") weighs
		// more than the clause above
		gov = governing(d, tok, doc.Person)
	}
	speaker, told := -1, -1
	var spoken map[int]bool
	var places []int
	if noun != "" {
		places = placeModifiers(d, tok, noun) // held to only when some holder of the role is tied to them
	}
	if noun == "" {
		local = localSubject(d, tok, doc.Person)
		speaker = quoteSpeaker(d, tok, s.quoted) // the "he" of a quote is not who speaks it
		spoken = quotedPeople(d, tok, s.quoted)  // nor who it speaks of
		if gov < 0 {                             // a clause above binds the pronoun first
			told = lastQuoteSpeaker(d, tok, s.quoted)
		}
		if told < 0 && gov < 0 {
			told = lastSayer(d, tok, s.quoted) // "Ruiz said ... . It is close, he said": Ruiz
		}
	}
	for e := range d.Entities {
		ent := &d.Entities[e]
		if s.lastTok[e] < 0 || ent.Type != doc.Person || exclude[e] || e == local || e == speaker || spoken[e] {
			continue
		}
		dist := sent - s.lastSent[e]
		if dist > 4 || (ent.Ambiguous() && dist > 1) {
			continue // a name of several people stands in the way only close by
		}
		if g == doc.Male || g == doc.Female {
			if ent.Gender != doc.Unknown && ent.Gender != g {
				continue
			}
		}
		if age > 0 && ent.Age > 0 && ent.Age != age {
			continue
		}
		if noun != "" && age == 0 && !epithets[noun] && !hasRole(ent.Roles, noun) {
			continue
		}
		if noun != "" && !placesHeld(d, e, places) {
			continue // "the Maine governor" is not the governor of Ohio
		}
		if childNouns[noun] && !child(ent) {
			continue // "the boy" is not the man named before
		}
		if noun != "" && namedLaterInSentence(d, e, tok) {
			continue // "the founder wanted to guide Gypsy": not Gypsy
		}
		score := 10.0 - 2.0*float64(dist)
		if s.subject[e] && s.quoted[tok] || s.told[e] && !s.quoted[tok] {
			score += 3
		}
		if ent.Gender == g && g != doc.Unknown {
			score += 2 // a first name that agrees earns nothing: that would favour the names the list happens to hold
		}
		if age > 0 && ent.Age == age {
			score += 20
		}
		if noun != "" && dist == 0 && e == nearest && !isPossessiveAt(d, s.lastTok[e]) && !nonSubjectBefore(d, s.lastTok[e], noun) {
			score -= 8 // "Kim noted that the 32-year-old...": not Kim
		}
		score += float64(min(s.count[e], 5)) * 0.5
		score -= float64(min(tok-s.lastTok[e], 100)) * 0.03 // the nearer, the likelier
		// cued: the clause says which, stronger than a stated gender
		cued := false
		if e == gov {
			score += govBonus // binding: "Ana Ruiz said she ..."
		}
		if e == told {
			score += govBonus // "“...,” said Holm. “...,” he added": Holm
			cued = true
		}
		if inCustodyClause(d, tok) && hasCustodyRole(ent.Roles) {
			score += 8 // "she was released": the one described as a felon or inmate
			cued = true
		}
		if coordinatedWith(d, tok, s.lastTok[e]) {
			score += 6 // "Gypsy and her boyfriend": her = Gypsy
			cued = true
		}
		if ent.Gender == doc.Unknown && s.likelyAgainst(e, g) {
			continue // "Donald Ruiz ... her": never him, even when no one else fits
		}
		if score > bestScore {
			best, bestScore, bestCued = e, score, cued
		}
		if ent.Gender == g && g != doc.Unknown && score > agreeingScore {
			agreeing, agreeingScore = e, score
		}
	}
	if best >= 0 && best == gov && agreeing >= 0 && boundSubject(d, tok) && d.ParagraphOf(s.lastTok[agreeing]) < d.ParagraphOf(tok) {
		bestCued = true // "Berg says he is ending his bid" in a paragraph the man named before is absent from: Berg
	}
	if best >= 0 && agreeing >= 0 && d.Entities[best].Gender == doc.Unknown && !bestCued && !s.likelyIs(best, g) {
		// "the actress" or "she" after a woman the text made female and a
		// person whose gender it never stated: the woman, however salient
		// the other (precision first: a stated gender is evidence, an
		// unknown one is none); but a first name of g's gender is evidence
		// too ("Lukas Brandt hopes ... give him": Brandt, not an earlier
		// man the text happened to call "he")
		best = agreeing
	}
	if best >= 0 && d.Entities[best].Ambiguous() {
		// "Clinton and her husband" after a Bill and a Hillary Clinton: her
		// is the one of them the gender fits, if only one does; no one else
		// is the better guess.
		return s.amongByGender(d, best, g)
	}
	return best
}

// amongByGender is the one entity an ambiguous name stands for that
// gender g fits, by what the text stated or else the first name; -1 when
// none or several do.
func (s *salience) amongByGender(d *doc.Document, e int, g doc.Gender) int {
	if g != doc.Male && g != doc.Female {
		return -1
	}
	found := -1
	for _, c := range d.Entities[e].Among {
		cg := d.Entities[c].Gender
		if cg == doc.Unknown && c < len(s.likely) {
			cg = s.likely[c]
		}
		if cg == g {
			if found >= 0 {
				return -1
			}
			found = c
		}
	}
	return found
}

// likelyIs reports whether entity e's first name suggests gender g.
func (s *salience) likelyIs(e int, g doc.Gender) bool {
	return e < len(s.likely) && g != doc.Unknown && s.likely[e] == g
}

// likelyAgainst reports whether entity e's first name suggests the other
// gender than g, a pronoun's or a noun's.
func (s *salience) likelyAgainst(e int, g doc.Gender) bool {
	if e >= len(s.likely) || (g != doc.Male && g != doc.Female) {
		return false
	}
	return s.likely[e] != doc.Unknown && s.likely[e] != g
}

func hasRole(roles []string, noun string) bool {
	for _, r := range roles {
		f := strings.Fields(strings.ToLower(r))
		if len(f) > 0 && f[len(f)-1] == noun {
			return true
		}
	}
	return false
}

// coordinatedAny reports whether a possessive pronoun at tok follows "X
// and" for some entity X mentioned before it (coordinatedWith).
func coordinatedAny(d *doc.Document, s *salience, tok int) bool {
	for e := range d.Entities {
		if s.lastTok[e] >= 0 && coordinatedWith(d, tok, s.lastTok[e]) {
			return true
		}
	}
	return false
}

// coordinatedWith reports whether a possessive pronoun at tok follows "X
// and" where X's mention ends right before the conjunction and started at
// prev (or prev is X's last token).
func coordinatedWith(d *doc.Document, tok, prev int) bool {
	if tok < 2 || !lex.PossessiveDets[strings.ToLower(d.Tokens[tok].Text)] {
		return false
	}
	c := strings.ToLower(d.Tokens[tok-1].Text)
	if c != "and" && c != "or" {
		return false
	}
	for _, m := range d.Mentions {
		if m.LastTok == tok-1 && m.FirstTok <= prev && prev < m.LastTok {
			return true
		}
	}
	return false
}

// custodyVerbs are passive participles whose subject is someone in the
// hands of justice.
var custodyVerbs = lex.Words("coref/custodyVerbs")

var custodyRoles = lex.Words("coref/custodyRoles")

// inCustodyClause reports whether the phrase starting at tok is the subject
// of a passive custody verb: "she was released", "the victim of the scheme,
// was convicted".
func inCustodyClause(d *doc.Document, tok int) bool {
	sent := d.Tokens[tok].Sentence
	for k := tok + 1; k+1 < len(d.Tokens) && k <= tok+12 && d.Tokens[k].Sentence == sent; k++ {
		w := strings.ToLower(d.Tokens[k].Text)
		if w == ";" || w == "\"" || w == "“" || w == "”" {
			return false
		}
		if lex.PassiveAux[w] {
			n := strings.ToLower(d.Tokens[k+1].Text)
			if n == "later" || n == "finally" || n == "eventually" || n == "then" {
				if k+2 >= len(d.Tokens) {
					return false
				}
				n = strings.ToLower(d.Tokens[k+2].Text)
			}
			return custodyVerbs[n]
		}
	}
	return false
}

func hasCustodyRole(roles []string) bool {
	for _, r := range roles {
		f := strings.Fields(strings.ToLower(r))
		if len(f) > 0 && custodyRoles[f[len(f)-1]] {
			return true
		}
	}
	return false
}

// nameDescribed reports whether "the noun" at token k describes the name
// right after it, one phrase with it by the parse ("the company Halvex
// Corp", "the group Boko Haram"), and returns the name's entity when that
// is a body or a place the name alone stands for; -1 otherwise (a person,
// a name of several), and then the description is no mention of its own.
func nameDescribed(d *doc.Document, k int) (int, bool) {
	c := doc.NominalMention{FirstTok: k, LastTok: k + 2, Head: k + 1}
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.FirstTok != k+2 || !titleOfName(d, c, m) {
			continue
		}
		if m.Entity < 0 || d.Entities[m.Entity].Type == doc.Person || d.Entities[m.Entity].Ambiguous() {
			return -1, true
		}
		return m.Entity, true
	}
	return -1, false
}
