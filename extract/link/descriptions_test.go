package link

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

func TestACollectiveNounHasNoNumber(t *testing.T) {
	// the tagger reads "police" as NNS here; in another report, as NN
	d := doctest.Tree(t, "police/NOUN/NNS/4/nsubj and/CCONJ/CC/3/cc officials/NOUN/NNS/1/conj searched/VERB/VBD/0/root")
	d.Words[2].Lemma = "official"
	assert.False(t, inflectedPlural(d, 0), "police: the form is its lemma")
	assert.True(t, inflectedPlural(d, 2), "officials: an inflected plural")
}

// nominalOf is the head nominalHead reads of the description of tokens
// [first, last) of a hand-parsed sentence, with the head's lemma.
func nominalOf(t *testing.T, items string, first, last int, lemma string) string {
	t.Helper()
	d := doctest.Tree(t, items)
	d.Words[last-1].Lemma = lemma
	sp := doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
	return nominalHead(d, doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Nominal, FirstTok: first, LastTok: last})
}

func TestSynonymousHeadsReadAsOne(t *testing.T) {
	shop := nominalOf(t, "the/DET/DT/3/det corner/NOUN/NN/3/compound shop/NOUN/NN/4/nsubj reopened/VERB/VBD/0/root", 0, 3, "shop")
	store := nominalOf(t, "the/DET/DT/2/det store/NOUN/NN/3/nsubj reopened/VERB/VBD/0/root", 0, 2, "store")
	bakery := nominalOf(t, "the/DET/DT/2/det bakery/NOUN/NN/3/nsubj reopened/VERB/VBD/0/root", 0, 2, "bakery")
	assert.Equal(t, store, shop, "one report's shop is the next one's store")
	assert.NotEqual(t, store, bakery, "a bakery is not any store")
	robbers := nominalOf(t, "two/NUM/CD/2/nummod robbers/NOUN/NNS/3/nsubj fled/VERB/VBD/0/root", 0, 2, "robber")
	thieves := nominalOf(t, "the/DET/DT/2/det thieves/NOUN/NNS/3/nsubj fled/VERB/VBD/0/root", 0, 2, "thief")
	guards := nominalOf(t, "the/DET/DT/2/det guards/NOUN/NNS/3/nsubj fled/VERB/VBD/0/root", 0, 2, "guard")
	assert.Equal(t, thieves, robbers)
	assert.NotEqual(t, thieves, guards)
	centre := nominalOf(t, "the/DET/DT/3/det care/NOUN/NN/3/compound centre/NOUN/NN/4/nsubj reopened/VERB/VBD/0/root", 0, 3, "centre")
	center := nominalOf(t, "the/DET/DT/2/det center/NOUN/NN/3/nsubj reopened/VERB/VBD/0/root", 0, 2, "center")
	assert.Equal(t, center, centre, "one noun in two spellings")
}

// describedBody is the description Descriptions gives of the one
// description of a hand-parsed sentence, tokens [first, last).
func describedBody(t *testing.T, items string, first, last int, lemma string, typ doc.EntityType) Description {
	t.Helper()
	d := doctest.Tree(t, items)
	d.Words[last-1].Lemma = lemma
	sp := doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
	mi := d.AddMention(doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Nominal, Type: typ, Entity: -1, FirstTok: first, LastTok: last})
	e := d.AddEntity(doc.Entity{ID: "body", Type: typ})
	d.Mentions[mi].Entity = e
	d.Entities[e].Mentions = []int{mi}
	got := Descriptions(d)
	if len(got) != 1 {
		t.Fatalf("descriptions of %q: %+v", d.Text, got)
	}
	return got[0]
}

func TestABodyOfPeopleHasNoNumberOrType(t *testing.T) {
	police := describedBody(t, "the/DET/DT/2/det police/NOUN/NN/3/nsubj searched/VERB/VBD/0/root", 0, 2, "police", doc.Organization)
	auth := describedBody(t, "the/DET/DT/2/det authorities/NOUN/NNS/3/nsubj searched/VERB/VBD/0/root", 0, 2, "authority", doc.Person)
	assert.Equal(t, Description{Head: auth.Head, Type: auth.Type, Plural: auth.Plural},
		Description{Head: police.Head, Type: police.Type, Plural: police.Plural}, "one report's police are the next one's authorities")
	guards := describedBody(t, "the/DET/DT/2/det guards/NOUN/NNS/3/nsubj searched/VERB/VBD/0/root", 0, 2, "guard", doc.Person)
	assert.Equal(t, doc.Person, guards.Type, "other people keep their type")
}
