// Package event finds events: a trigger word with its type (MEET,
// ARREST, RELEASE, ...), participants with PropBank-style roles, place and
// time (FindEvents, the Events layer), the order between events ("three
// weeks after she was released", FindEventLinks, the Links layer), and
// open subject-verb-object relations between named entities at lower
// confidence (FindOpenRelations, the Relations layer). It reads every
// layer before it.
package event
