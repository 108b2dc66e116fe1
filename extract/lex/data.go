package lex

import (
	"embed"
	"fmt"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// The word lists of every stage, as data: data/common.txt holds the
// closed classes several stages share, data/<stage>.txt the lists one
// stage's rules use. Each list is a section:
//
//	# what the list is for (comment lines)
//	[name]            words, separated by white space
//	[name lines]      one entry per line (entries may hold spaces)
//	[name list]       words in an order that matters
//	[name table]      "key<TAB>value" lines; also numbers, genders, types
//
// A word "@other" in a word section includes the section "other" of the
// same file ("@file/other" of another), so that a class is written once
// and the lists made of it say so.
//
//go:embed data/common.txt data/coref.txt data/event.txt data/mention.txt data/quote.txt data/relation.txt data/timex.txt data/tokenize.txt data/syntax.txt data/wordnet-phrasal.txt
var dataFS embed.FS

type section struct {
	kind    string
	entries []string // words, or "key\tvalue"
}

var (
	sectionsOnce sync.Once
	sections     map[string]*section // "file/name"
)

func loadSections() {
	sections = map[string]*section{}
	files, err := dataFS.ReadDir("data")
	if err != nil {
		panic("lex: embedded data: " + err.Error())
	}
	for _, f := range files {
		b, err := dataFS.ReadFile(path.Join("data", f.Name()))
		if err != nil {
			panic("lex: embedded data: " + err.Error())
		}
		parseSections(strings.TrimSuffix(f.Name(), ".txt"), string(b))
	}
}

// parseSections reads the sections of one data file; text outside a
// section (the other lists of data/, which have formats of their own) is
// not looked at.
func parseSections(file, text string) {
	var cur *section
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			f := strings.Fields(line[1 : len(line)-1])
			kind := "words"
			if len(f) > 1 {
				kind = f[1]
			}
			cur = &section{kind: kind}
			sections[file+"/"+f[0]] = cur
		case cur == nil || strings.TrimSpace(line) == "":
			continue
		case cur.kind == "words" || cur.kind == "list":
			cur.entries = append(cur.entries, strings.Fields(line)...)
		default:
			cur.entries = append(cur.entries, line)
		}
	}
}

func lookup(name, kind string) *section {
	sectionsOnce.Do(loadSections)
	s := sections[name]
	if s == nil || s.kind != kind && !(kind == "words" && s.kind == "lines") {
		panic(fmt.Sprintf("lex: no %s list %q in data/", kind, name)) // a broken build, not bad input
	}
	return s
}

// Words returns the word list name ("file/list") as a set.
func Words(name string) map[string]bool {
	out := map[string]bool{}
	addWords(out, name, 0)
	return out
}

func addWords(out map[string]bool, name string, depth int) {
	if depth > 8 {
		panic("lex: list " + name + " includes itself")
	}
	s := lookup(name, "words")
	file, _, _ := strings.Cut(name, "/")
	for _, w := range s.entries {
		if inc, ok := strings.CutPrefix(w, "@"); ok && s.kind == "words" {
			if !strings.Contains(inc, "/") {
				inc = file + "/" + inc
			}
			addWords(out, inc, depth+1)
			continue
		}
		out[w] = true
	}
}

// Lines returns the entries of the lines list name, one a line.
func Lines(name string) []string {
	return append([]string(nil), lookup(name, "lines").entries...)
}

// List returns the ordered word list name.
func List(name string) []string {
	return append([]string(nil), lookup(name, "list").entries...)
}

func pairs(name, kind string, f func(k, v string)) {
	for _, e := range lookup(name, kind).entries {
		k, v, ok := strings.Cut(e, "\t")
		if !ok {
			panic(fmt.Sprintf("lex: list %q: %q is no key<TAB>value line", name, e))
		}
		f(k, v)
	}
}

// Table returns the word table name (word -> string).
func Table(name string) map[string]string {
	out := map[string]string{}
	pairs(name, "table", func(k, v string) { out[k] = v })
	return out
}

// Numbers returns the word table name (word -> number).
func Numbers(name string) map[string]int {
	out := map[string]int{}
	pairs(name, "numbers", func(k, v string) {
		n, err := strconv.Atoi(v)
		if err != nil {
			panic(fmt.Sprintf("lex: list %q: %q is no number", name, v))
		}
		out[k] = n
	})
	return out
}

var genderNames = map[string]doc.Gender{"Unknown": doc.Unknown, "Female": doc.Female, "Male": doc.Male,
	"Neuter": doc.Neuter, "Plural": doc.Plural}

// Genders returns the word table name (word -> gender: Female, Male,
// Neuter, Plural, Unknown).
func Genders(name string) map[string]doc.Gender {
	out := map[string]doc.Gender{}
	pairs(name, "genders", func(k, v string) {
		g, ok := genderNames[v]
		if !ok {
			panic(fmt.Sprintf("lex: list %q: no gender %q", name, v))
		}
		out[k] = g
	})
	return out
}

var typeNames = map[string]doc.EntityType{"Person": doc.Person, "Organization": doc.Organization,
	"Place": doc.Place, "Work": doc.Work, "EventType": doc.EventType, "Other": doc.Other}

// Types returns the word table name (word -> entity type: Person,
// Organization, Place, Work, EventType, Other).
func Types(name string) map[string]doc.EntityType {
	out := map[string]doc.EntityType{}
	pairs(name, "types", func(k, v string) {
		t, ok := typeNames[v]
		if !ok {
			panic(fmt.Sprintf("lex: list %q: no entity type %q", name, v))
		}
		out[k] = t
	})
	return out
}
