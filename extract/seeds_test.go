package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedDocs runs the pipeline over the two seed articles: the acceptance
// check that the issues describe (the rules themselves are tested on
// sentences of our own elsewhere).
func seedDocs(t *testing.T) map[string]*doc.Document {
	t.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	require.Len(t, files, 2)
	out := map[string]*doc.Document{}
	require.NoError(t, article.Read(files, article.Options{}, func(a article.Article) error {
		d := doc.NewDocument(a.ID, a.Text, a.Date)
		Process(d)
		out[a.ID] = d
		return nil
	}, func(e *article.Error) { t.Fatal(e) }))
	return out
}

func TestSeedQuotesAreAttributedToTheirSpeakers(t *testing.T) {
	if _, err := os.Stat("../seeds"); err != nil {
		t.Skip("no seeds")
	}
	want := map[string]string{ // opening words of each direct quote -> speaker
		"Maybe we should unite":     "Gypsy Rose Blanchard",
		"How sick must you be":      "Kim Kardashian",
		"Now looking back on it":    "Gypsy Rose Blanchard",
		"I would just allow myself": "Gypsy Rose Blanchard",
		"I think you can really":    "Kim Kardashian",
		"This is what upset me":     "Gypsy Rose Blanchard",
		"When I got to prison":      "Gypsy Rose Blanchard",
		"Wow":                       "Kim Kardashian",
		"You would think":           "Gypsy Rose Blanchard",
		"Just the simple fact":      "Kim Kardashian",
		"I want to bring awareness": "Gypsy Rose Blanchard",
		"I can totally help you":    "Kim Kardashian",
		"I give you massive kudos":  "Gypsy Rose Blanchard",
		"When Gypsy posted that":    "Kim Kardashian",
	}
	found := map[string]string{}
	for _, d := range seedDocs(t) {
		for _, q := range d.Quotes {
			if !q.Direct {
				continue
			}
			text := strings.TrimLeft(d.Slice(q.Content[0]), "\"“ ")
			for prefix := range want {
				if strings.HasPrefix(text, prefix) {
					name := "(unknown)"
					if q.Speaker >= 0 && d.Mentions[q.Speaker].Entity >= 0 {
						name = d.Entities[d.Mentions[q.Speaker].Entity].Name
					}
					found[prefix] = name
				}
			}
		}
	}
	for prefix, speaker := range want {
		assert.Equal(t, speaker, found[prefix], "%q", prefix)
	}
}

func TestSeedMentionsResolveToTheThreeWomen(t *testing.T) {
	if _, err := os.Stat("../seeds"); err != nil {
		t.Skip("no seeds")
	}
	want := map[string]string{
		"Gyspy": "Gypsy Rose Blanchard", "the reality star": "Kim Kardashian", "the Skims founder": "Kim Kardashian",
		"the 32-year-old": "Gypsy Rose Blanchard", "the 44-year-old": "Kim Kardashian", "Dee Dee": "Dee Dee Blanchard",
		"the billionaire": "Kim Kardashian", "Kardashian": "Kim Kardashian",
	}
	for _, d := range seedDocs(t) {
		for _, m := range d.Mentions {
			if name, ok := want[m.Text]; ok {
				require.GreaterOrEqual(t, m.Entity, 0, "%q in %s", m.Text, d.ID)
				assert.Equal(t, name, d.Entities[m.Entity].Name, "%q at %d in %s", m.Text, m.Start, d.ID)
			}
		}
	}
}

// TestSeedEventFrames checks the event facts on the seeds: the
// meeting of Kim Kardashian and Gypsy Rose Blanchard in New Orleans with its
// time, the conviction, Dee Dee Blanchard's death in 2015 and the mother
// relation, the release, the 2018 advocacy for clemency, the founder
// relation.
func TestSeedEventFrames(t *testing.T) {
	if _, err := os.Stat("../seeds"); err != nil {
		t.Skip("no seeds")
	}
	type frame struct{ typ, args, place, time, sentence string }
	var frames []frame
	rels := map[string]bool{}
	for _, d := range seedDocs(t) {
		r := contract.From(d)
		for i, ev := range r.Events {
			var ids []string
			for _, a := range ev.Args {
				ids = append(ids, a.Role+"="+a.Entity)
			}
			f := frame{typ: ev.Type, args: strings.Join(ids, " "), sentence: d.Slice(d.Sentences[d.Events[i].Sentence].Span)}
			if ev.Place != nil {
				f.place = *ev.Place
			}
			if ev.Time != nil {
				f.time = *ev.Time
			}
			frames = append(frames, f)
		}
		for _, rel := range r.Relations {
			rels[rel.Holder+" "+rel.Type+" "+rel.Relative] = true
		}
	}
	has := func(typ, arg1, arg2, place, timePrefix string, in ...string) bool {
		for _, f := range frames {
			if len(in) > 0 && !strings.Contains(f.sentence, in[0]) {
				continue
			}
			if f.typ == typ && strings.Contains(f.args, arg1) && strings.Contains(f.args, arg2) &&
				strings.Contains(f.place, place) && strings.HasPrefix(f.time, timePrefix) {
				return true
			}
		}
		return false
	}
	assert.True(t, has("MEET", "=kim-kardashian", "=gypsy-rose-blanchard", "new-orleans", "2023-12"), "%v", frames)
	assert.True(t, has("MEET", "Arg0=kim-kardashian", "Arg1=gypsy-rose-blanchard", "", "",
		"flew to New Orleans"), "'the billionaire flew to New Orleans, LA, to meet up with Gypsy': %v", frames)
	assert.True(t, has("MEET", "Arg0=kim-kardashian", "Arg1=gypsy-rose-blanchard", "", "",
		"meeting up with"), "'the reality star is continuing her mission, meeting up with ... Gypsy': %v", frames)
	assert.True(t, has("CONVICT", "Arg1=gypsy-rose-blanchard", "", "", ""), "%v", frames)
	assert.True(t, has("DIE", "Arg1=dee-dee-blanchard", "", "", "2015"), "%v", frames)
	assert.True(t, has("RELEASE", "Arg1=gypsy-rose-blanchard", "", "", ""), "%v", frames)
	// "since 2018 when she successfully advocated for the clemency of Alice Marie Johnson": the
	// advocacy is dated, the clemency is what she advocated
	assert.True(t, has("ADVOCATE", "Arg0=kim-kardashian", "", "", "2018"), "%v", frames)
	assert.True(t, has("PARDON", "Arg1=alice-marie-johnson", "", "", "", "advocated for the clemency"), "%v", frames)
	assert.True(t, rels["dee-dee-blanchard mother gypsy-rose-blanchard"], "%v", rels)
	assert.True(t, rels["kim-kardashian founder skims"], "%v", rels)
	assert.True(t, rels["hulu platform kardashians"], "'The Kardashians is on its fifth season on Hulu': %v", rels)
	for _, d := range seedDocs(t) {
		for _, e := range d.Entities {
			if e.ID == "kardashians" {
				assert.Equal(t, doc.Work, e.Type, "the show The Kardashians in %s", d.ID)
			}
		}
	}
}
