package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// urgedTo returns the object o of an urging cue w and the infinitive a
// parser hung on o as its clause rather than on the cue ("asked the
// campaign to cease", "urges conservatives to unite"); -1, -1 when none.
// Either way the object's phrase holds what was urged.
func (c *qCtx) urgedTo(t *tree, w int) (int, int) {
	o := t.dep(w, "obj", "iobj")
	if o < w {
		return -1, -1
	}
	for _, k := range t.children(o) {
		k := int(k)
		if k > o && c.d.Words[k].Rel == "acl" && t.caseOf(k) == "to" && c.d.Words[k].UPOS == "VERB" {
			return o, k
		}
	}
	return -1, -1
}

// besideObject returns the clauses a parser hung inside roots, what a cue
// says of its object, that are said beside it: a participle of speech
// after a comma (see saidAlong), a cue coordinated with the object's
// predicate ("calling it “disqualifying” and asserting that ..."), a cue
// with a subject of its own coordinated with the object ("brand you a
// liar and NBC News will accuse you"). The cue must hang on a root or a
// noun, or say a clause: another coordinated with a verb deep in the
// object is the object's ("a point she can use to rally support and show
// how ...").
func (c *qCtx) besideObject(t *tree, roots []int) []int {
	var cuts []int
	for _, r := range roots {
		cuts = append(cuts, c.saidAlong(t, r)...)
		first, last := t.span(r)
		for x := first; x < last; x++ {
			if x == r || c.d.Words[x].Rel != "conj" || !t.under(x, r) || !c.cueOfItsOwn(t, x) {
				continue
			}
			if h := c.d.Words[x].Head; h == r || c.nominal(h) || c.saysClause(t, x) {
				cuts = append(cuts, x)
			}
		}
	}
	return cuts
}

// cueOfItsOwn reports whether conjunct x is a cue that reports a claim
// of its own: a cue verb with a clause ("and asserting that ...") or a
// subject of its own ("and NBC News will accuse you of ..."); not a
// passive participle, nor a verb the object's words go on with ("asked
// her to raise her voice and say the word").
func (c *qCtx) cueOfItsOwn(t *tree, x int) bool {
	w := c.d.Words[x]
	if w.XPOS == "VBN" {
		return false // "who was nominated and confirmed by the Senate"
	}
	return w.UPOS == "VERB" && cueLemmas[qLower(w.Lemma)] != 0 && t.dep(x, "nsubj", "ccomp") >= 0
}

// saysClause reports whether cue x is a verb of speech with a clause of
// its own: "and said that ...", which goes with the sentence's predicate
// wherever a parser hung it.
func (c *qCtx) saysClause(t *tree, x int) bool {
	return cueLemmas[qLower(c.d.Words[x].Lemma)]&kSay != 0 && t.dep(x, "ccomp") >= 0
}

// conjunctOfCue reports whether cue x, which says a clause, is a
// conjunct of the cue whose complement a parser hung it on ("is telling
// them that the military is “depleted” and says he will ..."): the
// complement's subject cannot speak, or is a pronoun, most often the
// cue's subject again ("Clinton says she respects him but argues ...").
// A named one is the speaker ("said Clinton approached her and said").
func (c *qCtx) conjunctOfCue(t *tree, x int) bool {
	d := c.d
	h := d.Words[x].Head
	if !c.saysClause(t, x) || d.Words[h].Rel != "ccomp" || d.Words[h].Head < 0 {
		return false
	}
	v := d.Words[d.Words[h].Head]
	if v.UPOS != "VERB" || cueLemmas[qLower(v.Lemma)] == 0 {
		return false
	}
	s := t.dep(h, "nsubj")
	return s < 0 || !c.canSpeak(t, s) || d.Words[s].UPOS == "PRON"
}

// canReport reports whether clause k before a cue can be what it reports:
// not a bare verb phrase a parser took for a clause ("Rattling off
// promises to lower debt, reform the system ..., Clinton promised ..."),
// a verb in its base form or a participle with no subject, auxiliary or
// marker of its own. Nouns pass: "“College Bowl,” he replied".
func (c *qCtx) canReport(t *tree, k int) bool {
	w := c.d.Words[k]
	bare := w.UPOS == "VERB" && (w.XPOS == "VB" || w.XPOS == "VBG")
	return !bare || t.dep(k, "nsubj", "csubj", "expl", "aux", "mark") >= 0
}

// nominal reports whether word x is a noun, a name or a pronoun.
func (c *qCtx) nominal(x int) bool {
	switch c.d.Words[x].UPOS {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// beforeMainClause clips the content of cue w, which stands in an
// adverbial clause with its own marker that opens the sentence, at the
// comma or dash before the main clause's predicate ("Though reports described the push as impossible
// to pull off, | protesting delegates made their point"), whatever words
// of the main clause a parser hung inside it.
func (c *qCtx) beforeMainClause(t *tree, w int, content []doc.Span) []doc.Span {
	d := c.d
	end := c.adverbialEnd(t, w)
	if end < 0 {
		end = c.adverbialEndByWords(w)
	}
	if end <= d.Words[w].Token {
		return content
	}
	limit := d.Tokens[end].Start
	if len(content) == 0 || content[0].Start >= limit {
		return content // "as Lund said, | the depot is gone": the main clause is what it says
	}
	var out []doc.Span
	for _, sp := range content {
		if sp.Start >= limit {
			continue
		}
		if sp.End > limit {
			sp.End = limit
		}
		out = append(out, sp)
	}
	return out
}

// adverbialEnd returns the comma or dash before the main clause's
// predicate when the parse hangs the clause of cue w, with its marker,
// as an adverbial clause on the root after it; -1 otherwise.
func (c *qCtx) adverbialEnd(t *tree, w int) int {
	d := c.d
	a := w
	for d.Words[a].Rel != "advcl" {
		if a = d.Words[a].Head; a < 0 {
			return -1
		}
	}
	h := d.Words[a].Head
	if t.dep(a, "mark") < 0 || h < a || d.Words[h].Head >= 0 || !c.opensSentence(t, a) {
		return -1 // only a clause with its marker that opens the sentence before its root
	}
	end := d.Words[h].Token - 1
	for end > d.Words[w].Token && c.low[end] != "," && !doc.IsDash(c.low[end]) {
		end--
	}
	return end
}

// opensSentence reports whether the phrase of word a opens its sentence,
// but for a conjunction ("But though ...").
func (c *qCtx) opensSentence(t *tree, a int) bool {
	f, _ := t.span(a)
	first, _ := c.d.SentenceWords(c.d.Words[a].Sentence)
	for first < f && doc.RelIs(c.d.Words[first].Rel, "cc", "punct") {
		first++
	}
	return first == f
}
