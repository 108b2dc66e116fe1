package pronrank

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
)

// gold marks the spans of each phrase in text (first occurrence from the
// previous match on) as one chain.
func gold(text string, chains map[string][]string) []Gold {
	var out []Gold
	for c, phrases := range chains {
		from := 0
		for _, p := range phrases {
			i := strings.Index(text[from:], p) + from
			out = append(out, Gold{Start: i, End: i + len(p), Chain: c})
			from = i + len(p)
		}
	}
	return out
}

func processed(text string) *doc.Document {
	d := doc.NewDocument("t", text, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	extract.Process(d)
	return d
}

func TestInstancesMarkGoldAntecedents(t *testing.T) {
	text := "Maria Lopez opened a bakery in Leeds in 2010. Her brother Tom joined later. She says the town welcomed them."
	d := processed(text)
	gs := gold(text, map[string][]string{
		"maria": {"Maria Lopez", "Her", "She"},
		"tom":   {"Her brother Tom"},
	})
	ins := Instances(d, gs)
	var she *Instance
	for i := range ins {
		if ins[i].Form == "she" {
			she = &ins[i]
		}
		if ins[i].Form == "them" {
			t.Errorf("'them' has no gold mention and must not be an instance")
		}
	}
	if she == nil {
		t.Fatalf("no instance for 'She' among %+v", ins)
	}
	pos := 0
	for i, k := range she.Cands {
		if she.Pos[i] {
			pos++
			if m := d.Mentions[k]; m.Text != "Maria Lopez" && m.Text != "Her" {
				t.Errorf("positive candidate %q is not in Maria's chain", m.Text)
			}
		}
		if d.Mentions[k].Start >= d.Mentions[she.Pronoun].Start {
			t.Errorf("candidate %q does not precede the pronoun", d.Mentions[k].Text)
		}
	}
	if pos == 0 {
		t.Errorf("no positive candidate for 'She'")
	}
}

func TestMatcherTakesSmallestGoldSharingAnEdge(t *testing.T) {
	m := newMatcher([]Gold{{0, 40, "long"}, {0, 20, "mid"}, {5, 20, "inner"}})
	if c, ok := m.chain(0, 12); !ok || c != "mid" {
		t.Errorf("chain(0,12) = %q %v, want mid", c, ok)
	}
	if c, _ := m.chain(5, 20); c != "inner" {
		t.Errorf("exact span must win, got %q", c)
	}
	if _, ok := m.chain(6, 12); ok {
		t.Errorf("a span sharing no edge with a gold mention must not match")
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	text := "The council met on Monday. It voted to close the library. Residents said they would protest, and the mayor said he understood them."
	d := processed(text)
	gs := gold(text, map[string][]string{
		"council":   {"The council", "It"},
		"residents": {"Residents", "they", "them"},
		"mayor":     {"the mayor", "he"},
	})
	var exs []Example
	c := NewContext(d, true)
	for _, in := range Instances(d, gs) {
		exs = append(exs, Example{Ctx: c, In: in})
	}
	if len(exs) == 0 {
		t.Fatal("no instances to train on")
	}
	var a, b bytes.Buffer
	if err := Train(exs, 5).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := Train(exs, 5).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings on the same examples differ")
	}
}
