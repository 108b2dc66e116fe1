package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lex"
)

// The lexicon of the stage (lex/data/event.txt): what lemmas mean. Which
// word is a trigger and which words are its arguments comes from the parse.

var (
	// frameOf maps a lemma to the event type it evokes.
	frameOf = frames()
	// eventNouns are nouns outside the frames that name events.
	eventNouns = lex.Words("event/eventNouns")
	// verbOnly lemmas of the frames are events as verbs only ("the
	// report", "a state", "a sign" name things).
	verbOnly = lex.Words("event/verbOnly")
	// nounOnly lemmas of the frames are events of the frame as nouns only
	// ("a deal" is an agreement, "dealt with" is not).
	nounOnly = lex.Words("event/nounOnly")
	// implicitTheme predicates make their subject or possessor Arg1.
	implicitTheme = lex.Words("event/implicitTheme")
	// actingThemes of implicitTheme take a subject that can act as agent.
	actingThemes = lex.Words("event/actingThemes")
	// supportVerbs lend their subject to an event noun object.
	supportVerbs = lex.Words("event/supportVerbs")
	// lightObjectVerbs' subject does the gerund on their object
	// ("had trouble finding"), facedByObject's object does the verb
	// ("the charges facing her"): agents.go.
	lightObjectVerbs = lex.Words("event/lightObjectVerbs")
	lightNouns       = lex.Words("event/lightNouns")
	facedByObject    = lex.Words("event/facedByObject")
	// plannerVerbs lend their subject to an action noun they take as object.
	plannerVerbs = lex.Words("event/plannerVerbs")
	// aspectual verbs with a complement tell when its event ran, no event
	// of their own ("began striking", "continued to fall").
	aspectual = lex.Words("event/aspectual")
	// aspectualPhrasal verbs with the word after them and a complement
	// tell that its event came next ("went on to win").
	aspectualPhrasal = lex.Words("event/aspectualPhrasal")
	// agencyNouns name an organisation when they are a subject.
	agencyNouns = lex.Words("event/agencyNouns")
	// presentationalVerbs bring on the event their subject names (nonevents.go).
	presentationalVerbs = lex.Words("event/presentationalVerbs")
	// creditGerunds are the newsroom jobs of a credit line (nonevents.go).
	creditGerunds = lex.Words("event/creditGerunds")
	// accordNouns are texts of agreement, named for their venue (nonevents.go).
	accordNouns = lex.Words("event/accordNouns")
	// roleNouns name people by their part in one event (nonevents.go).
	roleNouns = lex.Words("event/roleNouns")
	// institutionNouns name an institution when bare ("same-sex marriage").
	institutionNouns = lex.Words("event/institutionNouns")
	// containerNouns stand for the events of their of-phrase.
	containerNouns = lex.Words("event/containerNouns")
	// vagueNouns are events only with a participant named.
	vagueNouns = lex.Words("event/vagueNouns")
	// moneyNouns are raised by fundraising.
	moneyNouns = lex.Words("event/moneyNouns")
	// causativeVerbs control their bare infinitive through an object that acts.
	causativeVerbs = lex.Words("event/causativeVerbs")
	// openGerundVerbs leave the agent of their gerund open.
	openGerundVerbs = lex.Words("event/openGerundVerbs")
	// fromPlaceFrames happen at the place their "from" names.
	fromPlaceFrames = lex.Words("event/fromPlaceFrames")
	// notEvents are stative verbs.
	notEvents = lex.Words("event/notEvents")
	// prepositionalParticiples head no clause without a subject.
	prepositionalParticiples = lex.Words("event/prepositionalParticiples")
	// aboutParticiples say "about" after a noun of no person, body or place.
	aboutParticiples = lex.Words("event/aboutParticiples")
	// adverbialParticiples say "after", "before" or "subject to" in an adverbial's place.
	adverbialParticiples = lex.Words("event/adverbialParticiples")
	// prepIdioms are verbs whose objectless oblique makes an idiom ("took to the streets").
	prepIdioms = lex.Words("event/prepIdioms")
	// readyParticiples with a to-infinitive say its event is near ("is set to open").
	readyParticiples = lex.Words("event/readyParticiples")
	// expletiveVerbs comment on their clause under an expletive "it".
	expletiveVerbs = lex.Words("event/expletiveVerbs")
	// phrasal maps "verb particle" pairs to their type.
	phrasal = lex.Table("event/phrasal")
	// wordnetPhrasal are WordNet's verbs with a particle ("walk_away").
	wordnetPhrasal = lex.Words("wordnet-phrasal/phrasal")
	// comparativePreps before a number say "more than" or "less than" ("won
	// over 60 percent"): no preposition of a phrasal verb.
	comparativePreps = lex.Words("event/comparativePreps")
	// thematicFrames need a thing, not a person, as what undergoes them.
	thematicFrames = lex.Words("event/thematicFrames")
	// publishable nouns are what one publishes when one releases them.
	publishable = lex.Words("event/publishable")
	// contentNouns take a that-clause saying what they hold (things.go).
	contentNouns = lex.Words("event/contentNouns")
	// notThings head phrases that stand for no participant (things.go).
	notThings = lex.Words("event/notThings")
	// setHeads name a set of what their of-phrase names (things.go).
	setHeads = lex.Words("event/setHeads")
	// aspectNouns head no participant even when owned (things.go).
	aspectNouns = lex.Words("event/aspectNouns")
	// prepositionWords are English prepositions: one left after a bare
	// relative clause's verb holds its gap (gap.go).
	prepositionWords = lex.Words("common/prepositions")
	// quantifierWords pick a part of their of-phrase ("some of the
	// money"), which names the participant (amount.go quantifiedOf).
	quantifierWords = lex.Words("common/quantifiers")
	// timeWords head obliques of time or duration.
	timeWords = lex.Words("event/timeWords")
	// hearerVerbs take the one spoken to as object (Arg2).
	hearerVerbs = lex.Words("event/hearerVerbs")
	// askVerbs take the question or the one asked as object (Arg1 or Arg2).
	askVerbs = lex.Words("event/askVerbs")
	// eventCourseNouns name the course of the event noun before them.
	eventCourseNouns = lex.Words("event/eventCourseNouns")
	// prepRoles and nounPrepRoles give an oblique its role by preposition.
	prepRoles     = lex.Table("event/prepRoles")
	nounPrepRoles = lex.Table("event/nounPrepRoles")
	// onFrames take any phrase after "on" as target or topic of their noun.
	onFrames = lex.Words("event/onFrames")
	// topicPreps introduce what an act is about; a time on that noun is its own.
	topicPreps = lex.Words("event/topicPreps")
	// partnerPreps introduce the parties of an event noun.
	partnerPreps = lex.Words("event/partnerPreps")
	// placePreps introduce a place; motionPreps too for motionFrames.
	placePreps   = lex.Words("event/placePreps")
	motionPreps  = lex.Words("event/motionPreps")
	motionFrames = lex.Words("event/motionFrames")
	// measureNouns are amounts, not participants ("fell 9 percent").
	measureNouns = lex.Words("event/measureNouns")
	// objectControl verbs lend their object to their infinitive as subject.
	objectControl = lex.Words("event/objectControl")
	// agentControl verbs lend their object to their infinitive when it can
	// act ("recruited her to lead", not "chose the picture to honour her").
	agentControl = lex.Words("event/agentControl")
	// purposeVerbs of objectControl take an adverbial infinitive of their
	// subject's purpose ("called the police to report it").
	purposeVerbs = lex.Words("event/purposeVerbs")
	// degreeWords on a purposeVerb's object make its infinitive the subject's goal.
	degreeWords = lex.Words("event/degreeWords")
	// prospectiveModifiers make the event noun they modify one to come ("the planned merger").
	prospectiveModifiers = lex.Words("event/prospectiveModifiers")
	// onePlural are plural nouns that name one event ("the talks").
	onePlural = lex.Words("event/onePlural")
	// meansVerbs take as object the means to their subject's end.
	meansVerbs = lex.Words("event/meansVerbs")
	// organizerVerbs lend an agent even to an event noun whose possessor undergoes it.
	organizerVerbs = lex.Words("event/organizerVerbs")
	// dativeVerbs take the receiver as first of two objects ("sent Xi a letter").
	dativeVerbs = lex.Words("event/dativeVerbs")
	// polityNouns name places that act as bodies ("committed every country to reducing").
	polityNouns = lex.Words("event/polityNouns")
	// idioms are verbs with a word that make no event of the verb;
	// itIdioms verbs with an empty "it" as subject (trigger.go).
	idioms   = lex.Words("event/idioms")
	itIdioms = lex.Words("event/itIdioms")
	// participleIdioms are sentence adverbs made of a bare participle ("Going forward").
	participleIdioms = lex.Words("event/participleIdioms")
	// occasionFrames lend the subject of the verb they are an oblique of.
	occasionFrames = lex.Table("event/occasionFrames")
	// givingVerbs give an occasion of speech its speaker ("gave an interview").
	givingVerbs = lex.Words("event/givingVerbs")
	// issuingVerbs put out a text in their subject's name ("issued a statement saying").
	issuingVerbs = lex.Words("event/issuingVerbs")
	// predicativeVerbs make a participle complement passive ("seemed surprised").
	predicativeVerbs = lex.Words("event/predicativeVerbs")
	// venueNouns are held at the place that owns or classifies them (args.go venue).
	venueNouns = lex.Words("event/venueNouns")
	// periodFrames last a while: an in- or at-phrase naming one dates its verb.
	periodFrames = lex.Words("event/periodFrames")
	// nameKinds name the kind of place or medium a name before them is.
	nameKinds = lex.Words("event/nameKinds")
	// receiverVerbs lend their subject as Arg1 to an act of the
	// receivedFrames they take ("faced criticism"), partakeVerbs theirs
	// to an event in their in-phrase ("engaged in clashes"), receive.go.
	receiverVerbs  = lex.Words("event/receiverVerbs")
	receivedFrames = lex.Words("event/receivedFrames")
	ofThemeFrames  = lex.Words("event/ofThemeFrames")
	// countedPeopleFrames take a bare number for people ("killing 12").
	countedPeopleFrames = lex.Words("event/countedPeopleFrames")
	// ownedThemeFrames' possessor undergoes them when no of-phrase does.
	ownedThemeFrames = lex.Words("event/ownedThemeFrames")
	// heldNouns owned by someone who can act are events the owner holds.
	heldNouns = lex.Words("event/heldNouns")
	// namingVerbs' two bare objects are the named (Arg1) and the name (Arg2).
	namingVerbs  = lex.Words("event/namingVerbs")
	partakeVerbs = lex.Words("event/partakeVerbs")
	// petitionVerbs ask in a for-phrase for an event of their subject's own.
	petitionVerbs = lex.Words("event/petitionVerbs")
	// vaguePartakeVerbs lend a harmedNoun subject as Arg1 in the
	// harmFrames ("the victim was involved in the shooting"), receive.go.
	vaguePartakeVerbs = lex.Words("event/vaguePartakeVerbs")
	harmFrames        = lex.Words("event/harmFrames")
	harmedNouns       = lex.Words("event/harmedNouns")
	// ofAgentNouns take their agent after "of" ("the victory of X").
	ofAgentNouns = lex.Words("event/ofAgentNouns")
	// partyNouns are agreements and negotiations; a country compounded
	// with one (countries) is a party to it (party.go).
	partyNouns = lex.Words("event/partyNouns")
	// partitiveHeads pick a part out of their of-phrase ("a majority of voters").
	partitiveHeads = lex.Words("mention/partitiveHeads")
	countries      = lex.Words("event/countries")
	// ownerNouns stand for their possessor ("his body was found": owned.go).
	ownerNouns = lex.Words("event/ownerNouns")
	// verbPrefixes make a hyphenated verb ("out-sold"), no adjective.
	verbPrefixes = lex.Words("event/verbPrefixes")
	// symmetricFrames treat their participants alike.
	symmetricFrames = lex.Words("event/symmetricFrames")
	// coPartyFrames take a "with" phrase that can act as the other party.
	coPartyFrames = lex.Words("event/coPartyFrames")
	// stanceNouns hold a stance toward the act of their of-gerund (stance.go).
	stanceNouns = lex.Words("event/stanceNouns")
)

// frameTypes are the types of the frames, of the phrasal verbs and of the
// senses frame.go picks.
var frameTypes = func() map[string]bool {
	out := map[string]bool{"PUBLISH": true, "REFUSE": true, "FUNDRAISE": true}
	for _, t := range frameOf {
		out[t] = true
	}
	for _, t := range phrasal {
		out[t] = true
	}
	for _, t := range objectSense {
		out[t] = true
	}
	return out
}()

// frames reads the frames list: "TYPE lemma lemma ..." lines.
func frames() map[string]string {
	out := map[string]string{}
	for _, line := range lex.Lines("event/frames") {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			out[w] = f[0]
		}
	}
	return out
}

// lemmaType is the type of an event outside the frames: its lemma in
// capitals, words joined by "_" ("PROPOSE", "PICK_UP").
func lemmaType(lemma string) string {
	return strings.ToUpper(strings.ReplaceAll(lemma, " ", "_"))
}

// roleByPrep is the role an oblique of a verb of type typ takes by its
// preposition, "" when none.
func roleByPrep(typ, prep string) string {
	if r, ok := prepRoles[typ+" "+prep]; ok {
		return r
	}
	return prepRoles["* "+prep]
}
