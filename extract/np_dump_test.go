package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/mention"
)

func TestNPDump(t *testing.T) {
	corpus := os.Getenv("NP_CORPUS")
	if corpus == "" {
		t.Skip()
	}
	types := map[string]bool{"person": true, "organization": true, "place": true, "PER": true, "ORG": true, "LOC": true}
	f, _ := os.Open("../../shared/eval/" + corpus + "/dev.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<24), 1<<24)
	out, _ := os.Create("/tmp/mwork/np-" + corpus + ".txt")
	defer out.Close()
	for sc.Scan() {
		var g struct {
			ID, Text string
			Entities []struct {
				Start, End int
				Type       string
				Syn        string `json:"syntactic_type"`
			}
		}
		json.Unmarshal(sc.Bytes(), &g)
		d := doc.NewDocument(g.ID, g.Text, time.Time{})
		var nominals []doc.NominalMention
		for _, st := range Stages {
			st.Run(d)
			if st.Name == "nominals" {
				nominals = append(nominals, d.Nominals...)
			}
		}
		final := map[doc.Span]string{}
		for _, m := range d.Mentions {
			if m.Entity >= 0 {
				final[m.Span] = string(m.Kind)
			}
		}
		for _, e := range g.Entities {
			if !types[e.Type] {
				continue
			}
			gs := doc.Span{Start: e.Start, End: e.End}
			fw, lw := -1, -1
			for i, w := range d.Words {
				if w.Start < gs.End && gs.Start < w.End {
					if fw < 0 {
						fw = i
					}
					lw = i + 1
				}
			}
			if fw < 0 {
				continue
			}
			h := d.HeadWord(fw, lw)
			a, b := mention.NounPhrase(d, h)
			np := doc.Span{Start: d.Words[a].Start, End: d.Words[b-1].End}
			inName := false
			for _, m := range d.Mentions {
				if m.Kind == doc.Name && m.Start <= d.Words[h].Start && d.Words[h].End <= m.End {
					inName = true
				}
			}
			typ, typed := lex.HeadNoun(strings.ToLower(d.Words[h].Text))
			res := "EXACT"
			if np != gs {
				res = "DIFF"
			}
			cand := ""
			for _, c := range nominals {
				if c.Head == d.Words[h].Token || (c.Start <= d.Words[h].Start && d.Words[h].End <= c.End && cand == "") {
					cand = d.Slice(c.Span)
					if c.Span == gs {
						break
					}
				}
			}
			hit := final[gs]
			if hit == "" {
				hit = "MISS"
			}
			res = hit + "\t" + res + "\t" + strings.ReplaceAll(cand, "\n", " ")
			fmt.Fprintf(out, "%s\t%s\t%s\t%s/%s\tname=%v\tlex=%v:%s\t%q\t%q\n", res, e.Type, e.Syn, d.Words[h].UPOS, d.Words[h].Rel, inName, typed, typ,
				strings.ReplaceAll(d.Slice(gs), "\n", " "), strings.ReplaceAll(d.Slice(np), "\n", " "))
		}
	}
}
