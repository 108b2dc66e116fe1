package coref

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/mention"
)

// The name tagger types each mention from its own sentence, and it learnt
// its types from Reuters in 1996: it reads "Facebook" as a place ("on
// Facebook"), "Fox News" as a person, "the Obama administration" as a
// place, and it has no type for events. The type of a name is decided
// here once per document, from three kinds of evidence, strongest first:
//   - context that only a person's name has: a title or an honorific
//     before it ("Mr. Ford", "President Obama"), "administration" after
//     it;
//   - the list of names everyone knows (lex.KnownType) and the shape of
//     event, organisation and building names ("the Super Bowl", "Copa
//     America", "Yahoo Studios", "Trump Tower"), where it overrides a
//     type the tagger gives such names by mistake;
//   - the tagger's types, by majority over the name's mentions; and a
//     lone surname of a person named in full in the document is that
//     person's ("Barack Obama ... Obama").

// eventNameHeads end the names of events ("the Gulf War", "the US Open").
var eventNameHeads = lex.Words("coref/eventNameHeads")

// schoolHeads end the names of schools, which their place's name alone
// often stands for ("she studied at Suffolk").
var schoolHeads = lex.Words("coref/schoolHeads")

// eventNameHeadPairs are two-word heads of event names ("the Paris Air
// Show") whose last word alone heads other names too.
var eventNameHeadPairs = lex.Words("coref/eventNameHeadPairs")

// lawNameHeads end the names of laws and treaties ("the Fifth Amendment").
var lawNameHeads = lex.Words("coref/lawNameHeads")

// placeNameOpeners open the names of places ("Fort Hood", "Lake Erie").
var placeNameOpeners = lex.Words("coref/placeNameOpeners")

// eventAbbreviations are short names of events ("WWII").
var eventAbbreviations = lex.Words("coref/eventAbbreviations")

// eventNameOpeners open the names of events ("Copa America", "Battle of
// Britain").
var eventNameOpeners = lex.Words("coref/eventNameOpeners")

// orgNameHeads end organisation names that are never a person's ("Fox
// News", "Yahoo Studios").
var orgNameHeads = lex.Words("coref/orgNameHeads")

// orgHeadsNoSurname are orgNameHeads that are no one's surname ("Center").
var orgHeadsNoSurname = lex.Words("coref/orgHeadsNoSurname")

// orgHeadsOfPlaces are orgNameHeads that also end places' names ("the
// West Bank").
var orgHeadsOfPlaces = lex.Words("coref/orgHeadsOfPlaces")

// nameSuffixes end a person's full name ("Jr.", "Sr.").
var nameSuffixes = lex.Words("coref/nameSuffixes")

// placeNameHeads end the names of buildings, streets and grounds ("Trump
// Tower").
var placeNameHeads = lex.Words("coref/placeNameHeads")

// personNounsAfter follow a person's surname only ("the Obama
// administration").
var personNounsAfter = lex.Words("coref/personNounsAfter")

// decideNameTypes gives every NAME mention of one name (doc.NameKey) in
// d the one type the evidence above decides. Longer names are decided
// first, so that a surname can follow the full name it belongs to. Where
// only the tagger speaks and it reads the name as a place in some
// sentences and as an organisation in others, each of those mentions
// keeps its type: a city and its team ("CHICAGO 1996-08-28 ... Chicago
// beat ..."), a country and its government share a name.
func decideNameTypes(d *doc.Document) {
	groups := map[string][]int{}
	var keys []string
	for i, m := range d.Mentions {
		if m.Kind != doc.Name {
			continue
		}
		k := doc.NameKey(m.Text)
		if k == "" {
			continue
		}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	sort.SliceStable(keys, func(a, b int) bool {
		return len(strings.Fields(keys[a])) > len(strings.Fields(keys[b]))
	})
	surnames := map[string]bool{} // last words of the full names of people
	var orgs, laws []string       // names decided to be organisations, laws
	for _, k := range keys {
		t, split := nameType(d, k, groups[k], surnames[k])
		if t != doc.Person && acronymOfAny(d.Mentions[groups[k][0]].Text, orgs) {
			t, split = doc.Organization, false // "General Motors (GM)": GM is the firm, not a place, wherever the tagger said so
		}
		if t != doc.Person && (acronymOfAny(d.Mentions[groups[k][0]].Text, laws) || headOfAny(k, laws)) {
			t, split = doc.Other, false // "the Affordable Care Act (ACA)", "the Amendment": the law
		}
		switch {
		case t == doc.Organization:
			orgs = append(orgs, d.Mentions[groups[k][0]].Text)
		case lawShaped(k):
			laws = append(laws, d.Mentions[groups[k][0]].Text)
		}
		for _, i := range groups[k] {
			if mt := d.Mentions[i].Type; !split || mt != doc.Place && mt != doc.Organization {
				d.Mentions[i].Type = t
			}
		}
		if f := strings.Fields(k); t == doc.Person && len(f) > 1 {
			if nameSuffixes[f[len(f)-1]] {
				f = f[:len(f)-1] // "Arcade Joseph Comeaux Jr.": Comeaux
			}
			surnames[f[len(f)-1]] = true
		}
	}
	for _, k := range keys {
		if o := misspeltOf(k, keys); o != "" {
			for _, i := range groups[k] {
				d.Mentions[i].Type = d.Mentions[groups[o][0]].Type // "Unlike Chrylser, GM ..." after "Chrysler"
			}
		}
	}
}

// misspeltOf is the one-word name key of keys that the one-word key k
// misspells (one letter changed or two swapped inside it: same first and
// last two letters, five letters or more), when k is no listed name and
// the other is: a misspelt firm or place keeps the type of the name it
// misspells. Not a letter added, dropped or changed at the end, which
// makes a people's name of a place's ("Russian", "Germans", "Texan"). ""
// when there is none or more than one.
func misspeltOf(k string, keys []string) string {
	if len(k) < 5 || strings.Contains(k, " ") || lex.KnownType(k) != "" {
		return ""
	}
	found := ""
	for _, o := range keys {
		if len(o) != len(k) || o == k || o[0] != k[0] || o[len(o)-2:] != k[len(k)-2:] || strings.Contains(o, " ") || !editDistance1(k, o) {
			continue
		}
		if t := lex.KnownType(o); t != doc.Organization && t != doc.Place {
			continue
		}
		if found != "" {
			return ""
		}
		found = o
	}
	return found
}

// nameType decides the type of the name key with the NAME mentions ms;
// surname says that the name is the last word of a person's full name in
// the document. split says that the decision is the tagger's majority
// over mentions it typed both as places and as organisations.
func nameType(d *doc.Document, key string, ms []int, surname bool) (t doc.EntityType, split bool) {
	votes := map[doc.EntityType]int{}
	for _, i := range ms {
		votes[d.Mentions[i].Type]++
	}
	tagged := majorityType(votes)
	listed := lex.KnownType(key)
	if listed == "" && eventShaped(key) {
		listed = doc.EventType
	}
	switch {
	case zoneAfterClock(d, ms):
		return doc.Other, false // "0800 UTC": part of a time
	case datelineAgency(d, ms):
		return doc.Organization, false // "NEW YORK, Dec. 11 (UPI) —": the agency
	case caseShaped(key):
		return doc.Other, false // "Roe v. Wade": a court case, named by its parties
	case lawShaped(key) && !personContext(d, ms):
		return doc.Other, false // "the Freedom of Information Act", "the Hyde Amendment": no body
	case listed == "" && noPersonShape(key, surname) && sloganNamed(d, ms):
		return doc.Other, false // "a “Make America Great Again” hat": a slogan, no body
	case faithNames[key] || listed == "" && tagged != doc.Organization && !surname && lex.FirstNameGender(key) == doc.Unknown && placeDemonym(key):
		// "Christianity", "a Texan": Other (CoNLL MISC); "Muslims": people;
		// not the club "Hibernian", nor a first name whose stem is a place
		// ("Susan": Susa, "Roman": Roma) or a surname.
		return peopleType(d.Mentions[ms[0]], tagged), false
	case (tagged == doc.Person || tagged == doc.Place) && lex.AliasPlace(key):
		return doc.Place, false // "four Democrat U.S. senators": the country, whatever title-like word stands before it
	case personContext(d, ms):
		return doc.Person, false
	case listed != doc.Place && listed != doc.Person && noPersonShape(key, surname) && programmeNamed(d, ms, listed == doc.Organization):
		return doc.Other, false // "repeal Obamacare", "the CHIP program": a law or a programme, OTHER as laws are
	case (listed == "" || listed == doc.Organization) && noPersonShape(key, surname) && !placeOpening(key) && pollster(d, ms):
		return doc.Organization, false // "the Gallup poll", "a poll by Zogby": a pollster
	case listed == "" && stateSchool(&d.Mentions[ms[0]]):
		return doc.Organization, false // "Ohio State": a university, its team
	case mention.SiteShaped(d.Mentions[ms[0]].Text):
		return doc.Organization, false // "MTV.com": a site, run by a firm
	case (surname || lex.FirstNameGender(key) != doc.Unknown) && tagged == doc.Person:
		return doc.Person, false // "Lindsay Davenport ... Davenport", "Michael Frederick"
	case listed != doc.Organization && datelineNamed(d, ms):
		return doc.Place, false // "STATE COLLEGE, Pa. —": the town the report was filed from, whatever its head word says
	case tagged == doc.Place && listed != doc.Place && actsAsInstitution(d, ms):
		return doc.Organization, false // "donated it to St. Agnes Hospital": the body that runs it
	case listed != "" && (listed == tagged || listOverrides(listed, tagged, key)):
		return listed, false // and the tagger's other types for it are mistakes
	case (listed == doc.Place || listed == "" && votes[doc.Place] > 0) && tagged == doc.Organization && hostsGathering(d, ms):
		return doc.Place, false // "Cleveland will host the convention": the city, not a team
	case listed == "" && adjectivalName(d, key, ms):
		return doc.Other, false // "Latino voters", "a Texan rancher": a nationality or a group's adjective
	case listed == doc.Place && tagged == doc.Organization && opensFirmName(d, key):
		return doc.Place, false // "Singapore" beside "Singapore Airlines": the firm's name made the tagger read a firm
	case listed == "" && (tagged == doc.Place || tagged == doc.Organization) && fullPersonName(d, key) && !actsAsOrganization(d, ms, personCue):
		return doc.Person, false // "violence at Donald Trump's rallies", with "Trump" alone elsewhere
	case listed == "" && surname && (tagged == doc.Place || tagged == doc.Organization) && !actsAsOrganization(d, ms, personCue):
		return doc.Person, false // "Barack Obama ... Obama"; not "Anna Varga ... Varga shares"
	case tagged != doc.Person && listed == "" && !surname && reportSource(d, ms) && !peopleName(key):
		return doc.Organization, false // "according to Politico", "told the Daily Lantern": a paper, a site, an agency
	case listed == "" && noPersonShape(key, surname) && tagged != doc.Place && (pressStaff(d, ms) || (tagged != doc.Person || theBefore(d, ms)) && (reportSource(d, ms) || reportsNews(d, ms))):
		return doc.Organization, false // "told the Hill", "the Hill reported", "a Fox anchor": an outlet, where no first name makes it a person
	case (tagged == doc.Person || tagged == doc.Other) && headedBy(d, ms[0], key, orgNameHeads):
		return doc.Organization, false
	case tagged == doc.Place && listed == "" && headedBy(d, ms[0], key, orgNameHeads) && !orgHeadsOfPlaces[lastWord(key)]:
		return doc.Organization, false // "the Chicago Tribune": named after its place, not the place
	case tagged == doc.Person && headedBy(d, ms[0], key, placeNameHeads):
		return doc.Place, false // not for "other": "the sitcom Quiet Street" is a work
	case (tagged == doc.Person || tagged == doc.Other) && listed == "" && placeOpened(key) && !surnameAsPerson(d, key) && !personContext(d, ms):
		return doc.Place, false // "Fort Hood", "Lake Erie", "Cape Breton"
	case tagged == doc.Person && opensWithFirm(d, ms[0], key):
		return doc.Organization, false
	}
	return tagged, votes[doc.Place] > 0 && votes[doc.Organization] > 0
}

// adjectivalName reports whether the one-word name key is an adjective
// (a nationality, an origin, a faith): the parse reads at least half of
// its mentions as adjectives and one of them as the adjective of a noun
// of people ("a Latino voter", "Muslim leaders"); not a plural, not an
// acronym. The parse also reads a name before a verb as an adjective
// ("Major told ..."), hence the noun.
func adjectivalName(d *doc.Document, key string, ms []int) bool {
	w := d.Mentions[ms[0]].Text
	if strings.Contains(key, " ") || strings.HasSuffix(w, "s") || strings.ToUpper(w) == w {
		return false
	}
	adj, ofPeople := 0, false
	for _, i := range ms {
		k := d.Mentions[i].FirstTok
		if wi := d.TokenWord(k); wi >= 0 && d.Words[wi].UPOS == "ADJ" {
			adj++
		}
		if k+1 < len(d.Tokens) && adjectiveOfNoun(d, k) {
			t, head := lex.HeadNoun(strings.ToLower(d.Tokens[k+1].Text))
			ofPeople = ofPeople || (head && t == doc.Person)
		}
	}
	return ofPeople && 2*adj >= len(ms)
}

// acronymOfAny reports whether name is the initials of one of names.
func acronymOfAny(name string, names []string) bool {
	for _, n := range names {
		if isAcronymOf(name, n) {
			return true
		}
	}
	return false
}

// majorityType is the type most votes go to; a tie goes to the type
// earlier in the list below (a person before a firm, any type before
// "other name").
func majorityType(votes map[doc.EntityType]int) doc.EntityType {
	best, n := doc.Other, 0
	for _, t := range []doc.EntityType{doc.Person, doc.Organization, doc.Place, doc.Work, doc.EventType, doc.Other} {
		if votes[t] > n {
			best, n = t, votes[t]
		}
	}
	return best
}

// listOverrides reports whether a listed type replaces the tagger's. An
// event always does (the tagger has no events); a firm replaces a place
// or a person ("on Facebook", "Twitter said"); a place replaces a person
// ("Rhode Island"); a person's full name replaces anything. A place does
// not replace a firm: clubs and governments go by their place's name
// ("Barcelona won", "Russia said").
func listOverrides(listed, tagged doc.EntityType, key string) bool {
	switch listed {
	case doc.EventType:
		return true
	case doc.Organization:
		return tagged == doc.Place || tagged == doc.Person || tagged == doc.Other
	case doc.Place:
		return tagged == doc.Person || tagged == doc.Other
	case doc.Person:
		return strings.Contains(key, " ")
	}
	return false
}

// eventShaped reports whether a name has the shape of an event's: "...
// War", "... Cup", "Copa ...", "Battle of ...", or is an event's short
// name ("WWII").
func eventShaped(key string) bool {
	if eventAbbreviations[key] {
		return true
	}
	f := strings.Fields(key)
	if len(f) < 2 {
		return false
	}
	if eventNameHeads[f[len(f)-1]] || eventNameHeadPairs[f[len(f)-2]+" "+f[len(f)-1]] {
		return true
	}
	return eventNameOpeners[f[0]] || eventNameOpeners[f[0]+" "+f[1]]
}

// headOfAny reports whether the one-word name key is the last word of one
// of names: "the Amendment" after "the First Amendment".
func headOfAny(key string, names []string) bool {
	for _, n := range names {
		if f := strings.Fields(doc.NameKey(n)); !strings.Contains(key, " ") && len(f) > 1 && f[len(f)-1] == key {
			return true
		}
	}
	return false
}

// placeOpened reports whether a name of two or more words opens with a
// word that opens places' names ("Fort Hood", "Mt. Rainier").
func placeOpened(key string) bool {
	f := strings.Fields(key)
	return len(f) > 1 && placeNameOpeners[strings.TrimSuffix(f[0], ".")]
}

// surnameAsPerson reports whether the article names the last word of key
// alone as a person ("Bell" of "Lake Bell"), whose full name key then is.
func surnameAsPerson(d *doc.Document, key string) bool {
	last := lastWord(key)
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Type == doc.Person && doc.NameKey(m.Text) == last && last != key {
			return true
		}
	}
	return false
}

// caseMarks stand between the parties of a court case's name.
var caseMarks = lex.Words("coref/caseMarks")

// caseShaped reports whether the name key has a case mark between two of
// its words ("roe v. wade"). A "v." after an initial or a first name is a
// middle initial ("Vladimir V. Putin", "C. V. Starr").
func caseShaped(key string) bool {
	f := strings.Fields(key)
	for i := 1; i+1 < len(f); i++ {
		if !caseMarks[f[i]] {
			continue
		}
		prev := strings.TrimSuffix(f[i-1], ".")
		if strings.HasPrefix(f[i], "v") && len(f[i]) <= 2 && (len(prev) <= 1 || lex.FirstNameGender(prev) != doc.Unknown) {
			continue
		}
		return true
	}
	return false
}

// lawShaped reports whether a name of two or more words ends in a law's or
// a treaty's head word ("the Clean Air Act", "the Fifth Amendment").
func lawShaped(key string) bool {
	f := strings.Fields(key)
	return len(f) > 1 && lawNameHeads[f[len(f)-1]]
}

// headedBy reports whether a name of two or more words ends in one of
// heads and does not open with a first name, unless that word is also the
// surname of a person the article names or the name without that word is
// one the article gives alone, or the name has three words or more and its
// head is no one's surname: "Yahoo Studios", "Trump Tower", "the Brady
// Campaign" (beside Jim Brady), "the Eric Trump Foundation" (beside Eric
// Trump) and "the Woodrow Wilson Center" are no people, "Emily Post" and
// "Arsenio Hall" are.
func headedBy(d *doc.Document, mi int, key string, heads map[string]bool) bool {
	f := strings.Fields(key)
	if len(f) < 2 || !heads[f[len(f)-1]] {
		return false
	}
	first := d.Tokens[d.Mentions[mi].FirstTok].Text
	return lex.FirstNameGender(first) == doc.Unknown || surnameOfAnother(d, f[0], key) ||
		len(f) > 2 && (namedAlone(d, strings.Join(f[:len(f)-1], " ")) || orgHeadsNoSurname[f[len(f)-1]])
}

// lastWord is the last word of a name key.
func lastWord(key string) string {
	f := strings.Fields(key)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// namedAlone reports whether the article gives key (a name of two or more
// words) as a name of its own: "Eric Trump" beside "the Eric Trump
// Foundation", which is then named after him, not him.
func namedAlone(d *doc.Document, key string) bool {
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && doc.NameKey(m.Text) == key {
			return true
		}
	}
	return false
}

// opensWithFirm reports whether a name of two or more words, no title and
// no first name before its last word, opens with a word the article gives alone as an
// organisation's name, more often than as a person's: "Lockheed Martin"
// beside "Lockheed said" is the firm, not a person the tagger saw in
// "Martin".
func opensWithFirm(d *doc.Document, mi int, key string) bool {
	f := strings.Fields(key)
	m := d.Mentions[mi]
	if len(f) < 2 || isPersonTitle(d.Tokens[m.FirstTok].Text, false) {
		return false // "Sheriff Lee Baca"
	}
	for _, t := range d.Tokens[m.FirstTok : m.LastTok-1] {
		if lex.FirstNameGender(t.Text) != doc.Unknown {
			return false // a first name before a surname: "Creighton All-American Kyle Korver" names a person
		}
	}
	org, person := 0, 0
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || doc.NameKey(m.Text) != f[0] {
			continue
		}
		switch m.Type {
		case doc.Organization:
			org++
		case doc.Person:
			person++
		}
	}
	return org > person
}

// surnameOfAnother reports whether word w (a name key's word) is the
// surname of a person's full name in d other than key: "the Brady
// Campaign" beside Jim and Sarah Brady is named after them, whatever
// first name "Brady" may also be.
func surnameOfAnother(d *doc.Document, w, key string) bool {
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.LastTok-m.FirstTok < 2 {
			continue
		}
		f := strings.Fields(doc.NameKey(m.Text))
		if len(f) >= 2 && f[len(f)-1] == w && doc.NameKey(m.Text) != key &&
			lex.FirstNameGender(d.Tokens[m.FirstTok].Text) != doc.Unknown {
			return true
		}
	}
	return false
}

// personContext reports whether one of the mentions ms stands where only
// a person's name does: after an honorific or a title ("Mr. Ford", "Sen.
// Cruz", "President Obama"), with one inside the name ("Mr. Trump"),
// with a generational suffix ("William Ford Jr."), or before
// "administration".
func personContext(d *doc.Document, ms []int) bool {
	for _, i := range ms {
		m := d.Mentions[i]
		if m.LastTok-m.FirstTok > 1 && nameSuffixes[strings.ToLower(d.Tokens[m.LastTok-1].Text)] {
			return true
		}
		if isPersonTitle(d.Tokens[m.FirstTok].Text, true) && m.LastTok-m.FirstTok > 1 {
			return true
		}
		if b := m.FirstTok - 1; b >= 0 && doc.SameSentence(d, b, m.FirstTok) && isPersonTitle(d.Tokens[b].Text, false) {
			return true
		}
		if k := m.LastTok; k < len(d.Tokens) && doc.SameSentence(d, k, m.FirstTok) && personNounsAfter[d.Tokens[k].Text] {
			return true
		}
	}
	return false
}

// isPersonTitle reports whether a word before a name makes it a person's:
// an honorific, an abbreviated title, or a capitalised office title
// ("President", "Senator"). inside is true for the first word of a name,
// where only "Mr", "Mrs", "Ms" and abbreviations with their dot count
// ("Prince Edward Island", "King's College", "President's Day" are no
// people).
func isPersonTitle(w string, inside bool) bool {
	low := strings.ToLower(w)
	_, honorific := lex.Honorifics[low]
	_, abbrev := lex.TitleAbbreviations[low]
	if inside {
		return (honorific || abbrev) && (strings.HasSuffix(low, ".") || low == "mr" || low == "mrs" || low == "ms")
	}
	return honorific || abbrev || doc.StartsUpper(w) && titleRole(w) != ""
}

// opensFirmName reports whether the one-word name key opens the name of an
// organisation of the article that ends in a head word of firms' and
// bodies' names ("Singapore Airlines", "Chicago Tribune"): named after the
// place, the firm is not the place's name alone. Not a team's name
// ("Chicago Bulls"), whose city alone stands for the team, nor a school's
// ("At Suffolk" after "Suffolk University").
func opensFirmName(d *doc.Document, key string) bool {
	if strings.Contains(key, " ") {
		return false
	}
	for _, m := range d.Mentions {
		if m.Kind != doc.Name {
			continue
		}
		f := strings.Fields(doc.NameKey(m.Text))
		if len(f) >= 2 && f[0] == key && orgNameHeads[f[len(f)-1]] && !schoolHeads[f[len(f)-1]] {
			return true
		}
	}
	return false
}

// fullPersonName reports whether name key has a person's full name's
// shape, which the tagger's reading of one sentence should not outvote: a
// listed first name and one or two more words, no head word of a firm's,
// a place's, a school's or an event's name, and the last word named alone
// elsewhere in the article ("Donald Trump ... Trump"), as news names a
// person after the first mention.
func fullPersonName(d *doc.Document, key string) bool {
	f := strings.Fields(key)
	if len(f) < 2 || len(f) > 3 || lex.FirstNameGender(f[0]) == doc.Unknown {
		return false
	}
	last := f[len(f)-1]
	if orgNameHeads[last] || placeNameHeads[last] || schoolHeads[last] || eventNameHeads[last] || lawNameHeads[last] || lex.KnownType(last) != "" {
		return false
	}
	return namedAlone(d, last)
}
