package linear

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// toy is a three-class problem: the class is the group of the word's
// first letter; a bias feature is shared by every instance.
func toy() (feats [][]uint64, gold []int) {
	for _, w := range []string{"apple", "banana", "cherry", "avocado", "blueberry", "coconut", "apricot", "bilberry", "cranberry"} {
		feats = append(feats, []uint64{Feature(1, w[:1]), Feature(2, w), Feature(3, "bias")})
		gold = append(gold, int(w[0]-'a'))
	}
	return feats, gold
}

func train(epochs int) (*Trainer, [][]uint64, []int) {
	feats, gold := toy()
	t := NewTrainer(3)
	scores := make([]float32, 3)
	for range epochs {
		for i, f := range feats {
			t.Scores(f, scores)
			if p := Best(scores, nil); p != gold[i] {
				t.Update(f, gold[i], 1)
				t.Update(f, p, -1)
			}
			t.Tick()
		}
	}
	return t, feats, gold
}

func TestPerceptronLearnsAndAverages(t *testing.T) {
	tr, feats, gold := train(5)
	m := tr.Average(0)
	scores := make([]float32, 3)
	for i, f := range feats {
		m.Scores(f, scores)
		assert.Equal(t, gold[i], Best(scores, nil), "instance %d", i)
	}
	// an unseen word still goes by its first letter
	m.Scores([]uint64{Feature(1, "c"), Feature(2, "currant")}, scores)
	assert.Equal(t, 2, Best(scores, nil))
	assert.Equal(t, 3, m.Classes())
}

func TestBestHonoursAllowedAndTies(t *testing.T) {
	assert.Equal(t, 0, Best([]float32{1, 1, 0}, nil), "ties go to the lowest class")
	assert.Equal(t, 2, Best([]float32{5, 4, 3}, func(c int) bool { return c == 2 }))
	assert.Equal(t, -1, Best([]float32{5, 4}, func(int) bool { return false }))
}

func TestPruneDropsSmallWeights(t *testing.T) {
	tr, _, _ := train(5)
	all := tr.Average(0)
	pruned := tr.Average(100)
	assert.Greater(t, all.Rows(), 0)
	assert.Zero(t, pruned.Rows(), "no averaged weight reaches 100")
}

func TestSaveLoadRoundTrip(t *testing.T) {
	tr, feats, _ := train(5)
	m := tr.Average(0)
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	back, err := Load(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, m.Rows(), back.Rows())
	a, b := make([]float32, 3), make([]float32, 3)
	for _, f := range feats {
		m.Scores(f, a)
		back.Scores(f, b)
		assert.Equal(t, a, b, "the model quantizes when built: loading changes no score")
	}
	// the same training writes the same bytes
	tr2, _, _ := train(5)
	var buf2 bytes.Buffer
	require.NoError(t, tr2.Average(0).Save(&buf2))
	assert.Equal(t, buf.Bytes(), buf2.Bytes())
}

func TestLoadRejectsDamage(t *testing.T) {
	tr, _, _ := train(2)
	var buf bytes.Buffer
	require.NoError(t, tr.Average(0).Save(&buf))
	data := buf.Bytes()
	_, err := Load(data[:len(data)-3])
	assert.ErrorContains(t, err, "truncated")
	_, err = Load([]byte("hello"))
	assert.ErrorContains(t, err, "not a model")
}

func TestFeatureHashesSeparateValues(t *testing.T) {
	assert.NotEqual(t, Feature(1, "ab"), Feature(2, "ab"))
	assert.NotEqual(t, Add(Add(Start(1), "ab"), "c"), Add(Add(Start(1), "a"), "bc"))
	assert.NotEqual(t, AddInt(Start(1), 1), AddInt(Start(1), 256))
}

func TestAverageSumsFeaturesThatFoldAlike(t *testing.T) {
	f := Feature(1, "x")
	g := f ^ (0x1234<<32 | 0x1234) // a different feature with the same Fold
	require.NotEqual(t, f, g)
	require.Equal(t, Fold(f), Fold(g))
	tr := NewTrainer(300)
	tr.Update([]uint64{f}, 250, 1)
	tr.Update([]uint64{g}, 250, 2)
	tr.Update([]uint64{g}, 7, -1)
	tr.Tick()
	m := tr.Average(0)
	assert.Equal(t, 1, m.Rows())
	scores := make([]float32, 300)
	m.Scores([]uint64{f}, scores)
	assert.InDelta(t, 3, scores[250], 1e-3)
	assert.InDelta(t, -1, scores[7], 1e-3)
}

// TestRowKindsScoreExactly builds a model with a row of each kind (inline,
// sparse, dense, dense with a padding lane, key 0) and checks every score
// against the plain sum of its weights, also after many dense rows (the
// accumulator folds them before its lanes could carry) and after a
// save and load.
func TestRowKindsScoreExactly(t *testing.T) {
	const classes = 7
	rows := map[uint32][]entry{
		0:  {{2, 9}},
		5:  {{3, math.MinInt16}},
		9:  {{0, 100}, {6, -5}},
		12: {{0, 32767}, {1, -32767}, {2, 1}, {3, -1}, {4, 2}, {5, math.MinInt16}, {6, 300}},
		77: {{1, 4}, {4, -4}, {6, 40}},
		99: {{0, 30000}, {1, 30000}, {2, 30000}, {3, 30000}, {4, 30000}, {5, 30000}, {6, 30000}},
	}
	keys := []uint32{0, 5, 9, 12, 77, 99}
	var qrows [][]entry
	for _, k := range keys {
		qrows = append(qrows, rows[k])
	}
	m := buildQuantized(classes, 0.25, keys, qrows)
	kind := func(k uint32) uint32 {
		meta, ok := m.lookup(k)
		require.True(t, ok)
		return meta & (inlineRow | denseRow)
	}
	assert.Equal(t, uint32(inlineRow), kind(5))
	assert.Equal(t, uint32(0), kind(9))
	assert.Equal(t, uint32(denseRow), kind(12))
	assert.Equal(t, uint32(denseRow), kind(77))
	assert.Equal(t, 6, m.Rows())
	_, ok := m.lookup(6)
	assert.False(t, ok)

	check := func(m *Model, feats []uint64) {
		want := make([]float32, classes)
		var sum [classes]int64
		for _, f := range feats {
			for _, e := range rows[Fold(f)] {
				sum[e.class] += int64(e.q)
			}
		}
		for c := range want {
			want[c] = float32(sum[c]) * 0.25
		}
		got := make([]float32, classes)
		m.Scores(feats, got)
		assert.Equal(t, want, got, "features %v", feats[:min(len(feats), 8)])
		a := m.NewAcc()
		m.Add(a, feats)
		for c := range sum {
			assert.Equal(t, sum[c], int64(a.sparse[c]+a.lane(c)), "class %d, features %v", c, feats[:min(len(feats), 8)])
		}
	}
	many := make([]uint64, 71000) // more dense rows than the lanes can hold
	for i := range many {
		many[i] = 99
	}
	many[12345] = 12
	feats := [][]uint64{{0}, {5, 9, 12, 77}, {12, 12, 77, 5, 6, 1 << 40}, many}
	for _, f := range feats {
		check(m, f)
	}
	var buf, buf2 bytes.Buffer
	require.NoError(t, m.Save(&buf))
	back, err := Load(buf.Bytes())
	require.NoError(t, err)
	require.NoError(t, back.Save(&buf2))
	assert.Equal(t, buf.Bytes(), buf2.Bytes(), "a loaded model saves the same bytes")
	for _, f := range feats {
		check(back, f)
	}
}

// An inline row of a class above 2^14 has bit 30 of its meta set, the bit
// that marks dense rows elsewhere: Add must still add it as one weight.
func TestInlineRowOfAHighClass(t *testing.T) {
	const classes = 20001
	keys := []uint32{3, 8}
	m := buildQuantized(classes, 1, keys, [][]entry{{{20000, -7}}, {{16384, 5}}})
	for _, k := range keys {
		meta, ok := m.lookup(k)
		require.True(t, ok)
		require.NotZero(t, meta&inlineRow)
		require.NotZero(t, meta&denseRow, "the case under test")
	}
	scores := make([]float32, classes)
	m.Scores([]uint64{3, 8, 3}, scores)
	for c, s := range scores {
		switch c {
		case 20000:
			assert.Equal(t, float32(-14), s)
		case 16384:
			assert.Equal(t, float32(5), s)
		default:
			require.Zero(t, s, "class %d", c)
		}
	}
}

// Partial sums added by ScoresPlus give the scores of Scores over all the
// features together, to the bit, whatever kind of row each feature has.
func TestPartialSumsScoreAsOneSum(t *testing.T) {
	for _, classes := range []int{9, 10} { // the last pair of classes half or wholly used
		partialSums(t, classes)
	}
}

func partialSums(t *testing.T, classes int) {
	rng := rand.New(rand.NewPCG(3, 4))
	var keys []uint32
	var rows [][]entry
	for k := uint32(0); k < 300; k++ {
		var row []entry
		n := []int{1, 2, 4, classes}[k%4] // inline, sparse, dense rows
		for _, c := range rng.Perm(classes)[:n] {
			row = append(row, entry{class: uint16(c), q: int16(rng.IntN(65535) - 32767)})
		}
		slices.SortFunc(row, func(a, b entry) int { return int(a.class) - int(b.class) })
		keys, rows = append(keys, k), append(rows, row)
	}
	m := buildQuantized(classes, 0.013, keys, rows)
	feats := func(n int) []uint64 {
		f := make([]uint64, n)
		for i := range f {
			f[i] = uint64(rng.IntN(340)) // a few keys without a row
		}
		return f
	}
	for range 50 {
		a, b, c, d := feats(rng.IntN(30)), feats(rng.IntN(90)), feats(rng.IntN(30)), feats(rng.IntN(20))
		want := make([]float32, classes)
		m.Scores(slices.Concat(a, b, c, d), want)
		pa, pb, pc := make([]int32, classes), make([]int32, classes), make([]int32, classes)
		m.Partial(a, pa)
		m.Partial(b, pb)
		m.Partial(c, pc)
		got := make([]float32, classes)
		m.ScoresPlus(d, got, pa, pb, pc)
		assert.Equal(t, want, got)
	}
}
