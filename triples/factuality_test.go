package triples

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// toldDoc is a document whose events are set by hand, as extract/event
// would set them: a meeting Ruiz denies, and one that will happen.
func toldDoc(f0, f1 doc.Factuality) *doc.Document {
	text := "Ana Ruiz did not meet Ben Okoro in Lima, Ruiz said. She will meet Okoro in May."
	d := doc.NewDocument("told", text, time.Date(2021, 6, 2, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	addName(d, 0, 2, doc.Person)   // Ana Ruiz
	addName(d, 5, 7, doc.Person)   // Ben Okoro
	addName(d, 8, 9, doc.Place)    // Lima
	addName(d, 10, 11, doc.Person) // Ruiz
	addName(d, 16, 17, doc.Person) // Okoro
	extract.Resolve(d)
	d.Timexes = nil
	at := func(word string, from int) doc.Span {
		i := strings.Index(text[from:], word) + from
		return doc.Span{Start: i, End: i + len(word)}
	}
	d.Events = []doc.Event{
		{Type: "MEET", Trigger: at("meet", 0), Sentence: 0, Args: []doc.Arg{{Role: "participant", Mention: 0}, {Role: "participant", Mention: 1}},
			Place: 2, Timex: -1, Confidence: 0.9, Factuality: f0},
		{Type: "MEET", Trigger: at("meet", 30), Sentence: 1, Args: []doc.Arg{{Role: "participant", Mention: 4}},
			Place: -1, Timex: -1, Confidence: 0.9, Factuality: f1},
	}
	return d
}

func TestBuildStoresFactualityAsNonDefaultAttributes(t *testing.T) {
	d := toldDoc(doc.Factuality{Polarity: "NEG", Reported: true, Source: 3},
		doc.Factuality{Polarity: "POS", Certainty: "CERTAIN", Time: "FUTURE", SpecialCases: "NONE"})
	require.Equal(t, "Ruiz", d.Mentions[3].Text)
	a := Build(d, Meta{})
	denied, planned := EventIRI("told", 0), EventIRI("told", 1)
	assert.True(t, has(a, denied, Polarity, Str("NEG")))
	assert.True(t, has(a, denied, Reported, Str("true")))
	assert.True(t, has(a, denied, ReportedBy, Node(EntityIRI("ana-ruiz"))), "the speaker resolves through 'Ruiz'")
	assert.True(t, has(a, planned, Tense, Str("FUTURE")))
	for _, tr := range a.Bound() {
		if tr.Subject == planned {
			assert.NotContains(t, []string{Polarity, Certainty, SpecialCase, Reported}, tr.Predicate,
				"default values (POS, CERTAIN, NONE) are no quad: %v", tr)
		}
	}
}

// The speaker of a reported event is an entity reference like any other:
// the template names it by its local IRI, and the binding decides which
// graph entity it is, so that when resolution across articles rebinds
// the article (another "Ruiz" came), ng:reportedBy follows.
func TestReportedByGoesThroughTheBinding(t *testing.T) {
	d := toldDoc(doc.Factuality{Polarity: "NEG", Reported: true, Source: 3}, doc.Factuality{})
	a := Build(d, Meta{})
	denied := EventIRI("told", 0)
	speaker := d.Mentions[3].Entity
	require.GreaterOrEqual(t, speaker, 0)
	local := LocalEntityIRI(speaker)
	var inTemplate []string
	for _, tr := range a.Triples {
		if tr.Subject == denied && tr.Predicate == ReportedBy {
			inTemplate = append(inTemplate, tr.Object.Value)
		}
	}
	assert.Equal(t, []string{local}, inTemplate, "the extraction names the speaker locally")

	outs := link.Outcomes(d)
	for i := range outs {
		if outs[i].Local == speaker {
			outs[i].ID, outs[i].Merge = "ana-ruiz-2", "the corpus knows another Ana Ruiz"
		}
	}
	a.Binding = Bind(d.ID, outs)
	assert.True(t, has(a, denied, ReportedBy, Node(EntityIRI("ana-ruiz-2"))), "rebound, the speaker follows")
	assert.False(t, has(a, denied, ReportedBy, Node(EntityIRI("ana-ruiz"))))
	assert.True(t, has(a, EntityIRI("ana-ruiz-2"), Name, Str("Ana Ruiz")), "with the rest of what the article says of her")
}

func TestAssertedEventsGainNoQuads(t *testing.T) {
	a := Build(toldDoc(doc.Factuality{}, doc.Factuality{}), Meta{})
	for _, tr := range a.Bound() {
		assert.NotContains(t, append([]string{Reported, ReportedBy}, NotAsserted...), tr.Predicate)
	}
}

func TestReportedByAnUnnamedSpeakerKeepsTheirWords(t *testing.T) {
	d := toldDoc(doc.Factuality{}, doc.Factuality{Reported: true, Source: -1})
	d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: 52, End: 55}, Text: "She", Kind: doc.Pronoun, Type: doc.Person, Entity: -1})
	d.Events[0].Factuality = doc.Factuality{Certainty: "POSSIBLE", Reported: true, Source: len(d.Mentions) - 1}
	a := Build(d, Meta{})
	ev := EventIRI("told", 0)
	assert.True(t, has(a, ev, SpeakerText, Str("She")))
	assert.True(t, has(a, ev, Certainty, Str("POSSIBLE")))
	assert.True(t, has(a, EventIRI("told", 1), Reported, Str("true")), "an unknown speaker still marks the event reported")
}

func TestFactualityChangesTheHashOnlyThroughTheVersion(t *testing.T) {
	// The hash covers the text and the versions, not the extraction: a new
	// extractor that fills factuality bumps extract.Version, and this
	// graph shape bumped GraphVersion, so stores reload once.
	assert.Equal(t, Hash(toldDoc(doc.Factuality{}, doc.Factuality{}), Meta{}),
		Hash(toldDoc(doc.Factuality{Polarity: "NEG"}, doc.Factuality{}), Meta{}))
	assert.Equal(t, "6", GraphVersion)
}

func TestToldDescribesAndReadsBack(t *testing.T) {
	var told Told
	for _, tr := range Build(toldDoc(doc.Factuality{Polarity: "NEG", Certainty: "POSSIBLE", Reported: true, Source: 3}, doc.Factuality{}), Meta{}).Bound() {
		if tr.Subject == EventIRI("told", 0) {
			told.Set(tr.Predicate, tr.Object.Value)
		}
	}
	assert.False(t, told.Asserted())
	assert.Equal(t, "denied, possible, reported", told.Describe())
	told.Speaker = "Ana Ruiz"
	assert.Equal(t, "denied, possible, reported by Ana Ruiz", told.Describe())
	assert.Equal(t, "asserted", Told{}.Describe())
	assert.True(t, Told{Reported: true}.Asserted(), "reported speech alone is still told as having happened")
	assert.Equal(t, "planned, if ...", Told{Tense: "FUTURE", SpecialCase: "COND_IF_CLAUSE"}.Describe())
	assert.Equal(t, "underspecified", Told{Certainty: "UNDERSPECIFIED"}.Describe())
	assert.False(t, told.Set(Name, "x"))
	assert.Equal(t, "denied, possible", told.How())
	assert.Empty(t, Told{Reported: true}.How())
}
