package coref

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/mention"
)

// ResolveNames is the first half of Resolve: entities from the NAME
// mentions, with the appositions, epithets and pronouns that refer to them
// safely.
func ResolveNames(d *doc.Document) {
	d.Entities = d.Entities[:0]
	decideNameTypes(d)
	clusterNames(d)
	joinNamedAfter(d)
	likely := readGenders(d)
	readTitles(d)
	readAppositions(d)
	addReferringMentions(d, likely)
	placeBySurnameUse(d)
	finishEntities(d)
	finishNameGenders(d, likely)
}

// LinkMentions is the second half of Resolve: it places the common-noun
// candidates of the nominal mention stage (Document.Nominals), name groups
// and the pronouns left over.
func LinkMentions(d *doc.Document) {
	linkNominals(d)
	placeKindNames(d)
	linkLede(d)
	linkNameGroups(d)
	joinSameGroups(d)
	relinkOrgPossessives(d)
	linkDescribedPronouns(d)
	linkLatePronouns(d)
	linkQuantifiers(d)
}

// clusterNames builds one entity per distinct referent of the NAME mentions.
// Longer names are placed first, so "Kim" and "Kardashian" can join "Kim
// Kardashian"; a short name that fits two entities ("Blanchard" for two
// Blanchards) gets an entity of its own marked ambiguous.
func clusterNames(d *doc.Document) {
	t := readNames(d)
	t.sortLongestFirst(d)
	c := &nameClusterer{d: d, t: t, byKey: map[string]int{}, byAlias: map[int]int{}}
	for _, mi := range t.names {
		c.place(mi)
	}
	c.placeLeadSurnames()
}

// nameTable is what clusterNames reads of the NAME mentions before it
// places any: keys and token counts once per mention, not once per
// comparison. The slices are by mention index.
type nameTable struct {
	names  []int        // the NAME mentions, in the order they are placed
	keys   []string     // doc.NameKey of the bare name
	ntoks  []int        // the tokens of the bare name
	counts []int        // the NAME mentions with the same key
	bare   []string     // the name without titles (see untitled)
	states []bool       // "Ga." after a city: the state, never a team
	gens   []doc.Gender // the gender a mention's title states
	roles  []string     // the office a mention's title states ("President Clinton": president)
	full   []bool       // two tokens or more
	early  []bool       // a bare surname given by namedBefore
}

// readNames fills a nameTable for d's NAME mentions, their entities unset
// (-1). (Titles off: "Sen. Marco Rubio" is the name Marco Rubio, see
// untitled.)
func readNames(d *doc.Document) *nameTable {
	n := len(d.Mentions)
	t := &nameTable{
		keys: make([]string, n), ntoks: make([]int, n), counts: make([]int, n),
		bare: make([]string, n), states: make([]bool, n), gens: make([]doc.Gender, n), roles: make([]string, n),
	}
	for i, m := range d.Mentions {
		if m.Kind == doc.Name {
			d.Mentions[i].Entity = -1
			t.names = append(t.names, i)
		}
	}
	count := map[string]int{}
	for _, i := range t.names {
		t.read(d, i)
		count[t.keys[i]]++
	}
	t.full = make([]bool, n)
	t.early = make([]bool, n)
	for _, i := range t.names {
		t.counts[i] = count[t.keys[i]]
		t.full[i] = t.ntoks[i] >= 2
	}
	return t
}

// read fills the row of NAME mention i: the name it stands for, which is
// not always its text (a state's nickname or abbreviation names the
// state, "Charles" of "Charles and David Koch" is Charles Koch), and the
// type and gender its title or context tell.
func (t *nameTable) read(d *doc.Document, i int) {
	name, titles, person := untitled(d, &d.Mentions[i])
	if person {
		d.Mentions[i].Type = doc.Person
	}
	if state := mention.NicknameState(d, &d.Mentions[i]); state != "" {
		name, d.Mentions[i].Type = state, doc.Place // "the Granite State" names New Hampshire
		t.states[i] = true
	}
	if state := stateAfterPlace(d, &d.Mentions[i]); state != "" {
		name, d.Mentions[i].Type = state, doc.Place // "Clarkston, Ga." names Georgia
		t.states[i] = true
	}
	if full := sharedSurnameName(d, i, name); full != "" {
		name, d.Mentions[i].Type = full, doc.Person // "Charles and David Koch": Charles Koch
	}
	t.bare[i], t.gens[i], t.roles[i] = name, titleGender(titles), titledRole(d, &d.Mentions[i], titles)
	if t.gens[i] == doc.Unknown {
		t.gens[i] = honorificBefore(d, &d.Mentions[i]) // "Mrs. Clinton" with the title outside the mention
	}
	t.keys[i] = doc.NameKey(name)
	t.ntoks[i] = len(doc.NameTokens(name))
}

// sortLongestFirst orders the names by token count, longest first, then
// by how often the name occurs, then by position: a short name can then
// join the longer one placed before it.
func (t *nameTable) sortLongestFirst(d *doc.Document) {
	names := t.names
	sort.SliceStable(names, func(a, b int) bool {
		ia, ib := names[a], names[b]
		la, lb := t.ntoks[ia], t.ntoks[ib]
		if la != lb {
			return la > lb
		}
		ca, cb := t.counts[ia], t.counts[ib]
		if ca != cb {
			return ca > cb
		}
		return d.Mentions[ia].Start < d.Mentions[ib].Start
	})
}

// nameClusterer is the state of clusterNames while it places the names.
type nameClusterer struct {
	d       *doc.Document
	t       *nameTable
	byKey   map[string]int // the entity of each name key (key|type for a second type)
	byAlias map[int]int    // the entity of each line of the alias list met
	entToks [][]string     // nameTokens of each entity's name, filled as needed
}

// syncEntToks fills entToks for the entities added since it was last
// filled.
func (c *nameClusterer) syncEntToks() {
	for len(c.entToks) < len(c.d.Entities) {
		c.entToks = append(c.entToks, doc.NameTokens(c.d.Entities[len(c.entToks)].Name))
	}
}

// place gives NAME mention mi its entity: one it names by its key, its
// alias or a variant, else a new one. Some mentions name nothing and keep
// entity -1. The rules are tried in order, the first that fits wins.
func (c *nameClusterer) place(mi int) {
	d, t := c.d, c.t
	m := &d.Mentions[mi]
	key := t.keys[mi]
	if key == "" || doc.Slug(t.bare[mi]) == "" {
		return // punctuation the tagger took for a name names nothing
	}
	if attributive(d, m) || modifierName(d, m) || demonymBeforeNoun(d, m) || memberWord(d, m) || titleAlone(d, m) || partyTag(d, m) || currency(m) {
		return // "Republican candidates", "a Democrat", "Mr. and", "Ted Cruz (R-Texas)", "US$": an adjective, a member, a title, a tag, a unit, not an entity
	}
	if kindName(d, m) {
		return // "a super PAC": one of a kind, not the PAC named before
	}
	if c.placeByPlace(mi, key) || c.placeByKey(mi, key) {
		return
	}
	g := lex.AliasGroup(t.bare[mi])
	if e, ok := c.byAlias[g]; ok && g > 0 {
		m.Entity = e // "America" after "the United States", whatever the tagger typed
		return
	}
	if e := misspeltEntity(d, key, c.byKey); e >= 0 && d.Entities[e].Type == m.Type {
		m.Entity = e // "Chrylser" typed as "Chrysler" by decideNameTypes
		c.byKey[key] = e
		return
	}
	e, among, placed := c.matchName(mi)
	if placed {
		return
	}
	if e < 0 {
		e = len(d.Entities)
		d.AddEntity(doc.Entity{Name: t.bare[mi], Type: m.Type})
		if len(among) > 1 {
			d.Entities[e].Among = among
		}
	}
	m.Entity = e
	if _, ok := c.byAlias[g]; !ok && g > 0 {
		c.byAlias[g] = e
	}
	if _, taken := c.byKey[key]; taken {
		c.byKey[key+"|"+string(m.Type)] = e
	} else {
		c.byKey[key] = e
	}
}

// placeByPlace places mention mi by where the place names stand: a
// dateline's place is the city named so ("NEW YORK (AP) --" and "New York
// City" later), and a city's name after its team's is the team. It
// reports whether it placed mi.
func (c *nameClusterer) placeByPlace(mi int, key string) bool {
	d, t := c.d, c.t
	m := &d.Mentions[mi]
	if datelinePlace(d, m) {
		c.syncEntToks()
		e, ok := c.byKey[key]
		if !ok || d.Entities[e].Type != doc.Place {
			e = datelineCity(doc.NameTokens(t.bare[mi]), d.Entities, c.entToks)
		}
		if e >= 0 {
			m.Entity, m.Type = e, doc.Place // "NEW YORK (AP) --" and "New York City" later, whatever the tagger said
			return true
		}
	}
	if e := teamOfCity(d, m, key); e >= 0 && !t.states[mi] {
		m.Entity, m.Type = e, d.Entities[e].Type // "Indianapolis beat Jacksonville" after "the Indianapolis Colts"
		return true
	}
	return false
}

// placeByKey places mention mi on the entity of a name with its key. The
// same words tagged as a place and as an organisation ("Sweden" the
// country, "Sweden" the team) are two entities; a person's name tagged
// otherwise once is still the person. A short name that fits several
// people is read again at each mention (matchName): its title and the
// people named before it decide, as for the first one. It reports
// whether it placed mi.
func (c *nameClusterer) placeByKey(mi int, key string) bool {
	d := c.d
	m := &d.Mentions[mi]
	if e, ok := c.byKey[key]; ok && (d.Entities[e].Type == m.Type || d.Entities[e].Type == doc.Person || m.Type == doc.Person) {
		if d.Entities[e].Ambiguous() {
			if _, _, placed := c.matchName(mi); placed {
				return true // "Mr. Trump" after a headline's "Trump" of Donald and Ivana Trump: Donald
			}
		}
		m.Entity = e
		return true
	}
	if e, ok := c.byKey[key+"|"+string(m.Type)]; ok {
		m.Entity = e
		return true
	}
	if e := countryLedMatch(key, d.Entities); e >= 0 && m.Type != doc.Person && m.Type != doc.Place {
		m.Entity, m.Type = e, doc.Organization // "State Department" after "U.S. State Department"
		c.byKey[key] = e
		return true
	}
	return false
}

// matchName looks for the entity a shorter or misspelt form of mention
// mi's name refers to (matchVariant). When one fits, or none does, it
// returns it (or -1) and placed false: place records it or makes a new
// entity. When several fit, the title's gender, the one named before and
// the dominant one decide; placed reports that matchName gave mi its
// entity so, and place then records it under neither key nor alias (a
// bare "Clinton" of two Clintons stands for no one for good). among is
// the entities that fit, for a new entity that stays ambiguous.
func (c *nameClusterer) matchName(mi int) (e int, among []int, placed bool) {
	d, t := c.d, c.t
	m := &d.Mentions[mi]
	c.syncEntToks()
	e, among = matchVariant(m, doc.NameTokens(t.bare[mi]), d.Entities, c.entToks)
	if among = dropHeadlineFusions(d, among, doc.NameTokens(t.bare[mi]), c.entToks); e < 0 && len(among) == 1 {
		e = among[0] // "Gorka" with Sebastian Gorka and a headline's "Gorka Slam"
	}
	if e < 0 && len(among) == 0 {
		if w := placeLedMatch(m, doc.NameTokens(t.bare[mi]), placeLedWords(d)); w >= 0 {
			m.Entity, m.Type = w, d.Entities[w].Type // "the Kansas City Chiefs ... the Chiefs": the team, whatever the tagger said
			return e, among, true
		}
	}
	if e < 0 && t.gens[mi] != doc.Unknown && len(among) > 1 {
		if fit := c.genderFit(among, t.gens[mi]); len(fit) == 1 {
			m.Entity = fit[0] // "Mr. Cruz" with Ted and Heidi Cruz: Ted, but not "Cruz" alone
			return fit[0], among, true
		} else if len(fit) > 1 {
			among = fit
		}
	}
	if e < 0 && len(among) > 1 && t.roles[mi] != "" {
		if fit := c.roleFit(among, t.roles[mi]); fit >= 0 {
			m.Entity = fit // "President Clinton" of "President Bill Clinton", whoever was named last
			return fit, among, true
		}
	}
	if e < 0 && len(among) > 1 && m.Type == doc.Person {
		if before := namedBefore(d, among, t.full, m.Start, t.gens[mi], c.entToks); len(before) == 1 {
			m.Entity, t.early[mi] = before[0], true // "Clinton" after Hillary Clinton, before Bill Clinton is named
			return e, among, true
		} else if len(before) > 1 {
			among = before
		}
		if e = c.ofGender(among, t.gens[mi]); e >= 0 {
			m.Entity = e // "Mrs. Clinton" after Hillary and Bill Clinton
			return e, among, true
		}
		if e = dominantOf(d, among, t.full, t.early); e >= 0 {
			m.Entity = e // "Felt" after W. Mark Felt, and Audrey Felt once
			return e, among, true
		}
	}
	return e, among, false
}

// matchVariant finds the entity a shorter or misspelt name refers to. It
// returns -1 when there is none, and then the entities that fit when
// several do.
// toks are the tokens of the mention's name, entToks those of every
// entity's name.
func matchVariant(m *doc.Mention, toks []string, ents []doc.Entity, entToks [][]string) (int, []int) {
	var exact, fuzzy []int
	for e := range ents {
		ent := &ents[e]
		if ent.Ambiguous() || !doc.CompatibleTypes(ent.Type, m.Type) || (ent.Type == doc.Person) != (m.Type == doc.Person) && m.Type != doc.Other {
			continue // decideNameTypes made a person's surname a person: a firm named like it is the firm ("Ford")
		}
		if ent.Type == doc.Organization && isAcronymOf(m.Text, ent.Name) ||
			ent.Type == doc.Place && dottedInitials(m.Text, ent.Name) {
			exact = append(exact, e) // "GM" for General Motors; a place only by dotted initials, "U.S."
			continue
		}
		if ent.Type == doc.Organization && m.Type == doc.Organization && isAcronymOf(ent.Name, m.Text) && !placeInitials(ent.Name, ents) {
			exact = append(exact, e) // the initials placed first, said more often than the name spelt out
			continue
		}
		if law := []string{ent.Name}; ent.Type == doc.Other && lawShaped(doc.NameKey(ent.Name)) &&
			(isAcronymOf(m.Text, ent.Name) || headOfAny(doc.NameKey(m.Text), law)) {
			exact = append(exact, e) // "the ACA", "the Act" for the Affordable Care Act
			continue
		}
		full := entToks[e]
		if len(full) <= len(toks) && !(len(full) == len(toks) && ent.Type == doc.Person) {
			continue
		}
		if ent.Type != doc.Person && m.Type != doc.Person {
			continue
		}
		switch subsetMatch(toks, full) {
		case 2:
			exact = append(exact, e)
		case 1:
			fuzzy = append(fuzzy, e)
		}
	}
	switch {
	case len(exact) == 1:
		return exact[0], nil
	case len(exact) > 1:
		return -1, exact
	case len(fuzzy) == 1:
		return fuzzy[0], nil
	}
	return -1, fuzzy
}

// subsetMatch returns 2 when every token of short appears in long, 1 when
// they all appear allowing one misspelt token (one edit or transposition,
// same first letter, at least four letters), 0 otherwise.
func subsetMatch(short, long []string) int {
	if len(short) == 0 {
		return 0
	}
	best := 2
	for _, s := range short {
		found := 0
		for _, l := range long {
			if s == l {
				found = 2
				break
			}
			// A plural or possessive-looking variant ("the Kardashians") names
			// a family or a show, not the person.
			if len([]rune(s)) >= 4 && s[0] == l[0] && editDistance1(s, l) && s != l+"s" && l != s+"s" {
				found = 1
			}
		}
		if found == 0 {
			return 0
		}
		if found < best {
			best = found
		}
	}
	return best
}

// editDistance1 reports whether a and b differ by one substitution,
// insertion, deletion or transposition of adjacent letters.
func editDistance1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) != len(rb) {
		return string(ra[i+1:]) == string(rb[i:])
	}
	if string(ra[i+1:]) == string(rb[i+1:]) {
		return true
	}
	return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
}

// dottedInitials reports whether one of two place names is the other's
// initials written with dots ("U.S." and "United States", either first):
// a place's initials without dots may be a word ("US" of "us").
func dottedInitials(a, b string) bool {
	return strings.Count(a, ".") >= 2 && isAcronymOf(a, b) || strings.Count(b, ".") >= 2 && isAcronymOf(b, a)
}

// placeInitials reports whether short is also the initials of a place
// named in ents: "B.C." of British Columbia, tagged an organisation, is
// not the Business Council.
func placeInitials(short string, ents []doc.Entity) bool {
	for i := range ents {
		if ents[i].Type == doc.Place && isAcronymOf(short, ents[i].Name) {
			return true
		}
	}
	return false
}

// isAcronymOf reports whether short is the initials of long ("GM", "General Motors").
func isAcronymOf(short, long string) bool {
	s := strings.ReplaceAll(short, ".", "")
	if len(s) < 2 || strings.ToUpper(s) != s {
		return false
	}
	var init strings.Builder
	for _, w := range strings.Fields(long) {
		if strings.ReplaceAll(w, ".", "") == s {
			return false // "U.S." is a word of "U.S. Senate", not its initials
		}
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			init.WriteRune(r[0])
		}
	}
	return init.String() == s
}

// finishEntities sets canonical names, majority types, gender from
// honorifics, mention lists and ids.
func finishEntities(d *doc.Document) {
	sort.SliceStable(d.Mentions, func(a, b int) bool {
		if d.Mentions[a].Start != d.Mentions[b].Start {
			return d.Mentions[a].Start < d.Mentions[b].Start
		}
		return d.Mentions[a].End > d.Mentions[b].End
	})
	types := make([]map[doc.EntityType]int, len(d.Entities))
	for e := range d.Entities {
		d.Entities[e].Mentions = d.Entities[e].Mentions[:0]
		types[e] = map[doc.EntityType]int{}
	}
	for i, m := range d.Mentions {
		if m.Entity < 0 {
			continue
		}
		ent := &d.Entities[m.Entity]
		ent.Mentions = append(ent.Mentions, i)
		if m.Kind != doc.Name {
			continue
		}
		types[m.Entity][m.Type]++
		name, titles, _ := untitled(d, &d.Mentions[i])
		clean := cleanName(name)
		if n, o := len(doc.NameTokens(clean)), len(doc.NameTokens(ent.Name)); (n > o || n == o && dottedInitials(ent.Name, clean) && !strings.Contains(clean, ".")) &&
			mention.NicknameState(d, &d.Mentions[i]) == "" { // "Texas", not "the Lone Star State"
			ent.Name = clean // the fullest name: "United States", not "U.S."
		}
		if !containsFold(ent.Aliases, clean) && !cityDateline(d, &d.Mentions[i], clean) {
			ent.Aliases = append(ent.Aliases, clean)
		}
		if g := titleGender(titles); g != doc.Unknown {
			ent.Gender = g // stated: "Mr." outweighs what pronouns suggested
		}
		if m.FirstTok > 0 {
			if g, ok := lex.Honorifics[strings.ToLower(d.Tokens[m.FirstTok-1].Text)]; ok && ent.Gender == doc.Unknown {
				ent.Gender = g
			}
		}
	}
	for e := range d.Entities {
		ent := &d.Entities[e]
		ent.Name = cleanName(ent.Name)
		best, n := ent.Type, 0
		for _, t := range []doc.EntityType{doc.Person, doc.Organization, doc.Place, doc.Work, doc.EventType, doc.Other} {
			if types[e][t] > n {
				best, n = t, types[e][t]
			}
		}
		if retypeAsWork(d, best, ent.Mentions) {
			best = doc.Work // "episodes of The Office", "the sitcom Frasier"
		} else if retypeAsFirm(d, best, ent.Mentions) {
			best = doc.Organization // "Airbus said", "Lockheed Martin CEO": the firm
		}
		ent.Type = best
		ent.ID = doc.Slug(ent.Name)
		var al []string
		for _, a := range ent.Aliases {
			if a != ent.Name {
				al = append(al, a)
			}
		}
		ent.Aliases = al
	}
}

func cleanName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "'s"), "’s")
	return strings.Join(strings.Fields(s), " ")
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// ageOf parses "32-year-old" (and "32-years-old") into 32.
func ageOf(tok string) int {
	t := strings.ToLower(tok)
	for _, suf := range []string{"-year-old", "-years-old"} {
		if strings.HasSuffix(t, suf) {
			n, err := strconv.Atoi(strings.TrimSuffix(t, suf))
			if err == nil && n > 0 && n < 130 {
				return n
			}
		}
	}
	return 0
}

// misspeltEntity is the entity of the listed one-word name that key
// misspells (misspeltOf), -1 when there is none.
func misspeltEntity(d *doc.Document, key string, byKey map[string]int) int {
	if len(key) < 5 || strings.Contains(key, " ") {
		return -1
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		if !strings.Contains(k, "|") {
			keys = append(keys, k)
		}
	}
	if o := misspeltOf(key, keys); o != "" {
		return byKey[o]
	}
	return -1
}

// NameWithoutPossessive names every entity without the closing possessive
// mark its first mention may keep ("her husband's" -> "her husband"): a
// description's mention keeps the mark in its span (GUM marks "the
// doctor's" whole), the entity it names does not, in the JSON and the
// graph alike. Names of named entities lost it already (cleanName); this
// last stage covers the descriptions every later stage made.
func NameWithoutPossessive(d *doc.Document) {
	for i := range d.Entities {
		d.Entities[i].Name = doc.WithoutPossessive(d.Entities[i].Name)
	}
}
