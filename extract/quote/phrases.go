package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// LinkSpeakerPhrases gives a claim whose speaker is only a phrase the
// mention of that phrase a later stage made: "Lund's campaign said ..."
// speaks through the phrase, not the name inside it (holder rule), but no
// mention of the campaign exists when quotes are found; the event stage
// makes one for the saying's agent. Without the link the claim would reach
// the graph with no author. Only a mention of exactly the phrase counts,
// so a name inside it or a wider phrase is never taken for the speaker;
// a pronoun left unresolved ("I", "it") stays without an author rather
// than gaining a node of its own.
func LinkSpeakerPhrases(d *doc.Document) {
	var at map[doc.Span]int
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker >= 0 || q.SpeakerSpan == nil {
			continue
		}
		if at == nil {
			at = make(map[doc.Span]int, len(d.Mentions))
			for mi, m := range d.Mentions {
				if _, ok := at[m.Span]; !ok && m.Entity >= 0 && !m.Nested && m.Kind != doc.Pronoun {
					at[m.Span] = mi
				}
			}
		}
		if mi, ok := at[*q.SpeakerSpan]; ok {
			q.Speaker, q.SpeakerSpan = mi, nil
		}
	}
}
