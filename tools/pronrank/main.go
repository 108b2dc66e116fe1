// Command pronrank measures a learnt pronoun antecedent ranker against the
// coreference rules (issue #16): it extracts the training and evaluation
// corpora, trains an averaged-perceptron ranker on the pronouns of the
// training corpus and reports, on each evaluation corpus, the share of
// pronouns whose chosen antecedent is in the right gold chain, by the rules
// and by the ranker.
//
//	go run ./tools/pronrank -train ../shared/train/gum/train.jsonl \
//	    ../shared/eval/gum/dev.jsonl ../shared/eval/meantime/dev.jsonl
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/newsgraph/newsgraph/internal/linear"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/pronrank"
)

type record struct {
	Text     string `json:"text"`
	Entities []struct {
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Cluster string `json:"cluster"`
	} `json:"entities"`
}

// golds reads the gold chains of a JSONL corpus, keyed by article text.
func golds(path string) (map[string][]pronrank.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]pronrank.Gold{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, err
		}
		var gs []pronrank.Gold
		for _, e := range r.Entities {
			gs = append(gs, pronrank.Gold{Start: e.Start, End: e.End, Chain: e.Cluster})
		}
		out[r.Text] = gs
	}
	return out, sc.Err()
}

// examples extracts a corpus and builds its instances under both feature sets.
func examples(path string) (plain, rules []pronrank.Example, err error) {
	gold, err := golds(path)
	if err != nil {
		return nil, nil, err
	}
	n := 0
	err = pipeline.Run(context.Background(), []string{path}, pipeline.Options{}, func(it pipeline.Item) error {
		gs, ok := gold[it.Article.Text]
		if !ok {
			return fmt.Errorf("%s: no gold for article text", it.Article.ID)
		}
		ins := pronrank.Instances(it.Doc, gs)
		cp, cr := pronrank.NewContext(it.Doc, false), pronrank.NewContext(it.Doc, true)
		for _, in := range ins {
			plain = append(plain, pronrank.Example{Ctx: cp, In: in, Doc: n})
			rules = append(rules, pronrank.Example{Ctx: cr, In: in, Doc: n})
		}
		n++
		return nil
	})
	return plain, rules, err
}

var verbose bool

type tally struct{ n, rule, linked, plain, rerank, oracle int }

func main() {
	train := flag.String("train", "", "training corpus (JSONL with gold chains)")
	epochs := flag.Int("epochs", 10, "perceptron epochs")
	flag.BoolVar(&verbose, "v", false, "list the evaluation pronouns where the rules and the plain ranker disagree")
	folds := flag.Int("folds", 0, "also cross-validate on the training corpus, documents split in this many folds")
	flag.Parse()
	tp, tr, err := examples(*train)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("train %s: %d pronoun instances\n", *train, len(tp))
	mp, mr := pronrank.Train(tp, *epochs), pronrank.Train(tr, *epochs)
	fmt.Printf("models: plain %d rows, rules-aware %d rows\n", mp.Rows(), mr.Rows())
	if *folds > 1 {
		crossValidate(*train, tp, tr, *folds, *epochs)
	}
	for _, path := range flag.Args() {
		ep, er, err := examples(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		report(path, ep, er, func(i int) bool { return right(mp, ep[i]) }, func(i int) bool { return right(mr, er[i]) })
		if verbose {
			disagreements(ep, mp)
		}
	}
}

func right(m *linear.Model, ex pronrank.Example) bool {
	i := pronrank.Choose(m, ex)
	return i >= 0 && ex.In.Pos[i]
}

// crossValidate trains on all folds but one and scores the held-out one,
// for a larger sample than the dev corpora give.
func crossValidate(path string, tp, tr []pronrank.Example, folds, epochs int) {
	okP, okR := make([]bool, len(tp)), make([]bool, len(tp))
	for f := 0; f < folds; f++ {
		var trainP, trainR []pronrank.Example
		for i := range tp {
			if tp[i].Doc%folds != f {
				trainP, trainR = append(trainP, tp[i]), append(trainR, tr[i])
			}
		}
		mp, mr := pronrank.Train(trainP, epochs), pronrank.Train(trainR, epochs)
		for i := range tp {
			if tp[i].Doc%folds == f {
				okP[i], okR[i] = right(mp, tp[i]), right(mr, tr[i])
			}
		}
	}
	report(fmt.Sprintf("%s (%d-fold cross-validation by document)", path, folds), tp, tr,
		func(i int) bool { return okP[i] }, func(i int) bool { return okR[i] })
}

func report(path string, ep, er []pronrank.Example, plainOK, rulesOK func(int) bool) {
	forms := map[string]*tally{}
	var all tally
	for i, ex := range ep {
		in := ex.In
		t := forms[in.Form]
		if t == nil {
			t = &tally{}
			forms[in.Form] = t
		}
		for _, t := range []*tally{t, &all} {
			t.n++
			t.rule += b(in.RuleRight)
			t.linked += b(in.RuleLinked)
			t.plain += b(plainOK(i))
			t.rerank += b(rulesOK(i))
			for _, p := range in.Pos {
				if p {
					t.oracle++
					break
				}
			}
		}
	}
	fmt.Printf("\n%s\n%-12s %5s %14s %14s %14s %14s %8s\n", path, "pronoun", "n", "rules", "ranker", "ranker+rules", "in window", "linked")
	line := func(name string, t *tally) {
		pc := func(k int) string { return fmt.Sprintf("%4d (%5.1f%%)", k, 100*float64(k)/float64(max(t.n, 1))) }
		fmt.Printf("%-12s %5d %14s %14s %14s %14s %8d\n", name, t.n, pc(t.rule), pc(t.plain), pc(t.rerank), pc(t.oracle), t.linked)
	}
	var names []string
	for f := range forms {
		names = append(names, f)
	}
	sort.Slice(names, func(i, j int) bool {
		if forms[names[i]].n != forms[names[j]].n {
			return forms[names[i]].n > forms[names[j]].n
		}
		return names[i] < names[j]
	})
	for _, f := range names {
		line(f, forms[f])
	}
	line("all", &all)
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}

// disagreements lists, on standard error, the pronouns one of the rules and
// the ranker gets right and the other wrong, with both antecedents.
func disagreements(ep []pronrank.Example, m *linear.Model) {
	for _, ex := range ep {
		in := ex.In
		i := pronrank.Choose(m, ex)
		rk := i >= 0 && in.Pos[i]
		if rk == in.RuleRight {
			continue
		}
		d := ex.Ctx.Doc()
		text := func(k int) string {
			if k < 0 {
				return "-"
			}
			return fmt.Sprintf("%q", d.Mentions[k].Text)
		}
		ch := -1
		if i >= 0 {
			ch = in.Cands[i]
		}
		p := d.Mentions[in.Pronoun]
		lo, hi := max(0, p.Start-120), min(len(d.Text), p.End+20)
		fmt.Fprintf(os.Stderr, "%s %s@%d rules=%s(%v) ranker=%s(%v) | %q\n", d.ID, in.Form, p.Start,
			text(in.RuleAnte), in.RuleRight, text(ch), rk, d.Text[lo:hi])
	}
}
