// Package lex is the lexicon of the extraction stages: the closed word
// classes of English, the event-trigger and speech-verb lexicons, the
// chunker's noun lexicon, first names and number words, and verb
// inflection and lemmas, written once. The lists are data (data/*.txt, each
// with a comment saying what it is for); the stages read them through
// Words, Table, Numbers, Genders, Types and List. It imports only doc.
package lex
