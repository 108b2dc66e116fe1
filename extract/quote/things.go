package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/mention"
)

// sourceThings maps the head nouns of a claim's nameless source (a poll,
// a report, a statement, an unnamed informant) to the type of its entity.
var sourceThings = lex.Types("quote/sourceThings")

// thingKind is the prefix of a source thing's document-local id.
const thingKind = "source"

// SourceEntities makes a claim's source an entity when the quote stage
// found only its phrase: a poll, a count, a document or an unnamed
// informant that no earlier stage made a mention ("a new poll shows ...",
// "according to the analysis", "according to one source"). A claim, and an event it reports, then has its source as an
// entity, as one a person tells has. A definite phrase ("the poll") is the
// last such thing of the same head and number mentioned before it; an
// indefinite one ("a new poll", "another survey") is a thing of its own.
func SourceEntities(d *doc.Document) {
	last := map[string]int{} // head lemma and number -> latest entity
	byStart := map[int]int{} // speaker phrase start -> its new mention
	added := false
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker >= 0 || q.SpeakerSpan == nil {
			continue
		}
		if mi, ok := byStart[q.SpeakerSpan.Start]; ok {
			q.Speaker, q.SpeakerSpan = mi, nil // several claims of one source phrase
			continue
		}
		mi := sourceThing(d, q, last)
		if mi < 0 {
			continue
		}
		byStart[q.SpeakerSpan.Start] = mi
		q.Speaker, q.SpeakerSpan = mi, nil
		added = true
	}
	if added {
		d.SortMentions()
	}
}

// sourceThing adds the mention of the source thing that q's speaker
// phrase names and returns it; -1 when the phrase is no such thing. last
// holds the entities made so far by head lemma and number.
func sourceThing(d *doc.Document, q *doc.Quote, last map[string]int) int {
	sp := *q.SpeakerSpan
	firstTok, lastTok := d.TokenAt(sp.Start), d.TokenAt(sp.End-1)+1
	if firstTok < 0 || lastTok <= firstTok {
		return -1
	}
	h := d.HeadNoun(firstTok, lastTok)
	if h < 0 || d.Words[h].UPOS != "NOUN" || covered(d, d.Words[h].Token) {
		return -1
	}
	lemma := strings.ToLower(d.Words[h].Lemma)
	typ, ok := sourceThings[lemma]
	if !ok {
		return -1
	}
	sp, firstTok, lastTok = thingExtent(d, q, h, sp, firstTok, lastTok)
	key := lemma + "/" + d.Words[h].XPOS
	text := d.Slice(sp)
	e, seen := last[key]
	if !seen || indefinite(d, h) {
		e = d.AddEntity(doc.Entity{ID: doc.LocalID(d, thingKind, sp.Start), Name: text, Type: typ})
		last[key] = e
	}
	return d.AddLinkedMention(doc.Mention{Span: sp, Text: text, Kind: doc.Nominal, Type: typ, Entity: e,
		FirstTok: firstTok, LastTok: lastTok})
}

// thingExtent is the mention's extent: the whole noun phrase of head h
// (mention.NounPhrase, as other nameless things have it: "figures released
// by the firm"), unless it holds the claim itself ("a statement saying
// ...") or cuts a mention, or an adjunct of a verb hangs on its noun
// (the parser's mistake: "the report on Wednesday"); then the speaker phrase sp of tokens
// [firstTok, lastTok) as the quote stage read it.
func thingExtent(d *doc.Document, q *doc.Quote, h int, sp doc.Span, firstTok, lastTok int) (doc.Span, int, int) {
	first, end := mention.NounPhrase(d, h)
	if first >= end {
		return sp, firstTok, lastTok
	}
	for w := first; w < end; w++ {
		if strings.HasPrefix(d.Words[w].Rel, "obl") && d.Words[w].Head == h {
			return sp, firstTok, lastTok
		}
	}
	np := doc.Span{Start: d.Words[first].Start, End: d.Words[end-1].End}
	if !np.Contains(sp) || q.Cue != nil && np.Overlaps(*q.Cue) {
		return sp, firstTok, lastTok
	}
	for _, c := range q.Content {
		if np.Overlaps(c) {
			return sp, firstTok, lastTok
		}
	}
	for i := range d.Mentions {
		if m := d.Mentions[i].Span; m.Overlaps(np) && !np.Contains(m) {
			return sp, firstTok, lastTok
		}
	}
	return np, d.Words[first].Token, d.Words[end-1].Token + 1
}

// indefinite reports whether noun h opens no known thing: an indefinite
// article or "another", or a bare noun ("Polls show ...").
func indefinite(d *doc.Document, h int) bool {
	for _, c := range d.Dependents(h, "det", "nmod:poss") {
		switch strings.ToLower(d.Words[c].Text) {
		case "a", "an", "another", "one", "some":
			return true
		}
		return false
	}
	return true
}

// covered reports whether a mention covers token k.
func covered(d *doc.Document, k int) bool {
	for i := range d.Mentions {
		if d.Mentions[i].FirstTok <= k && k < d.Mentions[i].LastTok {
			return true
		}
	}
	return false
}
