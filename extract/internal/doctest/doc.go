// Package doctest builds small documents for the stage packages' tests:
// tokenized text with hand-marked NAME mentions, standing in for the
// tagger, so that each stage is tested without running the ones before it.
package doctest
