// Package pipeline reads articles and runs the extractor over them on
// several cores, handing the results back in input order so that output
// and ids do not depend on the number of workers.
package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// Item is one processed article.
type Item struct {
	Article article.Article
	Doc     *doc.Document
}

// Options control a run.
type Options struct {
	Read    article.Options
	Workers int // 0 = one per core
	// Report receives each input that could not be read; the run goes on.
	Report article.Report
}

// Document prepares an article for the extractor.
func Document(a article.Article) *doc.Document {
	d := doc.NewDocument(a.ID, a.Text, a.Date)
	d.Title = a.Title
	d.URL = a.URL
	if a.Tokens != nil {
		sents := make([][]doc.Span, len(a.Tokens.Sentences))
		for i, ss := range a.Tokens.Sentences {
			for _, s := range ss {
				sents[i] = append(sents[i], doc.Span{Start: s.Start, End: s.End})
			}
		}
		tokenize.Given(d, sents)
	}
	return d
}

// Run reads paths, extracts every article and calls sink for each in input
// order. Memory stays bounded: at most a few articles per worker are in
// flight. An error from sink stops the run and is returned.
func Run(ctx context.Context, paths []string, opt Options, sink func(Item) error) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		a   article.Article
	}
	type done struct {
		seq  int
		item Item
	}
	jobs := make(chan job, workers*2)
	results := make(chan done, workers*2)
	readErr := make(chan error, 1)
	var reportMu sync.Mutex
	report := func(e *article.Error) {
		if opt.Report != nil {
			reportMu.Lock()
			opt.Report(e)
			reportMu.Unlock()
		}
	}
	go func() {
		defer close(jobs)
		seq := 0
		readErr <- article.Read(paths, opt.Read, func(a article.Article) error {
			select {
			case jobs <- job{seq, a}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, report)
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := Document(j.a)
				extract.Process(d)
				select {
				case results <- done{j.seq, Item{Article: j.a, Doc: d}}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]Item{}
	next := 0
	var sinkErr error
	for r := range results {
		if sinkErr != nil {
			continue // drain so workers can finish
		}
		pending[r.seq] = r.item
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := sink(it); err != nil {
				sinkErr = err
				cancel()
				break
			}
		}
	}
	if sinkErr != nil {
		return sinkErr
	}
	if err := <-readErr; err != nil && err != context.Canceled {
		return err
	}
	return ctx.Err()
}
