package eventlink

import (
	"container/heap"
	"maps"
	"math"
	"slices"
	"sort"
	"time"
)

// storyThreshold is the average cosine similarity of their named
// entities above which two groups of articles tell one story. Articles
// about one event share its rarer names (its people, places, organisers);
// articles that share only the names everyone mentions stay apart.
const storyThreshold = 0.2

// storyDays is how far apart (in days of publication) two articles may be
// and still tell one story: news of an event comes out within days of it,
// and a series of articles about the same people weeks apart is about
// several events. Articles without a date are near every other.
const storyDays = 7

// dayNumber is the day of a "2006-01-02" date since 1970, or noDay.
func dayNumber(date string) int {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return noDay
	}
	return int(t.Unix() / 86400)
}

const noDay = math.MinInt32

// near reports whether two articles' days allow them one story.
func near(a, b int) bool {
	if a == noDay || b == noDay {
		return true
	}
	d := a - b
	return -storyDays <= d && d <= storyDays
}

// maxPosting bounds the articles a name may be shared by for it to make
// two articles candidates of one story: a name in more than 2% of the
// corpus (and more than 50 articles) still weighs in their similarity,
// but it does not pair them, which keeps the pairs near-linear in the
// number of articles.
func maxPosting(n int) int { return max(50, n/50) }

// vector is an article's tf-idf weights over its names, sorted by name,
// of unit length.
type vector struct {
	names []string
	w     []float64
}

func (v vector) dot(o vector) float64 {
	s, i, j := 0.0, 0, 0
	for i < len(v.names) && j < len(o.names) {
		switch {
		case v.names[i] == o.names[j]:
			s += v.w[i] * o.w[j]
			i++
			j++
		case v.names[i] < o.names[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// vectors weighs each article's names by (1 + ln count) · ln(1 + N/df);
// a name of one article only cannot link it to another and is left out.
func vectors(names []map[string]int) ([]vector, map[string][]int) {
	df := map[string]int{}
	for _, ns := range names {
		for n := range ns {
			df[n]++
		}
	}
	post := map[string][]int{}
	out := make([]vector, len(names))
	for i, ns := range names {
		var v vector
		for n := range ns {
			if df[n] > 1 {
				v.names = append(v.names, n)
			}
		}
		sort.Strings(v.names)
		norm := 0.0
		for _, n := range v.names {
			w := (1 + math.Log(float64(ns[n]))) * math.Log(1+float64(len(names))/float64(df[n]))
			v.w = append(v.w, w)
			norm += w * w
			post[n] = append(post[n], i)
		}
		for k := range v.w {
			v.w[k] /= math.Sqrt(norm)
		}
		out[i] = v
	}
	return out, post
}

// stories groups articles (given in canonical order) into stories by
// average-link clustering of their name vectors (articles published more
// than storyDays apart have no similarity), and returns the story of
// each article (the index of its first article). Merges go by decreasing
// similarity, ties by article index, so the outcome depends only on the
// set of articles.
func stories(names []map[string]int, days []int) []int {
	vs, post := vectors(names)
	n := len(names)
	sums := make([]map[int]float64, n) // cluster -> neighbour cluster -> summed similarity
	for i := range sums {
		sums[i] = map[int]float64{}
	}
	for _, k := range slices.Sorted(maps.Keys(post)) {
		p := post[k]
		if len(p) > maxPosting(n) {
			continue
		}
		for x, i := range p {
			for _, j := range p[x+1:] {
				if _, ok := sums[i][j]; !ok && near(days[i], days[j]) {
					s := vs[i].dot(vs[j])
					sums[i][j], sums[j][i] = s, s
				}
			}
		}
	}
	size := make([]int, n)
	ver := make([]int, n)
	parent := make([]int, n)
	h := &pairHeap{}
	for i := range n {
		size[i], parent[i] = 1, i
		for j, s := range sums[i] {
			if i < j && s >= storyThreshold {
				heap.Push(h, pair{s, i, j, 0, 0})
			}
		}
	}
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		if parent[p.a] != p.a || parent[p.b] != p.b || ver[p.a] != p.va || ver[p.b] != p.vb {
			continue // stale: one side merged since
		}
		a, b := p.a, p.b // a < b: a survives
		parent[b] = a
		size[a] += size[b]
		ver[a]++
		for c, s := range sums[b] {
			delete(sums[c], b)
			if c != a {
				sums[a][c] += s
				sums[c][a] = sums[a][c]
			}
		}
		delete(sums[a], b)
		sums[b] = nil
		for c, s := range sums[a] {
			if avg := s / float64(size[a]*size[c]); avg >= storyThreshold {
				x, y := min(a, c), max(a, c)
				heap.Push(h, pair{avg, x, y, ver[x], ver[y]})
			}
		}
	}
	out := make([]int, n)
	for i := range out {
		r := i
		for parent[r] != r {
			r = parent[r]
		}
		out[i] = r
	}
	return out
}

// pair is a candidate merge of clusters a < b at the versions va, vb.
type pair struct {
	sim    float64
	a, b   int
	va, vb int
}

type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].sim != h[j].sim {
		return h[i].sim > h[j].sim
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
