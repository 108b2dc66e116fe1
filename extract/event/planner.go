package event

// ownedUndertaking reports an event noun with a possessor: the possessor's
// undertaking, which a planner verb's subject may only run or carry on for
// them ("the aide who runs the senator's campaign", "ran his 2010 drive"),
// so the subject is no agent of it; the possessor is.
func (x *ctx) ownedUndertaking(w int) bool {
	return len(x.d.Dependents(w, "nmod:poss")) > 0
}
