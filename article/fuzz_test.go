package article

// Fuzz targets for the readers: the seed format and plain text, JSON Lines
// (through the streaming line reader, with tiny buffers and limits so that
// the chunked paths run), standard input sniffing, dates and ids, and
// Read itself through files in a temporary directory.
//
// `go test ./article` runs the seeds and the committed corpus under
// testdata/fuzz; `make fuzz` explores.

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// textSeeds are file contents written for this test: headers, encodings,
// line endings and sizes at the edges.
func textSeeds() [][]byte {
	return [][]byte{
		nil,
		[]byte(""),
		[]byte("\n"),
		[]byte(" date 2024-02-29 Leap day news.\n"),
		[]byte(" date 2024-02-30 Impossible day.\n"),
		[]byte("date 2023-13-01\nBody."),
		[]byte("date\t2021-06-07T08:09:10Z\r\nA body with CRLF.\r\n"),
		[]byte("date 2021-06-07T23:30:00+14:00 Zoned timestamp."),
		[]byte(" date 0000-01-01 Year zero."),
		[]byte(" date 9999-12-31 The last day."),
		[]byte(" date  \n"),
		[]byte(" date 2024-01-01"),
		[]byte(" date 2024-01-01\n\n\n   \t\n"),
		[]byte("\xef\xbb\xbf date 2024-05-06 BOM first."),
		[]byte("\xef\xbb\xbf\xef\xbb\xbf two BOMs"),
		[]byte("\xef\xbb\xbf"),
		[]byte("Plain text.\r\nSecond line.\r\n\r\n"),
		[]byte("a\x00b"),
		[]byte("\x00"),
		[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		[]byte("valid then \xff\xfe invalid"),
		[]byte("line one\nline two \xc3\x28"),
		[]byte("\xed\xa0\x80 encoded surrogate"),
		[]byte("\ufffd replacement \ufffd"),
		[]byte("\f\v\r\r\r"),
		[]byte("RTL: \u202eabc\u202c שלום عربى"),
		[]byte("e\u0301\u0301\u0301 👩‍👩‍👧‍👦 \u200b\u200d\ufeff"),
		bytes.Repeat([]byte("x"), 5000),
		bytes.Repeat([]byte("\""), 5000),
		bytes.Repeat([]byte("\r\n"), 2000),
	}
}

// jsonlSeeds are JSON Lines inputs written for this test.
func jsonlSeeds() [][]byte {
	return [][]byte{
		[]byte(`{"id":"a","date":"2024-01-02","title":"T","url":"http://x","text":"Body."}` + "\n"),
		[]byte(`{"id":"a","text":"one"}` + "\r\n" + `{"id":"b","text":"two"}` + "\r\n"),
		[]byte(`{"id":7,"text":"numeric id"}` + "\n" + `{"id":null,"text":"null id"}` + "\n" + `{"id":"  ","text":"blank id"}`),
		[]byte(`{"id":"x","date":"2024-02-30","text":"impossible"}`),
		[]byte(`{"id":"x","date":"","text":"empty date"}`),
		[]byte(`{"id":"x","date":null,"text":"null date"}`),
		[]byte(`{"id":"x"}`),
		[]byte(`{"id":"x","text":""}`),
		[]byte(`{"id":"x","text":"   \n\t "}`),
		[]byte(`{"id":"x","text":"\u0000\ud800\udc00\ud800 lone"}`),
		[]byte(`{"id":"x","text":"\u202e\u200b"}`),
		[]byte(`{"id":["x"],"text":"array id"}`),
		[]byte(`{"id":{"a":1},"text":"object id"}`),
		[]byte(`{"text":"no id"}`),
		[]byte(`{"text":"dup","text":"keys"}`),
		[]byte(`{"id":"x","text":"trailing"} garbage`),
		[]byte(`{"id":"x","text":"unterminated`),
		[]byte(`[1,2,3]`),
		[]byte(`"just a string"`),
		[]byte(`null`),
		[]byte("{\"id\":\"x\",\"text\":\"bad \xff utf8\"}"),
		[]byte("\n\n\r\n   \n"),
		[]byte("\r\r\r\n{\"text\":\"after CRs\"}\r\r"),
		[]byte("\xef\xbb\xbf{\"text\":\"BOM line\"}"),
		[]byte("{\"text\":\"" + strings.Repeat("y", 300) + "\"}\n{\"text\":\"short\"}"),
		[]byte(strings.Repeat("{", 10_000)),
		[]byte(strings.Repeat(`{"text":"z"}`+"\n", 200)),
	}
}

// byLine is the outcome of one line or file: an article or an error.
type outcome struct {
	source string
	art    *Article
	err    *Error
}

func collect(f func(Visit, Report) error) ([]outcome, error) {
	var out []outcome
	err := f(func(a Article) error { out = append(out, outcome{source: a.Source, art: &a}); return nil },
		func(e *Error) { out = append(out, outcome{source: e.Source, err: e}) })
	return out, err
}

func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.ID) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.URL) {
		t.Fatalf("article %q holds invalid UTF-8", a.ID)
	}
	if strings.TrimSpace(a.Text) == "" {
		t.Fatalf("article %q has empty text", a.ID)
	}
	if a.ID == "" || strings.TrimSpace(a.ID) != a.ID {
		t.Fatalf("article id %q is empty or padded", a.ID)
	}
	if y := a.Date.Year(); !a.Date.IsZero() && (y < 0 || y > 9999) {
		t.Fatalf("article date %v out of range", a.Date)
	}
	if !a.Date.IsZero() && (a.Date.Location() != time.UTC || a.Date.Hour() != 0 || a.Date.Minute() != 0) {
		t.Fatalf("article date %v is not a UTC date", a.Date)
	}
}

// FuzzReadText reads one text file (seed format or plain text): exactly
// one outcome, a clean article or an error naming the file.
func FuzzReadText(f *testing.F) {
	for _, s := range textSeeds() {
		f.Add(s, uint16(0))
		f.Add(s, uint16(16))
	}
	f.Fuzz(func(t *testing.T, data []byte, max uint16) {
		opt := Options{MaxBytes: int(max)}
		if opt.MaxBytes <= 0 {
			opt.MaxBytes = DefaultMaxBytes
		}
		const src = "dir/Some File.txt"
		if sniff(bufio.NewReader(bytes.NewReader(data)), false, kindText) != kindText {
			t.Skip("a page or a feed saved as .txt: read as HTML or a feed (see html_test.go)")
		}
		out, err := collect(func(v Visit, r Report) error {
			return readStream(src, PathID("", src), bytes.NewReader(data), opt, v, r)
		})
		if err != nil {
			t.Fatalf("readStream: %v", err)
		}
		if len(out) != 1 {
			t.Fatalf("%d outcomes for one file: %+v", len(out), out)
		}
		o := out[0]
		if o.source != src {
			t.Fatalf("outcome names %q, not the file", o.source)
		}
		if len(data) > opt.MaxBytes && o.art != nil {
			t.Fatalf("%d bytes read despite a %d-byte limit", len(data), opt.MaxBytes)
		}
		if o.err != nil {
			if o.err.Err == nil || o.err.Error() == "" {
				t.Fatalf("error without a message")
			}
			return
		}
		a := o.art
		checkArticle(t, a)
		if a.ID != "some-file" {
			t.Fatalf("id %q, want the file stem", a.ID)
		}
		// CRLF becomes LF ("\r\r\n" keeps one CR before its LF); one
		// leading byte order mark goes.
		if strings.Contains(a.Text, "\r\n") && !bytes.Contains(data, []byte("\r\r\n")) {
			t.Fatalf("CRLF left in %q", a.Text)
		}
		if strings.HasPrefix(a.Text, "\ufeff") && bytes.Count(data, []byte("\ufeff")) < 2 {
			t.Fatalf("byte order mark left in %q", a.Text)
		}
		if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
			t.Fatalf("binary or non-UTF-8 input accepted")
		}
	})
}

// refLines splits data the simple way: what the streaming reader must agree with.
func refLines(data []byte) [][]byte {
	lines := bytes.Split(data, []byte("\n"))
	if len(lines) > 0 && len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// FuzzReadJSONL compares the streaming JSON Lines reader (with a 16-byte
// buffer, so that long lines arrive in chunks, and a small per-line limit)
// with a reference that splits the whole input on newlines: the same
// outcome, article or error, for every line, named with the right line
// number.
func FuzzReadJSONL(f *testing.F) {
	for _, s := range jsonlSeeds() {
		f.Add(s, uint16(0))
		f.Add(s, uint16(20))
	}
	f.Fuzz(func(t *testing.T, data []byte, max uint16) {
		opt := Options{MaxBytes: int(max)}
		if opt.MaxBytes <= 0 {
			opt.MaxBytes = DefaultMaxBytes
		}
		const src = "in.jsonl"
		got, err := collect(func(v Visit, r Report) error {
			return readJSONL(src, bufio.NewReaderSize(bytes.NewReader(data), 16), opt, v, r)
		})
		if err != nil {
			t.Fatalf("readJSONL: %v", err)
		}
		var want []outcome
		for i, line := range refLines(data) {
			at := fmt.Sprintf("%s:%d", src, i+1)
			if len(line) > opt.MaxBytes {
				want = append(want, outcome{source: at, err: &Error{Source: at}})
				continue
			}
			line = bytes.TrimRight(line, "\r\n")
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			a, perr := parseJSONLine(line, opt, func(error) {})
			if perr != nil {
				want = append(want, outcome{source: at, err: &Error{Source: at, Err: perr}})
				continue
			}
			a.Source = at
			want = append(want, outcome{source: at, art: &a})
		}
		if len(got) != len(want) {
			t.Fatalf("%d outcomes, the reference has %d:\n got %s\nwant %s", len(got), len(want), show(got), show(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.source != w.source || (g.art == nil) != (w.art == nil) {
				t.Fatalf("outcome %d: got %s, want %s", i, show(got[i:i+1]), show(want[i:i+1]))
			}
			if g.art != nil {
				checkArticle(t, g.art)
				if *g.art != *w.art {
					t.Fatalf("line %s: got %+v, want %+v", g.source, *g.art, *w.art)
				}
			}
		}
	})
}

func show(os []outcome) string {
	var b strings.Builder
	for _, o := range os {
		if o.art != nil {
			fmt.Fprintf(&b, "[%s article %q] ", o.source, o.art.ID)
		} else {
			fmt.Fprintf(&b, "[%s error %v] ", o.source, o.err.Err)
		}
	}
	return b.String()
}

// FuzzReadStdin reads standard input, which is JSON Lines when its first
// non-blank byte is '{' and one text article otherwise.
func FuzzReadStdin(f *testing.F) {
	for _, s := range append(textSeeds(), jsonlSeeds()...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := collect(func(v Visit, r Report) error {
			return Read([]string{"-"}, Options{Stdin: bytes.NewReader(data), MaxBytes: 1 << 16}, v, r)
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		trimmed := bytes.TrimLeft(data, " \t\r\n")
		jsonl := bytes.HasPrefix(trimmed, []byte("{")) || bytes.HasPrefix(trimmed, []byte("["))
		if !jsonl && sniff(bufio.NewReader(bytes.NewReader(data)), true, kindText) != kindText {
			return // a page or a feed on standard input
		}
		if !jsonl && len(out) != 1 {
			t.Fatalf("text on stdin: %d outcomes", len(out))
		}
		for _, o := range out {
			if o.art == nil {
				continue
			}
			checkArticle(t, o.art)
			if !jsonl && (o.source != "-" || o.art.ID != ContentID(o.art.Text)) {
				t.Fatalf("stdin text: source %q id %q", o.source, o.art.ID)
			}
			if jsonl && !strings.HasPrefix(o.source, "-:") {
				t.Fatalf("stdin JSON line named %q", o.source)
			}
		}
	})
}

// FuzzRead writes the input as a text file and as a JSON Lines file in a
// temporary directory and reads the directory: every outcome names one of
// the two files, and the text file has exactly one.
func FuzzRead(f *testing.F) {
	for _, s := range textSeeds()[:10] {
		f.Add(s)
	}
	for _, s := range jsonlSeeds()[:10] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		txt := filepath.Join(dir, "a.txt")
		jl := filepath.Join(dir, "b.jsonl")
		if err := os.WriteFile(txt, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(jl, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := collect(func(v Visit, r Report) error { return Read([]string{dir}, Options{}, v, r) })
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		n := 0
		for _, o := range out {
			switch {
			case o.source == txt:
				n++
			case strings.HasPrefix(o.source, jl+":"):
			default:
				t.Fatalf("outcome names %q", o.source)
			}
			if o.art != nil {
				checkArticle(t, o.art)
			}
		}
		if n != 1 {
			t.Fatalf("%d outcomes for the text file", n)
		}
	})
}

// FuzzParseDate: an accepted date is a UTC midnight in years 0..9999 that
// prints and parses back to itself.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "2024-02-30", "0000-01-01", "9999-12-31", "2024-1-2",
		"2024-01-02T25:00", "2024-01-02T10:00:00-23:59", " 2024-01-02 ", "2024-01-02 10:00", "+2024-01-02", "２０２４-01-02", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("error with a date %v", d)
			}
			return
		}
		if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
			t.Fatalf("ParseDate(%q) = %v, not a UTC midnight", s, d)
		}
		back, err := ParseDate(d.Format(time.DateOnly))
		if err != nil || !back.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v does not round-trip: %v %v", s, d, back, err)
		}
	})
}

// FuzzSlugID: ids from file names use only [a-z0-9._-] and never start or
// end with '-' or '.'.
func FuzzSlugID(f *testing.F) {
	for _, s := range []string{"004_955bcc4cf7223aaf", "Notes From Berlin", "..", "-a-", "ÄÖÜ", "\xff", "a.b.c", "🙂", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id := SlugID(s)
		for _, c := range id {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
				t.Fatalf("SlugID(%q) = %q holds %q", s, id, c)
			}
		}
		if strings.Trim(id, "-.") != id {
			t.Fatalf("SlugID(%q) = %q", s, id)
		}
		if SlugID(id) != id {
			t.Fatalf("SlugID is not idempotent on %q", id)
		}
	})
}

// TestJSONLLineLimitIsExact is the regression test for the first finding of
// FuzzReadJSONL (testdata/fuzz/FuzzReadJSONL/lastline-max-plus-one): a last
// line without a newline was allowed one byte more than --max-bytes.
func TestJSONLLineLimitIsExact(t *testing.T) {
	line := `{"text":"ab"}` // 13 bytes
	for _, tc := range []struct {
		data    string
		max     int
		tooLong bool
	}{
		{line, 12, true},
		{line + "\n", 12, true},
		{line + "\r\n", 13, true}, // the CR counts
		{line, 13, false},
		{line + "\n", 13, false},
		{line + "\r\n", 14, false},
	} {
		out, err := collect(func(v Visit, r Report) error {
			return readJSONL("f.jsonl", bufio.NewReaderSize(strings.NewReader(tc.data), 16), Options{MaxBytes: tc.max}, v, r)
		})
		if err != nil || len(out) != 1 {
			t.Fatalf("%q max %d: %v, %d outcomes", tc.data, tc.max, err, len(out))
		}
		if got := out[0].err != nil; got != tc.tooLong {
			t.Errorf("%q with max %d: too long = %v, want %v", tc.data, tc.max, got, tc.tooLong)
		}
	}
}

// TestDirectoryWithNamedPipe is the regression test for a hang: a named pipe
// called *.txt inside an input directory blocked Read forever in os.Open
// (waiting for a writer). Inside directories only regular files are read;
// a pipe named on the command line is still read (process substitution).
func TestDirectoryWithNamedPipe(t *testing.T) {
	mkfifo, err := exec.LookPath("mkfifo")
	if err != nil {
		t.Skip("no mkfifo here")
	}
	dir := t.TempDir()
	write(t, dir, "a.txt", "Anna Berg spoke in Oslo.")
	pipe := filepath.Join(dir, "pipe.txt")
	if out, err := exec.Command(mkfifo, pipe).CombinedOutput(); err != nil {
		t.Skipf("mkfifo: %v %s", err, out)
	}
	done := make(chan struct{})
	var arts []Article
	var errs []*Error
	go func() {
		defer close(done)
		arts, errs = readAll(t, []string{dir}, Options{})
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		// unblock the reader so the test binary can exit
		if f, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("Read blocked on a named pipe inside a directory")
	}
	if len(arts) != 1 || arts[0].ID != "a" {
		t.Errorf("articles: %+v", arts)
	}
	if len(errs) != 1 || errs[0].Source != pipe || !strings.Contains(errs[0].Error(), "not a regular file") {
		t.Errorf("errors: %v", errs)
	}
}
