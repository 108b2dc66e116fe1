package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// unbindSpeaker takes off speaker e the third-person singular pronouns
// inside the content of a direct quote of theirs: the "he" of "'He is
// strong,' Ola Berg said" is someone Berg speaks of, never Berg, who would
// say "I". Coreference ran before the quotes were known and may have
// given them to the speaker; left without an entity, they are unresolved
// rather than wrong (precision first).
func unbindSpeaker(d *doc.Document, q doc.Quote, e int) {
	for _, c := range q.Content {
		for mi := range d.Mentions {
			m := &d.Mentions[mi]
			if m.Entity != e || m.Kind != doc.Pronoun || m.Start < c.Start || m.End > c.End {
				continue
			}
			if g := lex.Pronouns[strings.ToLower(m.Text)]; g != doc.Male && g != doc.Female {
				continue
			}
			ms := d.Entities[e].Mentions[:0]
			for _, x := range d.Entities[e].Mentions {
				if x != mi {
					ms = append(ms, x)
				}
			}
			d.Entities[e].Mentions = ms
			m.Entity = -1
		}
	}
}
