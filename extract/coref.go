package extract

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Resolve groups NAME mentions into entities (name variants, misspellings),
// then adds NOMINAL mentions ("the reality star", "the 32-year-old",
// appositions) and PRONOUN mentions and links each to the most salient
// compatible entity. Mentions it cannot link safely stay unlinked (Entity
// -1) rather than guessed.
func Resolve(d *Document) {
	d.Entities = d.Entities[:0]
	clusterNames(d)
	likely := readGenders(d)
	readAppositions(d)
	addReferringMentions(d, likely)
	finishEntities(d)
	finishNameGenders(d, likely)
	linkNominals(d)
	linkNameGroups(d)
	linkLatePronouns(d)
}

// nameKey normalizes a name for matching: lower case, no possessive, no
// leading article.
func nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

func nameTokens(s string) []string {
	return strings.FieldsFunc(nameKey(s), func(r rune) bool { return unicode.IsSpace(r) || r == '.' })
}

// clusterNames builds one entity per distinct referent of the NAME mentions.
// Longer names are placed first, so "Kim" and "Kardashian" can join "Kim
// Kardashian"; a short name that fits two entities ("Blanchard" for two
// Blanchards) gets an entity of its own marked ambiguous.
func clusterNames(d *Document) {
	var names []int
	for i, m := range d.Mentions {
		if m.Kind == Name {
			d.Mentions[i].Entity = -1
			names = append(names, i)
		}
	}
	// keys and token counts once per mention, not once per comparison
	// (slices by mention index)
	keys := make([]string, len(d.Mentions))
	ntoks := make([]int, len(d.Mentions))
	counts := make([]int, len(d.Mentions))
	count := map[string]int{}
	for _, i := range names {
		keys[i] = nameKey(d.Mentions[i].Text)
		ntoks[i] = len(nameTokens(d.Mentions[i].Text))
		count[keys[i]]++
	}
	for _, i := range names {
		counts[i] = count[keys[i]]
	}
	sort.SliceStable(names, func(a, b int) bool {
		ia, ib := names[a], names[b]
		la, lb := ntoks[ia], ntoks[ib]
		if la != lb {
			return la > lb
		}
		ca, cb := counts[ia], counts[ib]
		if ca != cb {
			return ca > cb
		}
		return d.Mentions[ia].Start < d.Mentions[ib].Start
	})
	byKey := map[string]int{}
	var entToks [][]string // nameTokens of each entity's name, filled as needed
	for _, mi := range names {
		m := &d.Mentions[mi]
		key := keys[mi]
		if key == "" || Slug(m.Text) == "" {
			continue // punctuation the tagger took for a name names nothing
		}
		// The same words tagged as a place and as an organisation ("Sweden"
		// the country, "Sweden" the team) are two entities; a person's name
		// tagged otherwise once is still the person.
		if e, ok := byKey[key]; ok && (d.Entities[e].Type == m.Type || d.Entities[e].Type == Person || m.Type == Person) {
			m.Entity = e
			continue
		}
		if e, ok := byKey[key+"|"+string(m.Type)]; ok {
			m.Entity = e
			continue
		}
		for len(entToks) < len(d.Entities) {
			entToks = append(entToks, nameTokens(d.Entities[len(entToks)].Name))
		}
		e, among := matchVariant(d, m, entToks)
		if e < 0 {
			e = len(d.Entities)
			d.Entities = append(d.Entities, Entity{Name: m.Text, Type: m.Type})
			if len(among) > 1 {
				d.Entities[e].Among = among
			}
		}
		m.Entity = e
		if _, taken := byKey[key]; taken {
			byKey[key+"|"+string(m.Type)] = e
		} else {
			byKey[key] = e
		}
	}
}

// matchVariant finds the entity a shorter or misspelt name refers to. It
// returns -1 when there is none, and then the entities that fit when
// several do.
// entToks holds nameTokens of every entity's name.
func matchVariant(d *Document, m *Mention, entToks [][]string) (int, []int) {
	toks := nameTokens(m.Text)
	var exact, fuzzy []int
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Ambiguous() || !compatibleTypes(ent.Type, m.Type) {
			continue
		}
		full := entToks[e]
		if len(full) <= len(toks) && !(len(full) == len(toks) && ent.Type == Person) {
			continue
		}
		if ent.Type == Organization && isAcronymOf(m.Text, ent.Name) {
			exact = append(exact, e)
			continue
		}
		if ent.Type != Person && m.Type != Person {
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

func compatibleTypes(a, b EntityType) bool {
	if a == b || a == Other || b == Other {
		return true // OTHER is the tagger's "some other name": it fits any type
	}
	// The tagger sometimes types a lone surname differently from the full name.
	return (a == Person || b == Person) && a != Place && b != Place
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

// isAcronymOf reports whether short is the initials of long ("GM", "General Motors").
func isAcronymOf(short, long string) bool {
	s := strings.ReplaceAll(short, ".", "")
	if len(s) < 2 || strings.ToUpper(s) != s {
		return false
	}
	var init strings.Builder
	for _, w := range strings.Fields(long) {
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			init.WriteRune(r[0])
		}
	}
	return init.String() == s
}

// finishEntities sets canonical names, majority types, gender from
// honorifics, mention lists and ids.
func finishEntities(d *Document) {
	sort.SliceStable(d.Mentions, func(a, b int) bool {
		if d.Mentions[a].Start != d.Mentions[b].Start {
			return d.Mentions[a].Start < d.Mentions[b].Start
		}
		return d.Mentions[a].End > d.Mentions[b].End
	})
	types := make([]map[EntityType]int, len(d.Entities))
	for e := range d.Entities {
		d.Entities[e].Mentions = d.Entities[e].Mentions[:0]
		types[e] = map[EntityType]int{}
	}
	for i, m := range d.Mentions {
		if m.Entity < 0 {
			continue
		}
		ent := &d.Entities[m.Entity]
		ent.Mentions = append(ent.Mentions, i)
		if m.Kind != Name {
			continue
		}
		types[m.Entity][m.Type]++
		clean := cleanName(m.Text)
		if len(nameTokens(clean)) > len(nameTokens(ent.Name)) {
			ent.Name = clean
		}
		if !containsFold(ent.Aliases, clean) {
			ent.Aliases = append(ent.Aliases, clean)
		}
		if m.FirstTok > 0 {
			if g, ok := honorifics[strings.ToLower(d.Tokens[m.FirstTok-1].Text)]; ok && ent.Gender == Unknown {
				ent.Gender = g
			}
		}
	}
	for e := range d.Entities {
		ent := &d.Entities[e]
		ent.Name = cleanName(ent.Name)
		best, n := ent.Type, 0
		for _, t := range []EntityType{Person, Organization, Place, Work, EventType, Other} {
			if types[e][t] > n {
				best, n = t, types[e][t]
			}
		}
		if retypeAsWork(d, best, ent.Mentions) {
			best = Work // "episodes of The Office", "the sitcom Frasier"
		} else if retypeAsFirm(d, best, ent.Mentions) {
			best = Organization // "Airbus said", "Lockheed Martin CEO": the firm
		}
		ent.Type = best
		ent.ID = Slug(ent.Name)
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
