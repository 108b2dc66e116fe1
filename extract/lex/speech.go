package lex

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Cue describes one inflected form of a verb that introduces speech or a
// claim. Attribution in English news is carried by a small closed class of
// such verbs, which is why a lexicon generalizes where phrase lists do not.
type Cue struct {
	// Speech is true for verbs of saying, which can frame a direct quote
	// ("...," she said); false for verbs of thinking and showing, which
	// only frame reported content ("polls show the race is tied").
	Speech bool
	// Invert is true when the verb may precede its subject after a quote
	// ("...," said the senator).
	Invert bool
	// Addressee is true when the verb takes the hearer as object ("told
	// reporters that ...").
	Addressee bool
	// Gerund marks -ing forms ("..., saying that ..."), whose speaker is
	// the subject of the main clause.
	Gerund bool
	// Base marks the bare and third-person forms that are also common
	// nouns ("the report", "claims", "a tweet"); they need a subject.
	Base bool
	// Attitude verbs take an object rather than a clause ("criticized the
	// plan", "called for a ban"); what follows them is the content.
	Attitude bool
	// DirectOnly verbs frame quotations but are too ambiguous to signal
	// reported speech on their own ("read", "pressed", "echoed").
	DirectOnly bool
}

// CueVerbs maps a lower-case token to its cue description.
var CueVerbs = map[string]Cue{}

// Speech verbs: verbs of saying and writing. Entries are base forms, with
// irregular forms after a slash: "base/past/participle".
var qSpeechBases = List("common/qSpeechBases")

// Verbs of manner that frame direct quotes only.
var qDirectOnlyBases = List("common/qDirectOnlyBases")

// Attitude verbs: stances toward a proposition or proposal, annotated as
// attributions by PolNeAR-style schemes.
var qAttitudeBases = List("common/qAttitudeBases")

// Thought and evidence verbs frame reported content but not direct quotes.
var qThoughtBases = List("common/qThoughtBases")

// Verbs that take the hearer as object.
var qAddresseeVerbs = Words("common/qAddresseeVerbs")

// Verbs that invert with their subject after a quotation.
var qInvertVerbs = Words("common/qInvertVerbs")

// qNounLike verbs have bare forms that are common nouns ("the report
// notes", "a tweet"), so those forms need a clear subject.
var qNounLike = Words("common/qNounLike")

// qDoubled lists verbs that double their final consonant.
var qDoubled = Words("common/qDoubled")

func init() {
	for _, b := range qSpeechBases {
		qAddVerb(b, true)
	}
	for _, b := range qThoughtBases {
		qAddVerb(b, false)
	}
	for _, b := range qAttitudeBases {
		base := strings.Split(b, "/")[0]
		if _, known := CueVerbs[base]; !known {
			qAddVerb(b, false)
		}
		for _, f := range []string{base, ThirdPerson(base), RegularPast(base), Gerund(base), strings.Split(b+"/", "/")[1]} {
			if c, ok := CueVerbs[f]; ok && f != "" {
				c.Attitude = true
				CueVerbs[f] = c
			}
		}
	}
	for _, b := range qDirectOnlyBases {
		base := strings.Split(b, "/")[0]
		qInvertVerbs[base] = true
		if _, known := CueVerbs[base]; known {
			continue
		}
		qAddVerb(b, true)
		for _, f := range []string{base, ThirdPerson(base), RegularPast(base), Gerund(base)} {
			if c, ok := CueVerbs[f]; ok {
				c.DirectOnly = true
				CueVerbs[f] = c
			}
		}
		if p := strings.Split(b, "/"); len(p) > 1 {
			c := CueVerbs[p[1]]
			c.DirectOnly = true
			CueVerbs[p[1]] = c
		}
	}
}

// qAddVerb registers every inflected form of a verb.
func qAddVerb(spec string, speech bool) {
	parts := strings.Split(spec, "/")
	base := parts[0]
	past, part := RegularPast(base), ""
	if len(parts) > 1 {
		past = parts[1]
	}
	if len(parts) > 2 {
		part = parts[2]
	}
	info := Cue{Speech: speech, Invert: qInvertVerbs[base], Addressee: qAddresseeVerbs[base]}
	set := func(form string, c Cue) {
		if form == "" {
			return
		}
		if old, ok := CueVerbs[form]; ok && old.Speech && !c.Speech {
			return
		}
		CueVerbs[form] = c
	}
	bare := info
	bare.Base = qNounLike[base]
	set(base, bare)
	set(ThirdPerson(base), bare)
	set(past, info)
	set(part, info)
	ger := info
	ger.Gerund, ger.Invert = true, false
	set(Gerund(base), ger)
}

// IsAttribution reports whether tokens from i look like "Name said" or
// "she said" continuing a quotation: up to four capitalized words or a
// pronoun, then a speech verb.
func IsAttribution(d *doc.Document, i int) bool {
	toks := d.Tokens
	k := i
	for n := 0; n < 4 && k < len(toks); n++ {
		w := toks[k].Text
		if speechVerbs[strings.ToLower(w)] {
			return n > 0
		}
		if !(doc.StartsUpper(w) || SubjectPronouns[strings.ToLower(w)]) {
			return false
		}
		k++
	}
	return k < len(toks) && speechVerbs[strings.ToLower(toks[k].Text)]
}

// speechVerbs are the cue verbs of reported speech, in the forms that follow
// a quotation.
var speechVerbs = Words("common/speechVerbs")
