package mention

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// officeTitles are the abbreviated titles of company officers and of
// players' positions. The tagger sometimes runs a name over one ("Kestrel
// CEO Ana Ruiz" as one person, "Rovers QB Tom Lind"), but the title joins
// two names: the company or team before it and the officer or player
// after it.
var officeTitles = lex.Words("mention/officeTitles")

// namePart is a token range of a name and its type.
type namePart struct {
	first, last int
	typ         doc.EntityType
}

// splitAtOfficeTitle cuts the tagged name [first, last) at an officer's
// title inside it: what stands before the title is the organisation, what
// follows is the officer, a person ("Kestrel CEO Ana Ruiz": Kestrel, Ana
// Ruiz); the title itself is no name. A name without one is returned
// whole.
func splitAtOfficeTitle(d *doc.Document, first, last int, typ doc.EntityType) []namePart {
	for k := first; k < last; k++ {
		if !officeTitles[d.Tokens[k].Text] {
			continue
		}
		var out []namePart
		if k > first {
			out = append(out, namePart{first, k, doc.Organization})
		}
		if k+1 < last {
			out = append(out, splitAtOfficeTitle(d, k+1, last, doc.Person)...)
		}
		return out
	}
	return []namePart{{first, last, typ}}
}
