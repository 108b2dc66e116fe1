// Package link resolves entities across documents: a Corpus gives the
// same id to the same real-world entity in every document of a run (and,
// seeded from a store, across runs), and records why each merge was made
// (Entity.Merge). It reads and rewrites the Entities layer of finished
// documents.
package link
