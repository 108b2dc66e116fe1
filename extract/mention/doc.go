// Package mention finds the mentions the rest of the pipeline works on.
// FindNames tags proper names with the trained sequence tagger
// (internal/tagger; model and training figures in model/) and writes NAME
// mentions to the Mentions layer. FindNominalMentions writes the Nominals
// layer: candidate common-noun mentions of people, organisations and
// places ("the reality star", "local residents"), from the mention tagger
// and a chunker over the noun lexicon, with their extents; it runs after
// the name half of coreference and leaves out phrases already placed.
// It reads Tokens and Mentions.
package mention
