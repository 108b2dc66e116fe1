package article

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gowarc "github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// warcRecord builds one record with gowarc's builder.
func warcRecord(t *testing.T, typ gowarc.RecordType, target, contentType, block string) gowarc.WarcRecord {
	t.Helper()
	b := gowarc.NewRecordBuilder(typ, gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithFixDigest(true))
	_, err := b.WriteString(block)
	require.NoError(t, err)
	b.AddWarcHeader(gowarc.WarcDate, "2024-03-06T08:00:00Z")
	if target != "" {
		b.AddWarcHeader(gowarc.WarcTargetURI, target)
	}
	b.AddWarcHeader(gowarc.ContentType, contentType)
	r, _, err := b.Build()
	require.NoError(t, err)
	return r
}

func httpResponse(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// writeWARC writes the records as a .warc, or as a .warc.gz with one gzip
// member per record.
func writeWARC(t *testing.T, path string, recs []gowarc.WarcRecord) {
	t.Helper()
	var out bytes.Buffer
	m := gowarc.NewMarshaler()
	for _, r := range recs {
		if strings.HasSuffix(path, ".gz") {
			gz := gzip.NewWriter(&out)
			_, _, err := m.Marshal(gz, r, 0)
			require.NoError(t, err)
			require.NoError(t, gz.Close())
		} else {
			_, _, err := m.Marshal(&out, r, 0)
			require.NoError(t, err)
		}
	}
	require.NoError(t, os.WriteFile(path, out.Bytes(), 0o644))
}

func crawl(t *testing.T) []gowarc.WarcRecord {
	storm := `<html><head><title>Storm | Ledger</title><meta property="article:published_time" content="2024-03-07"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Storm closes the ferries</h1><p>Ferries to Ullr were cancelled on Thursday as a storm reached Vesk, the county said.</p>
<p>Schools closed early and residents were asked to stay indoors overnight.</p></article></body></html>`
	return []gowarc.WarcRecord{
		warcRecord(t, gowarc.Warcinfo, "", "application/warc-fields", "software: newsgraph test\r\n"),
		warcRecord(t, gowarc.Request, "https://ledger.example/2024/03/05/pier", "application/http;msgtype=request",
			"GET /2024/03/05/pier HTTP/1.1\r\nHost: ledger.example\r\n\r\n"),
		warcRecord(t, gowarc.Response, "https://ledger.example/2024/03/05/pier", "application/http;msgtype=response",
			httpResponse("200 OK", "text/html; charset=utf-8", newsPage)),
		warcRecord(t, gowarc.Response, "https://ledger.example/logo.png", "application/http;msgtype=response",
			httpResponse("200 OK", "image/png", "\x89PNG\r\n\x1a\n")),
		warcRecord(t, gowarc.Response, "https://ledger.example/gone", "application/http;msgtype=response",
			httpResponse("404 Not Found", "text/html", "<html><body>Not here</body></html>")),
		warcRecord(t, gowarc.Resource, "https://ledger.example/2024/03/07/storm", "text/html", storm),
	}
}

func TestWARC(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			writeWARC(t, p, crawl(t))
			arts, errs := readAll(t, []string{p}, Options{})
			require.Empty(t, errs)
			require.Len(t, arts, 2, "the page response and the page resource; not the request, image or 404")
			pier := arts[0]
			assert.Equal(t, "ledger.example/2024/03/05/pier", pier.ID, "the canonical URL")
			assert.Equal(t, "Port Alder council closes the north pier", pier.Title)
			assert.Equal(t, "2024-03-05", pier.DateString())
			assert.True(t, strings.HasPrefix(pier.Source, p+"@"), pier.Source)
			assert.NotContains(t, pier.Text, "Advertisement")
			storm := arts[1]
			assert.Equal(t, "ledger.example/2024/03/07/storm", storm.ID, "no canonical link: the target URI")
			assert.Equal(t, "Storm closes the ferries", storm.Title, "the <h1>, not the <title> with the site name")
			assert.Equal(t, "2024-03-07", storm.DateString())
			assert.Contains(t, storm.Text, "Ferries to Ullr were cancelled")
		})
	}
	// a file cut in the middle of a record: the records before it load
	whole, err := os.ReadFile(filepath.Join(dir, "crawl.warc"))
	require.NoError(t, err)
	cut := filepath.Join(dir, "cut.warc")
	i := bytes.Index(whole, []byte("Ferries to Ullr were"))
	require.Positive(t, i)
	require.NoError(t, os.WriteFile(cut, whole[:i], 0o644))
	arts, errs := readAll(t, []string{cut}, Options{})
	assert.Len(t, arts, 1)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "broken WARC record")
	assert.True(t, strings.HasPrefix(errs[0].Source, cut+"@"))

	notWARC := filepath.Join(dir, "notes.warc")
	require.NoError(t, os.WriteFile(notWARC, []byte("just text\n"), 0o644))
	_, errs = readAll(t, []string{notWARC}, Options{})
	require.Len(t, errs, 1)
}
