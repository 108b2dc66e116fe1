package coref

import "github.com/newsgraph/newsgraph/extract/doc"

// governingOrg is the organisation that a pronoun at token tok ("it",
// "its", "itself") refers to by the parse: the subject of the nearest
// clause above it that has an organisation for subject, named before the
// pronoun ("AMD said it would buy ATI", "AMD completed its purchase of
// SeaMicro as part of its strategy": AMD, not the company named last).
// A pronoun inside an apposition is never the noun it is set beside
// ("Intel, its rival": not Intel). -1 when no such subject is found, or
// the pronoun is itself in the subject.
func governingOrg(d *doc.Document, tok int) int {
	w := d.TokenWord(tok)
	if w < 0 {
		return -1
	}
	banned := appositionOf(d, w)
	for a, steps := d.Words[w].Head, 0; a >= 0 && steps < 40; a, steps = d.Words[a].Head, steps+1 {
		for _, s := range d.Subjects(a) {
			if d.Words[s].Token >= tok || dominates(d, s, w) {
				continue
			}
			if e := orgMentionAt(d, d.Words[s].Token); e >= 0 && e != banned {
				return e
			}
		}
	}
	return -1
}

// dominates reports whether word a is w or one of its ancestors.
func dominates(d *doc.Document, a, w int) bool {
	for steps := 0; w >= 0 && steps < 40; w, steps = d.Words[w].Head, steps+1 {
		if w == a {
			return true
		}
	}
	return false
}

// appositionOf is the entity of the noun a phrase holding word w is in
// apposition to ("Intel" for "its" in "Intel, its rival"), -1 if none.
func appositionOf(d *doc.Document, w int) int {
	for a, steps := w, 0; a >= 0 && steps < 4; a, steps = d.Words[a].Head, steps+1 {
		if doc.RelIs(d.Words[a].Rel, "appos") && d.Words[a].Head >= 0 {
			return orgMentionAt(d, d.Words[d.Words[a].Head].Token)
		}
	}
	return -1
}

// orgMentionAt is the organisation entity of the name or description
// covering token t, -1 if none.
func orgMentionAt(d *doc.Document, t int) int {
	for _, m := range d.Mentions {
		if m.FirstTok <= t && t < m.LastTok && m.Kind != doc.Pronoun && m.Entity >= 0 {
			if ent := &d.Entities[m.Entity]; ent.Type == doc.Organization && !ent.Ambiguous() && !creditOnly(d, m.Entity) {
				return m.Entity
			}
		}
	}
	return -1
}
