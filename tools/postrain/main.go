// Command postrain trains the part-of-speech tagger and lemmatizer of the
// syntax stage (package internal/postag). Run it from the repository root:
//
//	go run ./tools/postrain
//
// It reads the UD English treebanks of ../shared/train/ud (EWT and GUM
// train), trains deterministically (fixed seed, fixed data order), writes
// extract/syntax/model/postag.bin.gz and a training log beside it, and
// scores the stored model on EWT dev (gold tokens) when it is present.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/newsgraph/newsgraph/internal/postag"
)

func main() {
	data := flag.String("data", "../shared", "directory holding train/ and eval/")
	out := flag.String("out", "extract/syntax/model/postag.bin.gz", "model file to write (empty: none)")
	logFile := flag.String("log", "extract/syntax/model/postag-train.txt", "training log to write (empty: none)")
	epochs := flag.Int("epochs", 6, "training passes")
	prune := flag.Float64("prune", 1, "drop averaged weights of smaller magnitude")
	stack := flag.Int("stack", 5, "folds of the jackknifed first pass the second pass learns from (1: one pass)")
	stackEpochs := flag.Int("stackepochs", 3, "epochs of each jackknifed first pass")
	folds := flag.Int("folds", 10, "folds of the jackknifed ambiguity classes (1: none)")
	ambShare := flag.Float64("ambshare", 0.05, "share of a word's occurrences a class needs to be in its ambiguity class")
	gum := flag.Bool("gum", true, "train on GUM as well as EWT")
	dev := flag.Bool("dev", true, "score every epoch on EWT dev (gold tokens)")
	unlab := flag.Bool("unlabelled", true, "learn word clusters and capitalisation from unlabelled text")
	small := flag.Int("clusters", 64, "coarse word classes learnt from unlabelled text (0: none)")
	large := flag.Int("fineclusters", 256, "fine word classes learnt from unlabelled text (0: none)")
	clusterMin := flag.Int("clustermin", 3, "words seen fewer times in the unlabelled text get no class")
	clusterIters := flag.Int("clusteriters", 10, "passes of the exchange algorithm")
	lexPath := flag.String("lexicon", "", "dictionary classes of words, read as features (extract/syntax/model/pos-lexicon.txt, make postag-lexicons; empty: none, the committed model)")
	sys := flag.String("conllu", "", "write the stored model's tagging of EWT dev to this file (for ud-score)")
	flag.Parse()
	log.SetFlags(0)
	var report strings.Builder
	logf := func(format string, args ...any) {
		line := fmt.Sprintf(format, args...)
		log.Print(line)
		report.WriteString(line + "\n")
	}
	begin := time.Now()

	files := []string{"en_ewt-ud-train.conllu"}
	if *gum {
		files = append(files, "en_gum-ud-train.conllu")
	}
	var train []conllu.Sentence
	primary := 0 // EWT's conventions win
	for _, f := range files {
		s, err := conllu.ReadFile(filepath.Join(*data, "train/ud", f))
		if err != nil {
			log.Fatal(err)
		}
		logf("train: %s, %d sentences", f, len(s))
		train = append(train, s...)
		if primary == 0 {
			primary = len(s)
		}
	}
	opt := postag.Options{Epochs: *epochs, Prune: float32(*prune), Seed: 1, Primary: primary,
		StackFolds: *stack, StackEpochs: *stackEpochs, Folds: *folds, AmbShare: *ambShare}
	lex, err := postag.ReadLexiconFile(*lexPath)
	if err != nil {
		log.Fatal(err)
	}
	if lex != nil {
		opt.Lexicon = lex
		logf("lexicon: %s, %d words", *lexPath, lex.Len())
	}
	logf("options: epochs %d, prune %g, seed %d, ambiguity folds %d, ambiguity share %g, stack folds %d, stack epochs %d",
		opt.Epochs, opt.Prune, opt.Seed, opt.Folds, opt.AmbShare, opt.StackFolds, opt.StackEpochs)
	if *unlab {
		t0 := time.Now()
		text, err := postag.ReadUnlabelled(train, filepath.Join(*data, "train/gum/train.jsonl"), filepath.Join(*data, "train/conll2003/eng.train"))
		if err != nil {
			log.Fatal(err)
		}
		words := 0
		for _, s := range text {
			words += len(s)
		}
		opt.Unlabelled = postag.LearnUnlabelled(text, *small, *large, *clusterMin, *clusterIters)
		logf("unlabelled text: %d and %d word classes of %d words seen %d+ times in %d words of unlabelled text (treebank words, GUM documents, CoNLL-2003 eng.train), %d passes (%s)",
			*small, *large, len(opt.Unlabelled.Classes), *clusterMin, words, *clusterIters, time.Since(t0).Round(time.Second))
	}
	opt.Log = func(format string, args ...any) { log.Printf("  "+format, args...) }

	var devSents []conllu.Sentence
	if *dev {
		var err error
		devSents, err = conllu.ReadFile(filepath.Join(*data, "eval/ud/en_ewt-ud-dev.conllu"))
		if err != nil {
			log.Printf("no dev set: %v", err)
		}
	}
	if len(devSents) > 0 {
		opt.EachEpoch = func(ep int, m *postag.Model) {
			log.Printf("  epoch %d (%s): dev %s", ep, time.Since(begin).Round(time.Second), score(m, devSents, nil))
		}
	}
	m := postag.Train(train, opt)
	trainTime := time.Since(begin)

	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	stored, err := postag.Load(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	logf("model: %d bytes, trained in %s (%s, GOMAXPROCS %d)", buf.Len(), trainTime.Round(time.Second), runtime.Version(), runtime.GOMAXPROCS(0))
	if len(devSents) > 0 {
		var w io.Writer
		if *sys != "" {
			f, err := os.Create(*sys)
			if err != nil {
				log.Fatal(err)
			}
			defer f.Close()
			w = f
		}
		logf("EWT dev, gold tokens, stored model: %s", score(stored, devSents, w))
	}
	if *out != "" {
		if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if *logFile != "" {
		if err := os.WriteFile(*logFile, []byte(report.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// score tags the gold words of the sentences and returns the accuracies
// of UPOS, XPOS and lemmas (ud-score's figures on gold tokens); with w set
// it also writes the tagged sentences as CoNLL-U.
func score(m *postag.Model, sents []conllu.Sentence, w io.Writer) string {
	var n, u, x, l int
	var out []conllu.Sentence
	for _, s := range sents {
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		upos, xpos, lemmas := m.Tag(words)
		t := conllu.Sentence{Comments: s.Comments, Tokens: s.Tokens}
		for i, g := range s.Words {
			n++
			if upos[i] == g.UPOS {
				u++
			}
			if xpos[i] == g.XPOS {
				x++
			}
			if lemmas[i] == g.Lemma {
				l++
			}
			t.Words = append(t.Words, conllu.Word{ID: g.ID, Form: g.Form, Lemma: lemmas[i], UPOS: upos[i], XPOS: xpos[i], Misc: g.Misc})
		}
		out = append(out, t)
	}
	if w != nil {
		if err := conllu.Write(w, out); err != nil {
			log.Fatal(err)
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	return fmt.Sprintf("UPOS %.2f XPOS %.2f Lemmas %.2f (%d words)", pct(u), pct(x), pct(l), n)
}
