package link

import (
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Corpus resolves entities across documents: it gives the same id to the
// same real-world entity everywhere in a run (and, seeded from a store,
// across runs), and records why each merge was made. Documents must be
// linked in a fixed order for ids to be reproducible.
type Corpus struct {
	mu      sync.Mutex
	byKey   map[string]*corpusEntity   // normalized full name or alias -> entity
	byToken map[string][]*corpusEntity // name word -> entities whose name has it
	byID    map[string]*corpusEntity
}

type corpusEntity struct {
	id, name string
	typ      doc.EntityType
	// votes counts the documents that typed the entity each way, by the
	// type coreference gave it there.
	votes map[doc.EntityType]int
}

// Corpus type votes: an entity typed the same way in at least minVotes
// documents and in at least majorityShare of them corrects a document that
// typed it as an organisation or "other name" where the corpus says person,
// or as "other name" where it says anything else; a one-word name the
// tagger took for a person ("Chrysler", "Ontario") also takes the corpus's
// organisation or place. Places and organisations are never swapped:
// "Sweden" is a country and a team.
const (
	minVotes      = 3
	majorityShare = 0.75
)

// settleType returns the type e should have given the corpus's earlier
// documents, and records e's own type as a vote.
func (ce *corpusEntity) settleType(t doc.EntityType, oneWord bool) doc.EntityType {
	if ce.votes == nil {
		ce.votes = map[doc.EntityType]int{}
	}
	total, best, bestN := 0, t, 0
	for typ, n := range ce.votes {
		total += n
		if n > bestN || (n == bestN && typ < best) {
			best, bestN = typ, n
		}
	}
	ce.votes[t]++
	if best == t || bestN < minVotes || float64(bestN) < majorityShare*float64(total) {
		return t
	}
	if t == doc.Other || (best == doc.Person && t == doc.Organization) || (oneWord && t == doc.Person) {
		return best
	}
	return t
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus {
	return &Corpus{byKey: map[string]*corpusEntity{}, byToken: map[string][]*corpusEntity{}, byID: map[string]*corpusEntity{}}
}

// Add registers an entity known from elsewhere (e.g. a store being added to).
func (c *Corpus) Add(id, name string, typ doc.EntityType, aliases []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ce := c.byID[id]
	if ce == nil {
		ce = &corpusEntity{id: id, name: name, typ: typ}
		c.byID[id] = ce
	}
	c.register(ce, append([]string{name}, aliases...))
}

func (c *Corpus) register(ce *corpusEntity, names []string) {
	for _, n := range names {
		key := corpusKey(n)
		if key == "" {
			continue
		}
		if _, ok := c.byKey[key]; !ok {
			c.byKey[key] = ce
		}
		if len(doc.NameTokens(n)) > 1 || key == corpusKey(ce.name) {
			for _, t := range doc.NameTokens(n) {
				if !containsEntity(c.byToken[t], ce) {
					c.byToken[t] = append(c.byToken[t], ce)
				}
			}
		}
	}
}

func containsEntity(list []*corpusEntity, ce *corpusEntity) bool {
	for _, x := range list {
		if x == ce {
			return true
		}
	}
	return false
}

// Link rewrites the ids of d's entities to corpus ids and sets each
// entity's Merge to the reason it joined an entity of another document.
func (c *Corpus) Link(d *doc.Document) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Ambiguous() || len(e.Mentions) == 0 || e.ID == "" || !doc.HasNameMention(d, i) {
			continue
		}
		ce, why := c.match(e)
		if ce == nil {
			id := e.ID
			if old, taken := c.byID[id]; taken && !doc.CompatibleTypes(old.typ, e.Type) {
				id += "-" + strings.ToLower(string(e.Type))
			}
			ce = c.byID[id]
			if ce == nil {
				ce = &corpusEntity{id: id, name: e.Name, typ: e.Type}
				c.byID[id] = ce
			}
		} else {
			e.Merge = why
		}
		e.ID = ce.id
		e.Type = ce.settleType(e.Type, len(doc.NameTokens(e.Name)) == 1)
		c.register(ce, append([]string{e.Name}, e.Aliases...))
	}
}

// match finds the corpus entity e refers to: the same full name or alias;
// for a one-word name, the only known entity whose name has that word
// ("Barra" -> "Mary Barra"); for a full name, an earlier one-word entity
// it completes. Several candidates mean no merge: ambiguity is kept.
func (c *Corpus) match(e *doc.Entity) (*corpusEntity, string) {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if ce, ok := c.byKey[corpusKey(n)]; ok && doc.CompatibleTypes(ce.typ, e.Type) && len(doc.NameTokens(n)) > 1 {
			return ce, "same name " + quoteName(n) + " as " + ce.id
		}
	}
	toks := strings.Fields(corpusKey(e.Name))
	if len(toks) == 1 {
		if ce, ok := c.byKey[toks[0]]; ok && doc.CompatibleTypes(ce.typ, e.Type) {
			return ce, "same name " + quoteName(e.Name) + " as " + ce.id
		}
		// People are called by their surname or first name, organisations by
		// their first word ("Boeing" for Boeing Commercial Airplanes).
		var cands []*corpusEntity
		for _, ce := range c.byToken[toks[0]] {
			if ce.typ != e.Type {
				continue
			}
			words := strings.Fields(corpusKey(ce.name))
			if e.Type == doc.Person || (len(words) > 0 && words[0] == toks[0]) {
				cands = append(cands, ce)
			}
		}
		if len(cands) == 1 {
			return cands[0], quoteName(e.Name) + " is part of the only known name with it, " + quoteName(cands[0].name)
		}
		return nil, ""
	}
	if e.Type == doc.Person {
		if ce, ok := c.byKey[toks[len(toks)-1]]; ok && ce.typ == doc.Person && len(doc.NameTokens(ce.name)) == 1 {
			return ce, quoteName(e.Name) + " completes the earlier one-word name " + quoteName(ce.name)
		}
	}
	return nil, ""
}

func quoteName(s string) string { return "\"" + s + "\"" }

// corpusKey normalizes a name for cross-document matching.
func corpusKey(name string) string {
	toks := doc.NameTokens(name)
	for len(toks) > 1 && lex.LegalSuffixes[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	return strings.Join(toks, " ")
}

// Entities lists the corpus ids in order, for tests and reports.
func (c *Corpus) Entities() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	ids := make([]string, 0, len(c.byID))
	for id := range c.byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
