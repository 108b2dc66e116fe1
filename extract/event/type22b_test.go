package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A predicate whose only participant is the unknown of a question ("how
// many fishermen", "which crew") is kept: the phrase heads no mention,
// but the event is told all the same. A predicate outside the frames with
// no participant at all is still dropped.
func TestAskedParticipantKeepsTheEvent(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"Nobody in the harbor knows how many fishermen will participate.", "participate", true},
		{"The report does not say which crew repainted the old hull.", "repainted", true},
		{"Kim Lund will participate.", "participate", true},
		{"Nobody wanted to participate.", "participate", false},
	} {
		d := parsed(t, c.text, map[string]doc.EntityType{"Kim Lund": doc.Person})
		if got := hasEvent(d, c.trigger); got != c.want {
			t.Errorf("%q: event %q %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}

// "following" with no subject of its own, in an adverbial's place or
// after a noun of no person, says when ("after"), no act of following,
// and "depending on" says on what condition; after people, as a
// conjunct, after "without" or with an auxiliary it is the act.
func TestFollowingAsPreposition(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Falkvik": doc.Place, "Norrbank": doc.Organization}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kim Lund was granted a pardon following his arrest in Falkvik.", false},
		{"Following a long lunch with the mayor, Kim Lund drove to Falkvik.", false},
		{"The uproar following the Falkvik vote lasted a week.", false},
		{"Kim Lund has been following the Falkvik case for years.", true},
		{"Checking the ledgers and following the money, Kim Lund found the fraud.", true},
		{"The voters following Kim Lund into Falkvik were cheering.", true},
		{"The Falkvik harbor is worth ten million dollars, depending on the buyer.", false},
		{"Kim Lund ran the campaign without depending on Norrbank.", true},
	} {
		d := parsed(t, c.text, names)
		if got := hasEvent(d, "following") || hasEvent(d, "Following") || hasEvent(d, "depending"); got != c.want {
			t.Errorf("%q: event of the participle %v, want %v", c.text, got, c.want)
		}
	}
}

// "take place" happens and "take part" joins only with the bare noun: a
// possessor or a rank makes the noun a position of its own ("took her
// place" replaced her, "took second place" finished second).
func TestOwnedOrRankedPlaceIsNoIdiom(t *testing.T) {
	names := map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person, "Falkvik": doc.Place}
	for _, c := range []struct{ text, want string }{
		{"The regatta took place in Falkvik last summer.", "TAKE_PLACE"},
		{"When Ola Berg left, Kim Lund took her place on the harbor board.", "TAKE"},
		{"Kim Lund took second place in the Falkvik regatta.", "TAKE"},
		{"Ola Berg took part in the Falkvik regatta.", "TAKE_PART"},
	} {
		d := parsed(t, c.text, names)
		if got := event(t, d, "took").Type; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}
