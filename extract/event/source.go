package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// The source of an event is who the text has tell it: the speaker of a
// quote whose content holds it (the quote stage follows speakers across
// sentences and through coreference), else the parse's speaker: the
// subject of a verb of saying or thinking whose clause holds the event
// ("farmers said they were forced to sell", "the shop is closing, the
// owners announced"), or the "according to" phrase of its clause. A
// judging quote's object ("dismissed the criticism") is no content of it, and a
// quote whose cue is not itself told as done ("would pledge to", "did not
// say whether") reports nothing yet. The writer's glosses inside what is
// reported are the text's own (gloss.go); the saying itself is told by
// the outlet that reports it ("..., said Ana Ruiz, reports the Ledger"),
// and what one claims to do on one's word ("claim to object").

// source marks event ev, triggered by word w, with the one who tells it.
func (x *ctx) source(ev *doc.Event, w int) {
	ev.Factuality.Source = -1
	if x.narratedAdjunct(w) {
		return // "he said, pointing to the flood": the writer's narration
	}
	for i := range x.d.Quotes {
		q := &x.d.Quotes[i]
		if !x.inContent(q, ev.Trigger) || !x.reports(q, w) {
			continue
		}
		if x.quotedGloss(q, w) {
			break // "vowed to repeal the act, a law that bars ...": the writer's gloss, unless it reports on its own
		}
		ev.Factuality.Reported = true
		ev.Factuality.Source = q.Speaker
		if q.Speaker >= 0 {
			return
		}
		break // a speaker the quote stage did not find: the parse may name one
	}
	if quoteWithCue(x.d, ev.Trigger) != nil {
		if s := x.cueTeller(w); s >= 0 {
			ev.Factuality.Reported = true // "..., said Ana Ruiz, reports the Ledger"
			ev.Factuality.Source = s
		}
		return // a quote's own cue is told by the text, whatever the parse hangs it on
	}
	if s := x.teller(w); s >= 0 {
		ev.Factuality.Reported = true
		ev.Factuality.Source = s
	}
}

// inContent reports whether span sp lies in the content of quote q.
func (x *ctx) inContent(q *doc.Quote, sp doc.Span) bool {
	for _, c := range q.Content {
		if c.Contains(sp) {
			return true
		}
	}
	return false
}

// reports reports whether quote q tells the event of word w: w is not the
// object of a judging cue, and the cue is not denied, to come or supposed.
func (x *ctx) reports(q *doc.Quote, w int) bool {
	d := x.d
	if q.Cue == nil {
		return true
	}
	cue, joined, path := -1, false, []int{}
	for k, h := w, 0; k >= 0 && h < 32; k, h = d.Words[k].Head, h+1 {
		if q.Cue.Contains(d.Words[k].Span) {
			cue = k
			break
		}
		joined = joined || !q.Direct && doc.RelIs(d.Words[k].Rel, "ccomp") && x.coordinated(k)
		path = append(path, k)
	}
	if cue < 0 {
		return true // a cue the parse does not reach ("..., she said" hung elsewhere)
	}
	if joined {
		return false // "few thought so, and the share had tumbled": the text's own clause
	}
	if d.Words[w].Head == cue && doc.RelIs(d.Words[w].Rel, "obj", "nsubj:pass") && (!sayVerbs[x.lemma(cue)] || negative[x.lemma(cue)]) ||
		!q.Direct && !x.inQuotationMarks(w) && x.namedInObject(path, cue) {
		// "dismissed the criticism", "denied the report": what is judged, not what is said;
		// "praised the efforts of a rancher to block the pipeline", "attacked rules that help
		// developers": the writer names what is judged; "announced his resignation" tells it
		return false
	}
	return x.saidSo(cue)
}

// namedInObject reports whether the path from an event up to the cue of a
// quote runs through the first object of a judging cue and, below it (and
// below the nouns coordinated with it: "accused the media and the
// campaign of ..."), through the writer's naming of that object.
func (x *ctx) namedInObject(path []int, cue int) bool {
	d := x.d
	i := len(path) - 1
	if i < 1 || !x.judged(path[i], cue) {
		return false
	}
	for i > 1 && doc.RelIs(d.Words[path[i-1]].Rel, "conj") {
		i--
	}
	return x.namedPart(path[i-1], path[i])
}

// judged reports whether nominal k is the first object of cue, a verb that
// judges it and neither says, thinks, shows nor urges anything of it
// ("dismissed", "praised"), or one that denies it.
func (x *ctx) judged(k, cue int) bool {
	d := x.d
	if d.Words[k].Head != cue || !doc.RelIs(d.Words[k].Rel, "obj", "nsubj:pass") {
		return false
	}
	for _, o := range d.Dependents(cue, "obj", "iobj") {
		if o < k {
			return false // "called him an opportunist who ...": the second object is what is said
		}
	}
	l := x.lemma(cue)
	return !speechVerbs[l] && !showVerbs[l] && !urgeVerbs[l] || negative[l]
}

// namedPart reports whether word c, hung on the object o of a judging verb,
// is part of the writer's naming of that object: a relative clause ("rules
// that help developers"), a noun ("the efforts of a rancher"), an
// infinitive ("her attempt to close it") or a passive participle with its
// phrase ("the deal negotiated by Ruiz"); not what the verb says of the
// object, which the parser may hang on it: an "of", "as" or "for" phrase
// ("accused him of lying", "accused the campaign of false attacks", "cited
// the probe as proof"), a bare participle ("described donors seeking
// favours", "a candidate aggrieved"), a clause ("rejected the idea that").
func (x *ctx) namedPart(c, o int) bool {
	d := x.d
	for _, m := range d.Dependents(c, "mark", "case", "advmod") {
		switch strings.ToLower(d.Words[m].Text) {
		case "of", "as", "for":
			if d.Words[c].UPOS == "VERB" || x.canAct(o) {
				return false
			}
		}
	}
	switch {
	case doc.RelIs(d.Words[c].Rel, "acl:relcl"):
		return true
	case d.Words[c].UPOS == "NOUN" || d.Words[c].UPOS == "PROPN":
		return true
	case !doc.RelIs(d.Words[c].Rel, "acl"):
		return false
	}
	return infinitive(d, c) || d.Words[c].XPOS == "VBN" && len(d.Dependents(c, "mark")) == 0 && len(d.Dependents(c, "obl")) > 0
}

// saidSo reports whether the verb of saying w is told as done by its own
// auxiliaries ("went on to say" said it): not denied ("did not say"), to
// come ("will say") or supposed ("if she says"); "can say" says it.
func (x *ctx) saidSo(w int) bool {
	f := x.ownFactuality(w, "")
	toCome := f.Time == future && (f.Certainty == "" || f.Certainty == certain)
	return f.Polarity != neg && !toCome && f.SpecialCases == ""
}

// teller returns the mention of who tells the event of word w by the
// parse: the subject of the verb of saying or thinking whose clause holds
// it, the holder of a claim noun whose "that" clause holds it, or the
// "according to" phrase of a clause above it; -1 when none.
func (x *ctx) teller(w int) int {
	d := x.d
	path := map[int]bool{}
	for n, steps := w, 0; n >= 0 && steps < 32; n, steps = d.Words[n].Head, steps+1 {
		path[n] = true
		if s := x.accordingTo(n, path); s >= 0 {
			return s
		}
		for _, p := range x.afterthoughts(n) {
			if !path[p] && x.tells(p) && len(d.Dependents(p, "ccomp", "xcomp", "obj")) == 0 {
				return x.subjectMention(p) // "the shop is closing, the owners announced"; not what is inside "..., she said, adding"
			}
		}
		if x.glossStep(n) {
			return -1 // "said the mayor, who took office in May, would resign": the writer's gloss
		}
		h := d.Words[n].Head
		if h >= 0 && doc.RelIs(d.Words[n].Rel, "xcomp") && claimVerbs[x.lemma(h)] && x.saidSo(h) {
			return x.subjectMention(h) // "senators who claim to object": on their word
		}
		if h >= 0 {
			if s := x.claimHolder(n, h); s >= 0 {
				return s // "his warning that the harbor would close": his
			}
		}
		if h >= 0 && doc.RelIs(d.Words[n].Rel, "ccomp") && x.tells(h) && !x.coordinated(n) {
			if !x.saidSo(h) {
				return -1 // "did not say that ...", "will say that ...": nothing told yet
			}
			return x.subjectMention(h)
		}
	}
	return -1
}

// cueTeller returns the mention of who tells the saying of cue w itself:
// an "according to" phrase of its own clause ("she said, according to a
// transcript") or a verb of saying set after it with no content of its
// own ("..., said Ana Ruiz, reports the Ledger"); -1 when none.
func (x *ctx) cueTeller(w int) int {
	if s := x.accordingTo(w, map[int]bool{w: true}); s >= 0 {
		return s
	}
	d := x.d
	after := x.afterthoughts(w)
	if h := d.Words[w].Head; h > w && doc.RelIs(d.Words[w].Rel, "advcl") && !x.quoted(h) {
		after = append(after, h) // "..., Ana Ruiz said, the Ledger reported": the parser may hang the saying on the report
	}
	for _, p := range after {
		if !x.tells(p) || p < w || x.ownClause(p, w) {
			continue // "he claimed, a supporter asked people to clap": a clause of its own
		}
		s := x.subjectMention(p)
		if objs := d.Dependents(p, "obj"); len(objs) > 0 {
			if len(d.Subjects(p)) > 0 || objs[0] < p {
				continue // "..., she said, adding a caveat"
			}
			s = x.mentionOf(objs[0]) // "reports the Ledger": the parser takes the subject after the verb for its object
		}
		if s != x.subjectMention(w) {
			return s
		}
	}
	return -1
}

// ownClause reports whether verb p has a complement or adjunct other than
// the saying w: then it says something of its own.
func (x *ctx) ownClause(p, w int) bool {
	for _, c := range x.d.Dependents(p, "ccomp", "xcomp", "iobj", "obl", "advcl") {
		if c != w {
			return true
		}
	}
	return false
}

// afterthoughts returns the clauses hung on n as parataxis, or as a
// conjunct that no conjunction opens, only a comma ("the shop is closing,
// the owners announced": a parser may take the cue for a conjunct).
func (x *ctx) afterthoughts(n int) []int {
	d := x.d
	out := d.Dependents(n, "parataxis")
	for _, c := range d.Dependents(n, "conj") {
		if c > n && len(d.Dependents(c, "cc")) == 0 {
			out = append(out, c)
		}
	}
	return out
}

// coordinated reports whether clause n opens with a conjunction after the
// verb it hangs on ("... thought of it as a priority, and the share had
// tumbled"): a clause of its own the parser hung on the verb before, no
// content of it.
func (x *ctx) coordinated(n int) bool {
	d := x.d
	first, _, _ := d.Subtree(n)
	if h := d.Words[n].Head; h < 0 || h > first {
		return false // "But he operates differently, he said": the conjunction opens the sentence
	}
	k := first
	if first > 0 && d.Words[first-1].Rel == "cc" {
		k = first - 1
	}
	for ; k < n && d.Words[k].UPOS == "PUNCT"; k++ {
	}
	if k >= n || d.Words[k].Rel != "cc" { // not "both he and she"
		return false
	}
	for k++; k < n && d.Words[k].UPOS == "PUNCT"; k++ {
		if strings.ContainsAny(d.Words[k].Text, "\"“”'‘’`") {
			return false // `he said, but "..."`: a quotation goes on
		}
	}
	return true
}

// tells reports whether word w is a verb that says or thinks what its
// clause holds; factive verbs ("knows that", "found that") have the text
// assert the clause itself.
func (x *ctx) tells(w int) bool {
	l := x.lemma(w)
	return x.d.Words[w].UPOS == "VERB" && speechVerbs[l] && !factiveVerbs[l]
}

// subjectMention returns the mention of the subject of verb w, -1 when
// it has none or an expletive one ("it was reported that"). A participle
// that tells what a statement says speaks for its author ("his office put
// out a statement saying ...", "her statement saying ...").
func (x *ctx) subjectMention(w int) int {
	d := x.d
	if n := d.Words[w].Head; n >= 0 && doc.RelIs(d.Words[w].Rel, "acl") && d.Words[n].UPOS == "NOUN" && len(d.Subjects(w)) == 0 {
		for _, p := range d.Dependents(n, "nmod:poss") {
			if mi := x.mentionOf(p); mi >= 0 {
				return mi
			}
		}
		if v := d.Words[n].Head; v >= 0 && doc.RelIs(d.Words[n].Rel, "obj") {
			w = v
		}
	}
	for _, s := range x.d.Subjects(w) {
		if strings.EqualFold(x.d.Words[s].Text, "it") {
			continue
		}
		if mi := x.mentionOf(s); mi >= 0 {
			return mi
		}
	}
	return -1
}

// accordingTo returns the mention of the "according to" phrase of the
// clause of predicate n: a phrase whose nouns lead up to n, wherever in
// the clause the parser hangs it ("The bank, according to regulators,
// hid ...", "leads by 271 delegates according to a count by the AP"); not
// one on the path from the event ("according to a strategist monitoring
// the race": the monitoring is not the strategist's word). A phrase that
// names no one ("a count", "the report") stands for its author, "by" or
// possessor. -1 when none.
func (x *ctx) accordingTo(n int, path map[int]bool) int {
	d := x.d
	first, last := d.SentenceWords(d.Words[n].Sentence)
	for k := first; k < last; k++ {
		if !strings.EqualFold(d.Words[k].Text, "according") || !doc.RelIs(d.Words[k].Rel, "case", "mark") {
			continue
		}
		o := d.Words[k].Head
		if o < 0 || path[o] || x.clauseOf(o) != n {
			continue
		}
		if mi := x.mentionOf(o); mi >= 0 {
			return mi
		}
		for _, c := range d.Dependents(o, "nmod", "nmod:poss") {
			if c := caseOf(d, c); c != "" && c != "by" {
				continue
			}
			if mi := x.mentionOf(c); mi >= 0 {
				return mi // "a count by The Associated Press"
			}
		}
		if mi := x.documentMaker(o); mi >= 0 && !x.acrossQuote(n, o) && !x.afterColon(n, o) {
			return mi // "according to new Vega Labs research"; not inside what n quotes or lists
		}
	}
	return -1
}

// clauseOf returns the predicate whose clause holds nominal w: the first
// word up its heads that is no noun phrase's part.
func (x *ctx) clauseOf(w int) int {
	d := x.d
	for steps := 0; w >= 0 && steps < 16; steps++ {
		if !doc.RelIs(d.Words[w].Rel, "obl", "nmod", "nmod:poss", "appos", "conj", "nsubj", "nsubj:pass", "obj", "iobj", "compound", "advcl") {
			return w
		}
		switch d.Words[d.Words[w].Head].UPOS {
		case "VERB", "ADJ", "AUX":
			return d.Words[w].Head
		}
		w = d.Words[w].Head
	}
	return -1
}

// quoted reports whether word w lies in the content of a quote.
func (x *ctx) quoted(w int) bool {
	for i := range x.d.Quotes {
		if x.inContent(&x.d.Quotes[i], x.d.Words[w].Span) {
			return true
		}
	}
	return false
}
