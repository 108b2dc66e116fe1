package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Roots (WordNet 3.0 noun offsets) whose capitalised descendants are
// names of that type. Organisations include the bodies WordNet files
// apart from "organization": political movements (Hezbollah),
// legislatures (the Senate) and courts; not executives and governments.
// Their names are those of the seat of power ("the White House", "the
// Kremlin", "Downing Street"), which the news corpora type as places as
// often as bodies: buildings count as places, so such names have two
// types and are not listed. Events are the kinds news names: wars, battles,
// revolutions, social events (games, tournaments, races, festivals,
// shows), elections and campaigns, holidays, disasters, scandals,
// massacres, attacks, conferences.
var roots = map[string]string{
	"08008335": "ORG",   // organization
	"08472335": "ORG",   // political movement
	"08163273": "ORG",   // legislature
	"08329453": "ORG",   // court (the assembly)
	"00027167": "LOC",   // location
	"04341686": "LOC",   // structure: buildings ("the White House", "the Pentagon")
	"00952963": "EVENT", // military action
	"00953559": "EVENT", // battle
	"00962722": "EVENT", // revolution
	"00973077": "EVENT", // war
	"07288639": "EVENT", // social event
	"00517728": "EVENT", // festival
	"15183428": "EVENT", // holiday
	"07314838": "EVENT", // disaster
	"07306252": "EVENT", // scandal
	"00181781": "EVENT", // election
	"07472929": "EVENT", // political campaign
	"08308497": "EVENT", // conference (a meeting)
	"00223983": "EVENT", // massacre
	"00972621": "EVENT", // attack (military)
	"07450651": "EVENT", // celebration
	"00007846": "PER",   // person
}

// eventFiles are the lexicographer files of events: acts (wars,
// elections), events (games, races), groups (conferences) and times
// (holidays). The others below the event roots are films and other
// works ("Western", a feature).
var eventFiles = map[string]bool{"04": true, "11": true, "14": true, "28": true}

// battleSites are the roots under which a one-word name is the place a
// battle was fought at ("Zama", "Plassey"), not a name of the battle.
var battleSites = map[string]bool{"00952963": true, "00953559": true}

// synset is one line of data.noun.
type synset struct {
	lexFile  string
	words    []string
	hyper    []string // hypernyms and instance hypernyms
	instance bool     // an instance (a single thing), not a class
}

// wordNet holds the noun synsets and every word WordNet writes in lower
// case in any part of speech ("target", "shell"), which no brand name
// alone may claim.
type wordNet struct {
	synsets map[string]*synset
	common  map[string]bool
}

func readWordNet(dict string) (*wordNet, error) {
	wn := &wordNet{synsets: map[string]*synset{}, common: map[string]bool{}}
	err := eachLine(filepath.Join(dict, "data.noun"), func(f []string) {
		if s, off := parseSynset(f); s != nil {
			wn.synsets[off] = s
		}
	})
	if err != nil {
		return nil, err
	}
	for _, s := range wn.synsets {
		for _, w := range s.words {
			if w[0] >= 'a' && w[0] <= 'z' {
				wn.common[strings.ReplaceAll(w, "_", " ")] = true
			}
		}
	}
	for _, pos := range []string{"verb", "adj", "adv"} { // index.noun writes names in lower case too
		err := eachLine(filepath.Join(dict, "index."+pos), func(f []string) {
			if len(f) > 0 {
				wn.common[strings.ReplaceAll(f[0], "_", " ")] = true
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return wn, nil
}

// parseSynset reads "offset lex_filenum n w_cnt [word lex_id]... p_cnt
// [ptr offset pos source/target]... | gloss".
func parseSynset(f []string) (*synset, string) {
	if len(f) < 4 {
		return nil, ""
	}
	s := &synset{lexFile: f[1]}
	nw := 0
	fmt.Sscanf(f[3], "%x", &nw)
	for k := 0; k < nw && 4+2*k < len(f); k++ {
		s.words = append(s.words, f[4+2*k])
	}
	i := 4 + 2*nw
	if i >= len(f) {
		return s, f[0]
	}
	np := 0
	fmt.Sscanf(f[i], "%d", &np)
	for p := 0; p < np && i+4+4*p <= len(f); p++ {
		switch f[i+1+4*p] {
		case "@":
			s.hyper = append(s.hyper, f[i+2+4*p])
		case "@i":
			s.hyper = append(s.hyper, f[i+2+4*p])
			s.instance = true
		}
	}
	return s, f[0]
}

// rootOf is the offset of the first root a synset descends from, "" for
// none.
func (wn *wordNet) rootOf(off string, memo map[string]string, depth int) string {
	if _, ok := roots[off]; ok {
		return off
	}
	if r, ok := memo[off]; ok || depth > 40 {
		return r
	}
	r := ""
	if s := wn.synsets[off]; s != nil {
		for _, h := range s.hyper {
			if r = wn.rootOf(h, memo, depth+1); r != "" {
				break
			}
		}
	}
	memo[off] = r
	return r
}

// addTo adds the capitalised names of every typed synset. A person's name
// counts only as an instance (a "Democrat" or a "Texan" is a kind of
// person, not a name), and only to keep the name out of the list
// (blockOnly): the tagger knows a full name for a person's, and WordNet's
// people are historical figures whose surnames now name firms and places
// ("Ford", "Chrysler", "Lincoln").
func (wn *wordNet) addTo(ts typeSets) {
	memo := map[string]string{}
	for off, s := range wn.synsets {
		root := wn.rootOf(off, memo, 0)
		typ := roots[root]
		if s.lexFile == "15" {
			typ = "LOC" // noun.location files streets too ("Downing Street", "Wall Street")
		}
		if typ == "" || (typ == "PER" && !s.instance) || (typ == "EVENT" && !eventFiles[s.lexFile]) {
			continue
		}
		for _, w := range s.words {
			name := lemmaName(w)
			if name == "" {
				continue
			}
			oneWord := !strings.Contains(name, " ")
			switch {
			case typ == "PER":
				ts.add(name, blockOnly)
			case typ == "EVENT" && (oneWord && s.instance && battleSites[root] || strings.ContainsAny(name, "0123456789")):
				continue // "Zama" the place; "August 15", "Sep 11" are dates
			default:
				ts.add(name, typ)
			}
		}
	}
}

// lemmaName turns a WordNet lemma into a name, "" when it is no name:
// "World_War_II" -> "World War II"; "Iowa(a)" and lower-case words are
// left out.
func lemmaName(w string) string {
	if i := strings.IndexByte(w, '('); i >= 0 {
		w = w[:i]
	}
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return ""
	}
	return strings.ReplaceAll(w, "_", " ")
}

func eachLine(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // licence header
		}
		fn(strings.Fields(line))
	}
	return sc.Err()
}
