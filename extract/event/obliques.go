package event

// Prepositional participants of a verb: the obliques addObliques adds, which
// prepositions take a frame's theme, and parentheticals set apart.

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// addObliques adds the obliques of verb w of type typ, by their
// preposition (roleByPrep); the event's place is left out, and a passive
// verb's by-phrase, its own or hung on another oblique, is the doer.
func (a *argSet) addObliques(w int, typ string, passive bool) {
	x, d := a.x, a.x.d
	obls, preps := d.Obliques(w)
	if passive && !hasRole(a.args, "Arg0") && !slices.Contains(preps, "by") {
		for _, o := range obls {
			for _, n := range x.byAgent(o) {
				a.add("Arg0", n) // "was beaten in the primaries by Ana Ruiz", the by-phrase hung on the caucuses
			}
		}
	}
	for i, o := range obls {
		switch {
		case doc.RelIs(d.Words[o].Rel, "obl:agent") || preps[i] == "by" && passive:
			a.add("Arg0", o)
		case x.placeWord(o, preps[i], typ):
			// the place of the event, not a participant
		case preps[i] == "from" && passive && dativeVerbs[x.verbLemma(w)] && !hasRole(a.args, "Arg0") && x.canAct(o) && !x.isPlace(o):
			a.add("Arg0", o) // "a letter was sent from the director to the members": the director sends it
		case preps[i] == "out of" && x.isPlace(o):
			a.add("Arg2", o) // "came out of Syria": where they came from, a source
		case preps[i] == "to" && x.upTo(o):
			a.addCore("Arg1", o) // "host up to 200 people": an amount of the theme
		case (preps[i] == "against" || preps[i] == "to") && roleByPrep(typ, preps[i]) == "Arg1" &&
			(!passive && x.objectBetween(w, o) || passive && len(x.subjects(w)) > 0):
			// "unites donors against him": the donors are united, he is whom they face; "the
			// system is rigged against him", "was referred to a court": the theme is the subject
			a.add("Arg2", o)
		case prepTheme(typ, preps[i]) && !parenthetical(d, o, w) && // not "for instance, called for"
			x.obliqueRole(typ, preps[i], o) == "Arg1": // not "agreed with the mayor": the other party
			a.addTheme(o, true) // "called for a ban", "decided on the process": what is called for
		default:
			a.add(x.obliqueRole(typ, preps[i], o), o)
		}
	}
}

// prepTheme reports whether the preposition prep marks the theme of
// events of type typ by the frame's own entry (event/prepRoles, "DEMAND
// for", "DECIDE on"): its noun phrase is what the event is about, a
// thing even when abstract, as an object is. The default entries ("*
// against") mark no theme of their own.
func prepTheme(typ, prep string) bool {
	return prepRoles[typ+" "+prep] == "Arg1"
}

// parenthetical reports a bare noun after its preposition before verb v, a
// parenthetical adverbial ("In short, fees for ...", "Ana, on
// balance, decided"), however the parse hung it: a theme follows its verb.
func parenthetical(d *doc.Document, w, v int) bool {
	for _, c := range d.Dependents(w) {
		if r := d.Words[c].Rel; !doc.RelIs(r, "case", "punct") {
			return false
		}
	}
	return w < v
}
