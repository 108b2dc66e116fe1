// Package link resolves entities across documents: the same real-world
// entity gets the same id in every article of a corpus, and each article's
// entity records why it was taken as one whose id is not its own name
// (Outcome.Merge).
//
// Resolution is a function of the set of articles, not of the order they
// came in: a Corpus holds each article's Records (what resolution reads of
// its named entities), and Resolve identifies the entities of the whole set
// at once, ordering everything by article and name keys, never by arrival.
// So a store built in one run, in two halves, in another order, or after an
// article was removed and added back resolves the same way.
//
// The package reads the Entities layer of finished documents and rewrites
// it (Apply); it knows nothing of the graph.
package link
