package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// governingSubject is the entity of the named person who is the subject
// of the clause that pronoun m's clause hangs on as a conjunct, an
// adverbial or a parenthetical, in m's gender: "Ana Ruiz said the plan
// would fail, though she acknowledged ..." and "Even as he denied it,
// Tom Hale ..." are Ruiz's and Hale's, not another person's the article
// names more often; so is the subject of an adverbial clause before m on
// m's own verb (advclSubject). -1 when there is none.
func governingSubject(d *doc.Document, m doc.Mention, inQuote []bool) int {
	if e := advclSubject(d, m, inQuote); e >= 0 {
		return e
	}
	w := d.TokenWord(m.FirstTok)
	if w < 0 || !doc.RelIs(d.Words[w].Rel, "nsubj") {
		return -1
	}
	content := false // v is a clause of what someone reports
	for v, steps := d.Words[w].Head, 0; v >= 0 && steps < 4; steps++ {
		if !doc.RelIs(d.Words[v].Rel, "conj", "advcl", "parataxis") && !(content && doc.RelIs(d.Words[v].Rel, "ccomp")) {
			return -1
		}
		v = d.Words[v].Head
		if v < 0 || d.NonFinite(v) {
			return -1 // "with Lund standing behind him as he spoke": no clause of Lund's
		}
		if s := d.Dependents(v, "nsubj"); len(s) > 0 {
			if e := agreeingPerson(d, s[0], m, inQuote); e >= 0 || !inQuote[d.Words[v].Token] {
				return e // the nearest clause with a subject decides
			}
			// the parse hung m's clause on the content of a claim: it
			// goes with the clause that reports it
			content = true
		}
	}
	return -1
}

// agreeingPerson is the entity of the named person whose mention word w
// heads, outside anything quoted, of pronoun m's gender or of none
// stated; -1 otherwise.
func agreeingPerson(d *doc.Document, w int, m doc.Mention, inQuote []bool) int {
	t := d.Words[w].Token
	for _, o := range d.Mentions {
		if o.FirstTok > t || t >= o.LastTok || o.Entity < 0 || o.Kind == doc.Pronoun || inQuote[o.FirstTok] ||
			d.HeadNoun(o.FirstTok, o.LastTok) != w {
			continue
		}
		e := d.Entities[o.Entity]
		if e.Type == doc.Person && !e.Ambiguous() && (e.Gender == doc.Unknown || e.Gender == m.Gender) && named(d, o.Entity) {
			return o.Entity
		}
	}
	return -1
}

// reportedTurn reports whether the reported claim whose speaker is
// pronoun m goes on from the passage before it, so that its "he" is the
// passage's center: m is not inside a quotation, no person of m's gender
// is named or referred to in m's own sentence before it, named inside
// what is reported or not ("Union leaders
// distrust him because he favors ...", "Ms. Ruiz found work there, she
// said" keep the link coreference gave), and the center, mention c, lies
// in the latest sentence before m that refers to such a person ("Just
// look at Tom Hale. He has said ..." is Hale, whoever the center is).
func reportedTurn(d *doc.Document, m doc.Mention, c int, inQuote []bool) bool {
	if inQuote[m.FirstTok] {
		return false
	}
	first := d.Sentences[d.Tokens[m.FirstTok].Sentence].First
	latest := -1 // token of the latest mention of an agreeing person before m
	for _, o := range d.Mentions {
		if o.FirstTok >= m.FirstTok || o.Entity < 0 || o.FirstTok <= latest || o.Kind == doc.Pronoun && inQuote[o.FirstTok] {
			continue // a quoted "he" may be anyone the speaker speaks of
		}
		e := d.Entities[o.Entity]
		if e.Type != doc.Person || e.Gender != doc.Unknown && e.Gender != m.Gender {
			continue
		}
		if o.FirstTok >= first {
			return false
		}
		latest = o.FirstTok
	}
	return latest < 0 || d.Tokens[latest].Sentence == d.Tokens[c].Sentence
}

// subordinate reports whether word w lies in a relative or adverbial
// clause of its sentence: "when Tom Hale took office", "whom Hale
// captivated".
func subordinate(d *doc.Document, w int) bool {
	for steps := 0; w >= 0 && steps < 64; steps++ {
		if d.Words[w].Rel == "acl:relcl" || doc.RelIs(d.Words[w].Rel, "advcl") {
			return true
		}
		w = d.Words[w].Head
	}
	return false
}

// personSubject reports whether the main clause of sentence si has a
// person as its subject, who is then the sentence's center.
func personSubject(d *doc.Document, si int) bool {
	first, last := d.SentenceWords(si)
	for w := first; w < last; w++ {
		if d.Words[w].Head >= 0 {
			continue
		}
		for _, s := range d.Subjects(w) {
			t := d.Words[s].Token
			for _, o := range d.Mentions {
				if o.FirstTok <= t && t < o.LastTok && o.Type == doc.Person && d.HeadNoun(o.FirstTok, o.LastTok) == s {
					return true
				}
			}
		}
	}
	return false
}

// advclSubject is the entity of the named person who is the subject of
// an adverbial clause before pronoun m, hung on m's own verb: "When Tom
// Hale was asked about it, he said ..." is Hale's. -1 when there is none.
func advclSubject(d *doc.Document, m doc.Mention, inQuote []bool) int {
	w := d.TokenWord(m.FirstTok)
	if w < 0 || !doc.RelIs(d.Words[w].Rel, "nsubj") || d.Words[w].Head < 0 {
		return -1
	}
	for _, a := range d.Dependents(d.Words[w].Head, "advcl") {
		if a > w || conditional(d, a) {
			continue // "If Tom Hale loses, he said ..." supposes Hale, who need not speak
		}
		if s := d.Dependents(a, "nsubj"); len(s) > 0 {
			if e := agreeingPerson(d, s[0], m, inQuote); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// conditional reports whether clause w is marked as a condition ("if").
func conditional(d *doc.Document, w int) bool {
	for _, k := range d.Dependents(w, "mark") {
		if conditionalMarks[strings.ToLower(d.Words[k].Text)] {
			return true
		}
	}
	return false
}

// personal reports whether pronoun m is a personal pronoun ("he", "she"),
// not a relative one ("candidates like Hale, who say ...").
func personal(d *doc.Document, m doc.Mention) bool {
	w := d.TokenWord(m.FirstTok)
	return w >= 0 && d.Words[w].XPOS == "PRP"
}
