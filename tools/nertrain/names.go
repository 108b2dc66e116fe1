package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/tagger"
)

// addExternalNames reads a names list ("TYPE name words" lines, # comments;
// TYPE one of tagger.Types) into every gazetteer as external names. They come
// from outside the training data, so unlike the training names they are
// not jackknifed: every fold sees the same list, as the tagger will.
func addExternalNames(path string, gs []*tagger.Gazetteer) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		typ, name, ok := strings.Cut(t, " ")
		ti := slices.Index(tagger.Types, typ)
		words := strings.Fields(name)
		if !ok || ti < 0 || len(words) == 0 {
			return n, fmt.Errorf("%s:%d: want \"TYPE name\" with TYPE one of %v, got %q", path, line, tagger.Types, t)
		}
		for _, g := range gs {
			if g != nil {
				g.AddExternal(words, ti)
			}
		}
		n++
	}
	return n, sc.Err()
}
