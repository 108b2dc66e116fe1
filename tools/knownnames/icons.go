package main

import (
	"encoding/json"
	"os"
	"strings"
	"unicode"
)

// addIcons adds the brand names of simple-icons (titles and the names
// they are also known by: "X", aka "Twitter") as organisations. A brand
// that is a word WordNet writes in lower case ("Target", "Shell",
// "Signal") is left out: in a sentence it is that word as often as the
// brand. So are names of fewer than three letters or with marks no name
// has (".NET", "draw.io").
func addIcons(ts typeSets, path string, common map[string]bool) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var icons []struct {
		Title   string `json:"title"`
		Aliases struct {
			Aka []string `json:"aka"`
		} `json:"aliases"`
	}
	if err := json.Unmarshal(b, &icons); err != nil {
		return err
	}
	for _, ic := range icons {
		for _, name := range append([]string{ic.Title}, ic.Aliases.Aka...) {
			if brandName(name) && !common[strings.ToLower(name)] {
				ts.add(name, "ORG")
			}
		}
	}
	return nil
}

// brandName reports whether a brand title reads as a name in running
// text: it starts with a capital, has at least three letters, and holds
// only letters, digits, spaces, hyphens, apostrophes and ampersands.
func brandName(s string) bool {
	letters := 0
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
			if i == 0 && !unicode.IsUpper(r) {
				return false
			}
		case unicode.IsDigit(r), r == ' ', r == '-', r == '\'', r == '&':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return letters >= 3
}
