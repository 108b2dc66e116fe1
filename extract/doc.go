// Package extract assembles the extraction pipeline: Stages lists the
// stage packages in the order they run over one document model
// (extract/doc), Process runs them, Version names their behaviour.
//
// Each stage is a package of its own that imports only doc and lex, so
// the compiler keeps the boundaries:
//
//	tokenize   text -> paragraphs, sentences, tokens
//	mention    tokens -> NAME mentions (the trained tagger); nominal candidates
//	coref      mentions -> entities (names first, then descriptions and pronouns)
//	relation   entities -> family, affiliation, location and work relations
//	timex      tokens -> TIMEX3 time expressions, resolved against the article date
//	quote      tokens, entities -> quotes and reported speech with speakers
//	event      all of the above -> events, event links, open relations
//
// contract renders a finished document in the JSON output contract, link
// gives entities one id across documents. The package knows nothing of
// graph stores; the triples package maps a finished Document onto the
// graph vocabulary.
package extract
