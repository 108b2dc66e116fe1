// Package quote finds claims: direct quotes and reported speech with
// their cue ("said", "according to"), speaker and addressee. FindQuotes
// writes the Quotes layer; ResumeSpeakers, LinkQuotedSpeakers and
// LinkUnattributedPersons then link the speakers of quotes that name them
// only by a pronoun or not at all, and the first-person pronouns inside
// quotes, adding those mentions through doc; SourceEntities makes a
// nameless source that no stage made a mention ("a new poll", "one
// source") an entity of its own. It reads Tokens, Mentions and Entities.
package quote
