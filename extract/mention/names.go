package mention

import (
	"crypto/sha256"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

// The tagger model is trained by tools/nertrain from the CoNLL-2003
// training set; see model/NER.md for how and with which figures.
//
//go:embed model/ner.bin.gz
var nerModelData []byte

// lazyModel decodes an embedded model on first use, so that programs that
// never run a stage pay nothing for its model.
type lazyModel struct {
	data []byte
	once sync.Once
	m    *tagger.Model
	err  error
}

func (l *lazyModel) get() (*tagger.Model, error) {
	l.once.Do(func() { l.m, l.err = tagger.Load(l.data) })
	return l.m, l.err
}

var nerModel = &lazyModel{data: nerModelData}

// NERModel returns the embedded tagger.
func NERModel() (*tagger.Model, error) { return nerModel.get() }

// FindNames tags proper names (people, organisations, places, other names)
// with the trained sequence tagger and appends them to d.Mentions as NAME
// mentions. It needs the tokens and sentences of Tokenize.
func FindNames(d *doc.Document) {
	m, err := NERModel()
	if err != nil {
		panic("extract: embedded NER model: " + err.Error()) // a broken build, not bad input
	}
	FindNamesWith(d, m)
}

// FindNamesWith is FindNames with an explicit model; the trainer uses it to
// measure a model before it is embedded.
func FindNamesWith(d *doc.Document, m *tagger.Model) {
	sents := make(tagger.Doc, len(d.Sentences))
	for i, s := range d.Sentences {
		words := make([]string, 0, s.Last-s.First)
		for _, t := range d.Tokens[s.First:s.Last] {
			words = append(words, t.Text)
		}
		sents[i] = words
	}
	tags := m.Tag(sents)
	for si, s := range d.Sentences {
		ts := tags[si]
		for i := 0; i < len(ts); {
			if ts[i] == 0 {
				i++
				continue
			}
			typ := tagger.Types[(ts[i]-1)/2]
			j := i + 1
			for j < len(ts) && ts[j] == ts[i]+1 {
				j++
			}
			first, j, typ, ok := mendName(d, s.First, ts, i, j, typ)
			if !ok {
				i = j
				continue
			}
			end := s.First + j
			if k := flightWord(d, s.First+first, end); k > 0 {
				end, typ = k, "ORG" // "Adam Air Flight 574": the airline's name, then its flight's number
			}
			if typ == "PER" && shopName(d, end, s.Last) {
				end, typ = end+2, "LOC" // "Sam's Club": a place named for its owner
			}
			for _, r := range peopleParts(d, verbParts(d, nameParts(d, s.First+first, end)), typ) {
				parts := splitAtOfficeTitle(d, r[0], r[1], lex.TagTypes[typ])
				if ps, ok := splitAtPersonTitle(d, r[0], r[1]); ok {
					parts = ps
				}
				for _, p := range parts {
					if end, ok := placeEvent(d, p.first, p.last); ok && p.typ == doc.Place {
						p.last, p.typ = end, doc.EventType // "the Iowa caucuses"
					}
					addName(d, p.first, p.last, p.typ)
				}
			}
			i = j
		}
	}
	tagSites(d)
	tagNicknames(d) // after every widening of names, so that it sees a longer name around
	dropTermAcronyms(d)
	tagRepeats(d)
}

// mendName mends the tagged name [i, j) of the sentence that starts at
// token base (ts are its tags) where the tagger cut it or took a word for
// one, and returns its bounds and tagger type; ok is false when it names
// nothing.
func mendName(d *doc.Document, base int, ts []int, i, j int, typ string) (int, int, string, bool) {
	first := i
	first, j, typ = joinKnown(d, base, ts, first, j, typ)
	if typ == "PER" && first == i && i > 0 && ts[i-1] == 0 && (isListedFirstName(d.Tokens[base+i-1].Text) || firstNameAfterTitle(d, base+i-1)) {
		first = i - 1 // "Hillary Clinton", "Sens. Rand Paul" where the tagger kept only the surname
	}
	if k := givenNameAfter(d, ts, base, i, j, typ); k > 0 {
		j, typ = k, "PER" // "Tam Wing-kei": a surname and a hyphenated given name
	}
	if (j == i+1 || j == i+2 && personTitleToken(d.Tokens[base+i].Text)) && j < len(ts) && ts[j] == 0 && surnameAfter(d, base+j-1) {
		j, typ = j+1, "PER" // "Steve Jobs", "Senator Jeff Sessions": a surname that is also a noun the tagger left out
	}
	if typ != "MISC" && j < len(ts) && ts[j] == 0 && nameHeadAfter(d, base+i, base+j) {
		typ = "ORG" // "Douglas Aircraft": a capitalised firm's word the tagger left out
		if placeWordsAfterName[strings.ToLower(d.Tokens[base+j].Text)] {
			typ = "LOC"
		}
		j++
	}
	if j == i+1 && dayAdjective(d, base+i) {
		return i, j, typ, false // "Black Monday": an adjective of a day's name, no place
	}
	if j == i+1 && (sentenceAdverb(d, base+i) || exclamation(d, base+i)) {
		return i, j, typ, false // "Interestingly, ...", "oh, my God": no name
	}
	if (typ == "ORG" || typ == "MISC") && personShaped(d, base+i, base+j) {
		typ = "PER" // "Marisol Okafor Leads Talks": a headline hides the cues of a person
	}
	if k, t := headWordAfter(d, base, ts, i, j, typ); t != "" {
		j, typ = k, t // "the Clinton Foundation": the head noun the tagger left out
	}
	if k := bodyBeforeScope(d, base, ts, i, j); k < i {
		first, typ = k, "ORG" // "the Club for Growth": the tagger saw only what the body is for
	}
	if k := scopeAfterBody(d, base, ts, i, j); k > j {
		j, typ = k, "ORG" // "the Paley Center for Media": what the body is for names it in full
	}
	return first, j, typ, true
}

// sentenceAdverb reports whether token k is one word the parse reads as an
// adverb or an interjection, set off by a comma after it ("Interestingly,",
// "Wow,"): no name. A name the parse
// reads as a proper noun ("Kelly, who ..."), initials, and a word that
// stands capitalised inside some sentence of the document are kept.
func sentenceAdverb(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	if w < 0 || k+1 >= len(d.Tokens) || d.Tokens[k+1].Text != "," {
		return false
	}
	if (d.Words[w].UPOS != "ADV" && d.Words[w].UPOS != "INTJ") || isAllCaps(d.Tokens[k].Text) {
		return false // "ATI, ...": initials are a name whatever the parse says
	}
	for i, t := range d.Tokens {
		if i != k && t.Text == d.Tokens[k].Text && i > 0 && d.Tokens[i-1].Sentence == t.Sentence {
			return false // "Hansbrough" inside another sentence: a name the parse misread
		}
	}
	return true
}

// exclamation reports whether token k is one word called upon with "my"
// ("oh, my God", "my Lord!"): an exclamation the parse reads as a
// vocative or a discourse word, not a mention of anyone. A vocative
// without "my" ("Thanks, Maria") addresses a person and stays a name.
func exclamation(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	if w < 0 || !doc.RelIs(d.Words[w].Rel, "vocative", "discourse") {
		return false
	}
	for _, p := range d.Dependents(w, "nmod:poss") {
		if p == w-1 && strings.EqualFold(d.Words[p].Text, "my") {
			return true
		}
	}
	return false
}

// shopNameHeads end the name of a shop or club named for its owner.
var shopNameHeads = lex.Words("mention/shopNameHeads")

// shopName reports whether tokens k and k+1 (before sentence end last)
// are a possessive mark and a capitalised shop noun: what a person's name
// before them starts is a place's name ("Sam's Club").
func shopName(d *doc.Document, k, last int) bool {
	if k+1 >= last || !doc.IsPossessiveMark(d.Tokens[k].Text) {
		return false
	}
	w := d.Tokens[k+1].Text
	return doc.StartsUpper(w) && shopNameHeads[strings.ToLower(w)]
}

// isListedFirstName reports whether a capitalised word is a first name of
// the gazetteer (one it gives a single gender). Before a person's name the
// tagger left it out of, such a word is the name's first word: the tagger
// drops first names it never saw in training, most of all in title-case
// headlines, and a dropped first name leaves a bare surname that may then
// be taken for a relative ("Clinton" for "Bill Clinton").
func isListedFirstName(w string) bool {
	return len(w) > 1 && doc.IsCapitalised(w) && w[1:] == strings.ToLower(w[1:]) && lex.FirstNameGender(w) != doc.Unknown
}

// personShaped reports whether the tokens [first, last) read as a person's
// name: two or three capitalised words, the first a listed first name, no
// other a word that heads organisation or place names ("Marta Airlines",
// "Ellis Park") or a legal suffix.
func personShaped(d *doc.Document, first, last int) bool {
	if n := last - first; n < 2 || n > 3 || !isListedFirstName(d.Tokens[first].Text) {
		return false
	}
	for _, t := range d.Tokens[first+1 : last] {
		w := strings.ToLower(t.Text)
		if _, head := lex.NounType(w); head || lex.LegalSuffixes[w] || nonPersonNameWords[w] || !doc.IsCapitalised(t.Text) ||
			!doc.IsWordToken(t.Text) || t.Text == strings.ToUpper(t.Text) {
			return false
		}
	}
	return true
}

// surnameAfter reports whether the one-word name at token i is a listed
// first name (and no known name of a place or firm: "Georgia") followed,
// in its sentence, by a capitalised word that can be a surname: not a
// word that heads organisation or place names, not a month or a weekday
// (timeNouns),
// not a title-case headline's next word (the name does not open the
// sentence). The tagger learnt surnames from Reuters and drops one that is
// also a noun ("Jobs", "Press"), leaving a first name it then often
// types as a place.
func surnameAfter(d *doc.Document, i int) bool {
	w := d.Tokens[i].Text
	if !isListedFirstName(w) || lex.KnownType(w) != "" || i+1 >= len(d.Tokens) || d.Tokens[i+1].Sentence != d.Tokens[i].Sentence {
		return false
	}
	if i == 0 || d.Tokens[i-1].Sentence != d.Tokens[i].Sentence {
		return false
	}
	next := d.Tokens[i+1].Text
	low := strings.ToLower(next)
	if len(next) < 2 || !doc.IsCapitalised(next) || next[1:] != strings.ToLower(next[1:]) || !doc.IsWordToken(next) {
		return false
	}
	if _, head := lex.NounType(low); head || lex.LegalSuffixes[low] || nonPersonNameWords[low] || timeNouns[low] || lex.KnownType(next) != "" {
		return false
	}
	if len(d.Words) == 0 {
		return false
	}
	if w := d.TokenWord(i + 1); w < 0 || d.Words[w].UPOS != "PROPN" && !surnameNoun(d, i, w) {
		return false // "Christie Says", "Hillary She"
	}
	return !titleCase(d, i)
}

// personTitleToken reports whether t is a person's title or honorific
// ("Senator", "Sen.", "Mrs.") that the tagger took into a name.
func personTitleToken(t string) bool {
	low := strings.ToLower(t)
	_, abbr := lex.TitleAbbreviations[low]
	_, hon := lex.Honorifics[low]
	_, noun := lex.PersonNouns[low]
	return abbr || hon || noun && doc.IsCapitalised(t)
}

// firstNameAfterTitle reports whether token k, before a person's name the
// tagger found, is a capitalised word right after a person's title ("Sens.
// Rand Paul", "Gov. Brack Obi"): between the title and the surname stands
// the first name, however rare. A second title word ("Vice President
// Biden") is no first name.
func firstNameAfterTitle(d *doc.Document, k int) bool {
	if k < 1 || !doc.SameSentence(d, k-1, k) || !personTitleToken(d.Tokens[k-1].Text) || personTitleToken(d.Tokens[k].Text) {
		return false
	}
	t := d.Tokens[k].Text
	if len(t) < 2 || !doc.IsCapitalised(t) || !doc.IsWordToken(t) || t[1:] != strings.ToLower(t[1:]) || headlineCase(d, k) {
		return false // a headline's capitals say nothing: "Chief Praises Marco Rubio"
	}
	w := d.TokenWord(k)
	return w >= 0 && d.Words[w].UPOS == "PROPN"
}

// surnameNoun reports whether word w, after the first name at token i, is
// a capitalised plural noun the parse made the first name a compound of
// ("Senator Jeff Sessions", "Ana Fields"): the parse reads a surname that
// is also a plural noun as the head of a noun phrase, with the first name
// as its modifier.
func surnameNoun(d *doc.Document, i, w int) bool {
	f := d.TokenWord(i)
	return f >= 0 && d.Words[w].UPOS == "NOUN" && d.Words[w].XPOS == "NNS" && d.Words[f].Head == w && doc.RelIs(d.Words[f].Rel, "compound")
}

// titleCase reports whether the sentence of token i is written in title
// case, as headlines are: a capitalised function word inside it ("Paul
// At Odds With ..."). There every word looks like a name. A word after a
// colon or an opening quote mark ("“ The market ...", said X) opens a
// sentence of its own.
func titleCase(d *doc.Document, i int) bool {
	s := d.Sentences[d.Tokens[i].Sentence]
	for k := s.First + 1; k < s.Last; k++ {
		w := d.TokenWord(k)
		if w < 0 || !doc.IsCapitalised(d.Tokens[k].Text) || d.Tokens[k-1].Text == ":" || doc.IsQuoteMark(d.Tokens[k-1].Text) {
			continue
		}
		switch d.Words[w].UPOS {
		case "ADP", "DET", "AUX", "PRON", "CCONJ", "PART", "VERB":
			return true
		}
	}
	return false
}

// nonPersonNameWords end organisation and place names that are no nouns
// for people, places or groups in the mention lexicon.
var nonPersonNameWords = lex.Words("mention/nonPersonNameWords")

// nameParts cleans the token range [first, last) of a tagged name and
// returns the ranges that remain: a possessive or stray punctuation at
// either edge is dropped, and a photo credit (© Disney) is cut off from the
// caption text it is glued to.
func nameParts(d *doc.Document, first, last int) [][2]int {
	for first < last && doc.IsEdgeJunk(d.Tokens[first].Text) {
		first++
	}
	if last-first > 1 && openingPreposition(d, first) {
		first++ // "Unlike Kestrel, ...": the capital is the sentence's
	}
	for last > first && (doc.IsEdgeJunk(d.Tokens[last-1].Text) || doc.IsPossessive(d.Tokens[last-1].Text)) {
		last--
	}
	if first >= last {
		return nil
	}
	// "© Disney Kim heads to ..." or "Photo: Getty Images Kim arrives":
	// the credit is one name (one word plus an agency suffix such as
	// Images), and what follows it is another.
	var out [][2]int
	start := first
	if creditBefore(d, first) && last-first > 1 {
		k := first + 1
		for k < last && creditSuffix[strings.ToLower(d.Tokens[k].Text)] {
			k++
		}
		out = append(out, [2]int{first, k})
		start = k
	}
	for k := start; k < last; k++ {
		if doc.IsCreditMark(d.Tokens[k].Text) {
			if k > start {
				out = append(out, [2]int{start, k})
			}
			start = k + 1
		}
	}
	if start < last {
		out = append(out, [2]int{start, last})
	}
	return out
}

// peopleParts splits each range of a name the tagger read as one
// person's at "and" between capitalised words ("both Trump and Sanders"):
// a person's name holds no "and", so the words are two people's names
// ("Charles and David Koch" gives "Charles", whose surname coreference
// reads from the name after it). Not at "&", which joins the names of a
// firm's founders ("Moore & Van Allen", a law firm the tagger read as a
// person); other types keep theirs ("Trinidad and Tobago").
func peopleParts(d *doc.Document, parts [][2]int, typ string) [][2]int {
	if typ != "PER" {
		return parts
	}
	var out [][2]int
	for _, r := range parts {
		start := r[0]
		for k := r[0] + 1; k < r[1]-1; k++ {
			if d.Tokens[k].Text == "and" && doc.IsCapitalised(d.Tokens[k+1].Text) {
				out = append(out, [2]int{start, k})
				start = k + 1
			}
		}
		out = append(out, [2]int{start, r[1]})
	}
	return out
}

func addName(d *doc.Document, first, last int, typ doc.EntityType) {
	sp := doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
	if typ == doc.Other {
		if t := knownNameType(d.Slice(sp)); t != "" {
			typ = t
		}
	}
	d.AddMention(doc.Mention{
		Span: sp, Text: d.Slice(sp), Kind: doc.Name, Type: typ, Gender: doc.Unknown,
		Entity: -1, FirstTok: first, LastTok: last,
	})
}

// creditBefore reports whether token i follows a photo-credit marker: ©,
// or "Photo:", "Credit:", "Image:".
func creditBefore(d *doc.Document, i int) bool {
	if i > 0 && doc.IsCreditMark(d.Tokens[i-1].Text) {
		return true
	}
	if i > 1 && d.Tokens[i-1].Text == ":" {
		switch strings.ToLower(d.Tokens[i-2].Text) {
		case "photo", "photos", "credit", "image", "picture", "pictures", "photograph", "source":
			return true
		}
	}
	return false
}

// creditSuffix words continue an agency name in a photo credit.
var creditSuffix = lex.Words("mention/creditSuffix")

// ModelSums names the embedded models by a short sha256 of their files
// (what --version prints; make train reproduces the files bit for bit).
func ModelSums() (ner, mentions string) {
	sum := func(b []byte) string { return fmt.Sprintf("sha256:%x", sha256.Sum256(b))[:19] }
	return sum(nerModelData), sum(mentionModelData)
}

// openingPreposition reports whether token k opens its sentence and the
// parse reads it as a preposition or a subordinator ("Unlike Kestrel,
// ...", "Until Mr. Ruiz ..."): capitalised only because it comes first,
// it is no part of the name the tagger ran it into.
func openingPreposition(d *doc.Document, k int) bool {
	if k > 0 && doc.SameSentence(d, k-1, k) {
		return false
	}
	w := d.TokenWord(k)
	if w < 0 {
		return false
	}
	switch d.Words[w].UPOS {
	case "ADP", "SCONJ":
		return true
	}
	return false
}

// nameHeadAfter reports whether token k, right after the tagged name
// [first, k) that ends in a proper noun, is a capitalised word that ends organisation or place names
// (nonPersonNameWords: "Aircraft", "Airways", "County") and the parse
// makes it the head of the name's last word: the name's own head noun,
// which the tagger, trained on names it saw whole, left out. Not in a
// title-case headline, where every word is capitalised.
func nameHeadAfter(d *doc.Document, first, k int) bool {
	if k >= len(d.Tokens) || !doc.SameSentence(d, first, k) || len(d.Words) == 0 {
		return false
	}
	w := d.Tokens[k].Text
	if len(w) < 2 || !doc.IsCapitalised(w) || w[1:] != strings.ToLower(w[1:]) || !nonPersonNameWords[strings.ToLower(w)] {
		return false
	}
	hw, lw := d.TokenWord(k), d.TokenWord(k-1)
	if hw < 0 || lw < 0 || d.Words[hw].UPOS != "PROPN" || d.Words[lw].UPOS != "PROPN" || d.Words[lw].Head != hw {
		return false
	}
	return !titleCase(d, first)
}

// placeWordsAfterName are the nonPersonNameWords that end a place's name
// ("Orange County"), not an organisation's.
var placeWordsAfterName = lex.Words("mention/placeWordsAfterName")

// dayAdjective reports whether the one-word name at token k is an
// adjective the parse hangs on a weekday or a month ("Black Monday",
// "Super Tuesday"): a word of a day's name, which the tagger took for a
// name of its own.
func dayAdjective(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	if w < 0 || d.Words[w].UPOS != "ADJ" || d.Words[w].Rel != "amod" || d.Words[w].Head < 0 {
		return false
	}
	return dayNames[strings.ToLower(d.Words[d.Words[w].Head].Text)]
}

// dayNames are the names of weekdays and months.
var dayNames = lex.Words("mention/dayNames")

// flightWord is the token of a capitalised "Flight" inside the name
// [first, last) with a number after it, 0 when there is none: a flight is
// named by its airline's name and its number, and the words before it
// name the airline.
func flightWord(d *doc.Document, first, last int) int {
	for k := first + 1; k+1 < last; k++ {
		if d.Tokens[k].Text == "Flight" && doc.IsDigits(d.Tokens[k+1].Text) {
			return k
		}
	}
	return 0
}
