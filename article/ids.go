package article

import (
	"fmt"
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
	// b/index.txt) both stay: the later one takes a suffix from its text.
	idPath
	// idContent: a hash of the text; the same id is the same text.
	idContent
)

// PathID is the id of a file's article: its path below root (the
// directory named on the command line) without extension, each part as
// SlugID makes it, joined by '/'. A file named directly is its own root,
// so seeds/004_955b.txt is 004_955b either way.
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

// idTracker remembers every id of a run, so that no article silently
// replaces another with the same id.
type idTracker struct {
	seen map[string]seenID
}

type seenID struct {
	source string
	text   string // ContentID of the text
}

// assign returns the article with its final id, or an error naming both
// sources when two different articles were given the same id. The same
// article twice (the same file named twice) keeps its id.
func (t *idTracker) assign(a Article) (Article, error) {
	if t.seen == nil {
		t.seen = map[string]seenID{}
	}
	key := ContentID(a.Text)
	prev, clash := t.seen[a.ID]
	if clash && prev.text != key {
		if a.idFrom != idPath {
			return a, fmt.Errorf("article id %q is already the id of a different article, %s: give each article its own id", a.ID, prev.source)
		}
		base := a.ID + "-" + strings.TrimPrefix(key, "sha256-")[:8]
		a.ID = base
		for n := 2; ; n++ {
			if p, taken := t.seen[a.ID]; !taken || p.text == key {
				break
			}
			a.ID = fmt.Sprintf("%s-%d", base, n)
		}
	}
	if _, ok := t.seen[a.ID]; !ok {
		t.seen[a.ID] = seenID{source: a.Source, text: key}
	}
	return a, nil
}
