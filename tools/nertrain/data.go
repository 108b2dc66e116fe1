package main

import (
	"bufio"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/jsonl"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

// trainDoc is a training document: sentences of tokens and their BIO tags.
type trainDoc struct {
	words tagger.Doc
	tags  [][]int
}

// readCoNLL reads a CoNLL-2003 file (token first, IOB2 tag last on each
// line; blank lines end sentences; -DOCSTART- lines end documents).
func readCoNLL(path string) ([]trainDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []trainDoc
	var cur trainDoc
	var ws []string
	var ts []int
	endSent := func() {
		if len(ws) > 0 {
			cur.words = append(cur.words, ws)
			cur.tags = append(cur.tags, ts)
			ws, ts = nil, nil
		}
	}
	endDoc := func() {
		endSent()
		if len(cur.words) > 0 {
			docs = append(docs, cur)
		}
		cur = trainDoc{}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			endSent()
		case fields[0] == "-DOCSTART-":
			endDoc()
		default:
			ws = append(ws, fields[0])
			ts = append(ts, tagger.ParseTag(fields[len(fields)-1]))
		}
	}
	endDoc()
	return docs, sc.Err()
}

// jsonDoc is one line of the shared JSONL corpora.
type jsonDoc struct {
	ID       string    `json:"id"`
	Text     string    `json:"text"`
	Entities []jsonEnt `json:"entities"`
	Events   []jsonEnt `json:"events"`
	Timexes  []jsonEnt `json:"timexes"`
}

type jsonEnt struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Type    string `json:"type"`
	SynType string `json:"syntactic_type"`
}

func readJSONL(path string) ([]jsonDoc, error) { return jsonl.Read[jsonDoc](path) }

// gumTypes maps GUM's entity types onto the tagger's.
var gumTypes = map[string]string{"person": "PER", "organization": "ORG", "place": "LOC"}

// gumDocs converts GUM documents to token-level training data. GUM marks
// every noun phrase, not just names, so only spans that look like proper
// names are kept: every word capitalised (bar a leading "the" and inner
// function words), not the whole sentence. Other capitalised spans are
// left untagged but their sentences are kept: the tagger sees them as O.
func gumDocs(in []jsonDoc) []trainDoc {
	var out []trainDoc
	for _, jd := range in {
		d := doc.NewDocument(jd.ID, jd.Text, zeroTime)
		tokenize.Tokenize(d)
		tags := make([]int, len(d.Tokens))
		for _, e := range jd.Entities {
			typ, ok := gumTypes[e.Type]
			if !ok {
				continue
			}
			first, last := d.TokenAt(e.Start), d.TokenAt(e.End-1)
			if first < 0 || last < 0 || d.Tokens[first].Start != e.Start || d.Tokens[last].End != e.End {
				continue
			}
			if strings.EqualFold(d.Tokens[first].Text, "the") {
				first++
			}
			if first > last || !properName(d, first, last+1) {
				continue
			}
			clash := false
			for k := first; k <= last; k++ {
				clash = clash || tags[k] != 0
			}
			if clash {
				continue // nested names: keep the first (outer) one
			}
			tags[first] = tagger.ParseTag("B-" + typ)
			for k := first + 1; k <= last; k++ {
				tags[k] = tagger.ParseTag("I-" + typ)
			}
		}
		var td trainDoc
		for _, s := range d.Sentences {
			ws := make([]string, 0, s.Last-s.First)
			for _, t := range d.Tokens[s.First:s.Last] {
				ws = append(ws, t.Text)
			}
			td.words = append(td.words, ws)
			td.tags = append(td.tags, append([]int(nil), tags[s.First:s.Last]...))
		}
		out = append(out, td)
	}
	return out
}

var innerFunction = map[string]bool{"of": true, "and": true, "the": true, "de": true, "for": true, "on": true, "&": true, "-": true}

func properName(d *doc.Document, first, last int) bool {
	if last-first > 6 {
		return false
	}
	for k := first; k < last; k++ {
		w := d.Tokens[k].Text
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if k > first && k < last-1 && innerFunction[strings.ToLower(w)] {
			continue
		}
		return false
	}
	return true
}

// titleCase returns a copy of a sentence as a title-case headline would
// print it; used to teach the tagger that capitals in such lines mean little.
func titleCase(ws []string, keepSmall bool) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		if keepSmall && i > 0 && smallWords[w] {
			out[i] = w
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		out[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return out
}

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "and": true, "or": true, "but": true, "by": true, "with": true, "from": true, "as": true}
