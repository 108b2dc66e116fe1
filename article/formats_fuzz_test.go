package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadFormats writes the input under every extension of a multi-record
// or markup format (.json, .csv, .tsv, .html, .rss, .warc) in a temporary
// directory and reads the directory: nothing panics, every outcome names
// one of the files, and every article is clean (valid UTF-8, text, an id,
// a UTC date or none).
func FuzzReadFormats(f *testing.F) {
	for _, s := range []string{
		`[{"id":"a","date":"March 5, 2024","text":"Ola Dal spoke."},{"maintext":"x","date_publish":1709648520}]`,
		`{"title":"T","maintext":"Siv Berg met Tor Lie.","authors":["A","B"]}`,
		"id,date,text\n1,2024-W10,\"A \"\"quoted\"\" cell\"\n2,05/03/2024,short\n",
		"title\ttext\nx\ty\n",
		newsPage,
		rssFeed,
		atomFeed,
		"WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\n<p>Hello Vesk.</p>\r\n\r\n\r\n",
		"<html><body><time datetime=\"2024-13-45\">x</time><p>Text</p></body></html>",
		"[", "{", ",,,\n", "<rss><channel><item></item></channel></rss>", "",
	} {
		f.Add([]byte(s))
	}
	exts := []string{".json", ".csv", ".tsv", ".html", ".rss", ".warc"}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		for _, e := range exts {
			if err := os.WriteFile(filepath.Join(dir, "in"+e), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		out, err := collect(func(v Visit, r Report) error {
			return Read([]string{dir}, Options{MaxBytes: 1 << 16, Warn: func(*Error) {}}, v, r)
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		for _, o := range out {
			ok := false
			for _, e := range exts {
				if strings.HasPrefix(o.source, filepath.Join(dir, "in"+e)) {
					ok = true
				}
			}
			if !ok {
				t.Fatalf("outcome names %q", o.source)
			}
			if o.art != nil {
				checkArticle(t, o.art)
			} else if o.err.Err == nil || o.err.Error() == "" {
				t.Fatalf("error without a message at %s", o.source)
			}
		}
	})
}
