package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A news text goes on reporting its speaker by a description of the
// speaker's role: "Ana Ruiz said the plan was late. But, the former chief
// of the port added, it would pass." A definite description that is the
// narrator's subject of a verb of saying, right after a named person said
// something (lastSayer), is that person, when nothing else makes it
// someone: it says something of its own (a modifier: "the source said"
// and "the moderator said" may be anyone), has no owner ("her
// spokesman"), no clause that picks someone out, and no earlier mention
// (a chain of its own was opened by someone the text introduced without a
// name: "a UN envoy ... the UN envoy said").

// joinSpeakingDescriptions makes each such description a mention of the
// person who spoke just before it.
func joinSpeakingDescriptions(d *doc.Document) {
	quoted := quotedTokens(d)
	for i := range d.Mentions {
		m := d.Mentions[i]
		if m.Kind != doc.Nominal || m.Type != doc.Person || m.Entity < 0 || len(d.Entities[m.Entity].Mentions) != 1 || named(d, m) {
			continue
		}
		h := speakingDescription(d, m)
		if h < 0 {
			continue
		}
		e := descriptionSayer(d, h, quoted)
		if e < 0 || e == m.Entity || !hasName(d, e) || d.Entities[e].Type != doc.Person || d.Entities[e].Ambiguous() || groupEntity(d, e) {
			continue
		}
		if namedBetween(d, e, m.FirstTok) {
			continue // "X said she knew Y had met Z. The former president denied it": Y or Z may be meant
		}
		if g := lex.PersonNouns[strings.ToLower(d.Words[h].Text)]; (g == doc.Male || g == doc.Female) && gendered(&d.Entities[e]) && d.Entities[e].Gender != g {
			continue // "Ana Ruiz said ... the spokesman said"
		}
		joinPredicate(d, i, e)
	}
}

// speakingDescription is the head word of description m when it is one
// opened by "the", singular, with a modifier of its head (amod, compound,
// nmod) and no owner or clause on it, nor an adverb that sets it against
// others ("even the organizer of the rally said"); -1 otherwise.
func speakingDescription(d *doc.Document, m doc.Mention) int {
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 || d.Words[h].UPOS != "NOUN" || d.Words[h].XPOS != "NN" || !strings.EqualFold(d.Tokens[m.FirstTok].Text, "the") {
		return -1
	}
	if len(d.Dependents(h, "nmod:poss", "acl", "acl:relcl", "appos", "conj", "advmod")) > 0 || len(d.Dependents(h, "amod", "compound", "nmod")) == 0 {
		return -1
	}
	return h
}

// namedBetween reports whether a person other than e is named after e's
// last mention before token tok: the description may be that one.
func namedBetween(d *doc.Document, e, tok int) bool {
	last := -1
	for _, mi := range d.Entities[e].Mentions {
		if m := d.Mentions[mi]; m.LastTok <= tok && m.FirstTok > last {
			last = m.FirstTok
		}
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Entity >= 0 && m.Entity != e && m.Type == doc.Person && m.FirstTok > last && m.LastTok <= tok {
			return true
		}
	}
	return false
}

// descriptionSayer is lastSayer for the description headed by h: the
// speaker before it when h is the narrator's subject of a verb of
// saying, also one the parse hangs as an adverbial clause on the
// sentence it reports ("But, the former chief of the port added, it
// would pass") when no "when" or conjunction opens it.
func descriptionSayer(d *doc.Document, h int, quoted []bool) int {
	if e := lastSayer(d, d.Words[h].Token, quoted); e >= 0 {
		return e
	}
	v := d.Words[h].Head
	if v < 0 || quoted[d.Words[h].Token] || !doc.RelIs(d.Words[h].Rel, "nsubj") || !saying(d, v) {
		return -1
	}
	if !doc.RelIs(d.Words[v].Rel, "advcl") || subordinate(d, v) || d.Words[v].Head < 0 || !reportFrame(d, d.Words[v].Head) {
		return -1
	}
	return sayerBefore(d, h, v, quoted)
}
