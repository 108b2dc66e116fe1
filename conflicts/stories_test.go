package conflicts

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
	return Check(storyFacts(t, nil, files...))
}

// storyFacts runs the whole pipeline over the articles and reads their
// facts back. told sets by hand the factuality of the events triggered
// inside a phrase ("did not meet"), where the extractor left them asserted.
func storyFacts(t *testing.T, told map[string]doc.Factuality, files ...string) *Facts {
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
		for i, ev := range d.Events {
			for phrase, f := range told {
				if ev.Factuality.Asserted() && strings.Contains(phrase, d.Slice(ev.Trigger)) &&
					strings.Contains(d.Slice(d.Sentences[ev.Sentence].Span), phrase) {
					d.Events[i].Factuality = f
				}
			}
		}
		_, err := s.Load(ctx, triples.Build(d, triples.Meta{Source: a.Source}))
		return err
	}, func(e *article.Error) { t.Fatal(e) })
	require.NoError(t, err)
	facts, err := Read(ctx, s.QuadStore())
	require.NoError(t, err)
	return facts
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

// A port story: port-a states the meeting (Rotterdam, June 8), port-d too
// on the port authority's word (June 7), port-b denies one in Antwerp on
// June 9, port-c plans one in Brussels on July 20. Only a and d are
// compared: the extractor reads the denial and the plan (extract/event).
func TestDeniedAndPlannedMeetingsAreNotCompared(t *testing.T) {
	facts := storyFacts(t, nil, "port-a.txt", "port-b.txt", "port-c.txt", "port-d.txt")
	fs := Check(facts)
	require.True(t, has(fs, "date", "conflict", "MEET of Olga Berger and Piet Janssen"), "June 8 against June 7: %+v", fs)
	require.True(t, has(fs, "place", "consistent", "MEET"), "both say Rotterdam: %+v", fs)
	for _, f := range fs {
		for _, side := range []Side{f.A, f.B} {
			assert.NotContains(t, []string{"port-b", "port-c"}, side.Article, "a denied or planned meeting is compared with nothing: %+v", f)
		}
	}

	// Taken as having happened, the same events would conflict: the
	// stories do exercise the comparisons.
	for i := range facts.Events {
		facts.Events[i].NotAsserted = false
	}
	fs = Check(facts)
	for _, art := range []string{"port-b", "port-c"} {
		found := false
		for _, f := range fs {
			found = found || f.Verdict == "conflict" && (f.A.Article == art || f.B.Article == art)
		}
		assert.True(t, found, "%s conflicts when taken as stated: %+v", art, fs)
	}
}
