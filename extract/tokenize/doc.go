// Package tokenize is the first stage: it splits Document.Text into
// paragraphs, sentences and tokens (the Paragraphs, Sentences and Tokens
// layers), keeping offsets into the original text. It reads no other
// layer.
package tokenize
