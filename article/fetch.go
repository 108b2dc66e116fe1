package article

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strings"
	"time"
)

// Fetcher fetches the http(s) URLs that Read is given.
type Fetcher interface {
	Fetch(ctx context.Context, url string) (*Page, error)
}

// Page is a fetched document.
type Page struct {
	URL         string // after redirects
	ContentType string
	Body        []byte // decompressed
}

// HTTPOptions bound what fetching a URL may cost.
type HTTPOptions struct {
	Timeout      time.Duration // the whole request, body included (default 30s)
	MaxBytes     int64         // body size limit (default: containerFactor × DefaultMaxBytes)
	MaxRedirects int           // default 5; a negative value follows none
	UserAgent    string        // default DefaultUserAgent
}

// DefaultUserAgent names the program, so that a site's operator can tell
// what is fetching.
const DefaultUserAgent = "newsgraph (news article reader; +https://github.com/newsgraph/newsgraph)"

// HTTPFetcher fetches with net/http: a timeout for the whole request,
// redirects limited, a size limit, a User-Agent, and gzip (the transport
// asks for it and decompresses it).
type HTTPFetcher struct {
	opt    HTTPOptions
	client *http.Client
}

// NewHTTPFetcher applies the defaults of HTTPOptions.
func NewHTTPFetcher(o HTTPOptions) *HTTPFetcher {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = containerFactor * DefaultMaxBytes
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = 5
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	c := &http.Client{Timeout: o.Timeout}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > o.MaxRedirects {
			return fmt.Errorf("more than %d redirects", max(o.MaxRedirects, 0))
		}
		req.Header.Set("User-Agent", o.UserAgent)
		return nil
	}
	return &HTTPFetcher{opt: o, client: c}
}

// Fetch gets one URL; any status but 200 is an error.
func (f *HTTPFetcher) Fetch(ctx context.Context, url string) (*Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %v", err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		var ue interface{ Timeout() bool }
		if errors.As(err, &ue) && ue.Timeout() {
			return nil, fmt.Errorf("no answer within %v (--fetch-timeout)", f.opt.Timeout)
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading the body: %v", err)
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return nil, fmt.Errorf("larger than the %d-byte limit for a fetched page", f.opt.MaxBytes)
	}
	return &Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// readURL fetches a page or a feed and reads it by its Content-Type (or,
// when that says nothing useful, by its first bytes). A page's id is its
// canonical URL, as URLID makes it.
func readURL(u string, opt Options, visit Visit, report Report) error {
	if opt.Fetch == nil {
		report(&Error{Source: u, Err: errors.New("URLs are read only by build and extract")})
		return nil
	}
	page, err := opt.Fetch.Fetch(context.Background(), u)
	if err != nil {
		report(&Error{Source: u, Err: err})
		return nil
	}
	k := kindOfType(page.ContentType)
	switch k {
	case kindNone, kindText:
		k = sniff(bufio.NewReader(bytes.NewReader(page.Body)), false, kindText)
	case kindXML:
		k = sniff(bufio.NewReader(bytes.NewReader(page.Body)), false, kindXML)
	}
	switch k {
	case kindFeed:
		return readFeed(u, page.Body, opt, visit, report)
	case kindHTML:
		a, err := parseHTML(u, "", page.Body, page.URL, page.ContentType, opt, warnAt(opt, u))
		if err != nil {
			report(&Error{Source: u, Err: err})
			return nil
		}
		return visit(a)
	case kindXML:
		report(&Error{Source: u, Err: errors.New("an XML document that is neither an RSS nor an Atom feed")})
		return nil
	case kindText:
		a, err := parseText(u, URLID(page.URL), page.Body, opt, warnAt(opt, u))
		if err != nil {
			report(&Error{Source: u, Err: err})
			return nil
		}
		a.URL, a.idFrom = page.URL, idGiven
		return visit(a)
	}
	// JSON and the rest: the readers of files, named by the URL.
	return readStreamAs(u, k, bytes.NewReader(page.Body), opt, visit, report)
}

// kindOfType maps a Content-Type to a format.
func kindOfType(ct string) kind {
	mt, _, _ := mime.ParseMediaType(ct)
	switch {
	case mt == "text/html", mt == "application/xhtml+xml":
		return kindHTML
	case mt == "application/rss+xml", mt == "application/atom+xml", mt == "application/rdf+xml":
		return kindFeed
	case mt == "application/xml", mt == "text/xml":
		return kindXML
	case mt == "application/json":
		return kindJSON
	case mt == "application/x-ndjson", mt == "application/jsonl":
		return kindJSONL
	case mt == "text/csv":
		return kindCSV
	case mt == "text/tab-separated-values":
		return kindTSV
	case mt == "text/plain", strings.HasPrefix(mt, "text/"):
		return kindText
	}
	return kindNone
}

// ReadURLList reads a --urls file: one URL a line; blank lines and lines
// starting with # are skipped. A line that is not an http(s) URL is an
// error naming it.
func ReadURLList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, cleanErr(err)
	}
	var out []string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !IsURL(line) {
			return nil, fmt.Errorf("%s:%d: %q is not an http:// or https:// URL", path, i+1, line)
		}
		out = append(out, line)
	}
	return out, nil
}
