package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// Each case gives the names with the type the tagger gave them (a wrong
// one, as it does on political news) and the type the name must end up
// with after coreference.
type typeCase struct {
	text   string
	tagged map[string]doc.EntityType
	name   string
	want   doc.EntityType
}

func checkTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, c := range cases {
		d := doctest.Parsed(t, c.text, c.tagged)
		resolve(d)
		assert.Equal(t, c.want, typeOf(d, c.name), c.text)
	}
}

func TestMediaAndStudiosTakenForPeopleAreOrganizations(t *testing.T) {
	checkTypes(t, []typeCase{
		// listed (compromise: CNN; simple-icons: Instagram)
		{"Dana Holt told CNN on Sunday that she would run.",
			map[string]doc.EntityType{"Dana Holt": doc.Person, "CNN": doc.Person}, "CNN", doc.Organization},
		// the shape of the name: a medium's or a studio's head word
		{"Fox News reported the deal before the vote.",
			map[string]doc.EntityType{"Fox News": doc.Person}, "Fox News", doc.Organization},
		{"The film was made by Yahoo Studios in Santa Monica.",
			map[string]doc.EntityType{"Yahoo Studios": doc.Person, "Santa Monica": doc.Place}, "Yahoo Studios", doc.Organization},
		{"A poll by the Pew Research Center found wide support.",
			map[string]doc.EntityType{"Pew Research Center": doc.Other}, "Pew Research Center", doc.Organization},
	})
}

func TestPlatformsTakenForPlacesAreOrganizations(t *testing.T) {
	checkTypes(t, []typeCase{
		{"She posted the video on Facebook late on Monday.",
			map[string]doc.EntityType{"Facebook": doc.Place}, "Facebook", doc.Organization},
		{"The clip spread on Instagram within hours.",
			map[string]doc.EntityType{"Instagram": doc.Place}, "Instagram", doc.Organization},
		{"He answered his critics on Twitter.",
			map[string]doc.EntityType{"Twitter": doc.Place}, "Twitter", doc.Organization},
	})
}

func TestPartyAbbreviationTakenForOtherIsAnOrganization(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The GOP nominee spoke in Ohio.",
			map[string]doc.EntityType{"GOP": doc.Other, "Ohio": doc.Place}, "GOP", doc.Organization},
	})
}

func TestASurnameIsItsPersonWhateverTheTaggerSaid(t *testing.T) {
	checkTypes(t, []typeCase{
		// a surname of a full name in the article
		{"Barack Obama spoke at noon. Critics of Obama left early.",
			map[string]doc.EntityType{"Barack Obama": doc.Person, "Obama": doc.Place}, "Obama", doc.Person},
		{"Barack Obama spoke at noon. Aides to Obama left early.",
			map[string]doc.EntityType{"Barack Obama": doc.Person, "Obama": doc.Organization}, "Obama", doc.Person},
		// only a person has an administration, a title, an honorific
		{"The Obama administration appealed the ruling.",
			map[string]doc.EntityType{"Obama": doc.Place}, "Obama", doc.Person},
		{"Critics said President Obama was wrong.",
			map[string]doc.EntityType{"Obama": doc.Organization}, "Obama", doc.Person},
		{"Mr. Trump spoke for an hour.",
			map[string]doc.EntityType{"Mr. Trump": doc.Place}, "Mr. Trump", doc.Person},
	})
}

func TestPersonContextOutweighsTheList(t *testing.T) {
	checkTypes(t, []typeCase{
		// "Facebook" is listed as a firm; "Mr." says this one is a person
		{"Mr. Facebook declined to comment.",
			map[string]doc.EntityType{"Facebook": doc.Organization}, "Facebook", doc.Person},
		// "Ford" is listed nowhere (a person and a firm in the sources): the
		// tagger and the full name decide
		{"Harrison Ford said he was tired. Ford left at noon.",
			map[string]doc.EntityType{"Harrison Ford": doc.Person, "Ford": doc.Person}, "Ford", doc.Person},
		{"Ford said it would recall 90,000 trucks.",
			map[string]doc.EntityType{"Ford": doc.Organization}, "Ford", doc.Organization},
	})
}

func TestNamedEventsAreEvents(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Brazil lost the Copa America final in July.",
			map[string]doc.EntityType{"Brazil": doc.Place, "Copa America": doc.Organization}, "Copa America", doc.EventType},
		{"His father fought in WWII in France.",
			map[string]doc.EntityType{"WWII": doc.Organization, "France": doc.Place}, "WWII", doc.EventType},
		{"His father fought in World War II.",
			map[string]doc.EntityType{"World War II": doc.Other}, "World War II", doc.EventType},
		{"The ad ran during the Super Bowl on Sunday.",
			map[string]doc.EntityType{"Super Bowl": doc.Organization}, "Super Bowl", doc.EventType},
		{"She won gold at the Olympics in Rio.",
			map[string]doc.EntityType{"Olympics": doc.Place, "Rio": doc.Place}, "Olympics", doc.EventType},
		// a singular "Caucus" names a group of legislators, not an event
		{"The Congressional Black Caucus met on Tuesday.",
			map[string]doc.EntityType{"Congressional Black Caucus": doc.Organization}, "Congressional Black Caucus", doc.Organization},
	})
}

func TestPlacesTakenForPeopleArePlaces(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Voters in Delaware went to the polls.",
			map[string]doc.EntityType{"Delaware": doc.Person}, "Delaware", doc.Place},
		{"The rally was held at Trump Tower in Manhattan.",
			map[string]doc.EntityType{"Trump Tower": doc.Person, "Manhattan": doc.Place}, "Trump Tower", doc.Place},
		// a surname that is also a place stays the person's
		{"Lina Davenport won in three sets. Davenport will play on Friday.",
			map[string]doc.EntityType{"Lina Davenport": doc.Person, "Davenport": doc.Person}, "Davenport", doc.Person},
	})
}

func TestOneNameOneTypeInAnArticle(t *testing.T) {
	// The tagger reads the same unlisted name as a person twice and a
	// place once: every mention takes the majority, one entity.
	d := doctest.Parsed(t, "Varnholt said the plan was sound. Varnholt signed it. Critics of Varnholt were silent.",
		map[string]doc.EntityType{"Varnholt": doc.Person})
	d.Mentions[2].Type = doc.Place
	resolve(d)
	for _, m := range d.Mentions {
		if m.Text == "Varnholt" {
			assert.Equal(t, doc.Person, m.Type)
			assert.Equal(t, d.Mentions[0].Entity, m.Entity)
		}
	}
}

func TestCityAndItsTeamKeepTheirTypes(t *testing.T) {
	// Where only the tagger speaks and it splits a name between a place
	// and an organisation, each mention keeps its type: a city and its
	// team ("CHICAGO ... Chicago beat Boston").
	d := doctest.Parsed(t, "Ostrava is cold in May. Ostrava beat Brno 2-1 on Sunday.",
		map[string]doc.EntityType{"Ostrava": doc.Place, "Brno": doc.Organization})
	d.Mentions[1].Type = doc.Organization
	resolve(d)
	assert.Equal(t, doc.Place, d.Entities[d.Mentions[0].Entity].Type)
	assert.Equal(t, doc.Organization, d.Entities[d.Mentions[1].Entity].Type)
}

func TestSuffixAndAcronymDecideTypes(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The plan was the idea of Willem Brandt Jr., the chairman.",
			map[string]doc.EntityType{"Willem Brandt Jr.": doc.Organization}, "Willem Brandt Jr.", doc.Person},
		{"Kestrel Motors (KM) cut jobs. Workers at KM were told on Friday.",
			map[string]doc.EntityType{"Kestrel Motors": doc.Organization, "KM": doc.Place}, "KM", doc.Organization},
	})
}

func TestAFirmNamedLikeAPersonIsNotThatPerson(t *testing.T) {
	// The firm's name is the founder's surname; "Varga" typed a firm (it
	// has shareholders) stays apart from Anna Varga.
	d := doctest.Parsed(t, "Anna Varga founded the company. Varga shareholders met on Monday.",
		map[string]doc.EntityType{"Anna Varga": doc.Person, "Varga": doc.Organization})
	resolve(d)
	assert.Equal(t, "Anna Varga", doctest.EntityOf(d, "Anna Varga", 0))
	assert.NotEqual(t, "Anna Varga", doctest.EntityOf(d, "Varga", 0))
}

func TestSurnameBeforeASuffixIsThePerson(t *testing.T) {
	d := doctest.Parsed(t, "Arno Joseph Keller Jr. escaped on Monday. Keller was caught in Texas.",
		map[string]doc.EntityType{"Arno Joseph Keller Jr.": doc.Person, "Keller": doc.Organization, "Texas": doc.Place})
	resolve(d)
	assert.Equal(t, "Arno Joseph Keller Jr.", doctest.EntityOf(d, "Keller", 0))
}

func TestTimeZoneAfterAClockIsNoPlace(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The banks cut rates at 0700 UTC on Thursday.",
			map[string]doc.EntityType{"UTC": doc.Place}, "UTC", doc.Other},
		{"The polls closed at 8 p.m. EST in Ohio.",
			map[string]doc.EntityType{"EST": doc.Organization, "Ohio": doc.Place}, "EST", doc.Other},
		// no clock before it: a state's abbreviation
		{"The plant in Hartford, CT employs 300 people.",
			map[string]doc.EntityType{"Hartford": doc.Place, "CT": doc.Place}, "CT", doc.Place},
	})
}

func TestAcronymOfAFirmNamedInFullIsTheFirm(t *testing.T) {
	// the tagger reads the acronym as a place in one sentence and as an
	// organisation in another; the full name says which
	d := doctest.Parsed(t, "Kestrel Motor Works (KMW) cut jobs. Workers at KMW, which is in trouble, protested. KMW said it would talk.",
		map[string]doc.EntityType{"Kestrel Motor Works": doc.Organization, "KMW": doc.Organization})
	setTypes(d, "KMW", doc.Place, doc.Place, doc.Organization)
	resolve(d)
	for _, m := range d.Mentions {
		if m.Text == "KMW" {
			assert.Equal(t, "Kestrel Motor Works", d.Entities[m.Entity].Name)
		}
	}
	assert.Equal(t, doc.Organization, typeOf(d, "KMW"))
}

// setTypes gives the NAME mentions with text s, in order, the types ts (as
// a tagger might).
func setTypes(d *doc.Document, s string, ts ...doc.EntityType) {
	n := 0
	for i := range d.Mentions {
		if d.Mentions[i].Text == s && n < len(ts) {
			d.Mentions[i].Type = ts[n]
			n++
		}
	}
}

func TestIslandsAndCampaignsTakenForPeopleAreNot(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The ship anchored off Tavoro Atoll before dawn.",
			map[string]doc.EntityType{"Tavoro Atoll": doc.Person}, "Tavoro Atoll", doc.Place},
		{"Divers mapped the reef near Corrin Bay last year.",
			map[string]doc.EntityType{"Corrin Bay": doc.Person}, "Corrin Bay", doc.Place},
		{"The Halvard Campaign sued the state over the new rule.",
			map[string]doc.EntityType{"Halvard Campaign": doc.Person}, "Halvard Campaign", doc.Organization},
		{"Shares of Brixton Energy fell after the report.",
			map[string]doc.EntityType{"Brixton Energy": doc.Person}, "Brixton Energy", doc.Organization},
		// a first name opens a person's name, whatever it ends with
		{"Director Michael Bay spoke at the premiere.",
			map[string]doc.EntityType{"Michael Bay": doc.Person}, "Michael Bay", doc.Person},
	})
}

func TestAGroupNamedAfterAPersonOfTheArticleIsNoPerson(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Ruth Tyler lost her son in 2010. The Tyler Alliance, which she founded, backs the bill.",
			map[string]doc.EntityType{"Ruth Tyler": doc.Person, "Tyler Alliance": doc.Person}, "Tyler Alliance", doc.Organization},
		// no Tyler named in full: a first name opens a person's name
		{"Reporters asked Tyler Alliance about the bill.",
			map[string]doc.EntityType{"Tyler Alliance": doc.Person}, "Tyler Alliance", doc.Person},
	})
}

func TestANameOpeningWithAFirmsNameIsTheFirm(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Orvex Halden won the contract. Orvex said it would hire 200 workers.",
			map[string]doc.EntityType{"Orvex Halden": doc.Person, "Orvex": doc.Organization}, "Orvex Halden", doc.Organization},
		// a first name opens a person's name, whatever firm shares it
		{"Dana Frost met the board. Dana said the plan was sound.",
			map[string]doc.EntityType{"Dana Frost": doc.Person, "Dana": doc.Organization}, "Dana Frost", doc.Person},
	})
}

func TestAnOrganisationNamedAfterAPersonIsNotThePerson(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Nora Valdez thanked donors. The Nora Valdez Foundation raised money for schools.",
			map[string]doc.EntityType{"Nora Valdez": doc.Person, "Nora Valdez Foundation": doc.Person},
			"Nora Valdez Foundation", doc.Organization},
		// without the person named alone, a first name still makes "Emily Post" a person
		{"Emily Post wrote the book.",
			map[string]doc.EntityType{"Emily Post": doc.Person}, "Emily Post", doc.Person},
	})
	d := doctest.Parsed(t, "Nora Valdez thanked donors. The Nora Valdez Foundation raised money for schools.",
		map[string]doc.EntityType{"Nora Valdez": doc.Person, "Nora Valdez Foundation": doc.Person})
	resolve(d)
	assert.Equal(t, "Nora Valdez", doctest.EntityOf(d, "Nora Valdez", 0))
	assert.Equal(t, "Nora Valdez Foundation", doctest.EntityOf(d, "Nora Valdez Foundation", 0))
}

// A site's name is the firm's that runs it, whatever the tagger said.
func TestSiteNamesAreOrganizations(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The photos were first posted by Gossipdaily.com on Tuesday.",
			map[string]doc.EntityType{"Gossipdaily.com": doc.Place}, "Gossipdaily.com", doc.Organization},
		{"Ana Ruiz told Gossipdaily.com that she would sing.",
			map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Gossipdaily.com": doc.Other}, "Gossipdaily.com", doc.Organization},
	})
}

// A fair's name ends in two words whose last alone heads programmes too.
func TestAirShowIsAnEvent(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The jet flew at the Lisbon Air Show on Monday.",
			map[string]doc.EntityType{"Lisbon Air Show": doc.Organization}, "Lisbon Air Show", doc.EventType},
		{"The Lisbon Show aired on Monday.",
			map[string]doc.EntityType{"Lisbon Show": doc.Organization}, "Lisbon Show", doc.Organization},
	})
}

// A misspelt firm's name (two letters swapped inside it) is the firm the
// article names rightly, whatever the tagger made of it; a people's name
// made of a place's is none.
func TestMisspeltFirmIsTheFirm(t *testing.T) {
	d := doctest.Parsed(t, "Chrysler closed 789 dealers. Unlike Chrylser, Ford will keep its dealers.",
		map[string]doc.EntityType{"Chrysler": doc.Organization, "Chrylser": doc.Person, "Ford": doc.Organization})
	resolve(d)
	assert.Equal(t, doc.Organization, typeOf(d, "Chrylser"))
	var a, b int
	for _, m := range d.Mentions {
		switch m.Text {
		case "Chrysler":
			a = m.Entity
		case "Chrylser":
			b = m.Entity
		}
	}
	assert.Equal(t, a, b)
	assert.Equal(t, "", misspeltOf("germans", []string{"germany", "germans"}))
	assert.Equal(t, "", misspeltOf("russian", []string{"russia", "russian"}))
	assert.Equal(t, "chrysler", misspeltOf("chrylser", []string{"chrysler", "chrylser"}))
}

// A listed place the tagger took for a firm beside a firm named after it
// ("Lisbon" beside "Lisbon Airlines") is the place; a team's city and a
// school's are not touched.
func TestPlaceBesideItsNamesakeFirm(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Lisbon will be the first stop, where Lisbon Airlines will show the jet.",
			map[string]doc.EntityType{"Lisbon": doc.Organization, "Lisbon Airlines": doc.Organization}, "Lisbon", doc.Place},
		{"She studied at Lisbon College. At Lisbon she read law.",
			map[string]doc.EntityType{"Lisbon": doc.Organization, "Lisbon College": doc.Organization}, "Lisbon", doc.Organization},
		{"Lisbon beat Porto 2-1 on Sunday.",
			map[string]doc.EntityType{"Lisbon": doc.Organization, "Porto": doc.Organization}, "Lisbon", doc.Organization},
	})
}

// A one-word name the parse reads as an adjective of people (a
// nationality, an origin, a faith) is "other", whatever the tagger said;
// a name read as an adjective only before a verb is not.
func TestAdjectivalNamesAreOther(t *testing.T) {
	d := doctest.Parsed(t, "A Latino voter and a Latino pastor spoke. He is a Latino himself.",
		map[string]doc.EntityType{"Latino": doc.Person})
	resolve(d)
	typed := 0
	for _, m := range d.Mentions {
		if m.Text == "Latino" && m.Entity >= 0 {
			assert.Equal(t, doc.Other, d.Entities[m.Entity].Type)
			typed++
		}
	}
	assert.Positive(t, typed, "the noun \"a Latino\" stays a mention")
	checkTypes(t, []typeCase{
		{"Major told parliament on Thursday that he would stay.",
			map[string]doc.EntityType{"Major": doc.Person}, "Major", doc.Person},
		{"The Boeing engineers met Dana Holt.",
			map[string]doc.EntityType{"Boeing": doc.Organization, "Dana Holt": doc.Person}, "Boeing", doc.Organization},
	})
}

// The name in brackets after a dateline, before its dash, is the news
// agency that filed the report, whatever the tagger said; a name in
// brackets elsewhere keeps its type.
func TestTheAgencyOfADatelineIsAnOrganization(t *testing.T) {
	checkTypes(t, []typeCase{
		{"LONDON, June 2 (Zentra) — Ministers met on Monday.",
			map[string]doc.EntityType{"LONDON": doc.Place, "Zentra": doc.Person}, "Zentra", doc.Organization},
		{"DENVER (Korvo) -- The mayor spoke.",
			map[string]doc.EntityType{"DENVER": doc.Place, "Korvo": doc.Other}, "Korvo", doc.Organization},
		{"The mayor praised his aide (Korvo) — and left.",
			map[string]doc.EntityType{"Korvo": doc.Person}, "Korvo", doc.Person},
		{"Chicago (Zentra) — Ministers met on Monday.",
			map[string]doc.EntityType{"Chicago": doc.Place, "Zentra": doc.Person}, "Zentra", doc.Organization},
	})
}

// A bracket and a dash after a person's name, or around a listed place,
// are no dateline.
func TestBracketsAfterANameAreNoDateline(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Brother Anselm (Piet Vos) — the abbey's last monk — visited Ghent.",
			map[string]doc.EntityType{"Brother Anselm": doc.Person, "Piet Vos": doc.Person, "Ghent": doc.Place}, "Piet Vos", doc.Person},
		{"Lena Marsh (Iowa) — a retired nurse — won the seat.",
			map[string]doc.EntityType{"Lena Marsh": doc.Person, "Iowa": doc.Place}, "Iowa", doc.Place},
	})
}

// A dateline's place in capitals is a place, whatever the tagger said and
// whatever its head word says, when its region, a date or an agency stands
// between it and the dash; a firm in capitals opening a sentence is not.
func TestADatelinesTownIsAPlace(t *testing.T) {
	checkTypes(t, []typeCase{
		{"MAPLE COLLEGE, Ore. — The council met on Monday.",
			map[string]doc.EntityType{"MAPLE COLLEGE": doc.Organization}, "MAPLE COLLEGE", doc.Place},
		{"RIVER CENTER, Ky. (Korvo) — The mayor spoke.",
			map[string]doc.EntityType{"RIVER CENTER": doc.Organization, "Korvo": doc.Organization}, "RIVER CENTER", doc.Place},
		{"ZENTRA (NYSE: ZEN) said profits rose.",
			map[string]doc.EntityType{"ZENTRA": doc.Organization}, "ZENTRA", doc.Organization},
		{"CHESS LEAGUE - Results of the week were posted.",
			map[string]doc.EntityType{"CHESS LEAGUE": doc.Organization}, "CHESS LEAGUE", doc.Organization},
	})
}

// A name the tagger read as a place or OTHER is a body (a paper, a site,
// an agency) where it is the source of a report or the one told; not a
// name that only modifies the noun that is, nor a group of people.
func TestTheSourceOfAReportIsAnOrganization(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The deal collapsed last week, according to Zorbly.",
			map[string]doc.EntityType{"Zorbly": doc.Place}, "Zorbly", doc.Organization},
		{"According to Plinko: “The senator has won.”",
			map[string]doc.EntityType{"Plinko": doc.Other}, "Plinko", doc.Organization},
		{"The mayor told the Harwick Ledger that she would stay.",
			map[string]doc.EntityType{"Harwick Ledger": doc.Place}, "Harwick Ledger", doc.Organization},
		{"In an interview with Plinko, the senator said he would run.",
			map[string]doc.EntityType{"Plinko": doc.Other}, "Plinko", doc.Organization},
		{"She told the Zorbly magazine about her life.",
			map[string]doc.EntityType{"Zorbly": doc.Place}, "Zorbly", doc.Organization},
		{"The Zorbly reporter asked two questions.",
			map[string]doc.EntityType{"Zorbly": doc.Place}, "Zorbly", doc.Place},
		{"Officials told Harwick residents to boil their water.",
			map[string]doc.EntityType{"Harwick": doc.Place}, "Harwick", doc.Place},
		{"The bill stalled, according to a Zorblan familiar with the talks.",
			map[string]doc.EntityType{"Zorblan": doc.Other}, "Zorblan", doc.Other},
		{"The bill stalled, according to Zorblians in the House.",
			map[string]doc.EntityType{"Zorblians": doc.Other}, "Zorblians", doc.Other},
	})
}

// A US state's name and "State" is the state's university or its team,
// whatever the tagger said; "New York State" is the state.
func TestAStatesNameAndStateIsItsSchool(t *testing.T) {
	checkTypes(t, []typeCase{
		{"She studied law at Oregon State before she moved east.",
			map[string]doc.EntityType{"Oregon State": doc.Place}, "Oregon State", doc.Organization},
		{"Crews in New York State cleared the roads.",
			map[string]doc.EntityType{"New York State": doc.Place}, "New York State", doc.Place},
	})
}

// A name that ends in a law's or a treaty's head word names no body nor
// place, whatever the tagger said; a titled person of that surname stays.
func TestLawsAndTreatiesAreNamesOfAnotherKind(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Judges cited the Fair Fishing Act in their ruling.",
			map[string]doc.EntityType{"Fair Fishing Act": doc.Organization}, "Fair Fishing Act", doc.Other},
		{"She pleaded the Fifth Amendment twice.",
			map[string]doc.EntityType{"Fifth Amendment": doc.Organization}, "Fifth Amendment", doc.Other},
		{"The Lisbon Accord ended the dispute.",
			map[string]doc.EntityType{"Lisbon Accord": doc.Place}, "Lisbon Accord", doc.Other},
		{"Mr. Rowan Act spoke to reporters.",
			map[string]doc.EntityType{"Rowan Act": doc.Person}, "Rowan Act", doc.Person},
	})
}

// A law's initials and its head word alone are the law, typed as it is.
func TestALawsInitialsAndHeadWordAreTheLaw(t *testing.T) {
	d := doctest.Parsed(t, "Congress passed the Fair Fishing Act (FFA) in May. Critics say the FFA hurts boats. Judges cited the Act often.",
		map[string]doc.EntityType{"Congress": doc.Organization, "Fair Fishing Act": doc.Organization, "FFA": doc.Organization, "Act": doc.Organization})
	resolve(d)
	assert.Equal(t, "Fair Fishing Act", doctest.EntityOf(d, "FFA", 1))
	assert.Equal(t, "Fair Fishing Act", doctest.EntityOf(d, "Act", 0))
	assert.Equal(t, doc.Other, typeOf(d, "FFA"))
}

// A country's listed alias the tagger took for a person's name is the
// country.
func TestACountrysAliasIsNoPerson(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Three Democrat U.S. senators objected to the plan.",
			map[string]doc.EntityType{"U.S.": doc.Person}, "U.S.", doc.Place},
		{"The rule bars US aid to clinics abroad.",
			map[string]doc.EntityType{"US": doc.Person}, "US", doc.Place},
		{"Exports to the USA rose in June.",
			map[string]doc.EntityType{"USA": doc.Place}, "USA", doc.Place},
	})
}

// A word before a country's alias that reads as a title ("Democrat U.S.
// senators") makes no person of it.
func TestACountrysAliasAfterATitleLikeWordIsTheCountry(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Four Democrat U.S. senators objected to the plan.",
			map[string]doc.EntityType{"U.S.": doc.Place}, "U.S.", doc.Place},
	})
}

// The head word of a name speaks against the tagger's type: a body's head
// after a first name in a name of three words, a paper's head after a
// place's name; not a head that is a surname or ends places' names too.
func TestAHeadWordOutweighsTheTaggersType(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Scholars at the Marta Ruiz Institute disagreed.",
			map[string]doc.EntityType{"Marta Ruiz Institute": doc.Person}, "Marta Ruiz Institute", doc.Organization},
		{"The Dallas Gazette endorsed her on Sunday.",
			map[string]doc.EntityType{"Dallas Gazette": doc.Place}, "Dallas Gazette", doc.Organization},
		{"Settlers moved to the Jordan Bank in May.",
			map[string]doc.EntityType{"Jordan Bank": doc.Place}, "Jordan Bank", doc.Place},
		{"The heiress Marta Ruiz Post gave a party.",
			map[string]doc.EntityType{"Marta Ruiz Post": doc.Person}, "Marta Ruiz Post", doc.Person},
	})
}

// A name that opens with a word of places' names ("Fort", "Lake", "Cape")
// or ends in "Base" is a place where the tagger read a person; a firm's
// name of such a shape stays the firm.
func TestBasesLakesAndCapesArePlaces(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Soldiers at Fort Dunmore held a vigil.",
			map[string]doc.EntityType{"Fort Dunmore": doc.Person}, "Fort Dunmore", doc.Place},
		{"Algae spread across Lake Tamsin this summer.",
			map[string]doc.EntityType{"Lake Tamsin": doc.Person}, "Lake Tamsin", doc.Place},
		{"Jets left Kerrow Air Base at dawn.",
			map[string]doc.EntityType{"Kerrow Air Base": doc.Person}, "Kerrow Air Base", doc.Place},
		{"Shares of Cape Holdings fell.",
			map[string]doc.EntityType{"Cape Holdings": doc.Organization}, "Cape Holdings", doc.Organization},
	})
}

// A person whose first name opens places' names ("Lake", "Cape") stays a
// person when the article also calls her by her surname alone.
func TestAPersonCalledLakeStaysAPerson(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Lake Tamsin wrote the play, and Tamsin also acted in it.",
			map[string]doc.EntityType{"Lake Tamsin": doc.Person, "Tamsin": doc.Person}, "Lake Tamsin", doc.Person},
	})
}

func TestAFullNameTaggedAsAPlaceIsThePersonNamedAloneLater(t *testing.T) {
	d := doctest.Parsed(t, "Protests grew outside Martin Delacroix's rallies on Friday. Critics said Delacroix had gone too far. Delacroix denied it.",
		map[string]doc.EntityType{"Martin Delacroix": doc.Place, "Delacroix": doc.Organization})
	resolve(d)
	full := doctest.EntityOf(d, "Martin Delacroix", 0)
	assert.Equal(t, full, doctest.EntityOf(d, "Delacroix", 0), "the surname alone is the man named in full")
	for _, m := range d.Mentions {
		if m.Kind == doc.Name {
			assert.Equal(t, doc.Person, m.Type, m.Text+": a first name and the surname named alone make a person")
		}
	}
}

func TestAFullNameShapeDoesNotRetypeAFirmsName(t *testing.T) {
	d := doctest.Parsed(t, "Shares of Harold Gresham Holdings rose. Gresham said profit doubled.",
		map[string]doc.EntityType{"Harold Gresham Holdings": doc.Organization, "Gresham": doc.Organization})
	resolve(d)
	assert.Equal(t, doc.Organization, d.Mentions[0].Type, "a firm's head word keeps it a firm")
}
