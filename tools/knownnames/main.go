// Command knownnames writes extract/lex/data/known-names.txt, the names
// everyone knows with the one type they have (PER, ORG, LOC, EVENT), which
// coreference (extract/coref, types.go) weighs against the name tagger's
// type: "Facebook" is a firm, not a place; "World War II" an event.
//
//	go run ./tools/knownnames [-dict /usr/share/wordnet] [-names extract/mention/model/names.txt]
//	    [-icons DIR/simple-icons/data/simple-icons.json] [-out extract/lex/data/known-names.txt]
//
// It merges three licensed lists:
//   - WordNet 3.0 (Debian package wordnet-base): the capitalised names of
//     its synsets, typed by the hypernym they descend from (wordnet.go);
//   - the organisations, places and people of the lexicon of the npm
//     package compromise (MIT), as scripts/names.mjs wrote them to names.txt;
//   - the brand names of the npm package simple-icons (CC0): platforms,
//     media and companies ("Instagram", "TikTok", "CNN").
//
// A name that two lists, or two senses of one list, give different types
// is left out: its type is what the context says ("Ford", "Lincoln",
// "Washington"). The output is sorted, so the same inputs give the same
// bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet database directory")
	names := flag.String("names", "extract/mention/model/names.txt", "names list written by scripts/names.mjs (compromise)")
	icons := flag.String("icons", "", "data/simple-icons.json of the npm package simple-icons")
	version := flag.String("icons-version", "", "version of simple-icons, for the header")
	out := flag.String("out", "extract/lex/data/known-names.txt", "output file")
	flag.Parse()
	if err := run(*dict, *names, *icons, *version, *out); err != nil {
		fmt.Fprintln(os.Stderr, "knownnames:", err)
		os.Exit(1)
	}
}

// typeSets maps a lower-cased name to the set of types its sources give it.
type typeSets map[string]map[string]bool

func (ts typeSets) add(name, typ string) {
	name = strings.Join(strings.Fields(strings.ToLower(name)), " ")
	if name == "" {
		return
	}
	if ts[name] == nil {
		ts[name] = map[string]bool{}
	}
	ts[name][typ] = true
}

func run(dict, names, icons, version, out string) error {
	ts := typeSets{}
	wn, err := readWordNet(dict)
	if err != nil {
		return err
	}
	wn.addTo(ts)
	if err := addCompromise(ts, names); err != nil {
		return err
	}
	if icons != "" {
		if err := addIcons(ts, icons, wn.common); err != nil {
			return err
		}
	}
	var lines []string
	for name, types := range ts {
		if len(types) != 1 || len([]rune(name)) < 3 {
			continue // two types: the context decides; "MP", "AI", "EW" are too many things
		}
		for t := range types {
			if t != blockOnly {
				lines = append(lines, t+" "+name)
			}
		}
	}
	sort.Strings(lines)
	head := strings.ReplaceAll(header, "SIMPLEICONS", version)
	return os.WriteFile(out, []byte(head+strings.Join(lines, "\n")+"\n"), 0o644)
}

// blockOnly marks a type that only keeps a name out of the list: a
// one-word name of a person of WordNet ("Ford", "Lincoln") is far more
// often a firm, a place or a namesake in the news than the historical
// figure, but it makes the other types of the word uncertain.
const blockOnly = "-"

// addCompromise reads the "TYPE name" lines of names.txt; its demonyms
// (MISC) are left to the tagger.
func addCompromise(ts typeSets, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		typ, name, ok := strings.Cut(line, " ")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		switch typ {
		case "ORG", "LOC":
			ts.add(name, typ)
		case "PER":
			if strings.Contains(name, " ") {
				ts.add(name, typ)
			} else {
				ts.add(name, blockOnly) // "Beck", "Banksy": a surname alone is anyone's
			}
		}
	}
	return nil
}
