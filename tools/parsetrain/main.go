// Command parsetrain trains the dependency parser of package
// extract/syntax. Run it from the repository root:
//
//	go run ./tools/parsetrain
//
// It reads EWT and GUM train from ../shared/train/ud, trains
// internal/depparse deterministically (fixed seed and data order), writes
// extract/syntax/model/parser.bin.gz and the training log
// parser-train.txt beside it, and scores the written model on EWT dev
// (gold tokens) when the dev file is present.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/newsgraph/newsgraph/internal/depparse"
)

func main() {
	data := flag.String("data", "../shared", "directory holding train/ud and eval/ud")
	out := flag.String("out", "extract/syntax/model/parser.bin.gz", "model file to write (empty: none)")
	logPath := flag.String("log", "extract/syntax/model/parser-train.txt", "training log to write (empty: none)")
	var opt depparse.Options
	flag.IntVar(&opt.Epochs, "epochs", 12, "training passes")
	flag.IntVar(&opt.ExploreFrom, "explorefrom", 1, "first epoch (0-based) that explores; -1: never")
	flag.Float64Var(&opt.ExploreProb, "explore", 0.9, "probability of following the model's own transition")
	prune := flag.Float64("prune", 1.5, "drop averaged weights below this magnitude")
	flag.IntVar(&opt.MinLift, "minlift", 0, "keep lift-encoded labels seen at least this often (0: none)")
	gum := flag.Bool("gum", true, "train on GUM besides EWT")
	limit := flag.Int("limit", 0, "train on the first N sentences only (0: all; for exploration)")
	every := flag.Int("every", 0, "score on dev after every Nth epoch (0: only at the end)")
	sysOut := flag.String("conllu", "", "write the saved model's parse of EWT dev (gold tokens and tags) to this CoNLL-U file, for ud-score")
	tryPrune := flag.String("tryprune", "", "after the last epoch, score models pruned at each of these comma-separated magnitudes")
	evalOnly := flag.String("eval", "", "only score the stored model in this file on EWT dev (and write -conllu)")
	flag.Parse()
	opt.Prune = float32(*prune)
	log.SetFlags(0)
	if *evalOnly != "" {
		evaluate(*data, *evalOnly, *sysOut)
		return
	}
	begin := time.Now()
	var report strings.Builder
	say := func(format string, args ...any) {
		fmt.Fprintf(&report, format+"\n", args...)
		log.Printf(format, args...)
	}

	files := []string{"en_ewt-ud-train.conllu"}
	if *gum {
		files = append(files, "en_gum-ud-train.conllu")
	}
	var train []conllu.Sentence
	for _, f := range files {
		s, err := conllu.ReadFile(filepath.Join(*data, "train/ud", f))
		if err != nil {
			log.Fatal(err)
		}
		say("train: %s, %d sentences, %d words", f, len(s), words(s))
		train = append(train, s...)
	}
	if *limit > 0 && *limit < len(train) {
		train = train[:*limit]
		say("train: limited to the first %d sentences", *limit)
	}
	dev, err := conllu.ReadFile(filepath.Join(*data, "eval/ud/en_ewt-ud-dev.conllu"))
	if err != nil {
		log.Printf("no dev scores: %v", err)
	}
	say("options: epochs %d, explore from epoch %d with p=%.2f, prune %g, minlift %d, gold tags",
		opt.Epochs, opt.ExploreFrom, opt.ExploreProb, opt.Prune, opt.MinLift)
	if (*every > 0 || *tryPrune != "") && dev != nil {
		opt.Progress = func(e int, avg func(float32) *depparse.Model) {
			if *every > 0 && (e+1)%*every == 0 {
				uas, las, _ := score(avg(opt.Prune), dev)
				say("epoch %d: dev UAS %.2f LAS %.2f (gold tags; %s)", e+1, uas, las, time.Since(begin).Round(time.Second))
			}
			if e+1 == opt.Epochs && *tryPrune != "" {
				for _, p := range strings.Split(*tryPrune, ",") {
					v, err := strconv.ParseFloat(p, 32)
					if err != nil {
						log.Fatal(err)
					}
					var buf bytes.Buffer
					m := avg(float32(v))
					m.Save(&buf)
					m, _ = depparse.Load(buf.Bytes())
					uas, las, wps := score(m, dev)
					say("prune %g: %d bytes, dev UAS %.2f LAS %.2f, %.0f words/s", v, buf.Len(), uas, las, wps)
				}
			}
		}
	}
	m := depparse.Train(train, opt)
	say("trained in %s; %d labels", time.Since(begin).Round(time.Second), len(m.Labels()))
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	say("model: %d bytes", buf.Len())
	if m, err = depparse.Load(buf.Bytes()); err != nil {
		log.Fatal(err)
	}
	if dev != nil {
		uas, las, wps := score(m, dev)
		say("EWT dev, gold tokens, gold tags (the saved model): UAS %.2f LAS %.2f; %.0f words/s on one goroutine", uas, las, wps)
		if *sysOut != "" {
			if err := writeParse(*sysOut, m, dev); err != nil {
				log.Fatal(err)
			}
		}
	}
	if *out != "" {
		if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if *logPath != "" {
		say("go %s", runtime.Version())
		if err := os.WriteFile(*logPath, []byte(report.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// evaluate scores a stored model on EWT dev with gold tokens and tags.
func evaluate(data, path, sysOut string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	m, err := depparse.Load(raw)
	if err != nil {
		log.Fatal(err)
	}
	dev, err := conllu.ReadFile(filepath.Join(data, "eval/ud/en_ewt-ud-dev.conllu"))
	if err != nil {
		log.Fatal(err)
	}
	uas, las, wps := score(m, dev)
	log.Printf("EWT dev, gold tokens, gold tags: UAS %.2f LAS %.2f; %.0f words/s", uas, las, wps)
	if sysOut != "" {
		if err := writeParse(sysOut, m, dev); err != nil {
			log.Fatal(err)
		}
	}
}

func words(s []conllu.Sentence) int {
	n := 0
	for _, x := range s {
		n += len(x.Words)
	}
	return n
}

// score parses gold-tokenized sentences with their own tags and returns
// UAS and LAS as the CoNLL 2018 scorer counts them on gold tokens (every
// word, punctuation included; LAS compares labels without subtypes) and
// the parsing speed.
func score(m *depparse.Model, sents []conllu.Sentence) (uas, las, wps float64) {
	var n, uh, lh int
	start := time.Now()
	for _, s := range sents {
		var w, u, x, l []string
		for _, t := range s.Words {
			w, u, x, l = append(w, t.Form), append(u, t.UPOS), append(x, t.XPOS), append(l, t.Lemma)
		}
		heads, rels := m.Parse(w, u, x, l)
		for i, t := range s.Words {
			n++
			if heads[i] == t.Head {
				uh++
				if base(rels[i]) == base(t.Deprel) {
					lh++
				}
			}
		}
	}
	sec := time.Since(start).Seconds()
	return 100 * float64(uh) / float64(n), 100 * float64(lh) / float64(n), float64(n) / sec
}

// writeParse writes sents with the heads and relations of m.
func writeParse(path string, m *depparse.Model, sents []conllu.Sentence) error {
	out := make([]conllu.Sentence, len(sents))
	for i, s := range sents {
		var w, u, x, l []string
		for _, t := range s.Words {
			w, u, x, l = append(w, t.Form), append(u, t.UPOS), append(x, t.XPOS), append(l, t.Lemma)
		}
		heads, rels := m.Parse(w, u, x, l)
		out[i] = s
		out[i].Words = append([]conllu.Word(nil), s.Words...)
		for j := range out[i].Words {
			out[i].Words[j].Head, out[i].Words[j].Deprel, out[i].Words[j].Deps = heads[j], rels[j], "_"
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := conllu.Write(f, out); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func base(l string) string {
	b, _, _ := strings.Cut(l, ":")
	return b
}
