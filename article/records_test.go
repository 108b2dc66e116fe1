package article

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readWarn collects articles, problems and warnings.
func readWarn(t *testing.T, paths []string, opt Options) ([]Article, []*Error, []*Error) {
	t.Helper()
	var warns []*Error
	opt.Warn = func(e *Error) { warns = append(warns, e) }
	arts, errs := readAll(t, paths, opt)
	return arts, errs, warns
}

func TestJSONArrayOfArticles(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "export.json", `[
  {"id": "a1", "date": "Tue, 05 Mar 2024 14:22:00 GMT", "title": "Ferry  returns", "text": "The ferry to Ullr returned on Monday."},
  {"id": "a2", "date": "March 5, 2024",
   "text": "Mayor Ines Holt opened the new quay."},
  {"id": "a3", "title": "No text"},
  {"id": "a4", "date": "someday", "text": "The port of Vesk reopened."}
]`)
	arts, errs, warns := readWarn(t, []string{p}, Options{})
	require.Len(t, arts, 3)
	assert.Equal(t, []string{"a1", "a2", "a4"}, []string{arts[0].ID, arts[1].ID, arts[2].ID})
	assert.Equal(t, "2024-03-05", arts[0].DateString())
	assert.Equal(t, "Ferry returns", arts[0].Title)
	assert.Equal(t, "2024-03-05", arts[1].DateString())
	assert.Equal(t, p+":2", arts[0].Source)
	assert.Equal(t, p+":3", arts[1].Source, "a record is named by the line it starts on")
	assert.Equal(t, "", arts[2].DateString())
	require.Len(t, errs, 1)
	assert.Equal(t, p+":5", errs[0].Source)
	assert.Contains(t, errs[0].Error(), `no "text" field`)
	require.Len(t, warns, 1)
	assert.Equal(t, p+":6", warns[0].Source)
	assert.Contains(t, warns[0].Error(), "someday")
}

// A news-please record (one JSON object per file, pretty-printed) and a
// trafilatura one are read by their own field names.
func TestScraperRecords(t *testing.T) {
	dir := t.TempDir()
	np := write(t, dir, "newsplease/ab12.json", `{
    "authors": ["Priya Nandakumar", "Tom Eide"],
    "date_download": "2024-03-06 08:00:00",
    "date_publish": "2024-03-05 14:22:00",
    "description": "The council voted.",
    "language": "en",
    "maintext": "The Port Alder council voted on Tuesday to close the north pier.",
    "source_domain": "ledger.example",
    "title": "Council closes pier",
    "url": "https://ledger.example/2024/03/pier"
}`)
	tr := write(t, dir, "trafilatura.json", `{"title": "Storm warning", "author": "Ana Ruiz", "date": "2024-03-07", "raw_text": "A storm warning was issued for Vesk.", "source": "https://weather.example/storm"}`)
	arts, errs := readAll(t, []string{np, tr}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 2)
	a := arts[0]
	assert.Equal(t, "The Port Alder council voted on Tuesday to close the north pier.", a.Text)
	assert.Equal(t, "2024-03-05", a.DateString())
	assert.Equal(t, "Council closes pier", a.Title)
	assert.Equal(t, "https://ledger.example/2024/03/pier", a.URL)
	assert.Equal(t, "Priya Nandakumar, Tom Eide", a.Author)
	assert.Equal(t, "ledger.example/2024/03/pier", a.ID, "a record without an id is named by its URL")
	assert.Equal(t, "A storm warning was issued for Vesk.", arts[1].Text)
	assert.Equal(t, ContentID(arts[1].Text), arts[1].ID, "without an id or a URL, by its text")
	assert.Equal(t, "Ana Ruiz", arts[1].Author)
}

func TestFieldMapping(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "scrape.jsonl", `{"key": "k1", "body_html_free": "Ola Dal met Siv Berg.", "when": "2024-03-05", "description": "short"}`+"\n")
	_, errs := readAll(t, []string{p}, Options{})
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "--field text=NAME")

	f, err := ParseFields("text=body_html_free, date=when,id=key")
	require.NoError(t, err)
	arts, errs := readAll(t, []string{p}, Options{Fields: f})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.Equal(t, "k1", arts[0].ID)
	assert.Equal(t, "Ola Dal met Siv Berg.", arts[0].Text)
	assert.Equal(t, "2024-03-05", arts[0].DateString())

	for _, bad := range []string{"text", "body=x", "text="} {
		_, err := ParseFields(bad)
		assert.Error(t, err, bad)
	}
}

func TestCSVAndTSV(t *testing.T) {
	dir := t.TempDir()
	csvPath := write(t, dir, "sheet.csv", "id,date,title,text\r\n"+
		`c1,2024-03-05,"Quay, reopened","Mayor Ines Holt said: ""It is open."" The crowd cheered."`+"\r\n"+
		`c2,05/03/2024,Two lines,"First paragraph.`+"\n\n"+`Second paragraph."`+"\r\n"+
		"c3,2024-03-07,Short row\r\n"+
		`c4,,,"Undated text."`+"\r\n")
	arts, errs, warns := readWarn(t, []string{csvPath}, Options{})
	require.Len(t, arts, 3)
	assert.Equal(t, "c1", arts[0].ID)
	assert.Equal(t, "Quay, reopened", arts[0].Title)
	assert.Equal(t, `Mayor Ines Holt said: "It is open." The crowd cheered.`, arts[0].Text, "CSV quoting is undone, not read as a quotation")
	assert.Equal(t, csvPath+":2", arts[0].Source)
	assert.Equal(t, "First paragraph.\n\nSecond paragraph.", arts[1].Text)
	assert.Equal(t, csvPath+":3", arts[1].Source)
	assert.Equal(t, "", arts[1].DateString(), "05/03/2024 is ambiguous without --date-order")
	require.Len(t, warns, 1)
	assert.Equal(t, csvPath+":3", warns[0].Source)
	require.Len(t, errs, 1)
	assert.Equal(t, csvPath+":6", errs[0].Source, "the short row is on line 6: a quoted newline counts")
	assert.Contains(t, errs[0].Error(), "3 fields, the header has 4")
	assert.Equal(t, csvPath+":7", arts[2].Source)

	arts, _, warns = readWarn(t, []string{csvPath}, Options{DateOrder: DayFirst})
	assert.Equal(t, "2024-03-05", arts[1].DateString())
	assert.Empty(t, warns)

	tsv := write(t, dir, "sheet.tsv", "headline\tpublished\tcontent\n"+
		"Pier \"closed\"\t2024-03-08\tThe pier closed after the storm.\n")
	arts, errs = readAll(t, []string{tsv}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.Equal(t, `Pier "closed"`, arts[0].Title)
	assert.Equal(t, "2024-03-08", arts[0].DateString())

	noText := write(t, dir, "notext.csv", "id,summary\n1,hello\n")
	_, errs = readAll(t, []string{noText}, Options{})
	require.Len(t, errs, 1)
	assert.Equal(t, noText+":1", errs[0].Source)
	assert.Contains(t, errs[0].Error(), "no text column")
}

// a/index.txt and b/index.txt are two articles; so are feed items with
// different guids. The same file named twice is one article.
func TestIDsNeverCollideSilently(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a/index.txt", "Ola Dal spoke in Vesk.")
	b := write(t, dir, "b/index.txt", "Siv Berg spoke in Ullr.")
	arts, errs := readAll(t, []string{dir}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 2)
	assert.Equal(t, "a/index", arts[0].ID)
	assert.Equal(t, "b/index", arts[1].ID)

	// named one by one, each is its own root: the second takes a suffix
	arts, errs = readAll(t, []string{a, b, a}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 3)
	assert.Equal(t, "index", arts[0].ID)
	assert.True(t, strings.HasPrefix(arts[1].ID, "index-"), arts[1].ID)
	assert.NotEqual(t, arts[0].ID, arts[1].ID)
	assert.Equal(t, "index", arts[2].ID, "the same file again is the same article")

	// two different records that give one id: an error naming both
	j := write(t, dir, "feed.jsonl", `{"id":"x","text":"One story."}`+"\n"+`{"id":"x","text":"Another story."}`+"\n"+`{"id":"x","text":"One story."}`+"\n")
	arts, errs = readAll(t, []string{j}, Options{})
	require.Len(t, arts, 2)
	require.Len(t, errs, 1)
	assert.Equal(t, j+":2", errs[0].Source)
	assert.Contains(t, errs[0].Error(), j+":1")
	assert.Contains(t, errs[0].Error(), `"x"`)
}

// With the store's articles in Options.Stored, a file takes the id it is
// stored under, whatever root names it; a new file never takes a stored
// article's id; and articles stored before origins were kept are taken
// over by their path id as before.
func TestStoredIDsFollowTheFile(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a/index.txt", "Ola Dal spoke in Vesk.")
	b := write(t, dir, "b/index.txt", "Siv Berg spoke in Ullr.")
	alone, errs := readAll(t, []string{a}, Options{})
	require.Empty(t, errs)
	require.Len(t, alone, 1)
	assert.Equal(t, "index", alone[0].ID)
	assert.Equal(t, originOf(a), alone[0].Origin)
	assert.True(t, filepath.IsAbs(alone[0].Origin))
	stored := []Stored{{ID: "index", Origin: alone[0].Origin, Text: ContentID(alone[0].Text)}}

	arts, errs := readAll(t, []string{dir}, Options{Stored: stored})
	require.Empty(t, errs)
	require.Len(t, arts, 2)
	assert.Equal(t, "index", arts[0].ID, "a/index.txt keeps its stored id")
	assert.Equal(t, "b/index", arts[1].ID)

	// b alone: its path id is a's, so it takes a suffix from its origin
	write(t, dir, "a/index.txt", "Ola Dal spoke in Ullr.") // a edited: still index
	arts, errs = readAll(t, []string{b, a}, Options{Stored: stored})
	require.Empty(t, errs)
	require.Len(t, arts, 2)
	assert.Regexp(t, `^index-[0-9a-f]{8}$`, arts[0].ID)
	assert.Equal(t, "index", arts[1].ID)
	again, _ := readAll(t, []string{b}, Options{Stored: stored})
	assert.Equal(t, arts[0].ID, again[0].ID, "the suffix is the same in every run")

	// a copy of a stored file elsewhere (or the corpus moved) is that article
	c := write(t, t.TempDir(), "elsewhere.txt", "Ola Dal spoke in Vesk.")
	arts, _ = readAll(t, []string{c}, Options{Stored: stored})
	assert.Equal(t, "index", arts[0].ID)
	assert.Equal(t, originOf(a), arts[0].Origin, "a copy keeps the origin of the file it copies while that is there")
	gone := []Stored{{ID: "index", Origin: filepath.Join(dir, "gone.txt"), Text: stored[0].Text}}
	arts, _ = readAll(t, []string{c}, Options{Stored: gone})
	assert.Equal(t, "index", arts[0].ID)
	assert.Equal(t, originOf(c), arts[0].Origin, "a file that moved takes its article over")

	// stored before origins and texts were kept: the path id, as before
	arts, _ = readAll(t, []string{b}, Options{Stored: []Stored{{ID: "index"}}})
	assert.Equal(t, "index", arts[0].ID)
	// a record's given id is never changed by the store, and does not
	// replace a file's article
	j := write(t, dir, "r.jsonl", `{"id":"index","text":"Tor Lie spoke."}`+"\n"+`{"id":"r2","text":"Tor Lie spoke."}`+"\n")
	arts, errs = readAll(t, []string{j}, Options{Stored: append(stored, Stored{ID: "r2", Text: "sha256-0"})})
	require.Len(t, errs, 1)
	assert.Equal(t, j+":1", errs[0].Source)
	assert.Contains(t, errs[0].Error(), `article id "index" is already the id of a different article in the store, read from `+originOf(a))
	require.Len(t, arts, 1)
	assert.Equal(t, "r2", arts[0].ID, "a stored record is updated")
	assert.Empty(t, arts[0].Origin)
}

func TestPathID(t *testing.T) {
	assert.Equal(t, "004_955b", PathID("", filepath.Join("seeds", "004_955b.txt")))
	assert.Equal(t, "004_955b", PathID("seeds", filepath.Join("seeds", "004_955b.txt")))
	assert.Equal(t, "2024/notes-from-berlin", PathID("in", filepath.Join("in", "2024", "Notes From Berlin.md")))
	assert.Equal(t, "crawl", PathID("", "crawl.warc.gz"))
}

// The same text under two dates is two reports (a wire story reprinted a
// week later): both are kept, with the same ids whatever the order they
// are read in; the same text and date elsewhere is a copy, one article.
func TestSameTextAnotherDateIsAnotherArticle(t *testing.T) {
	dir := t.TempDir()
	body := "Ola Dal met Siv Berg in Vesk on Monday.\n"
	a := write(t, dir, "mon.txt", " date 2024-03-04\n"+body)
	b := write(t, dir, "fri.txt", " date 2024-03-08\n"+body)
	c := write(t, t.TempDir(), "copy.txt", " date 2024-03-04\n"+body)
	ids := func(paths ...string) map[string]string {
		arts, errs := readAll(t, paths, Options{})
		require.Empty(t, errs)
		out := map[string]string{}
		for _, x := range arts {
			out[x.ID] = x.DateString()
		}
		return out
	}
	want := map[string]string{"mon": "2024-03-04", "fri": "2024-03-08"}
	assert.Equal(t, want, ids(a, b))
	assert.Equal(t, want, ids(b, a))
	assert.Equal(t, map[string]string{"mon": "2024-03-04"}, ids(a, c), "a copy with the same date is the same article")
	assert.NotEqual(t, TextID(Article{Text: body}), TextID(Article{Text: body, Date: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)}))
}
