package queries

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// benchStore is a synthetic story graph shaped like news: many people who
// each meet a few others, and a handful of hubs everyone meets, which is
// what makes breadth-first path search expensive. Built once per run.
var (
	benchOnce  sync.Once
	benchS     *graph.Store
	benchQuads int
)

const benchPeople, benchHubs, benchArticles = 600, 4, 3000

func personName(i int) string {
	if i < benchHubs {
		return fmt.Sprintf("Hub%c Person", 'A'+i)
	}
	return fmt.Sprintf("Name%d Person", i)
}

func pathBenchStore(b *testing.B) *graph.Store {
	benchOnce.Do(func() {
		ctx := context.Background()
		s, err := graph.Open(ctx, "memory:")
		if err != nil {
			b.Fatal(err)
		}
		var arts []triples.Article
		for a := 0; a < benchArticles; a++ {
			// two ordinary people meet; one of them also meets a hub, and
			// over the articles everyone meets every hub
			n := benchPeople - benchHubs
			p, q := benchHubs+a%n, benchHubs+(a*7+3)%n
			h := (a / n) % benchHubs
			text := personName(p) + " met " + personName(q) + " in Bergen. " + personName(p) + " met " + personName(h) + "."
			names := map[string]doc.EntityType{personName(p): doc.Person, personName(q): doc.Person,
				personName(h): doc.Person, "Bergen": doc.Place}
			arts = append(arts, article(fmt.Sprintf("b%d", a), "2022-01-01", text, names))
		}
		for i := 0; i < len(arts); i += 256 {
			res, err := s.LoadBatch(ctx, arts[i:min(i+256, len(arts))])
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range res {
				benchQuads += r.Added
			}
		}
		benchS = s
	})
	return benchS
}

// BenchmarkPathQuery runs `ask path` between ordinary people a few hops
// apart, through hubs (the target: <= 20 ms on a 1M-quad store;
// this store is smaller, so compare runs, not the absolute figure).
func BenchmarkPathQuery(b *testing.B) {
	s := pathBenchStore(b)
	ctx := context.Background()
	q, _ := Get("path")
	pairs := [][2]int{{10, 300}, {57, 412}, {123, 599}, {8, 9}}
	progs := make([]string, len(pairs))
	for i, p := range pairs {
		var args [][]string
		for _, n := range p {
			m, err := graph.FindEntities(ctx, s.QuadStore(), personName(n))
			if err != nil || len(m) == 0 {
				b.Fatalf("no entity %s: %v", personName(n), err)
			}
			args = append(args, []string{m[0].IRI})
		}
		prog, err := q.Program(args)
		if err != nil {
			b.Fatal(err)
		}
		progs[i] = prog
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rows, err := Run(ctx, s.QuadStore(), "gizmo", progs[i%len(progs)], 0, time.Minute)
		if err != nil || len(rows) == 0 {
			b.Fatalf("path %v: %d rows, %v", pairs[i%len(pairs)], len(rows), err)
		}
	}
	b.ReportMetric(float64(benchQuads), "quads")
}
