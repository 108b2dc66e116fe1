package article

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// readWARC reads a web archive (.warc, or .warc.gz with one gzip member per
// record, as Common Crawl's CC-NEWS and Heritrix write them) one record at
// a time with nlnwa/gowarc, the WARC library of the National Library of
// Norway: memory holds one record (gowarc spills a large payload to a
// temporary file). Every response record of an HTML page with status 200,
// and every resource record of one, is an article read like a fetched
// page (its id is its canonical URL, else its WARC-Target-URI); requests,
// metadata, revisits and responses that are not pages (images, scripts,
// style sheets) are not articles. Records are named "path@offset", the
// byte offset of the record in the file.
func readWARC(source string, br *bufio.Reader, opt Options, visit Visit, report Report) error {
	wf, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBufferMaxMemBytes(int64(opt.MaxBytes)))
	if err != nil {
		report(&Error{Source: source, Err: err})
		return nil
	}
	defer wf.Close()
	read := 0
	for {
		rec, err := wf.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			if read == 0 {
				report(&Error{Source: source, Err: errors.New("no WARC record in this file")})
			}
			return nil
		}
		at := fmt.Sprintf("%s@%d", source, rec.Offset)
		if err != nil || rec.WarcRecord == nil {
			report(&Error{Source: at, Err: fmt.Errorf("broken WARC record: %v (the rest of the file is not read)", err)})
			return nil
		}
		read++
		if bad := truncated(rec.Validation); bad != nil {
			rec.WarcRecord.Close()
			report(&Error{Source: at, Err: fmt.Errorf("broken WARC record (cut short?): %v", bad)})
			continue
		}
		a, ok, err := warcArticle(rec.WarcRecord, at, opt)
		rec.WarcRecord.Close()
		if err != nil {
			report(&Error{Source: at, Err: err})
			continue
		}
		if !ok {
			continue
		}
		if err := visit(a); err != nil {
			return err
		}
	}
}

// truncated picks, among gowarc's findings on a record, those that mean
// its content is not all there (a wrong digest alone is common in real
// crawls, where servers recompress, and is let pass).
func truncated(findings []error) error {
	for _, f := range findings {
		msg := f.Error()
		if strings.Contains(msg, "content length mismatch") || strings.Contains(msg, "end of record marker") {
			return f
		}
	}
	return nil
}

// warcArticle reads one record; ok is false for records that are not
// pages.
func warcArticle(wr gowarc.WarcRecord, at string, opt Options) (Article, bool, error) {
	target := wr.WarcHeader().Get(gowarc.WarcTargetURI)
	var body io.Reader
	var contentType string
	switch wr.Type() {
	case gowarc.Response:
		hb, ok := wr.Block().(gowarc.HttpResponseBlock)
		if !ok || hb.HttpStatusCode() != 200 || hb.HttpHeader() == nil {
			return Article{}, false, nil
		}
		contentType = hb.HttpHeader().Get("Content-Type")
		r, err := hb.PayloadBytes()
		if err != nil {
			return Article{}, false, fmt.Errorf("WARC payload: %v", err)
		}
		body = r
	case gowarc.Resource: // the block is the document itself
		contentType = wr.WarcHeader().Get(gowarc.ContentType)
		r, err := wr.Block().RawBytes()
		if err != nil {
			return Article{}, false, fmt.Errorf("WARC payload: %v", err)
		}
		body = r
	default:
		return Article{}, false, nil
	}
	if kindOfType(contentType) != kindHTML {
		return Article{}, false, nil
	}
	data, err := readLimited(body, opt.MaxBytes)
	if err != nil {
		return Article{}, false, err
	}
	a, err := parseHTML(at, "", data, target, contentType, opt, warnAt(opt, at))
	return a, err == nil, err
}
