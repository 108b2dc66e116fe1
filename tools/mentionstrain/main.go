// Command mentionstrain trains the common-noun mention tagger embedded in
// package extract (extract/mention/model/mentions.bin.gz). Run it from the
// repository root:
//
//	go run ./tools/mentionstrain
//
// It reads GUM train from ../shared/train, keeps the person, organisation
// and place spans that are neither proper names nor pronouns ("the
// six-member team", "local residents", "a spokesman for the navy"), tags the
// outermost of them BIO, trains the averaged perceptron of package tagger
// deterministically (fixed seed, fixed data order), writes the model and a
// summary of the run next to it, and reports exact-span recall and
// precision of the candidates on the GUM and MEANTIME dev sets.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/jsonl"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/mention"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

type jsonEnt struct {
	Start, End int
	Type       string
	Text       string
}

type jsonDoc struct {
	ID       string
	Text     string
	Entities []jsonEnt
	Events   []jsonEnt
	Timexes  []jsonEnt
}

// tagTypes maps the corpora's types onto the tagger's.
var tagTypes = map[string]string{"person": "PER", "organization": "ORG", "place": "LOC", "PER": "PER", "ORG": "ORG", "LOC": "LOC"}

func main() {
	data := flag.String("data", "../shared", "directory holding train/ and eval/")
	out := flag.String("out", "extract/mention/model/mentions.bin.gz", "model file to write")
	stats := flag.String("stats", "extract/mention/model/mentions-train.txt", "training summary to write (empty: none)")
	epochs := flag.Int("epochs", 8, "training passes")
	minCount := flag.Int("mincount", 2, "minimum feature count")
	prune := flag.Float64("prune", 0.05, "drop feature rows whose largest |weight| is below this")
	flag.BoolVar(&allTypes, "alltypes", false, "also tag the other GUM types (as MISC), so the tagger learns every noun phrase's extent")
	lexOut := flag.String("lexicon", "extract/lex/data/mention-lexicon.txt", "head and modifier lexicon to write (empty: none)")
	layer := flag.String("layer", "outer", "which nested span to tag: outer or inner")
	dev := flag.Bool("dev", true, "score the stored model on the dev sets")
	misses := flag.String("misses", "", "print the missed nominal spans of this dev set (gum, meantime) and stop")
	model0 := flag.String("model", "", "with -misses: the model to read")
	flag.Parse()
	log.SetFlags(0)
	begin := time.Now()

	if *misses != "" {
		b, err := os.ReadFile(*model0)
		if err != nil {
			log.Fatal(err)
		}
		m, err := tagger.Load(b)
		if err != nil {
			log.Fatal(err)
		}
		jd, err := readJSONL(filepath.Join(*data, "eval", *misses, "dev.jsonl"))
		if err != nil {
			log.Fatal(err)
		}
		dumpMisses(jd, m)
		return
	}
	gj, err := readJSONL(filepath.Join(*data, "train/gum/train.jsonl"))
	if err != nil {
		log.Fatal(err)
	}
	lx := tagger.NewLexicon()
	var words []tagger.Doc
	var tags [][][]int
	spans, tokens := 0, 0
	for _, jd := range gj {
		d := doc.NewDocument(jd.ID, jd.Text, time.Time{})
		tokenize.Tokenize(d)
		ws, ts, n := trainingDoc(d, jd, *layer == "inner")
		words = append(words, ws)
		tags = append(tags, ts)
		lx.AddDoc(ws)
		spans += n
		tokens += len(d.Tokens)
	}
	lx.Freeze()
	lexicon := headLexicon(gj)
	lex.SetNounLexicon(string(lexicon)) // measure this lexicon, not the embedded one
	if *lexOut != "" {
		if err := os.WriteFile(*lexOut, lexicon, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	var sents []tagger.Sentence
	for i, ws := range words {
		for si, f := range tagger.Featurize(ws, nil, lx) {
			sents = append(sents, tagger.Sentence{Feats: f, Tags: tags[i][si]})
		}
	}
	log.Printf("GUM train: %d documents, %d sentences, %d tokens, %d target spans (%s layer); casing lexicon %d words",
		len(gj), len(sents), tokens, spans, *layer, lx.Len())
	opt := tagger.Options{Epochs: *epochs, MinCount: *minCount, Prune: float32(*prune), Seed: 1}
	model := tagger.Train(sents, nil, lx, opt)
	sents = nil
	runtime.GC()

	var buf bytes.Buffer
	if err := model.Save(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	took := time.Since(begin).Round(time.Second)
	log.Printf("wrote %s: %d bytes, %d features, %s", *out, buf.Len(), model.Features(), took)
	var devLines []string
	if *dev {
		stored, err := tagger.Load(buf.Bytes())
		if err != nil {
			log.Fatal(err)
		}
		for _, c := range []string{"gum", "meantime"} {
			jd, err := readJSONL(filepath.Join(*data, "eval", c, "dev.jsonl"))
			if err != nil {
				log.Printf("no %s dev set: %v", c, err)
				continue
			}
			line := c + ": " + score(jd, stored, c == "meantime")
			log.Print(line)
			devLines = append(devLines, line)
		}
	}
	if *stats != "" {
		s := fmt.Sprintf("training data: GUM train (%d docs), %d tokens, %d target spans (%s layer of the person/organization/place spans that are not names or pronouns)\n"+
			"options: epochs=%d mincount=%d prune=%g casing lexicon %d words (GUM train text) seed=1\n"+
			"model: %d feature rows x %d tags, %d bytes gzip\n"+
			"dev (stored model, candidate spans; nominal = gold spans that are not names or pronouns; all = every gold span, candidates plus NER names):\n  %s\n"+
			"training time: %s on %d cores\n",
			len(gj), tokens, spans, *layer, *epochs, *minCount, *prune, lx.Len(), model.Features(), tagger.NumTags, buf.Len(),
			strings.Join(devLines, "\n  "), took, runtime.NumCPU())
		if err := os.WriteFile(*stats, []byte(s), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// trainingDoc returns the words and BIO tags of every sentence of d, with
// the nominal spans of one nesting layer tagged, and how many it tagged.
func trainingDoc(d *doc.Document, jd jsonDoc, inner bool) (tagger.Doc, [][]int, int) {
	targets := nominalTargets(d, jd)
	// Outer layer: longest first; inner layer: shortest first. A span that
	// overlaps one already taken is left out.
	sort.SliceStable(targets, func(a, b int) bool {
		la, lb := targets[a].last-targets[a].first, targets[b].last-targets[b].first
		if la != lb {
			return (la > lb) != inner
		}
		return targets[a].first < targets[b].first
	})
	tags := make([]int, len(d.Tokens))
	n := 0
	for _, t := range targets {
		clash := false
		for k := t.first; k < t.last; k++ {
			clash = clash || tags[k] != 0
		}
		if clash {
			continue
		}
		tags[t.first] = tagger.ParseTag("B-" + t.typ)
		for k := t.first + 1; k < t.last; k++ {
			tags[k] = tagger.ParseTag("I-" + t.typ)
		}
		n++
	}
	var ws tagger.Doc
	var ts [][]int
	for _, s := range d.Sentences {
		w := make([]string, 0, s.Last-s.First)
		for _, t := range d.Tokens[s.First:s.Last] {
			w = append(w, t.Text)
		}
		ws = append(ws, w)
		ts = append(ts, append([]int(nil), tags[s.First:s.Last]...))
	}
	return ws, ts, n
}

type target struct {
	first, last int
	typ         string
	start, end  int
}

var allTypes, scoring bool

// nominalTargets are the gold person/organisation/place spans of jd that
// fall on token boundaries inside one sentence and are neither proper names
// nor pronouns.
func nominalTargets(d *doc.Document, jd jsonDoc) []target {
	var out []target
	seen := map[[2]int]bool{}
	for _, e := range jd.Entities {
		typ, ok := tagTypes[e.Type]
		if !ok && allTypes && !scoring {
			typ, ok = "MISC", true
		}
		if !ok || seen[[2]int{e.Start, e.End}] {
			continue
		}
		first, last := aligned(d, e.Start, e.End)
		if first < 0 || d.Tokens[first].Sentence != d.Tokens[last-1].Sentence {
			continue
		}
		if isPronoun(d, first, last) || properName(d, first, last) {
			continue
		}
		seen[[2]int{e.Start, e.End}] = true
		out = append(out, target{first, last, typ, e.Start, e.End})
	}
	return out
}

// aligned returns the token range [first, last) covering exactly
// [start, end), or -1, -1.
func aligned(d *doc.Document, start, end int) (int, int) {
	first, last := d.TokenAt(start), d.TokenAt(end-1)
	if first < 0 || last < 0 || d.Tokens[first].Start != start || d.Tokens[last].End != end {
		return -1, -1
	}
	return first, last + 1
}

var pronouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("i me my mine myself we us our ours ourselves you your yours yourself yourselves " +
		"he him his himself she her hers herself it its itself they them their theirs themselves who whom whose which that " +
		"this these those one ones someone somebody anyone anybody everyone everybody") {
		pronouns[w] = true
	}
}

func isPronoun(d *doc.Document, first, last int) bool {
	return last-first == 1 && pronouns[strings.ToLower(d.Tokens[first].Text)]
}

var innerFunction = map[string]bool{"of": true, "and": true, "the": true, "de": true, "for": true, "on": true, "&": true,
	"-": true, "in": true, "at": true}

// properName reports whether [first, last) is a name: every word
// capitalised, bar a leading "the", a trailing possessive and inner
// function words ("the Bank of England's").
func properName(d *doc.Document, first, last int) bool {
	if strings.EqualFold(d.Tokens[first].Text, "the") {
		first++
	}
	if last > first {
		switch d.Tokens[last-1].Text {
		case "'s", "’s", "'", "’":
			last--
		}
	}
	if first >= last {
		return false
	}
	words := 0
	for k := first; k < last; k++ {
		w := d.Tokens[k].Text
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			words++
		case k > first && k < last-1 && innerFunction[strings.ToLower(w)]:
		case !unicode.IsLetter(r):
		default:
			return false
		}
	}
	return words > 0
}

// score reports the candidates' exact-span recall of the nominal gold spans
// (neither names nor pronouns), their precision against any gold
// person/organisation/place span, and the recall of every gold span by the
// candidates plus the NER names. MEANTIME annotates only the start of each
// article, so its precision counts candidates that end before the last
// annotation.
func score(docs []jsonDoc, m *tagger.Model, meantime bool) string {
	scoring = true
	defer func() { scoring = false }()
	var nomGold, nomHit, allGold, allHit, nameHit, pred, predHit int
	var typed int
	for _, jd := range docs {
		d := doc.NewDocument(jd.ID, jd.Text, time.Time{})
		tokenize.Tokenize(d)
		mention.FindNames(d)
		cands := mention.FindNominalsWith(d, m)
		got := map[[2]int]doc.EntityType{}
		for _, c := range cands {
			got[[2]int{c.Start, c.End}] = c.Type
		}
		names := map[[2]int]bool{}
		for _, mm := range d.Mentions {
			names[[2]int{mm.Start, mm.End}] = true
		}
		gold := map[[2]int]string{}
		limit := 0
		for _, l := range [][]jsonEnt{jd.Entities, jd.Events, jd.Timexes} {
			for _, e := range l {
				limit = max(limit, e.End)
			}
		}
		for _, e := range jd.Entities {
			typ, ok := tagTypes[e.Type]
			k := [2]int{e.Start, e.End}
			if !ok {
				continue
			}
			if _, dup := gold[k]; dup {
				continue
			}
			gold[k] = typ
			allGold++
			_, hit := got[k]
			if hit || names[k] {
				allHit++
			}
			if names[k] {
				nameHit++
			}
		}
		for _, t := range nominalTargets(d, jd) {
			nomGold++
			if typ, ok := got[[2]int{t.start, t.end}]; ok {
				nomHit++
				if tagTypes[t.typ] == map[doc.EntityType]string{doc.Person: "PER", doc.Organization: "ORG", doc.Place: "LOC"}[typ] {
					typed++
				}
			}
		}
		for _, c := range cands {
			if meantime && c.End > limit {
				continue
			}
			pred++
			if _, ok := gold[[2]int{c.Start, c.End}]; ok {
				predHit++
			}
		}
	}
	return fmt.Sprintf("nominal recall %.4f (%d/%d, %d with the gold type); candidate precision %.4f (%d/%d); all recall names+candidates %.4f (%d/%d; names alone %.4f)",
		ratio(nomHit, nomGold), nomHit, nomGold, typed, ratio(predHit, pred), predHit, pred,
		ratio(allHit, allGold), allHit, allGold, ratio(nameHit, allGold))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func readJSONL(path string) ([]jsonDoc, error) { return jsonl.Read[jsonDoc](path) }

// dumpMisses prints gold nominal spans without an exact candidate, with the
// candidates overlapping them (development aid, -misses).
func dumpMisses(docs []jsonDoc, m *tagger.Model) {
	scoring = true
	for _, jd := range docs {
		d := doc.NewDocument(jd.ID, jd.Text, time.Time{})
		tokenize.Tokenize(d)
		mention.FindNames(d)
		cands := mention.FindNominalsWith(d, m)
		for _, t := range nominalTargets(d, jd) {
			var ov []string
			hit := false
			for _, c := range cands {
				if c.Start == t.start && c.End == t.end {
					hit = true
				}
				if c.Start < t.end && t.start < c.End {
					ov = append(ov, d.Slice(c.Span))
				}
			}
			if !hit {
				fmt.Printf("MISS %s %q  cands %q\n", t.typ, d.Slice(doc.Span{Start: t.start, End: t.end}), ov)
			}
		}
	}
}

// headLexicon counts, over GUM train, the head words of the nominal
// targets by type and, for every word, how often it stands before the last
// word of any gold span (a modifier or determiner) against how often it
// occurs, and writes the lexicon the rule-based chunker of
// extract/nominals.go reads: "h WORD TYPE" for head nouns seen at least
// twice as a person/organisation/place head and at least a third of their
// occurrences, "m WORD" for words found inside noun phrases before the
// head at least half of the times they occur.
func headLexicon(gj []jsonDoc) []byte {
	heads := map[string]map[string]int{}
	total := map[string]int{}
	inside := map[string]int{}
	for _, jd := range gj {
		d := doc.NewDocument(jd.ID, jd.Text, time.Time{})
		tokenize.Tokenize(d)
		pre := make([]bool, len(d.Tokens))
		for _, e := range jd.Entities {
			first, last := aligned(d, e.Start, e.End)
			if first < 0 {
				continue
			}
			for k := first; k < last-1; k++ {
				pre[k] = true
			}
		}
		for k, t := range d.Tokens {
			w := strings.ToLower(t.Text)
			total[w]++
			if pre[k] {
				inside[w]++
			}
		}
		for _, t := range nominalTargets(d, jd) {
			h := lex.NominalHead(d, t.first, t.last)
			w := strings.ToLower(d.Tokens[h].Text)
			if heads[w] == nil {
				heads[w] = map[string]int{}
			}
			heads[w][t.typ]++
		}
	}
	var lines []string
	for w, byType := range heads {
		n, best, bt := 0, 0, ""
		for t, c := range byType {
			n += c
			if c > best || c == best && t < bt {
				best, bt = c, t
			}
		}
		if n >= 2 && 3*n >= total[w] && isWordy(w) && bt != "MISC" {
			lines = append(lines, "h "+w+" "+bt)
		}
	}
	for w, c := range inside {
		if c >= 3 && 2*c >= total[w] && isWordy(w) {
			lines = append(lines, "m "+w)
		}
	}
	sort.Strings(lines)
	return []byte(strings.Join(lines, "\n") + "\n")
}

func isWordy(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
