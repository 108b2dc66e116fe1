package main

import (
	"encoding/json"
	"os"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/mention"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

var zeroTime time.Time

// devSet is an evaluation corpus tokenized once.
type devSet struct {
	name     string
	meantime bool
	docs     []jsonDoc
	toks     []*doc.Document
}

func newDevSet(name string, docs []jsonDoc, meantime bool) *devSet {
	ds := &devSet{name: name, meantime: meantime, docs: docs}
	for _, jd := range docs {
		d := doc.NewDocument(jd.ID, jd.Text, zeroTime)
		tokenize.Tokenize(d)
		ds.toks = append(ds.toks, d)
	}
	return ds
}

var scored = map[string]bool{"PER": true, "ORG": true, "LOC": true}
var predType = map[doc.EntityType]string{doc.Person: "PER", doc.Organization: "ORG", doc.Place: "LOC"}

type key struct {
	trainDoc, start, end int
	typ                  string
}

// f1 scores typed PER/ORG/LOC name mentions exactly as
// shared/eval/score.py ner does, so training logs match the official figure:
// MEANTIME counts only NAM mentions inside the annotated region, and a
// prediction overlapping an unscored gold span is ignored.
func (ds *devSet) f1(m *tagger.Model) (p, r, f float64) {
	gold, pred := map[key]bool{}, map[key]bool{}
	for n, jd := range ds.docs {
		var ignored [][2]int
		spans := map[[2]int]bool{}
		limit := -1
		for _, e := range jd.Entities {
			if scored[e.Type] && (!ds.meantime || e.SynType == "NAM") {
				gold[key{n, e.Start, e.End, e.Type}] = true
				spans[[2]int{e.Start, e.End}] = true
			} else {
				ignored = append(ignored, [2]int{e.Start, e.End})
			}
		}
		if ds.meantime {
			for _, l := range [][]jsonEnt{jd.Entities, jd.Events, jd.Timexes} {
				for _, e := range l {
					limit = max(limit, e.End)
				}
			}
		}
		src := ds.toks[n]
		d := &doc.Document{ID: src.ID, Text: src.Text, Paragraphs: src.Paragraphs, Sentences: src.Sentences, Tokens: src.Tokens}
		mention.FindNamesWith(d, m)
		for _, mn := range d.Mentions {
			t, ok := predType[mn.Type]
			if !ok || (limit >= 0 && mn.Start >= limit) {
				continue
			}
			if !spans[[2]int{mn.Start, mn.End}] {
				skip := false
				for _, ig := range ignored {
					skip = skip || (mn.Start < ig[1] && ig[0] < mn.End)
				}
				if skip {
					continue
				}
			}
			pred[key{n, mn.Start, mn.End, t}] = true
		}
	}
	tp := 0
	for k := range pred {
		if gold[k] {
			tp++
		}
	}
	if len(pred) > 0 {
		p = float64(tp) / float64(len(pred))
	}
	if len(gold) > 0 {
		r = float64(tp) / float64(len(gold))
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// dump writes the model's names for every document of the set in the
// format of `newsgraph extract --format json` (one entity per mention, so
// the tagger's own types are scored), for score.py and error analysis.
func (ds *devSet) dump(path string, m *tagger.Model) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for n, jd := range ds.docs {
		src := ds.toks[n]
		d := &doc.Document{ID: src.ID, Text: src.Text, Paragraphs: src.Paragraphs, Sentences: src.Sentences, Tokens: src.Tokens}
		mention.FindNamesWith(d, m)
		type mention struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Kind  string `json:"kind"`
		}
		type entity struct {
			Type     string    `json:"type"`
			Mentions []mention `json:"mentions"`
		}
		ents := []entity{}
		for _, mn := range d.Mentions {
			ents = append(ents, entity{Type: string(mn.Type), Mentions: []mention{{mn.Start, mn.End, mn.Text, "NAME"}}})
		}
		if err := enc.Encode(map[string]any{"id": jd.ID, "entities": ents}); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}
