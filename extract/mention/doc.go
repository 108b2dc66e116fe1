// Package mention finds the mentions the rest of the pipeline works on.
// FindNames tags proper names with the trained sequence tagger
// (internal/tagger; model and training figures in model/) and writes NAME
// mentions to the Mentions layer. FindNominalMentions writes the Nominals
// layer: candidate common-noun mentions of people, organisations and
// places ("the reality star", "local residents who live near the
// harbour"), one per noun that heads a noun phrase on the dependency
// parse, typed by the mention tagger and the noun lexicon, with the
// phrase's extent (NounPhrase); descriptions before a name ("the carmaker
// Volvo") and coordinations of mentions ("Ford and Kia") are candidates
// too. It runs after the name half of coreference and leaves out phrases
// already placed. It reads Tokens, Words and Mentions.
//
// Extents follow the coreference corpora where they agree: a mention is
// the whole noun phrase, with its relative and participial clauses and
// prepositional complements, without its appositions and conjuncts (each
// a mention of its own), a possessor with its marker ("the team's", as
// GUM; MEANTIME leaves the marker out). A name keeps the tagger's extent
// ("United States"), which CoNLL annotates, where GUM and MEANTIME mark
// the phrase ("the United States"); NameNounPhrases adds that phrase. A
// phrase that says more of the name than an article or a possessive
// marker ("Ana Ruiz of the Greens", "veteran Ana Ruiz") is a nominal
// mention of the name's entity around its NAME mention.
package mention
