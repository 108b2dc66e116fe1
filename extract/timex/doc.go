// Package timex finds time expressions and normalizes them to TIMEX3
// values against the article date ("last Friday", "three weeks after she
// was released", "the fiscal year ended June 30"). It reads Tokens and
// Sentences and writes the Timexes layer; the calendar arithmetic is
// package timex/value.
package timex
