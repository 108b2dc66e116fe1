// Package quote finds claims: direct quotes and reported speech with
// their cue ("said", "according to"), speaker and addressee. FindQuotes
// writes the Quotes layer; ResumeSpeakers, LinkQuotedSpeakers and
// LinkUnattributedPersons then link the speakers of quotes that name them
// only by a pronoun or not at all, and the first-person pronouns inside
// quotes, adding those mentions through doc. It reads Tokens, Mentions and
// Entities.
package quote
