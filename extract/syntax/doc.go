// Package syntax is the pipeline's syntax stage: it splits the tokens into
// the syntactic words of Universal Dependencies ("don't" is do + n't,
// "well-known" well - known), then tags each word with its part of speech
// and lemma and finds the dependency tree of each sentence with models the
// project trains from UD English treebanks (internal/postag,
// internal/depparse; `make train`).
//
// Reads: tokens, sentences. Writes: words (Document.Words). The helpers
// that read the tree (Subtree, Subjects, Objects, Obliques, Negated,
// Modal, Complements, HeadNoun) are methods of doc.Document, so that every
// later stage can use them.
package syntax
