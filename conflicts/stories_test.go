package conflicts

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// storyFindings runs the whole pipeline over articles written for these
// tests (business, sport, politics) and checks them.
func storyFindings(t *testing.T, files ...string) []Finding {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:")
	require.NoError(t, err)
	defer s.Close()
	var paths []string
	for _, f := range files {
		paths = append(paths, filepath.Join("testdata", f))
	}
	err = article.Read(paths, article.Options{}, func(a article.Article) error {
		d := doc.NewDocument(a.ID, a.Text, a.Date)
		extract.Process(d)
		_, err := s.Load(ctx, triples.Build(d, triples.Meta{Source: a.Source}))
		return err
	}, func(e *article.Error) { t.Fatal(e) })
	require.NoError(t, err)
	facts, err := Read(ctx, s.QuadStore())
	require.NoError(t, err)
	return Check(facts)
}

func has(fs []Finding, kind, verdict, about string) bool {
	for _, f := range fs {
		if f.Kind == kind && f.Verdict == verdict && strings.Contains(f.About, about) {
			return true
		}
	}
	return false
}

func TestBusinessStory(t *testing.T) {
	fs := storyFindings(t, "business-a.txt", "business-b.txt")
	require.True(t, has(fs, "age", "conflict", "Mara Quist"), "51 in March 2023 and 49 in June 2023: %+v", fs)
	require.True(t, has(fs, "place", "conflict", "MEET"), "Tulsa against Oklahoma City: %+v", fs)
}

func TestSportStory(t *testing.T) {
	fs := storyFindings(t, "sport-a.txt", "sport-b.txt")
	require.True(t, has(fs, "timing", "conflict", "MEET of Ines Duarte and Leo Varga"), "three days against months: %+v", fs)
}

func TestPoliticsStory(t *testing.T) {
	fs := storyFindings(t, "politics-a.txt", "politics-b.txt")
	require.True(t, has(fs, "date", "conflict", "MEET"), "May 2 against May 1: %+v", fs)
	require.True(t, has(fs, "place", "conflict", "MEET"), "Vienna against Prague: %+v", fs)
	require.True(t, has(fs, "age", "consistent", "Elena Sorensen"), "%+v", fs)
	for _, f := range fs {
		require.NotEqual(t, f.A.Article, f.B.Article, "an article is never compared with itself")
	}
}
