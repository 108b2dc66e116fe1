package event

// The participants of a participle or adjective that modifies a noun: the
// noun it modifies, in the role the modifier's voice gives it.

// modifiedArgs adds to a the participant that the noun verb w modifies
// stands for: the noun itself for a reduced relative clause ("families
// arriving at the border", "units sold by GM") or of a gerund after a
// preposition when the noun can act ("accused Republicans of placing"),
// else the noun's own agents ("Ruiz's hopes of beating Kent": Ruiz, no
// hope, beats; "talked to her aides about launching": not the aides).
func (x *ctx) modifiedArgs(a *argSet, w int, passive bool) {
	h, role := x.d.Words[w].Head, x.modifiedRole(w, passive)
	if o := x.facedObject(w, h); o >= 0 {
		a.addCore("Arg0", o) // "the charges facing the mayor": she faces them
		a.addCore("Arg1", h)
		return
	}
	if ss := x.lightObjectAgents(w, h); len(ss) > 0 {
		for _, s := range ss {
			a.addCore("Arg0", s) // "had trouble finding a buyer"
		}
		return
	}
	if n := x.ofActor(h, w); role == "Arg0" && n >= 0 {
		a.addCore(role, n) // "a photo of Ruiz wearing a vest": Ruiz wears it, not the photo
		return
	}
	if len(x.d.Dependents(w, "mark")) == 0 || passive || x.canAct(h) { // "as dedicated by X": the noun is dedicated
		a.addCore(role, h)
		return
	}
	for _, s := range x.nounAgents(h) {
		a.add(role, s)
	}
}

// ofActor repairs a gerund w that the parse hung on noun h, which cannot
// act, instead of on the of-phrase that ends right before it: "a photo of
// Ruiz wearing a vest", "a video of the officer shooting". It returns the
// of-phrase, -1 when there is none or h can act.
func (x *ctx) ofActor(h, w int) int {
	d := x.d
	if d.Words[w].XPOS != "VBG" || x.canAct(h) {
		return -1
	}
	for _, n := range d.Dependents(h, "nmod") {
		if _, last, _ := d.Subtree(n); caseOf(d, n) == "of" && last == w && x.canAct(n) {
			return n
		}
	}
	return -1
}

// modifiedRole is the role of the noun a reduced relative clause modifies:
// what undergoes a participle ("units sold"), the agent of a gerund
// ("families arriving"), unless the gerund's subject undergoes it.
func (x *ctx) modifiedRole(w int, passive bool) string {
	switch {
	case passive:
		return "Arg1"
	case x.d.Words[w].XPOS == "VBG" && !implicitTheme[x.lemma(w)]:
		return "Arg0"
	case x.d.Words[w].XPOS == "VBG":
		return "Arg1"
	}
	return "" // "a plan to expand": the noun is no participant of the infinitive
}
