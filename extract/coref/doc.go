// Package coref resolves mentions to entities. ResolveNames first gives
// each name one type in the document (types.go: person context, the list
// of names everyone knows, the shape of event and organisation names, the
// tagger's majority), then groups the NAME mentions into entities (name variants, misspellings, acronyms),
// reads titles, appositions and ages, and adds the epithets and pronouns
// that refer to a name safely; LinkMentions then places the nominal
// candidates (the Nominals layer: descriptions, described names,
// coordinations), name groups ("the Blanchards") and the pronouns left
// over. Where the document has a parse it decides with it: pronouns are
// the parse's PRON words (not an expletive "it"), descriptions take their
// noun-phrase extent and must head their phrase, appositions and copular
// predicates link through the tree. It reads Tokens, Words, Mentions and
// Nominals and writes Mentions and Entities; a mention it cannot link
// safely stays unlinked.
package coref
