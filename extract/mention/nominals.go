package mention

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

// The common-noun mention tagger is trained by tools/mentionstrain from
// the GUM training set (person, organisation and place noun phrases that
// are not proper names); see model/MENTIONS.md for how and with which
// figures. It is the NER tagger's model format (package tagger) with the tags
// B/I-PER, B/I-ORG, B/I-LOC meaning person, organisation and place
// descriptions.
//
//go:embed model/mentions.bin.gz
var mentionModelData []byte

var mentionModel = &lazyModel{data: mentionModelData}

// MentionModel returns the embedded common-noun mention tagger.
func MentionModel() (*tagger.Model, error) { return mentionModel.get() }

// FindNominalMentions sets d.Nominals to the candidate common-noun
// mentions of people, organisations and places, with their noun-phrase
// extents from the parse (parsedNominals): the mention tagger and the noun
// lexicon say which nouns head one and of what type, the parse where the
// phrase begins and ends. It reads the NAME mentions, and the mentions
// coreference has added so far, to leave out phrases already placed.
func FindNominalMentions(d *doc.Document) {
	d.Nominals = trimEdges(d, parsedNominals(d, FindNominals(d)))
	for i := range d.Nominals {
		c := &d.Nominals[i]
		if c.Described != nil {
			continue
		}
		if nm, ok := describedName(d, c.FirstTok, c.LastTok); ok {
			c.Described = &nm
		}
	}
}

// FindNominals tags candidate common-noun mentions of people,
// organisations and places in a tokenized document. It does not change the
// document. A candidate may contain a name ("the Skims founder"), but a
// phrase the name tagger already found as a NAME mention with the same
// extent, or a lone pronoun, is left out.
func FindNominals(d *doc.Document) []doc.NominalMention {
	m, err := MentionModel()
	if err != nil {
		panic("extract: embedded mention model: " + err.Error()) // a broken build, not bad input
	}
	return FindNominalsWith(d, m)
}

// FindNominalsWith is FindNominals with an explicit model; the trainer uses
// it to measure a model before it is embedded.
func FindNominalsWith(d *doc.Document, m *tagger.Model) []doc.NominalMention {
	if len(d.Sentences) == 0 {
		return nil
	}
	sents := make(tagger.Doc, len(d.Sentences))
	for i, s := range d.Sentences {
		words := make([]string, 0, s.Last-s.First)
		for _, t := range d.Tokens[s.First:s.Last] {
			words = append(words, t.Text)
		}
		sents[i] = words
	}
	names := map[[2]int]bool{}
	inName := make([]int, len(d.Tokens))
	for i := range inName {
		inName[i] = -1
	}
	for mi, mm := range d.Mentions {
		if mm.Kind == doc.Name {
			names[[2]int{mm.FirstTok, mm.LastTok}] = true
			for k := mm.FirstTok; k < mm.LastTok; k++ {
				inName[k] = mi
			}
		}
	}
	var out []doc.NominalMention
	for si, ts := range m.Tag(sents) {
		first := d.Sentences[si].First
		for i := 0; i < len(ts); {
			if ts[i] == 0 {
				i++
				continue
			}
			typ := lex.TagTypes[tagger.Types[(ts[i]-1)/2]]
			j := i + 1
			for j < len(ts) && ts[j] == ts[i]+1 {
				j++
			}
			a, b := first+i, first+j
			i = j
			for a < b && doc.IsEdgeJunk(d.Tokens[a].Text) {
				a++
			}
			for b > a && doc.IsEdgeJunk(d.Tokens[b-1].Text) {
				b--
			}
			if a >= b || typ == doc.Other || names[[2]int{a, b}] {
				continue
			}
			if b < len(d.Tokens) && inName[b] >= 0 && d.Mentions[inName[b]].FirstTok == b && d.Tokens[b].Sentence == d.Tokens[a].Sentence {
				if nm := d.Mentions[inName[b]]; nm.Type == typ && typ != doc.Place && describes(d, a, nm.LastTok) {
					b = nm.LastTok // "the carmaker Volvo", "analyst Ana Ruiz": the name's description
				} else {
					continue
				}
			}
			if b-a == 1 {
				if _, ok := lex.Pronouns[strings.ToLower(d.Tokens[a].Text)]; ok {
					continue
				}
			}
			out = append(out, describeNominal(d, a, b, typ))
		}
	}
	return out
}

// describeNominal fills in head, definiteness and number of the phrase
// [first, last).
func describeNominal(d *doc.Document, first, last int, typ doc.EntityType) doc.NominalMention {
	n := doc.NominalMention{Span: doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}, FirstTok: first, LastTok: last, Type: typ}
	head := lex.NominalHead(d, first, last)
	if nm, ok := describedName(d, first, last); ok {
		head = nm.FirstTok - 1 // "the carmaker Volvo": "carmaker"
	}
	n.Head = head
	w0 := strings.ToLower(d.Tokens[first].Text)
	n.Definite = lex.DefiniteDets[w0] || w0 == "these" || w0 == "those" || lex.PossessiveDets[w0] ||
		w0 == "our" || w0 == "my" || w0 == "your"
	for k := first; k < head && !n.Definite; k++ {
		n.Definite = doc.IsPossessive(d.Tokens[k].Text) // "Malaysia's prime minister", "the team's coach"
	}
	n.Plural = lex.PluralNoun(strings.ToLower(d.Tokens[head].Text)) || w0 == "these" || w0 == "those"
	return n
}

// describedName returns the name a phrase [first, last) ends with when
// the words before it describe it ("the carmaker Volvo", "Kestrel analyst
// Ana Ruiz"): a person or organisation name right after a singular head
// noun or an officer's title, with no complement before it. Such a
// phrase is a mention of the named entity.
func describedName(d *doc.Document, first, last int) (doc.Mention, bool) {
	if last-first < 2 || !doc.IsCapitalised(d.Tokens[last-1].Text) {
		return doc.Mention{}, false
	}
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.LastTok != last || m.FirstTok <= first || (m.Type != doc.Person && m.Type != doc.Organization) {
			continue
		}
		t := d.Tokens[m.FirstTok-1].Text
		if _, head := lex.HeadNoun(strings.ToLower(t)); (!head || lex.PluralNoun(strings.ToLower(t))) && !officeTitles[t] {
			continue // "rivals Ford and Kia" are two
		}
		for k := first + 1; k < m.FirstTok; k++ {
			if lex.PostHead[strings.ToLower(d.Tokens[k].Text)] {
				return doc.Mention{}, false // "critics of President Ana Ruiz" are not she
			}
		}
		return m, true
	}
	return doc.Mention{}, false
}

func describes(d *doc.Document, first, last int) bool {
	_, ok := describedName(d, first, last)
	return ok
}

func isAllCaps(s string) bool {
	letters := 0
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}
