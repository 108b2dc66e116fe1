// Package event finds events on the dependency parse: every predicate
// that tells something happening (a verb heading a clause, a noun naming
// an event) with its type (a frame of the lexicon, or the verb's lemma),
// its participants with PropBank roles (Arg0 agent, Arg1 patient or
// theme, Arg2..., Argm-LOC for further places), its place and time from
// its own dependents, and its factuality (negated, uncertain, future,
// conditional, asked, and on whose word when it sits in reported speech):
// FindEvents, the Events layer. It also finds the order between events
// ("three weeks after she was released", FindEventLinks, the Links
// layer) and open subject-verb-object relations between named entities
// for verbs outside the frames, at lower confidence (FindOpenRelations,
// the Relations layer). It reads every layer before it; without a parse
// it finds no events.
package event
