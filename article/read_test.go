package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

// readAll collects articles and problems.
func readAll(t *testing.T, paths []string, opt Options) ([]Article, []*Error) {
	t.Helper()
	var arts []Article
	var errs []*Error
	err := Read(paths, opt, func(a Article) error { arts = append(arts, a); return nil },
		func(e *Error) { errs = append(errs, e) })
	require.NoError(t, err)
	return arts, errs
}

func TestSeedFormatHeaderOnSameLine(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "017_ab.txt", " date 2023-03-04 The mayor opened a bridge.\n\nShe said it was overdue.\n")
	arts, errs := readAll(t, []string{p}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	a := arts[0]
	assert.Equal(t, "017_ab", a.ID)
	assert.Equal(t, "2023-03-04", a.DateString())
	assert.Equal(t, "The mayor opened a bridge.\n\nShe said it was overdue.", a.Text)
	assert.Equal(t, p, a.Source)
}

// A body pasted from another file keeps no byte order mark after the
// header, and a body of nothing else is empty.
func TestByteOrderMarkAfterTheHeaderGoes(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "bom.txt", " date 2023-03-04\n\ufeffThe ferry resumed.\n")
	q := write(t, dir, "bom-only.txt", " date 2023-03-04 \ufeff")
	arts, errs := readAll(t, []string{p, q}, Options{})
	require.Len(t, arts, 1)
	assert.NotContains(t, arts[0].Text, "\ufeff")
	assert.Equal(t, "The ferry resumed.", strings.TrimLeft(arts[0].Text, "\n"))
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "empty article")
}

func TestPlainTextTakesDateOption(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "Notes From Berlin.md", "\xef\xbb\xbfParliament met on Tuesday.\r\nIt voted.\r\n")
	d := time.Date(2022, 5, 6, 0, 0, 0, 0, time.UTC)
	arts, errs := readAll(t, []string{p}, Options{Date: d})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.Equal(t, "notes-from-berlin", arts[0].ID)
	assert.Equal(t, "2022-05-06", arts[0].DateString())
	assert.Equal(t, "Parliament met on Tuesday.\nIt voted.", arts[0].Text, "BOM and CRLF are normalized")

	arts, _ = readAll(t, []string{p}, Options{})
	assert.Equal(t, "", arts[0].DateString(), "no header and no option: date unknown")
}

func TestBadFilesAreReportedAndTheRestLoads(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a_good.txt", " date 2024-01-02 A good article.")
	write(t, dir, "b_empty.txt", "")
	write(t, dir, "c_binary.txt", "abc\x00def")
	write(t, dir, "d_latin1.txt", "caf\xe9 society")
	write(t, dir, "e_baddate.txt", " date 2024-02-30 Impossible day.")
	write(t, dir, "f_header_only.txt", " date 2024-02-03 ")
	write(t, dir, "sub/g_good.md", "Another good one.")
	write(t, dir, "ignored.bin", "not an article extension")
	var warns []*Error
	arts, errs := readAll(t, []string{dir}, Options{Warn: func(e *Error) { warns = append(warns, e) }})

	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	// a file below a subdirectory is named by its path from the root
	assert.Equal(t, []string{"a_good", "e_baddate", "sub/g_good"}, ids)
	assert.Equal(t, "", arts[1].DateString(), "an impossible date leaves the article undated")
	msgs := map[string]string{}
	for _, e := range errs {
		msgs[filepath.Base(e.Source)] = e.Err.Error()
	}
	assert.Len(t, errs, 4)
	assert.Contains(t, msgs["b_empty.txt"], "empty")
	assert.Contains(t, msgs["c_binary.txt"], "not a text file")
	assert.Contains(t, msgs["d_latin1.txt"], "not valid UTF-8")
	assert.Contains(t, msgs["f_header_only.txt"], "empty article")
	require.Len(t, warns, 1)
	assert.Equal(t, filepath.Join(dir, "e_baddate.txt"), warns[0].Source)
	assert.Contains(t, warns[0].Error(), "line 1: date header")
	assert.Contains(t, warns[0].Error(), "2024-02-30")
}

func TestJSONLinesNameTheBrokenLine(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "batch.jsonl", strings.Join([]string{
		`{"id": "x1", "date": "2021-07-08", "title": "T", "url": "https://example.org/x1", "text": "Hello there."}`,
		`{"id": "x2", "text": "broken`,
		``,
		`{"id": 7, "text": "Numeric id."}`,
		`{"text": "No id here."}`,
		`{"id": "x5", "date": "July 8", "text": "Bad date."}`,
		`{"id": "x6"}`,
	}, "\n"))
	var warns []*Error
	arts, errs := readAll(t, []string{p}, Options{Warn: func(e *Error) { warns = append(warns, e) }})
	require.Len(t, arts, 4)
	assert.Equal(t, "x1", arts[0].ID)
	assert.Equal(t, "2021-07-08", arts[0].DateString())
	assert.Equal(t, "https://example.org/x1", arts[0].URL)
	assert.Equal(t, p+":1", arts[0].Source)
	assert.Equal(t, "7", arts[1].ID)
	assert.Equal(t, ContentID("No id here."), arts[2].ID)
	assert.Equal(t, "x5", arts[3].ID, "a date that cannot be read costs no article")
	assert.True(t, arts[3].Date.IsZero())
	require.Len(t, errs, 2)
	assert.Equal(t, p+":2", errs[0].Source)
	assert.Contains(t, errs[0].Err.Error(), "broken JSON")
	assert.Equal(t, p+":7", errs[1].Source)
	assert.Contains(t, errs[1].Err.Error(), `no "text"`)
	require.Len(t, warns, 1)
	assert.Equal(t, p+":6", warns[0].Source)
	assert.Contains(t, warns[0].Error(), `"July 8"`)
}

func TestSizeLimit(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "big.txt", strings.Repeat("word ", 100))
	q := write(t, dir, "big.jsonl", `{"id":"a","text":"`+strings.Repeat("w", 100)+`"}`+"\n"+`{"id":"b","text":"short"}`)
	arts, errs := readAll(t, []string{p, q}, Options{MaxBytes: 50})
	require.Len(t, arts, 1)
	assert.Equal(t, "b", arts[0].ID)
	require.Len(t, errs, 2)
	assert.Contains(t, errs[0].Err.Error(), "limit")
	assert.Equal(t, q+":1", errs[1].Source)
}

func TestStdinAndGlob(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "one.txt", "First.")
	write(t, dir, "two.txt", "Second.")
	write(t, dir, "three.md", "Third.")
	arts, errs := readAll(t, []string{filepath.Join(dir, "*.txt"), "-"},
		Options{Stdin: strings.NewReader("From stdin.")})
	require.Empty(t, errs)
	require.Len(t, arts, 3)
	assert.Equal(t, "one", arts[0].ID)
	assert.Equal(t, "two", arts[1].ID)
	assert.Equal(t, "-", arts[2].Source)
	assert.Equal(t, ContentID("From stdin."), arts[2].ID)

	_, errs = readAll(t, []string{filepath.Join(dir, "*.none"), filepath.Join(dir, "missing.txt")}, Options{})
	require.Len(t, errs, 2)
	assert.Contains(t, errs[0].Error(), "no file matches")
	assert.Contains(t, errs[1].Error(), "missing.txt")
}

func TestSymlinkLoopIsReportedOnce(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "An article.")
	require.NoError(t, os.Symlink(dir, filepath.Join(dir, "loop")))
	arts, errs := readAll(t, []string{dir}, Options{})
	require.Len(t, arts, 1)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "loop")
}

func TestParseDate(t *testing.T) {
	for _, ok := range []string{"2024-07-11T23:30:00-07:00", "2024-07-11T10:00", "2024-07-11 10:00:05", " 2024-07-11 "} {
		d, err := ParseDate(ok)
		require.NoError(t, err, ok)
		assert.Equal(t, "2024-07-11", d.Format(time.DateOnly), ok)
	}
	for _, bad := range []string{"2024-13-01", "2023-02-29", "11/07/2024", ""} {
		_, err := ParseDate(bad)
		assert.Error(t, err, bad)
	}
}
