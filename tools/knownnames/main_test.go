package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A WordNet of four synsets: an organisation root, an organisation, a
// person root, and a person whose one-word name is also a brand.
const testNouns = `08008335 14 n 01 organization 0 000 | a group
00007846 03 n 01 person 0 000 | a human
00000001 14 n 02 Acme_Party 0 AP 0 001 @ 08008335 n 0000 | a party
00000002 18 n 02 Zed 0 Zed_Quill 0 001 @i 00007846 n 0000 | a writer
`

const testIcons = `[{"title":"Zed"},{"title":"Plink","aliases":{"aka":["PlinkTV"]}},{"title":"Target"},{"title":".NET"}]`

func TestKnownNamesMergesAndDropsConflicts(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("data.noun", testNouns)
	write("index.verb", "target v 1 0 1 0 00000009\n")
	write("index.adj", "")
	write("index.adv", "")
	names := write("names.txt", "# compromise\nLOC acme party\nORG plink\nPER ada lovelace\nPER zed\n")
	icons := write("icons.json", testIcons)
	out := filepath.Join(dir, "out.txt")
	if err := run(dir, names, icons, "9.9", out); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	var got []string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	// "acme party": ORG in WordNet, LOC in compromise -> out; "ap": too short;
	// "zed": a person (blocks) and a brand -> out; "zed quill": a person of
	// WordNet, only blocks; "target": a common word; ".net": no name.
	want := []string{"ORG plink", "ORG plinktv", "PER ada lovelace"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if !strings.Contains(string(b), "simple-icons 9.9") {
		t.Error("header names the simple-icons version")
	}
}
