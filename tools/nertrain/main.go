// Command nertrain trains the named-entity tagger embedded in package
// extract. Run it from the repository root:
//
//	go run ./tools/nertrain
//
// It reads CoNLL-2003 eng.train (and optionally GUM) from ../shared/train,
// trains an averaged perceptron deterministically (fixed seed, fixed data
// order), writes extract/mention/model/ner.bin.gz and a summary of the run next to
// it, and reports F1 on the shared dev sets when they are present.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/tagger"
)

// Complexity 46 (gocyclo): a trainer's flag handling and the steps of one training run in order, read top
// to bottom.
func main() {
	data := flag.String("data", "../shared", "directory holding train/ and eval/")
	out := flag.String("out", "extract/mention/model/ner.bin.gz", "model file to write")
	stats := flag.String("stats", "extract/mention/model/ner-train.txt", "training summary to write (empty: none)")
	epochs := flag.Int("epochs", 10, "training passes")
	minCount := flag.Int("mincount", 2, "minimum feature count")
	prune := flag.Float64("prune", 0.02, "drop feature rows whose largest |weight| is below this")
	useGaz := flag.Bool("gazetteer", true, "gazetteer features from training names (jackknifed)")
	extNames := flag.String("names", "", "external names list (TYPE name lines, e.g. extract/mention/model/names.txt from make gazetteers) for features of their own (empty: none; see model/NER.md)")
	useGUM := flag.Bool("gum", false, "also train on GUM person/organization/place names")
	lexGUM := flag.Bool("lexgum", true, "count GUM train text in the casing lexicon")
	augment := flag.Int("titlecase", 4, "add a title-cased copy of every Nth sentence (0: none)")
	dev := flag.Bool("dev", true, "score every epoch on the dev sets")
	stack := flag.Bool("stack", true, "add a second stage fed with jackknifed first-stage tags")
	dump := flag.String("dump", "", "write the stored model's names on each dev set to DIR/NAME.json (score.py format)")
	nClusters := flag.Int("clusters", 0, "word classes learnt from the training text (0: none)")
	clusterMin := flag.Int("clustermin", 3, "words seen fewer times in the training text get no class")
	clusterIters := flag.Int("clusteriters", 10, "passes of the exchange algorithm")
	evalOnly := flag.String("eval", "", "only score (and -dump) the stored model in this file on the dev sets")
	flag.Parse()
	log.SetFlags(0)
	begin := time.Now()
	if *evalOnly != "" {
		evaluate(*data, *evalOnly, *dump)
		return
	}

	docs, err := readCoNLL(filepath.Join(*data, "train/conll2003/eng.train"))
	if err != nil {
		log.Fatal(err)
	}
	nConll := len(docs)
	if *useGUM {
		gj, err := readJSONL(filepath.Join(*data, "train/gum/train.jsonl"))
		if err != nil {
			log.Fatal(err)
		}
		docs = append(docs, gumDocs(gj)...)
	}
	var clusters *tagger.Clusters
	if *nClusters > 0 {
		// Word classes from the running text of CoNLL eng.train and GUM
		// train (their words only, no labels).
		text := make([]tagger.Doc, 0, len(docs)+256)
		for _, d := range docs[:nConll] {
			text = append(text, d.words)
		}
		gj, err := readJSONL(filepath.Join(*data, "train/gum/train.jsonl"))
		if err != nil {
			log.Fatal(err)
		}
		for _, d := range gumDocs(gj) {
			text = append(text, d.words)
		}
		t0 := time.Now()
		clusters = tagger.BuildClusters(text, *nClusters, *clusterMin, *clusterIters)
		log.Printf("%d word classes over %d words (%s)", *nClusters, clusters.Len(), time.Since(t0).Round(time.Millisecond))
	}
	if *augment > 0 {
		docs = addTitleCase(docs, *augment)
	}

	// Jackknifed gazetteer: each document's hits come from the names of the
	// other folds, so the tagger learns how much a hit is worth on names it
	// has not seen; the saved model uses the names of every fold.
	const folds = 5
	var full *tagger.Gazetteer
	var foldGaz [folds]*tagger.Gazetteer
	if *useGaz {
		full = tagger.NewGazetteer()
		for k := range folds {
			foldGaz[k] = tagger.NewGazetteer()
		}
		for i, d := range docs {
			for _, name := range names(d) {
				full.Add(name.words, name.typ)
				for k := range folds {
					if k != i%folds {
						foldGaz[k].Add(name.words, name.typ)
					}
				}
			}
		}
	}
	if *useGaz && *extNames != "" {
		n, err := addExternalNames(*extNames, append([]*tagger.Gazetteer{full}, foldGaz[:]...))
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("external names: %d from %s", n, *extNames)
	}
	// The casing lexicon is jackknifed the same way.
	fullLex := tagger.NewLexicon()
	var foldLex [folds]*tagger.Lexicon
	for k := range folds {
		foldLex[k] = tagger.NewLexicon()
	}
	for i, d := range docs {
		fullLex.AddDoc(d.words)
		for k := range folds {
			if k != i%folds {
				foldLex[k].AddDoc(d.words)
			}
		}
	}
	if *lexGUM && !*useGUM {
		// GUM's running text (not its labels) widens the casing lexicon
		// beyond 1996 Reuters: it adds no fold-specific information.
		gj, err := readJSONL(filepath.Join(*data, "train/gum/train.jsonl"))
		if err != nil {
			log.Fatal(err)
		}
		for _, d := range gumDocs(gj) {
			fullLex.AddDoc(d.words)
			for k := range folds {
				foldLex[k].AddDoc(d.words)
			}
		}
	}
	fullLex.Freeze()
	fullLex.SetClusters(clusters)
	for k := range folds {
		foldLex[k].Freeze()
		foldLex[k].SetClusters(clusters)
	}
	feats := make([][][][]uint64, len(docs))
	tokens := 0
	for i, d := range docs {
		feats[i] = tagger.Featurize(d.words, foldGaz[i%folds], foldLex[i%folds])
		for _, ws := range d.words {
			tokens += len(ws)
		}
	}
	log.Printf("%d documents (%d CoNLL), %d sentences, %d tokens; gazetteer %d names; casing lexicon %d words",
		len(docs), nConll, countSents(docs), tokens, gazLen(full), fullLex.Len())

	var devs []*devSet
	if *dev {
		for _, c := range []string{"conll2003", "meantime"} {
			jd, err := readJSONL(filepath.Join(*data, "eval", c, "dev.jsonl"))
			if err != nil {
				log.Printf("no %s dev set: %v", c, err)
				continue
			}
			devs = append(devs, newDevSet(c, jd, c == "meantime"))
		}
	}
	var devLine string
	opt := tagger.Options{Epochs: *epochs, MinCount: *minCount, Prune: float32(*prune), Seed: 1}
	opt.EachEpoch = func(ep int, m *tagger.Model) {
		var parts []string
		for _, ds := range devs {
			p, r, f := ds.f1(m)
			parts = append(parts, fmt.Sprintf("%s P %.4f R %.4f F1 %.4f", ds.name, p, r, f))
		}
		devLine = strings.Join(parts, "; ")
		log.Printf("epoch %d (%s): %d features; %s", ep, time.Since(begin).Round(time.Second), m.Features(), devLine)
	}
	var model *tagger.Model
	if *stack {
		model = trainStacked(docs, feats, full, fullLex, opt, folds)
	} else {
		model = tagger.Train(sentences(docs, feats, nil), full, fullLex, opt)
	}
	feats = nil
	runtime.GC()

	var buf bytes.Buffer
	if err := model.Save(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	// Figures of the stored (quantized) model.
	if stored, err := tagger.Load(buf.Bytes()); err == nil && len(devs) > 0 {
		opt.EachEpoch(*epochs, stored)
		if *dump != "" {
			for _, ds := range devs {
				if err := ds.dump(filepath.Join(*dump, ds.name+".json"), stored); err != nil {
					log.Fatal(err)
				}
			}
		}
	}
	took := time.Since(begin).Round(time.Second)
	log.Printf("wrote %s: %d bytes, %d features, %s", *out, buf.Len(), model.Features(), took)
	if *stats != "" {
		s := fmt.Sprintf("training data: CoNLL-2003 eng.train (%d docs)%s, %d sentences, %d tokens\n"+
			"options: epochs=%d mincount=%d prune=%g gazetteer=%v (%d names) casing lexicon %d words (GUM text: %v) clusters=%d (%d words) titlecase=%d stack=%v seed=1\n"+
			"model: %d feature rows x %d tags, %d bytes gzip\n"+
			"dev (stored model): %s\n"+
			"training time: %s on %d cores\n",
			nConll, gumNote(*useGUM, len(docs)-nConll), countSents(docs), tokens, *epochs, *minCount, *prune, *useGaz, gazLen(full),
			fullLex.Len(), *lexGUM && !*useGUM, *nClusters, clusters.Len(), *augment, *stack, model.Features(), tagger.NumTags, buf.Len(), devLine, took, runtime.NumCPU())
		if err := os.WriteFile(*stats, []byte(s), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// evaluate scores a stored model on the dev sets, optionally writing its
// names for score.py.
func evaluate(data, path, dump string) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	m, err := tagger.Load(b)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range []string{"conll2003", "meantime"} {
		jd, err := readJSONL(filepath.Join(data, "eval", c, "dev.jsonl"))
		if err != nil {
			log.Fatal(err)
		}
		ds := newDevSet(c, jd, c == "meantime")
		p, r, f := ds.f1(m)
		log.Printf("%s P %.4f R %.4f F1 %.4f", c, p, r, f)
		if dump != "" {
			if err := ds.dump(filepath.Join(dump, c+".json"), m); err != nil {
				log.Fatal(err)
			}
		}
	}
}

func countSents(docs []trainDoc) int {
	n := 0
	for _, d := range docs {
		n += len(d.words)
	}
	return n
}

func gumNote(on bool, n int) string {
	if !on {
		return ""
	}
	return fmt.Sprintf(" + GUM train (%d docs)", n)
}

func gazLen(g *tagger.Gazetteer) int {
	if g == nil {
		return 0
	}
	return g.Len()
}

type name struct {
	words []string
	typ   int
}

// names lists the tagged names of a document.
func names(d trainDoc) []name {
	var out []name
	for si, ts := range d.tags {
		for i := 0; i < len(ts); {
			if ts[i] == 0 {
				i++
				continue
			}
			j := i + 1
			for j < len(ts) && ts[j] == ts[i]+1 {
				j++
			}
			out = append(out, name{d.words[si][i:j], (ts[i] - 1) / 2})
			i = j
		}
	}
	return out
}

// addTitleCase makes title-cased copies of every nth sentence (with four
// to thirty tokens), alternating between styles that keep small words lower
// case and ones that do not. Half the copies join their own document, like
// a headline over its story; the other half stand alone as one-line
// documents, like a headline in a feed, where no body tells the tagger how
// the words are normally written.
func addTitleCase(docs []trainDoc, n int) []trainDoc {
	k := 0
	var alone []trainDoc
	for di := range docs {
		d := &docs[di]
		orig := len(d.words)
		for si := 0; si < orig; si++ {
			ws := d.words[si]
			if len(ws) < 4 || len(ws) > 30 {
				continue
			}
			k++
			if k%n != 0 {
				continue
			}
			tc := titleCase(ws, k%(2*n) == 0)
			if k%(4*n) < 2*n {
				d.words = append(d.words, tc)
				d.tags = append(d.tags, d.tags[si])
			} else {
				alone = append(alone, trainDoc{words: tagger.Doc{tc}, tags: [][]int{d.tags[si]}})
			}
		}
	}
	return append(docs, alone...)
}

// sentences pairs the features of the chosen documents (all when pick is
// nil) with their gold tags.
func sentences(docs []trainDoc, feats [][][][]uint64, pick func(int) bool) []tagger.Sentence {
	var out []tagger.Sentence
	for i, d := range docs {
		if pick != nil && !pick(i) {
			continue
		}
		for si := range d.words {
			out = append(out, tagger.Sentence{Feats: feats[i][si], Tags: d.tags[si]})
		}
	}
	return out
}

// trainStacked trains the two-stage tagger: a first stage on all
// documents, and a second stage on features that include first-stage tags
// produced, for each fold of documents, by a first stage trained on the
// other folds.
func trainStacked(docs []trainDoc, feats [][][][]uint64, gaz *tagger.Gazetteer, lex *tagger.Lexicon, opt tagger.Options, folds int) *tagger.Model {
	hinted := make([][][][]uint64, len(docs))
	quiet := opt
	quiet.EachEpoch = nil
	for k := range folds {
		m := tagger.Train(sentences(docs, feats, func(i int) bool { return i%folds != k }), gaz, lex, quiet)
		for i := k; i < len(docs); i += folds {
			hinted[i] = tagger.AddHints(docs[i].words, feats[i], m.Decode(feats[i]))
		}
		log.Printf("fold %d first stage done", k)
	}
	first := tagger.Train(sentences(docs, feats, nil), gaz, lex, quiet)
	second := tagger.Train(sentences(docs, hinted, nil), gaz, lex, tagger.Options{
		Epochs: opt.Epochs, MinCount: opt.MinCount, Prune: opt.Prune, Seed: opt.Seed,
		EachEpoch: func(ep int, m *tagger.Model) {
			if opt.EachEpoch != nil {
				opt.EachEpoch(ep, tagger.Stack(first, m))
			}
		},
	})
	return tagger.Stack(first, second)
}
