package doc

import (
	"slices"
	"testing"
	"time"
)

// A co-speaker coreference gave the speaker's entity, or another
// co-speaker's, adds no speaker; one with no entity stays.
func TestOtherSpeakersDropsTheSpeakersOwnEntity(t *testing.T) {
	d := NewDocument("t", "He and Brafman and Lund and the crowd said so.", time.Time{})
	brafman := d.AddEntity(Entity{ID: "brafman", Name: "Ben Brafman", Type: Person})
	lund := d.AddEntity(Entity{ID: "lund", Name: "Ana Lund", Type: Person})
	he := d.AddMention(Mention{Span: Span{Start: 0, End: 2}, Text: "He", Kind: Pronoun, Entity: brafman})
	b := d.AddMention(Mention{Span: Span{Start: 7, End: 14}, Text: "Brafman", Kind: Name, Entity: brafman})
	l := d.AddMention(Mention{Span: Span{Start: 19, End: 23}, Text: "Lund", Kind: Name, Entity: lund})
	crowd := d.AddMention(Mention{Span: Span{Start: 28, End: 37}, Text: "the crowd", Kind: Nominal, Entity: -1})
	q := Quote{Speaker: he, CoSpeakers: []int{b, l, crowd}, Addressee: -1}
	if got, want := d.OtherSpeakers(q), []int{l, crowd}; !slices.Equal(got, want) {
		t.Fatalf("OtherSpeakers = %v, want %v", got, want)
	}
}
