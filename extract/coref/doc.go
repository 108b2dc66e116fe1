// Package coref resolves mentions to entities. ResolveNames groups the
// NAME mentions into entities (name variants, misspellings, acronyms),
// reads appositions and ages, and adds the epithets and pronouns that
// refer to a name safely; LinkMentions then places the nominal candidates
// (the Nominals layer), name groups ("the Blanchards") and the pronouns
// left over. It reads Tokens, Mentions and Nominals and writes Mentions
// and Entities; a mention it cannot link safely stays unlinked.
package coref
