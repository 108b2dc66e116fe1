package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// idSource is where an article's id came from.
type idSource uint8

const (
	// idGiven: the input named it (a record's "id", a feed item's guid or
	// link, a page's URL). Two different articles given one id are an
	// error: one of the inputs is wrong, and guessing would lose one.
	idGiven idSource = iota
	// idPath: derived from the file's path below the input root. Two
	// different files that derive one id (a/index.txt given beside
	// b/index.txt) both stay: the later one takes a suffix from its origin.
	idPath
	// idContent: a hash of the text; the same id is the same text.
	idContent
)

// PathID is the id of a file's article: its path below root (the
// directory named on the command line) without extension, each part as
// SlugID makes it, joined by '/'. A file named directly is its own root,
// so seeds/004_955b.txt is 004_955b either way. It is the id a file
// takes when it is first stored; see Stored for the ids of later runs.
func PathID(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if root == "" || err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		rel = filepath.Base(path)
	}
	rel = strings.TrimSuffix(rel, fileExt(rel))
	var parts []string
	for _, p := range strings.Split(filepath.ToSlash(rel), "/") {
		if s := SlugID(p); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "/")
}

// fileExt is the extension, counting .warc.gz as one.
func fileExt(name string) string {
	lower := strings.ToLower(name)
	for _, double := range []string{".warc.gz", ".json.gz"} {
		if strings.HasSuffix(lower, double) {
			return name[len(name)-len(double):]
		}
	}
	return filepath.Ext(name)
}

// originOf names a file independently of how it was reached: its
// absolute path with symbolic links resolved, so that seeds/a.txt,
// ./seeds/a.txt and /home/me/news/seeds/a.txt are one origin.
func originOf(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// Stored is what a store already holds of one article, as far as ids go.
// A path id depends on the directory the file was read through (index
// alone, a/index through its parent), so build passes the store's
// articles in Options.Stored and a file keeps the id it was first stored
// under, whatever root names it later: one file is never two articles.
type Stored struct {
	ID string
	// Origin is the file the article was read from (see Article.Origin);
	// "" when its id did not come from a path.
	Origin string
	// Text is the TextID of the article (its text and date); "" for an
	// article stored before stores kept it.
	Text string
}

// idTracker gives every article of a run its final id, so that no
// article silently replaces another with the same id, in this run or in
// the store.
type idTracker struct {
	run     map[string]seenID // id -> the first article of this run given it
	stored  map[string]Stored // id -> the stored article
	origins map[string]string // origin -> id, stored or given in this run
	texts   map[string]Stored // TextID -> a file's article, stored or given in this run
}

type seenID struct {
	source string
	text   string // ContentID of the text
	report string // TextID: the text and the date
}

func newIDTracker(stored []Stored) *idTracker {
	t := &idTracker{run: map[string]seenID{}, stored: map[string]Stored{}, origins: map[string]string{}, texts: map[string]Stored{}}
	for _, s := range stored {
		t.stored[s.ID] = s
		if s.Origin != "" {
			t.origins[s.Origin] = s.ID
			if _, ok := t.texts[s.Text]; !ok && s.Text != "" {
				t.texts[s.Text] = s
			}
		}
	}
	return t
}

// assign returns the article with its final id, or an error naming both
// sources when two different articles of this run were given the same
// id. The same article twice (the same file named twice) keeps its id.
// A given id that the store holds with another text is an update of that
// article, not a clash: the input names it; unless a file's article has
// that id, which no record can update.
func (t *idTracker) assign(a Article) (Article, error) {
	text, report := ContentID(a.Text), TextID(a)
	if a.idFrom == idPath {
		a.ID, a.Origin = t.pathID(a, report)
	} else if prev, clash := t.run[a.ID]; clash && prev.text != text {
		return a, fmt.Errorf("article id %q is already the id of a different article, %s: give each article its own id", a.ID, prev.source)
	} else if s, ok := t.stored[a.ID]; ok && !clash && s.Origin != "" && s.Text != report {
		return a, fmt.Errorf("article id %q is already the id of a different article in the store, read from %s: give this one another id", a.ID, s.Origin)
	}
	if _, ok := t.run[a.ID]; !ok {
		t.run[a.ID] = seenID{source: a.Source, text: text, report: report}
	}
	if a.Origin != "" {
		if _, ok := t.origins[a.Origin]; !ok {
			t.origins[a.Origin] = a.ID
		}
		if _, ok := t.texts[report]; !ok {
			t.texts[report] = Stored{ID: a.ID, Origin: a.Origin, Text: report}
		}
	}
	return a, nil
}

// pathID is the id and origin of a file's article: the id its origin
// already has (the file was read before, through another directory, and
// maybe edited since); else the id of a file with the same text, which is
// the same article: a copy keeps the origin of the file it copies, while
// that file is there, and a file that moved takes it over; else its path
// id if that is free; else the path id with a suffix made from its origin
// (stable when the file is edited; -2, -3 ... should even that be taken).
func (t *idTracker) pathID(a Article, report string) (id, origin string) {
	text := report // the text and its date: see TextID
	if id, ok := t.origins[a.Origin]; ok && a.Origin != "" && t.free(id, text, a.Origin) {
		return id, a.Origin
	}
	if same, ok := t.texts[text]; ok && t.free(same.ID, text, a.Origin) {
		if _, err := os.Stat(same.Origin); err == nil {
			return same.ID, same.Origin
		}
		return same.ID, a.Origin
	}
	tag := a.Origin
	if tag == "" {
		tag = text
	}
	sum := sha256.Sum256([]byte(tag))
	base := a.ID + "-" + hex.EncodeToString(sum[:4])
	id = a.ID
	for n := 1; !t.free(id, text, a.Origin); n++ {
		id = base
		if n > 1 {
			id = fmt.Sprintf("%s-%d", base, n)
		}
	}
	return id, a.Origin
}

// free says whether a file's article may take id: no article has it, or
// the one that has it is this article (the same file again, the same
// text and date read through another path, as when a corpus moved), or
// was stored before stores kept texts and origins (taken over, as it
// always was). text is a TextID.
func (t *idTracker) free(id, text, origin string) bool {
	if p, ok := t.run[id]; ok {
		return p.report == text
	}
	s, ok := t.stored[id]
	return !ok || s.Text == "" || s.Text == text || (origin != "" && s.Origin == origin)
}
