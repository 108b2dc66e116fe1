package event

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Confidence of an event: a frame of the lexicon with participants is the
// surest; a predicate typed by its own lemma without any, the least.
const (
	frameConfidence = 0.6
	lemmaConfidence = 0.5
	bareDiscount    = 0.1 // no participant named
)

// FindEvents adds an event for every predicate of the parse that tells
// something happening: a verb heading a clause, or a noun that names an
// event ("the meeting", "her death"). Its type comes from the lexicon's
// frames and from its arguments (frame.go; an attack of words is no
// attack, attack.go); outside the frames it is the lemma's, and the event
// is kept only when it names a participant or a place. Its participants
// with PropBank roles from its subject, objects and obliques (args.go),
// its place and time from its own dependents (where.go), its factuality
// from the cues around it (factuality.go, govern.go, condition.go), and
// who tells it when it lies in reported speech (source.go). Without a
// parse there are no events.
func FindEvents(d *doc.Document) {
	d.Events = d.Events[:0]
	if len(d.Words) == 0 {
		return
	}
	x := newCtx(d)
	for si := range d.Sentences {
		first, last := d.SentenceWords(si)
		memo := map[int]*doc.Factuality{}
		for w := first; w < last; w++ {
			noun, ok := x.isTrigger(w)
			if !ok {
				continue
			}
			typ := x.frameType(w, noun)
			if typ == "" {
				continue
			}
			ev := doc.Event{Type: typ, Trigger: d.Words[w].Span, Sentence: si, Place: -1}
			if noun {
				ev.Args = x.nounArgs(w, typ)
			} else {
				ev.Args = x.verbArgs(w, typ)
			}
			for i, p := range x.occasionPlaces(w, noun, typ) {
				if i == 0 {
					ev.Place = p
				} else {
					ev.Args = append(ev.Args, doc.Arg{Role: "Argm-LOC", Mention: p}) // "in France and Spain"
				}
			}
			ev.Type = x.attackType(w, ev) // "attacks on her record" are words
			ev.Args = x.withoutSaidParts(x.withSpeaker(ev, w), w, ev.Type)
			ev.Timex, ev.Time = x.when(w)
			if h := x.occasionVerb(w); ev.Timex < 0 && noun && x.speechOccasion(w) {
				ev.Timex, ev.Time = x.when(h) // "said on Friday during a speech": the speech was on Friday
			}
			ev.Factuality = x.factuality(w, ev.Time, memo)
			if ev.Factuality.SpecialCases == "" && x.genericSaying(w) {
				ev.Factuality.SpecialCases = generic // "it is fair to say": no one says it; what is said stays the text's
			}
			if x.datedPast(w, ev.Timex) {
				ev.Factuality.Time = "" // "shut it down to perform an exorcism in late 2014": done, in 2014
			}
			ev.Time = x.comingMonth(w, ev.Timex, ev.Time, ev.Factuality) // "wants to run in November", read as last November
			x.source(&ev, w)
			framed := frameTypes[ev.Type]
			if (!framed || noun && vagueNouns[x.lemma(w)]) && x.realArgs(ev) == 0 && ev.Place < 0 && !x.eventSubject(w, noun) && !x.askedParticipant(w) {
				continue // "disrupt", "the effort", "strength of conviction": no one named, nothing said
			}
			ev.Confidence = confidence(x.realArgs(ev), framed)
			d.Events = append(d.Events, ev)
		}
	}
	x.dropUnusedThings()
}

// eventSubject reports whether verb w has an event noun for subject, its
// own or one it shares ("sales spiked", "the efforts failed to stop
// him"): it names what took part, an event, which is no entity.
func (x *ctx) eventSubject(w int, noun bool) bool {
	if noun {
		return false
	}
	for _, s := range append(x.d.Dependents(w, "nsubj:pass"), x.subjects(w)...) {
		if x.eventNoun(s) && !agencyNouns[x.lemma(s)] { // "the campaign remained committed" is a body
			return true
		}
	}
	return false
}

func confidence(args int, framed bool) float64 {
	c := lemmaConfidence
	if framed {
		c = frameConfidence
	}
	if args == 0 {
		c -= bareDiscount
	}
	return c
}

// withSpeaker gives an event whose trigger is a quote's cue (a statement,
// "wrote", "argued", "warned" ...) the quote's speaker as Arg0 and its
// addressee as Arg2, when the parse named no agent: the quote stage
// follows a speaker across sentences, and reads the quotation marks a
// parse may miss: a speaker the parse made what is said (Arg1) is the one
// who says it ('"...," wrote bureau chief Ana Ruiz').
func (x *ctx) withSpeaker(ev doc.Event, w int) []doc.Arg {
	for _, a := range ev.Args {
		if a.Role == "Arg0" {
			return ev.Args
		}
	}
	q := quoteWithCue(x.d, x.d.Words[w].Span)
	if q == nil {
		return ev.Args
	}
	args := ev.Args
	if i := x.speakerAsTheme(args, q.Speaker); i >= 0 {
		args = slices.Clone(args)
		args[i].Role = "Arg0" // '"...," said Ana Ruiz' with the name parsed as the object: the claim's speaker says it
	}
	has := func(mi int) bool {
		for _, a := range args {
			if x.d.Mentions[a.Mention].Entity == x.d.Mentions[mi].Entity {
				return true
			}
		}
		return false
	}
	if q.Speaker >= 0 && x.d.Mentions[q.Speaker].Entity >= 0 && !has(q.Speaker) {
		args = append(args, doc.Arg{Role: "Arg0", Mention: q.Speaker})
	}
	if q.Addressee >= 0 && x.d.Mentions[q.Addressee].Entity >= 0 && !has(q.Addressee) {
		args = append(args, doc.Arg{Role: "Arg2", Mention: q.Addressee})
	}
	return args
}

// quoteWithCue returns the quote whose cue covers span sp, if any.
func quoteWithCue(d *doc.Document, sp doc.Span) *doc.Quote {
	for i := range d.Quotes {
		if c := d.Quotes[i].Cue; c != nil && c.Contains(sp) {
			return &d.Quotes[i]
		}
	}
	return nil
}

// speakerAsTheme returns the index of the Arg1 of args whose entity is
// that of speaker mention sp, -1 when none or sp has no entity.
func (x *ctx) speakerAsTheme(args []doc.Arg, sp int) int {
	if sp < 0 || x.d.Mentions[sp].Entity < 0 {
		return -1
	}
	for i, a := range args {
		if a.Role == "Arg1" && x.d.Mentions[a.Mention].Entity == x.d.Mentions[sp].Entity {
			return i
		}
	}
	return -1
}
