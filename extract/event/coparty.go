package event

// obliqueRole is the role of verb w's oblique o introduced by prep, for
// a verb of type typ: roleByPrep's, except that the "with" phrase of a
// frame of two parties (coPartyFrames) is the other party, PropBank's
// Arg2, when it can act: "the mayor agreed with the council" (agree.01),
// while "agreed with the plan" keeps the proposition, Arg1.
func (x *ctx) obliqueRole(typ, prep string, o int) string {
	if prep == "with" && coPartyFrames[typ] && x.canAct(o) {
		return "Arg2"
	}
	return roleByPrep(typ, prep)
}
