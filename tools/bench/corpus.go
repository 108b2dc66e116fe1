package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// source is one article of the shared corpora the benchmark corpus is
// recombined from.
type source struct {
	id, title string
	date      time.Time // zero when unknown
	paras     []string
}

// sourceFiles are the shared texts, relative to the shared directory: the
// evaluation dev sets and the GUM training documents (news-like genres
// only, see newsLike).
var sourceFiles = []string{
	"eval/conll2003/dev.jsonl",
	"eval/gum/dev.jsonl",
	"eval/meantime/dev.jsonl",
	"eval/polnear/dev.jsonl",
	"eval/tempeval3_platinum/dev.jsonl",
	"eval/timebank_aquaint/dev.jsonl",
	"train/gum/train.jsonl",
}

func newsLike(file, id string) bool {
	if !strings.HasPrefix(file, "train/gum/") {
		return true
	}
	for _, g := range []string{"GUM_news_", "GUM_interview_", "GUM_bio_", "GUM_speech_", "GUM_vlog_"} {
		if strings.HasPrefix(id, g) {
			return true
		}
	}
	return false
}

var reSentEnd = regexp.MustCompile(`[.!?]["”’]?\s+`)

// paragraphs splits a text at blank lines; texts without them (one
// sentence per line, or one block) are cut into groups of about three
// sentences, the size of a news paragraph.
func paragraphs(text string) []string {
	var out []string
	if strings.Contains(text, "\n\n") {
		for _, p := range strings.Split(text, "\n\n") {
			if p = strings.TrimSpace(p); len(strings.Fields(p)) >= 8 {
				out = append(out, p)
			}
		}
		return out
	}
	flat := strings.Join(strings.Fields(text), " ")
	ends := reSentEnd.FindAllStringIndex(flat, -1)
	start, n := 0, 0
	for _, e := range ends {
		n++
		if n == 3 {
			if p := strings.TrimSpace(flat[start:e[1]]); len(strings.Fields(p)) >= 8 {
				out = append(out, p)
			}
			start, n = e[1], 0
		}
	}
	if p := strings.TrimSpace(flat[start:]); len(strings.Fields(p)) >= 8 {
		out = append(out, p)
	}
	return out
}

// loadSources reads every source article, in file order.
func loadSources(shared string) ([]source, error) {
	var out []source
	for _, f := range sourceFiles {
		fh, err := os.Open(filepath.Join(shared, f))
		if err != nil {
			return nil, fmt.Errorf("corpus source: %w", err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var r struct {
				ID, Title, Date, Text string
			}
			if json.Unmarshal(sc.Bytes(), &r) != nil || !newsLike(f, r.ID) {
				continue
			}
			s := source{id: r.ID, title: r.Title, paras: paragraphs(r.Text)}
			if len(r.Date) >= 10 {
				s.date, _ = time.Parse("2006-01-02", r.Date[:10])
				if s.date.Year() < 1980 {
					s.date = time.Time{} // a biography's birth date, not a publication date
				}
			}
			if len(s.paras) > 0 {
				out = append(out, s)
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("corpus source %s: %w", f, err)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no source articles under %s", shared)
	}
	return out, nil
}

// benchArticle is one line of the generated JSON Lines corpus.
type benchArticle struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title,omitempty"`
	Text  string `json:"text"`
}

// generate recombines the sources into n distinct articles, the same for
// the same sources, n and seed: each takes its title, date (moved by up to
// ±120 days, never past 2020; bases without a plausible publication date
// borrow one) and opening paragraph from a base article,
// then paragraphs of other articles until it reaches 250–750 words.
func generate(srcs []source, n int, seed uint64) []benchArticle {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var dated []time.Time
	for _, s := range srcs {
		if !s.date.IsZero() {
			dated = append(dated, s.date)
		}
	}
	limit := time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)
	out := make([]benchArticle, 0, n)
	for i := range n {
		base := srcs[rng.IntN(len(srcs))]
		date := base.date
		if date.IsZero() {
			date = dated[rng.IntN(len(dated))]
		}
		date = date.AddDate(0, 0, rng.IntN(241)-120)
		if date.After(limit) {
			date = limit
		}
		target := 250 + rng.IntN(501)
		var paras []string
		first := rng.IntN(min(len(base.paras), 2))
		paras = append(paras, base.paras[first])
		words := len(strings.Fields(base.paras[first]))
		for tries := 0; words < target && tries < 50; tries++ {
			s := srcs[rng.IntN(len(srcs))]
			p := s.paras[rng.IntN(len(s.paras))]
			paras = append(paras, p)
			words += len(strings.Fields(p))
		}
		title := base.title
		if title == "" {
			title = firstWords(paras[0], 12)
		}
		out = append(out, benchArticle{
			ID:    fmt.Sprintf("bench-%06d", i),
			Date:  date.Format("2006-01-02"),
			Title: title,
			Text:  strings.Join(paras, "\n\n"),
		})
	}
	return out
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// writeCorpus writes articles as JSON Lines.
func writeCorpus(path string, arts []benchArticle) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
