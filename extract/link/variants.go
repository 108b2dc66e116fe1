package link

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// nameSuffixes end a person's full name ("Jr."): they are not the surname.
var nameSuffixes = lex.Words("coref/nameSuffixes")

// personEnds splits a person's full-name key into its first name, its
// middle names or initials and its surname ("frederick c larue": frederick,
// [c], larue), a generational suffix dropped; ok is false for a key of
// fewer than two names.
func personEnds(key string) (first string, middle []string, last string, ok bool) {
	toks := splitKey(key)
	for len(toks) > 2 && nameSuffixes[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	if len(toks) < 2 {
		return "", nil, "", false
	}
	for _, t := range toks[1 : len(toks)-1] {
		if !strings.ContainsAny(t[:1], "'\"‘“") { // a nickname in quotes is no middle name: Vincent "Chin" Gigante
			middle = append(middle, t)
		}
	}
	return toks[0], middle, toks[len(toks)-1], true
}

// sameMiddles reports whether two lists of middle names can be the same
// person's: as many, each the same name or one the initial of the other
// ("c" and "cheney").
func sameMiddles(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x != y && !(len(x) == 1 && strings.HasPrefix(y, x)) && !(len(y) == 1 && strings.HasPrefix(x, y)) {
			return false
		}
	}
	return true
}

// joinMiddleNames unites the persons of the corpus whose full names have
// the same first name and surname and differ only in middle names that
// can be one person's: "Raj K. Chohan" and "Raj Kaur Chohan", and "Raj
// Chohan" with them. Articles often drop a middle initial that others
// give. When two of the longer names cannot be one person's ("George H. W.
// Bush", "George W. Bush"), none of that first name and surname is joined:
// the short "George Bush" could be either. A first name's short form
// counts as the first name (shortFirstNames): "Fred LaRue" is "Frederick
// C. LaRue", and "Fred Ames" is "Frederick Ames" with no middle name
// given. Decided per name pair from the set of keys, so the outcome is
// order-free.
func joinMiddleNames(items []item, u unionFind) {
	byEnds := map[string]map[string][]int{} // "first last" -> key -> items
	for i, it := range items {
		// a name the tagger left untyped may be a person's too ("Vincent
		// 'Chin' Gigante"); it still needs a person's first name and
		// surname matching another name's
		if it.rec.Type != doc.Person && it.rec.Type != doc.Other {
			continue
		}
		for _, k := range it.multi {
			first, _, last, ok := personEnds(k)
			if !ok {
				continue
			}
			ends := first + " " + last
			if byEnds[ends] == nil {
				byEnds[ends] = map[string][]int{}
			}
			byEnds[ends][k] = append(byEnds[ends][k], i)
		}
	}
	short := map[string]bool{} // ends that took in a short first name's
	for s, long := range shortFirstNames(byEnds) {
		for k, idx := range byEnds[s] {
			byEnds[long][k] = append(byEnds[long][k], idx...)
		}
		delete(byEnds, s)
		short[long] = true
	}
	for ends, keys := range byEnds {
		if agree, given := middlesAgree(keys); len(keys) < 2 || !agree || !given && !short[ends] {
			continue
		}
		var all []int
		for _, idx := range keys {
			all = append(all, idx...)
		}
		for _, i := range all[1:] {
			u.union(all[0], i)
		}
	}
}

// shortFirstNames maps the "first last" ends whose first name is the
// short form of one other first name the corpus gives that surname
// ("fred larue" and "frederick larue") to the ends of the full form. The
// short form is the full one's first three letters or more, and the first
// names list gives both one gender: "Fred" is Frederick, "Sam" is not
// Samantha, and a name it gives no one gender stays apart. A short form that
// begins two full ones ("Dan": Daniel, Danny) says neither.
func shortFirstNames(byEnds map[string]map[string][]int) map[string]string {
	byLast := map[string][]string{}
	for ends := range byEnds {
		first, last, _ := strings.Cut(ends, " ")
		byLast[last] = append(byLast[last], first)
	}
	out := map[string]string{}
	for last, firsts := range byLast {
		for _, short := range firsts {
			g := lex.FirstNameGender(short)
			if len(short) < 3 || g == doc.Unknown {
				continue
			}
			long := ""
			for _, f := range firsts {
				if f != short && strings.HasPrefix(f, short) {
					if long != "" {
						long = "\x00" // two full forms
						break
					}
					long = f
				}
			}
			if long != "" && long != "\x00" && lex.FirstNameGender(long) == g {
				out[short+" "+last] = long + " " + last
			}
		}
	}
	return out
}

// middlesAgree reports whether all the keys that give middle names give
// ones of one person, and whether any gives one.
func middlesAgree(keys map[string][]int) (agree, given bool) {
	var mids [][]string
	list := make([]string, 0, len(keys))
	for k := range keys {
		list = append(list, k)
	}
	sort.Strings(list)
	for _, k := range list {
		if _, m, _, _ := personEnds(k); len(m) > 0 {
			mids = append(mids, m)
		}
	}
	for i := range mids {
		for j := i + 1; j < len(mids); j++ {
			if !sameMiddles(mids[i], mids[j]) {
				return false, true
			}
		}
	}
	return true, len(mids) > 0
}

// acronymSkip are the words an acronym leaves out ("Council of Europe
// Development Bank" is CEDB).
var acronymSkip = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "on": true, "in": true}

// initials lists the acronyms a full name's key may be written as: the
// first letters of its words, and of its words other than "of", "and"...
// ("central elections commission": cec).
func initials(toks []string) []string {
	var all, content strings.Builder
	for _, t := range toks {
		r := []rune(t)
		if len(r) == 0 {
			continue
		}
		all.WriteRune(r[0])
		if !acronymSkip[t] {
			content.WriteRune(r[0])
		}
	}
	if all.String() == content.String() {
		return []string{all.String()}
	}
	return []string{all.String(), content.String()}
}

// isAcronym reports whether a name is written as an acronym: two to six
// capital letters ("CEC", "UNRWA"), dots allowed ("N.W.C.").
func isAcronym(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// pairNames finds, in each article, a first name and a surname given
// alone ("Vincent" and "Gigante", each a person of its own there) that
// are the first name and surname of one person of the corpus, and only
// one ("Vincent Gigante", "Vincent L. Gigante"): both are that person,
// whatever other Gigantes the corpus holds. It returns the cluster
// entity of each such item.
func (r *Resolution) pairNames(items []item) map[int]int {
	byEnds := map[string]map[int]bool{} // "first last" -> person clusters
	for e, ent := range r.ents {
		if !ent.cluster || ent.typ != doc.Person {
			continue
		}
		for _, i := range ent.items {
			for _, k := range items[i].multi {
				if first, _, last, ok := personEnds(k); ok {
					if byEnds[first+" "+last] == nil {
						byEnds[first+" "+last] = map[int]bool{}
					}
					byEnds[first+" "+last][e] = true
				}
			}
		}
	}
	words := map[string][]int{} // article -> its one-word person items
	for i, it := range items {
		if it.ent < 0 && len(it.multi) == 0 && it.rec.Type == doc.Person && it.word != "" && it.word[0] != 0 {
			words[it.art] = append(words[it.art], i)
		}
	}
	found := map[int]map[int]bool{} // item -> the clusters it pairs into
	add := func(i, e int) {
		if found[i] == nil {
			found[i] = map[int]bool{}
		}
		found[i][e] = true
	}
	for _, list := range words {
		for _, a := range list {
			for _, b := range list {
				es := byEnds[items[a].word+" "+items[b].word]
				if a == b || len(es) != 1 {
					continue
				}
				for e := range es {
					add(a, e)
					add(b, e)
				}
			}
		}
	}
	out := map[int]int{}
	for i, es := range found {
		if len(es) == 1 { // "Vincent" with "Gigante" and with "Jackson": neither
			for e := range es {
				out[i] = e
			}
		}
	}
	return out
}
