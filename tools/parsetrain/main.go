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
	"github.com/newsgraph/newsgraph/internal/postag"
)

func main() {
	data := flag.String("data", "../shared", "directory holding train/ud and eval/ud")
	out := flag.String("out", "extract/syntax/model/parser.bin.gz", "model file to write (empty: none)")
	logPath := flag.String("log", "extract/syntax/model/parser-train.txt", "training log to write (empty: none)")
	var opt depparse.Options
	flag.IntVar(&opt.Epochs, "epochs", 12, "training passes")
	flag.Uint64Var(&opt.Seed, "seed", 0, "seed of the shuffles and of exploration (the committed model: 0)")
	flag.IntVar(&opt.ExploreFrom, "explorefrom", 1, "first epoch (0-based) that explores; -1: never")
	flag.Float64Var(&opt.ExploreProb, "explore", 0.9, "probability of following the model's own transition")
	prune := flag.Float64("prune", 1.5, "drop averaged weights below this magnitude")
	flag.IntVar(&opt.Beam, "beam", 1, "beam width: 2 or more trains globally with that beam (max-violation) and parses with it; 1: greedy with the dynamic oracle")
	flag.IntVar(&opt.MinLift, "minlift", 0, "keep lift-encoded labels seen at least this often (0: none)")
	gum := flag.Bool("gum", true, "train on GUM besides EWT")
	limit := flag.Int("limit", 0, "train on the first N sentences only (0: all; for exploration; EWT comes first)")
	every := flag.Int("every", 0, "score on dev after every Nth epoch (0: only at the end)")
	sysOut := flag.String("conllu", "", "write the saved model's parse of EWT dev (gold tokens and tags) to this CoNLL-U file, for ud-score")
	tryPrune := flag.String("tryprune", "", "after the last epoch, score models pruned at each of these comma-separated magnitudes")
	tags := flag.String("tags", "jackknife", "training tags: gold, or jackknife (predicted by taggers trained on the other folds)")
	folds := flag.Int("folds", 5, "folds of the jackknifed tags")
	tagCache := flag.String("tagcache", "", "read the jackknifed training tags from this CoNLL-U file, or write them there (exploration only; make train computes them)")
	taggerPath := flag.String("tagger", "extract/syntax/model/postag.bin.gz", "tagger model that tags EWT dev for the predicted-tags figures (empty: none)")
	lexPath := flag.String("lexicon", "", "the tagger's dictionary classes of words, as tools/postrain -lexicon reads them (empty: none, the committed models)")
	clusters := flag.Bool("clusters", true, "word-class features (the tagger's classes from unlabelled text)")
	evalOnly := flag.String("eval", "", "only score the stored model in this file on EWT dev (and write -conllu)")
	decodeBeam := flag.Int("decodebeam", 0, "with -eval: decode with this beam width instead of the model's (1: greedy, as extract --fast)")
	flag.Parse()
	opt.Prune = float32(*prune)
	log.SetFlags(0)
	if *evalOnly != "" {
		evaluate(*data, *evalOnly, *taggerPath, *sysOut, *decodeBeam)
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
	nEWT := 0
	for _, f := range files {
		s, err := conllu.ReadFile(filepath.Join(*data, "train/ud", f))
		if err != nil {
			log.Fatal(err)
		}
		say("train: %s, %d sentences, %d words", f, len(s), words(s))
		train = append(train, s...)
		if nEWT == 0 {
			nEWT = len(s)
		}
	}
	t0 := time.Now()
	unl := unlabelled(train, *data)
	say("word classes: 64 and 256 classes of %d words, learnt as tools/postrain does (%s)", len(unl.Classes), time.Since(t0).Round(time.Second))
	if *clusters {
		opt.Clusters = unl.Classes
	}
	switch *tags {
	case "gold":
		say("tags: gold")
	case "jackknife":
		t0 := time.Now()
		train = cachedTags(*tagCache, func() []conllu.Sentence {
			lex, err := postag.ReadLexiconFile(*lexPath)
			if err != nil {
				log.Fatal(err)
			}
			return jackknifeTags(train, nEWT, *folds, unl, lex, say)
		})
		say("tags: jackknifed over %d folds by internal/postag taggers trained as tools/postrain does (%s)", *folds, time.Since(t0).Round(time.Second))
	default:
		log.Fatalf("-tags %q: gold or jackknife", *tags)
	}
	if *limit > 0 && *limit < len(train) {
		train = train[:*limit] // after tagging, so that a tag cache serves
		say("train: limited to the first %d sentences", *limit)
	}
	dev, devPred := devSets(*data, *taggerPath)
	if opt.Beam > 1 {
		say("options: epochs %d, beam %d (global training, max-violation), prune %g, minlift %d, word classes %t",
			opt.Epochs, opt.Beam, opt.Prune, opt.MinLift, *clusters)
	} else {
		say("options: epochs %d, explore from epoch %d with p=%.2f, prune %g, minlift %d, word classes %t",
			opt.Epochs, opt.ExploreFrom, opt.ExploreProb, opt.Prune, opt.MinLift, *clusters)
	}
	if (*every > 0 || *tryPrune != "") && dev != nil {
		opt.Progress = func(e int, avg func(float32) *depparse.Model) {
			if *every > 0 && (e+1)%*every == 0 {
				m := avg(opt.Prune)
				uas, las, _ := score(m, dev)
				line := fmt.Sprintf("epoch %d: dev UAS %.2f LAS %.2f (gold tags)", e+1, uas, las)
				if devPred != nil {
					uas, las, _ = score(m, devPred)
					line += fmt.Sprintf(", UAS %.2f LAS %.2f (predicted tags)", uas, las)
				}
				say("%s; %s", line, time.Since(begin).Round(time.Second))
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
					line := fmt.Sprintf("prune %g: %d bytes, dev UAS %.2f LAS %.2f (gold tags)", v, buf.Len(), uas, las)
					if devPred != nil {
						uas, las, _ = score(m, devPred)
						line += fmt.Sprintf(", UAS %.2f LAS %.2f (predicted tags)", uas, las)
					}
					say("%s, %.0f words/s", line, wps)
				}
			}
		}
	}
	t0 = time.Now()
	m := depparse.Train(train, opt)
	say("parser trained in %s (%s in all); %d labels", time.Since(t0).Round(time.Second), time.Since(begin).Round(time.Second), len(m.Labels()))
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	say("model: %d bytes", buf.Len())
	m, err := depparse.Load(buf.Bytes()) // score what is shipped
	if err != nil {
		log.Fatal(err)
	}
	if dev != nil {
		report.WriteString(scoreDev(m, dev, devPred, *sysOut))
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

// evaluate scores a stored model on EWT dev, decoding with a beam of
// width beam (0: the model's own).
func evaluate(data, path, taggerPath, sysOut string, beam int) {
	raw, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	m, err := depparse.Load(raw)
	if err != nil {
		log.Fatal(err)
	}
	if beam > 0 {
		m.SetBeam(beam)
	}
	dev, devPred := devSets(data, taggerPath)
	if dev == nil {
		log.Fatal("no dev set")
	}
	scoreDev(m, dev, devPred, sysOut)
}

// devSets reads EWT dev, and a copy tagged by the tagger model at
// taggerPath (nil when either is missing).
func devSets(data, taggerPath string) (gold, pred []conllu.Sentence) {
	gold, err := conllu.ReadFile(filepath.Join(data, "eval/ud/en_ewt-ud-dev.conllu"))
	if err != nil {
		log.Printf("no dev scores: %v", err)
		return nil, nil
	}
	if taggerPath == "" {
		return gold, nil
	}
	raw, err := os.ReadFile(taggerPath)
	if err != nil {
		log.Printf("no predicted-tag scores: %v", err)
		return gold, nil
	}
	tm, err := postag.Load(raw)
	if err != nil {
		log.Fatalf("%s: %v", taggerPath, err)
	}
	pred = make([]conllu.Sentence, len(gold))
	for i, s := range gold {
		pred[i] = retag(s, tm.Tag)
	}
	return gold, pred
}

// scoreDev logs and returns the dev figures of m with gold and with
// predicted tags, and writes the parse of the predicted-tag set (else the
// gold-tag one) to sysOut for ud-score.
func scoreDev(m *depparse.Model, dev, devPred []conllu.Sentence, sysOut string) string {
	var b strings.Builder
	uas, las, wps := score(m, dev)
	fmt.Fprintf(&b, "EWT dev, gold tokens, gold tags: UAS %.2f LAS %.2f (%.0f words/s on one goroutine)\n", uas, las, wps)
	out := dev
	if devPred != nil {
		uas, las, _ = score(m, devPred)
		fmt.Fprintf(&b, "EWT dev, gold tokens, tags and lemmas of the shipped tagger: UAS %.2f LAS %.2f\n", uas, las)
		out = devPred
	}
	log.Print(strings.TrimSuffix(b.String(), "\n"))
	if sysOut != "" {
		if err := writeParse(sysOut, m, out); err != nil {
			log.Fatal(err)
		}
	}
	return b.String()
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
