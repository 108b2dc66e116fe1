package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// storedArticle is what the store says of one article.
type storedArticle struct {
	headline, date, url, author, source string
	strings                             []string // every string literal of the article's quads
}

// storedArticles builds paths into a fresh store and reads back every
// article by id. It fails the test on a non-zero exit unless want says so.
func storedArticles(t *testing.T, want int, args ...string) (map[string]storedArticle, string) {
	t.Helper()
	db := "bbolt:" + filepath.Join(t.TempDir(), "store")
	_, stderr := buildInto(t, db, want, args...)
	return readArticles(t, db), stderr
}

// buildInto runs build into db and returns its output; it fails the test
// unless the exit status is want.
func buildInto(t *testing.T, db string, want int, args ...string) (stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := Main(append([]string{"build", "--db", db, "--progress", "never"}, args...), strings.NewReader(""), &out, &errw)
	require.Equal(t, want, code, "stdout %s\nstderr %s", out.String(), errw.String())
	return out.String(), errw.String()
}

// readArticles reads every article of db back by id.
func readArticles(t *testing.T, db string) map[string]storedArticle {
	t.Helper()
	st, err := graph.Open(context.Background(), db)
	require.NoError(t, err)
	defer st.Close()
	infos, err := st.Articles(context.Background())
	require.NoError(t, err)
	got := map[string]storedArticle{}
	for _, info := range infos {
		qs, err := st.ArticleQuads(context.Background(), info.ID)
		require.NoError(t, err)
		var a storedArticle
		for _, q := range qs {
			v := quad.NativeOf(q.Object)
			s, isStr := v.(string)
			if isStr {
				a.strings = append(a.strings, s)
			}
			if quad.ToString(q.Subject) != "<"+info.IRI+">" {
				continue
			}
			switch quad.ToString(q.Predicate) {
			case "<" + triples.Headline + ">":
				a.headline = s
			case "<" + triples.URL + ">":
				a.url = s
			case "<" + triples.Byline + ">":
				a.author = s
			case "<" + triples.Source + ">":
				a.source = s
			case "<" + triples.DatePublished + ">":
				a.date = q.Object.String()
			}
		}
		got[info.ID] = a
	}
	return got
}

func ids(m map[string]storedArticle) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func putFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

// The silent data loss of issue 18: a/index.txt and b/index.txt, named
// one by one or through their directory, are two articles.
func TestBuildKeepsArticlesWithTheSameFileName(t *testing.T) {
	dir := t.TempDir()
	a := putFile(t, dir, "a/index.txt", " date 2024-03-05 Ola Dal met Siv Berg in Vesk.")
	b := putFile(t, dir, "b/index.txt", " date 2024-03-06 Tor Lie resigned from Nordbank.")
	got, _ := storedArticles(t, ExitOK, dir)
	assert.Equal(t, []string{"a/index", "b/index"}, ids(got))
	got, _ = storedArticles(t, ExitOK, a, b)
	require.Len(t, got, 2)
	assert.Contains(t, got, "index")
	assert.Equal(t, a, got["index"].source)

	// Two records that give one id to different texts: an error naming both.
	j := putFile(t, dir, "dup.jsonl", `{"id":"x","text":"Ola Dal spoke."}`+"\n"+`{"id":"x","text":"Siv Berg spoke."}`+"\n")
	got, stderr := storedArticles(t, ExitSkipped, j)
	assert.Equal(t, []string{"x"}, ids(got))
	assert.Contains(t, stderr, "skipped "+j+`:2: article id "x" is already the id of a different article, `+j+":1")
}

// A file's id does not depend on the directory it is built through: built
// alone (index) and then through its parent (a/index), edited and built
// again, moved, it is one article under the id it was first stored
// under. A different file with the same name, built in a later run, is a
// second article, not a replacement (that lost the first one before).
func TestBuildOneFileIsOneArticleWhateverTheRoot(t *testing.T) {
	dir := t.TempDir()
	db := "bbolt:" + filepath.Join(t.TempDir(), "store")
	a := putFile(t, dir, "a/index.txt", " date 2024-03-05\nOla Dal met Siv Berg in Vesk.\n")
	out, _ := buildInto(t, db, ExitOK, a)
	assert.Contains(t, out, "1 articles (1 new, 0 replaced, 0 unchanged)")
	out, _ = buildInto(t, db, ExitOK, dir)
	assert.Contains(t, out, "1 articles (0 new, 0 replaced, 1 unchanged)")
	assert.Equal(t, []string{"index"}, ids(readArticles(t, db)))

	putFile(t, dir, "a/index.txt", " date 2024-03-05\nOla Dal met Siv Berg in Ullr.\n")
	out, _ = buildInto(t, db, ExitOK, filepath.Join(dir, "a"))
	assert.Contains(t, out, "1 articles (0 new, 1 replaced, 0 unchanged)")
	got := readArticles(t, db)
	require.Equal(t, []string{"index"}, ids(got))
	assert.Contains(t, got["index"].strings, "Ola Dal met Siv Berg in Ullr.", "the edit replaced the article")

	// another file called index, in later runs: alone, then through a
	// root where its path id is index too
	b := putFile(t, dir, "b/index.txt", " date 2024-03-06\nTor Lie resigned from Nordbank.\n")
	buildInto(t, db, ExitOK, b)
	buildInto(t, db, ExitOK, filepath.Join(dir, "b"))
	got = readArticles(t, db)
	require.Len(t, got, 2, "%v", ids(got))
	bID := ids(got)[1]
	assert.Regexp(t, `^index-[0-9a-f]{8}$`, bID)
	assert.Contains(t, got[bID].strings, "Tor Lie resigned from Nordbank.")
	assert.Contains(t, got["index"].strings, "Ola Dal met Siv Berg in Ullr.")

	// the whole tree moved elsewhere: same texts, same ids
	moved := filepath.Join(t.TempDir(), "moved")
	require.NoError(t, os.Rename(dir, moved))
	buildInto(t, db, ExitOK, filepath.Join(moved, "a", "index.txt"), filepath.Join(moved, "b", "index.txt"))
	assert.Equal(t, []string{"index", bID}, ids(readArticles(t, db)))
}

// A changed byline alone refreshes the article (schema:author was not in
// the content hash, so the store kept the old one).
func TestBuildRefreshesAChangedByline(t *testing.T) {
	dir := t.TempDir()
	db := "bbolt:" + filepath.Join(t.TempDir(), "store")
	rec := `{"id":"r1","date":"2024-03-05","author":"%s","text":"Tor Lie resigned from Nordbank."}` + "\n"
	p := putFile(t, dir, "r.jsonl", fmt.Sprintf(rec, "Priya Nandakumar"))
	buildInto(t, db, ExitOK, p)
	assert.Equal(t, "Priya Nandakumar", readArticles(t, db)["r1"].author)
	putFile(t, dir, "r.jsonl", fmt.Sprintf(rec, "Siv Berg"))
	out, _ := buildInto(t, db, ExitOK, p)
	assert.Contains(t, out, "1 articles (0 new, 1 replaced, 0 unchanged)")
	assert.Equal(t, "Siv Berg", readArticles(t, db)["r1"].author)
	out, _ = buildInto(t, db, ExitOK, p)
	assert.Contains(t, out, "1 articles (0 new, 0 replaced, 1 unchanged)")
}

// JSON arrays, scraper records, CSV and a field mapping, with the dates
// of the issue, each in the store with its headline, date and URL.
func TestBuildReadsRecordsAndTables(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, "array.json", `[
 {"id": "r1", "title": "Quay opens", "date": "Tue, 05 Mar 2024 14:22:00 GMT", "url": "https://ledger.example/quay", "text": "Mayor Ines Holt opened the quay in Vesk."},
 {"id": "r2", "date": "March 5, 2024", "text": "Tor Lie resigned from Nordbank."}
]`)
	putFile(t, dir, "np.json", `{"title": "Pier closes", "maintext": "The council of Ullr closed the pier.", "date_publish": "2024-03-05 09:00:00", "authors": ["Priya Nandakumar"], "url": "https://ledger.example/pier"}`)
	putFile(t, dir, "sheet.csv", "id,date,title,text\nc1,1709648520,\"Vote, at last\",\"Siv Berg said: \"\"We voted.\"\"\"\nc2,2024-W10,Week,Ola Dal spoke in Vesk.\n")
	putFile(t, dir, "other.jsonl", `{"key":"o1","words":"Kari Lunde was arrested in Trondheim.","when":"2024-03"}`+"\n")
	got, stderr := storedArticles(t, ExitOK, "--field", "id=key,text=words,date=when", dir)
	assert.Empty(t, stderr)
	require.Equal(t, []string{"c1", "c2", "ledger.example/pier", "o1", "r1", "r2"}, ids(got))
	assert.Equal(t, "Quay opens", got["r1"].headline)
	assert.Equal(t, "https://ledger.example/quay", got["r1"].url)
	assert.Contains(t, got["r1"].date, "2024-03-05")
	assert.Contains(t, got["r2"].date, "2024-03-05")
	assert.Contains(t, got["c1"].date, "2024-03-05")
	assert.Contains(t, got["c2"].date, "2024-03-04")
	assert.Contains(t, got["o1"].date, "2024-03-01")
	assert.Equal(t, "Vote, at last", got["c1"].headline)
	np := got["ledger.example/pier"]
	assert.Equal(t, "Priya Nandakumar", np.author)
	assert.Equal(t, "Pier closes", np.headline)
	for id, a := range got {
		for _, s := range a.strings {
			assert.NotContains(t, s, `""`, "%s: CSV quoting left in %q", id, s)
		}
	}
}

// An ambiguous numeric date warns without --date-order and is read with it.
func TestBuildDateOrder(t *testing.T) {
	dir := t.TempDir()
	p := putFile(t, dir, "d.jsonl", `{"id":"d1","date":"05/03/2024","text":"Ola Dal spoke in Vesk."}`+"\n")
	got, stderr := storedArticles(t, ExitOK, p)
	assert.Equal(t, "", got["d1"].date)
	assert.Contains(t, stderr, "warning "+p+`:1: "date": ambiguous date "05/03/2024"`)
	got, stderr = storedArticles(t, ExitOK, "--date-order", "dmy", p)
	assert.Contains(t, got["d1"].date, "2024-03-05")
	assert.Empty(t, stderr)
	_, stderr = storedArticles(t, ExitUsage, "--date-order", "ymd", p)
	assert.Contains(t, stderr, "--date-order")
}

// A saved page and a feed load with their headline, date and URL, and no
// markup reaches any entity, event or claim.
func TestBuildReadsPagesAndFeeds(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, "page.html", `<!doctype html><html><head><title>Ferry strike | Ledger</title>
<meta property="og:title" content="Ferry crews strike in Vesk">
<meta property="article:published_time" content="2024-03-08T07:00:00Z">
<link rel="canonical" href="https://ledger.example/ferry-strike"></head><body>
<nav><a href="/">Home</a> <a href="/staff">Staff</a></nav>
<div class="promo">Subscribe to the Ledger for 1 krone</div>
<article><h1>Ferry crews strike in Vesk</h1>
<p class="byline">By <a href="/staff/priya">Priya Nandakumar</a></p>
<p>Ferry crews in Vesk went on strike on Friday, the union said. "We have waited long enough," the union leader Siv Berg said at the quay.</p>
<p>The ferry company said talks with the union would resume on Monday in Ullr, and that boats to the islands would not run over the weekend.</p>
</article><aside><a href="/resign">Mayor Ola Dal resigns</a></aside></body></html>`)
	putFile(t, dir, "feed.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>Coastal Ledger</title>
<item><title>Nordbank chief resigns</title><link>https://ledger.example/nordbank</link>
<pubDate>Wed, 06 Mar 2024 09:30:00 +0100</pubDate>
<description>&lt;p&gt;Tor Lie resigned from &lt;a href="/nordbank"&gt;Nordbank&lt;/a&gt; on Wednesday.&lt;/p&gt;</description></item>
</channel></rss>`)
	got, stderr := storedArticles(t, ExitOK, dir)
	assert.Empty(t, stderr)
	require.Equal(t, []string{"ledger.example/nordbank", "page"}, ids(got))
	p := got["page"]
	assert.Equal(t, "Ferry crews strike in Vesk", p.headline)
	assert.Contains(t, p.date, "2024-03-08")
	assert.Equal(t, "https://ledger.example/ferry-strike", p.url)
	assert.Equal(t, "Priya Nandakumar", p.author)
	f := got["ledger.example/nordbank"]
	assert.Equal(t, "Nordbank chief resigns", f.headline)
	assert.Contains(t, f.date, "2024-03-06")
	assert.Equal(t, "https://ledger.example/nordbank", f.url)
	for id, a := range got {
		require.NotEmpty(t, a.strings)
		for _, s := range a.strings {
			for _, junk := range []string{"<", "href", "Subscribe", "Ola Dal", "Home"} {
				assert.NotContains(t, s, junk, "%s: %q", id, s)
			}
		}
	}
}

// build URL... and --urls FILE fetch from a local server only.
func TestBuildFetchesURLs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/story":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><title>Quay opens</title><meta property="article:published_time" content="2024-03-09"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Quay opens</h1><p>Mayor Ines Holt opened the new quay in Vesk on Saturday, the council said. Ferries to Ullr will leave from it from Monday.</p>
<p>The quay cost four million kroner and took two years to build, the harbour master Tor Lie said.</p></article></body></html>`)
		case "/feed":
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>
<entry><title>Storm</title><id>urn:ledger:storm</id><published>2024-03-07T08:00:00Z</published><content>Ferries to Ullr were cancelled on Thursday.</content></entry></feed>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	list := putFile(t, t.TempDir(), "urls.txt", "# reading list\n"+srv.URL+"/feed\n"+srv.URL+"/gone\n")
	got, stderr := storedArticles(t, ExitSkipped, "--urls", list, srv.URL+"/story")
	require.Equal(t, []string{urlID(srv.URL + "/story"), "urn:ledger:storm"}, ids(got))
	story := got[urlID(srv.URL+"/story")]
	assert.Equal(t, "Quay opens", story.headline)
	assert.Contains(t, story.date, "2024-03-09")
	assert.Equal(t, srv.URL+"/story", story.url)
	assert.Contains(t, got["urn:ledger:storm"].date, "2024-03-07")
	assert.Contains(t, stderr, "skipped "+srv.URL+"/gone: HTTP 404")

	code, _, stderr := runMain("build", "--db", "memory:")
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, stderr, "at least one PATH or URL")
	code, _, stderr = runMain("build", "--db", "memory:", "--urls", putFile(t, t.TempDir(), "bad.txt", "not-a-url\n"))
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, stderr, "bad.txt:1")
}

func urlID(u string) string { return article.URLID(u) }
