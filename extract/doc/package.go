// Package doc is the document model every extraction stage reads and
// writes: an article's text and its layers (paragraphs, sentences, tokens,
// mentions and nominal candidates, entities, time expressions, quotes,
// events, relations, event links), with the token predicates the stages
// share. Mentions and entities are added only through the Document's
// methods (AddMention, AddEntity, AddLinkedMention, Relink), entity ids made
// only by Slug (a name) and LocalID (what one document alone can name).
//
// All offsets are Unicode code points into Document.Text, end exclusive,
// because that is what the output contract and the evaluation corpora
// use. The package imports nothing of the project.
package doc
