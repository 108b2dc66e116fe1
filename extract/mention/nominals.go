package mention

import (
	_ "embed"
	"os"
	"sort"
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
// mentions of people, organisations and places, with their extents
// (trimmed, repaired, widened over post-modifiers and relative clauses).
// It reads the NAME mentions, and the mentions coreference has added so
// far, to leave out phrases already placed.
func FindNominalMentions(d *doc.Document) {
	if ParsedMode && len(d.Words) > 0 {
		d.Nominals = parsedNominals(d, FindNominals(d))
	} else {
		d.Nominals = extendClauses(d, extendPostmodifiers(d, repairNominals(d, trimCandidates(d, FindNominals(d)))))
	}
	for i := range d.Nominals {
		c := &d.Nominals[i]
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
	return mergeNominals(d, out, chunkNominals(d, inName), names)
}

// NominalMode selects the candidate sources (development aid): 0 both, 1
// tagger only, 2 chunker only, 3 both keeping every extent.
var NominalMode = 0

// ParsedMode (development aid) finds candidates on the parse.
var ParsedMode = os.Getenv("NG_OLDNOM") == ""

// mergeNominals adds to the tagger's candidates the chunker's whose head no
// tagger candidate has, in text order.
func mergeNominals(d *doc.Document, tagged, chunked []doc.NominalMention, names map[[2]int]bool) []doc.NominalMention {
	switch NominalMode {
	case 1:
		return tagged
	case 2:
		tagged = nil
	}
	heads := map[int]int{} // head token -> index in out
	spans := map[doc.Span]bool{}
	for i, n := range tagged {
		heads[n.Head] = i
		spans[n.Span] = true
	}
	out := tagged
	for _, n := range chunked {
		if spans[n.Span] || names[[2]int{n.FirstTok, n.LastTok}] {
			continue
		}
		if i, ok := heads[n.Head]; ok && NominalMode != 3 {
			if t := out[i]; n.LastTok == t.LastTok && n.FirstTok < t.FirstTok && plainModifiers(d, n.FirstTok, t.FirstTok) {
				out[i] = n // the chunker kept modifiers the tagger left out
				spans[n.Span] = true
			}
			continue
		}
		spans[n.Span] = true
		out = append(out, n)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].End > out[b].End
	})
	return out
}

// plainModifiers reports whether the tokens [a, b) the chunker puts
// before a tagged phrase are modifiers of it, not a preposition ("among
// subcontractors"), a conjunction ("that nobody") or punctuation the
// lexicon happens to list.
func plainModifiers(d *doc.Document, a, b int) bool {
	for k := a; k < b; k++ {
		t := d.Tokens[k].Text
		w := strings.ToLower(t)
		if lex.PostHead[w] || lex.NotNPWord[w] || doc.IsEdgeJunk(t) {
			return false
		}
	}
	return true
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

// chunkNominals finds base noun phrases headed by a person, organisation
// or place noun of the lexicon: determiner, modifiers (adjectives, nouns,
// numbers, names, a possessor ending in 's) and the head, with a trailing
// possessive when the phrase is itself a possessor ("the Afghan team's").
//
// Complexity 51 (gocyclo): an ordered cascade of
// word-order rules whose order is the behaviour (kept byte-identical
// through the package split); it stays whole until the stages are rebuilt
// on the dependency parse (issues 15 and 16), which replaces it.
func chunkNominals(d *doc.Document, inName []int) []doc.NominalMention {
	var out []doc.NominalMention
	for _, s := range d.Sentences {
		for h := s.First; h < s.Last; h++ {
			t := d.Tokens[h].Text
			w := strings.ToLower(t)
			typ, ok := lex.HeadNoun(w)
			if officeTitles[t] && inName[h] < 0 && h+1 < s.Last && inName[h+1] >= 0 &&
				d.Mentions[inName[h+1]].FirstTok == h+1 && d.Mentions[inName[h+1]].Type == doc.Person {
				typ, ok = doc.Person, true // "the Kestrel CEO Ana Ruiz"
			} else if !ok || inName[h] >= 0 || isAllCaps(t) {
				continue
			}
			if _, listed := lex.NounType(w); !listed && !officeTitles[t] && !pluralContext(d, h, s.First) {
				continue // "the report states": a verb that looks like a plural
			}
			named := -1 // the name the phrase describes: "the carmaker Volvo"
			if h+1 < s.Last && inName[h+1] >= 0 && d.Mentions[inName[h+1]].FirstTok == h+1 {
				if nm := d.Mentions[inName[h+1]]; nm.Type != typ || typ == doc.Place || !describes(d, h, nm.LastTok) {
					continue
				}
				named = d.Mentions[inName[h+1]].LastTok
			}
			if h+1 < s.Last && named < 0 {
				nw := strings.ToLower(d.Tokens[h+1].Text)
				if _, compound := lex.HeadNoun(nw); compound && inName[h+1] < 0 {
					continue // "refugee team": the head comes later
				}
			}
			end := h + 1
			if named > 0 {
				end = named
			} else if end < s.Last && doc.IsPossessive(d.Tokens[end].Text) {
				end++
			}
			start := h
			for k := h - 1; k >= s.First && h-k <= 7; {
				kt := d.Tokens[k].Text
				kw := strings.ToLower(kt)
				if mi := inName[k]; mi >= 0 {
					if d.Mentions[mi].FirstTok < s.First {
						break
					}
					start = d.Mentions[mi].FirstTok // "the Skims founder", "U.S. officials"
					k = start - 1
					continue
				}
				if lex.NPDeterminers[kw] {
					start = k
					break
				}
				if lex.NotNPWord[kw] {
					break
				}
				_, isHead := lex.NounType(kw)
				if doc.IsPossessive(kt) || lex.IsModifier(kw) || isHead || doc.IsNumber(kt) ||
					(strings.Contains(kw, "-") && doc.IsWordToken(kt)) || (doc.IsCapitalised(kt) && k > s.First) ||
					(k == h-1 && modifierAfterDeterminer(d, k, s.First)) {
					start = k
					k--
					continue
				}
				if a := compoundRun(d, k, s.First); a >= 0 {
					start = a // "a market research firm", "the automobile manufacturing firm"
				}
				break
			}
			for start < h && doc.IsPossessive(d.Tokens[start].Text) {
				start++
			}
			if sw := strings.ToLower(d.Tokens[start].Text); (sw == "few" || sw == "many") && start > s.First &&
				degreeWords[strings.ToLower(d.Tokens[start-1].Text)] {
				start-- // "a few stray dogs", "too many dealers"
			}
			out = append(out, describeNominal(d, start, end, typ))
		}
	}
	return out
}

// articleDets open a noun phrase for certain: unlike "that" or "her" they
// are never a conjunction or an object, so a word between one of them and
// a head noun is a modifier even when the lexicon does not know it ("the
// milling crowd", "a pricy lawyer").
var articleDets = lex.Words("mention/articleDets")

// degreeWords belong to the quantifier after them: "a few", "too many",
// "so many", "very few".
var degreeWords = lex.Words("mention/degreeWords")

// quantifierDets open a noun phrase when a lower-case word and a head
// noun follow them ("several junior doctors", "a few stray dogs").
var quantifierDets = lex.Words("mention/quantifierDets")

// modifierAfterDeterminer reports whether the lower-case word at k stands
// right after an article or a number ("700 asylum seekers"), so that it is the modifier of the head after it.
func modifierAfterDeterminer(d *doc.Document, k, first int) bool {
	t := d.Tokens[k].Text
	w := strings.ToLower(t)
	if k <= first {
		return false
	}
	p := d.Tokens[k-1].Text
	return t == w && doc.IsWordToken(t) && !lex.NotNPWord[w] && !lex.NPDeterminers[w] &&
		(articleDets[strings.ToLower(p)] || quantifierDets[strings.ToLower(p)] || isQuantity(p))
}

// pastForms are past tenses without -ed that stand between a subject and
// its object as a noun modifier would ("the union told members").
var pastForms = lex.Words("mention/pastForms")

// compoundRun returns the article that opens a run of up to three plain
// lower-case words ending at k, which then all modify the head after k
// ("a market research firm"), or -1. Past forms (-ed, or in pastForms)
// and -s forms stand in a run only right after the article ("the retired
// auto workers"): further in they are more often the verb of a clause
// ("the firm fired workers", "the plant employs workers").
func compoundRun(d *doc.Document, k, first int) int {
	for j := k; j >= first && k-j < 4; j-- {
		t := d.Tokens[j].Text
		w := strings.ToLower(t)
		if articleDets[w] {
			if j == k {
				return -1
			}
			return j
		}
		if !doc.IsLowerWord(t) || lex.NotNPWord[w] || lex.PostHead[w] || lex.NPDeterminers[w] || subjectOpeners[w] {
			return -1
		}
		if j > first && !articleDets[strings.ToLower(d.Tokens[j-1].Text)] &&
			(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || pastForms[w]) {
			return -1
		}
	}
	return -1
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
