package article

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// DefaultMaxBytes bounds one article (a file, or a JSON line) so that a
// runaway input cannot exhaust memory.
const DefaultMaxBytes = 8 << 20

// containerFactor: a feed, read whole, may be this many times MaxBytes.
const containerFactor = 16

// Options control reading.
type Options struct {
	// Date applies to articles that carry no (readable) date.
	Date time.Time
	// DateOrder reads numeric dates such as 05/03/2024 (default: only
	// when unambiguous).
	DateOrder DateOrder
	// Fields names the record fields of JSON and CSV inputs that hold
	// the article's fields, where they are not the usual names.
	Fields Fields
	// MaxBytes is the size limit of one article; 0 means DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Warn receives problems that cost no article, such as a date that
	// cannot be read (the article is kept undated); nil drops them.
	Warn Report
	// Fetch reads the paths that are http:// or https:// URLs; nil
	// reports them as inputs that cannot be read.
	Fetch Fetcher
	// Stored lists the articles a store already holds, so that a file
	// keeps the id it was stored under (see Stored); nil reads without
	// a store.
	Stored []Stored
	// Progress, when set, is told how many bytes of the input files have
	// been read (for a progress bar against InputSize).
	Progress func(n int64)
	// Tokenized reads CoNLL-U input as its words and sentences
	// (Article.Tokens) instead of as raw text.
	Tokenized bool
}

// InputSize is the size in bytes of the files under paths, as Read will
// find them; -1 when some input has no size known in advance (standard
// input, a URL). Problems are left for Read to report.
func InputSize(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" || IsURL(p) {
			return -1
		}
		files, err := expand(p, func(*Error) {})
		if err != nil {
			continue
		}
		for _, f := range files {
			if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
				total += info.Size()
			}
		}
	}
	return total
}

// countingReader tells Progress what it reads.
type countingReader struct {
	r    io.Reader
	tell func(int64)
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.tell(int64(n))
	}
	return n, err
}

// Visit is called for each article read; returning an error stops reading.
type Visit func(Article) error

// Report is called for each input that could not be read; reading goes on.
type Report func(*Error)

// Read reads every article under paths (files, directories read
// recursively in name order, glob patterns, URLs, or "-" for standard
// input) in a deterministic order. Problems with one input are passed to
// report and do not stop the batch; an error returned by visit does.
// No two different articles leave Read with the same id (see ids.go).
func Read(paths []string, opt Options, visit Visit, report Report) error {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	ids := newIDTracker(opt.Stored)
	checked := func(a Article) error {
		a, err := ids.assign(a)
		if err != nil {
			report(&Error{Source: a.Source, Err: err})
			return nil
		}
		return visit(a)
	}
	for _, p := range paths {
		if p == "-" {
			in := opt.Stdin
			if in == nil {
				in = os.Stdin
			}
			if err := readStream("-", "", in, opt, checked, report); err != nil {
				return err
			}
			continue
		}
		if IsURL(p) {
			if err := readURL(p, opt, checked, report); err != nil {
				return err
			}
			continue
		}
		files, err := expand(p, report)
		if err != nil {
			report(&Error{Source: p, Err: err})
			continue
		}
		root := p
		if info, err := os.Stat(p); err != nil || !info.IsDir() {
			root = "" // a file or a glob: each file is its own root
		}
		for _, f := range files {
			if err := readFile(f, PathID(root, f), opt, fromFile(f, checked), report); err != nil {
				return err
			}
		}
	}
	return nil
}

// fromFile gives the articles of file f whose id comes from its path the
// file's origin, before visit.
func fromFile(f string, visit Visit) Visit {
	origin := originOf(f)
	return func(a Article) error {
		if a.idFrom == idPath {
			a.Origin = origin
		}
		return visit(a)
	}
}

// IsURL says whether a path names a web page or feed to fetch.
func IsURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// expand turns a path, directory or glob into a sorted list of files.
func expand(p string, report Report) ([]string, error) {
	info, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
			matches, gerr := filepath.Glob(p)
			if gerr != nil {
				return nil, fmt.Errorf("bad glob pattern: %v", gerr)
			}
			if len(matches) == 0 {
				return nil, errors.New("no file matches this pattern")
			}
			var out []string
			for _, m := range matches {
				sub, err := expand(m, report)
				if err != nil {
					report(&Error{Source: m, Err: err})
					continue
				}
				out = append(out, sub...)
			}
			return out, nil
		}
		return nil, cleanErr(err)
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var out []string
	seen := map[string]bool{}
	err = walk(p, seen, &out, report)
	sort.Strings(out)
	return out, err
}

// walk lists article files below dir, following symbolic links to
// directories once (a link loop is reported, not followed forever).
func walk(dir string, seen map[string]bool, out *[]string, report Report) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return cleanErr(err)
	}
	if seen[real] {
		return errors.New("directory already visited (symbolic link loop)")
	}
	seen[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		return cleanErr(err)
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		info, err := os.Stat(path) // follows links
		if err != nil {
			report(&Error{Source: path, Err: cleanErr(err)})
			continue
		}
		if info.IsDir() {
			if err := walk(path, seen, out, report); err != nil {
				report(&Error{Source: path, Err: err})
			}
			continue
		}
		if kindOf(name) != kindNone {
			if !info.Mode().IsRegular() { // a named pipe or device would block or never end
				report(&Error{Source: path, Err: errors.New("not a regular file")})
				continue
			}
			*out = append(*out, path)
		}
	}
	return nil
}

func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path, id string, opt Options, visit Visit, report Report) error {
	f, err := os.Open(path)
	if err != nil {
		report(&Error{Source: path, Err: cleanErr(err)})
		return nil
	}
	defer f.Close()
	var r io.Reader = f
	if opt.Progress != nil {
		r = countingReader{r: f, tell: opt.Progress}
	}
	return readStream(path, id, r, opt, visit, report)
}

// warnAt returns the warning callback for one source.
func warnAt(opt Options, source string) func(error) {
	return func(err error) {
		if opt.Warn != nil {
			opt.Warn(&Error{Source: source, Err: err})
		}
	}
}

// readStream reads one source in the format its extension names or, for
// text files and standard input, its first bytes show. id is the id a
// single-article source takes ("" for a hash of its text).
func readStream(source, id string, r io.Reader, opt Options, visit Visit, report Report) error {
	br := bufio.NewReaderSize(r, 64<<10)
	kind := kindOf(source)
	if kind == kindNone {
		kind = kindText // a file named on the command line is text unless its bytes say otherwise
	}
	if source == "-" || kind == kindText || kind == kindXML {
		kind = sniff(br, source == "-", kind)
	}
	return readKind(source, id, kind, br, opt, visit, report)
}

// readStreamAs reads a source whose format is known (a fetched page).
func readStreamAs(source string, kind kind, r io.Reader, opt Options, visit Visit, report Report) error {
	return readKind(source, "", kind, bufio.NewReaderSize(r, 64<<10), opt, visit, report)
}

func readKind(source, id string, kind kind, br *bufio.Reader, opt Options, visit Visit, report Report) error {
	switch kind {
	case kindJSONL:
		return readJSONL(source, br, opt, visit, report)
	case kindJSON:
		return readJSON(source, br, opt, visit, report)
	case kindCSV, kindTSV:
		return readCSV(source, br, kind == kindTSV, opt, visit, report)
	case kindWARC:
		return readWARC(source, br, opt, visit, report)
	case kindCoNLLU:
		return readCoNLLU(source, id, br, opt, visit, report)
	case kindXML:
		report(&Error{Source: source, Err: errors.New("an XML file that is neither an RSS nor an Atom feed")})
		return nil
	}
	limit := opt.MaxBytes
	if kind == kindFeed {
		limit *= containerFactor
	}
	data, err := readLimited(br, limit)
	if err != nil {
		report(&Error{Source: source, Err: err})
		return nil
	}
	if kind == kindFeed {
		return readFeed(source, data, opt, visit, report)
	}
	var a Article
	if kind == kindHTML {
		a, err = parseHTML(source, id, data, "", "", opt, warnAt(opt, source))
	} else {
		a, err = parseText(source, id, data, opt, warnAt(opt, source))
	}
	if err != nil {
		report(&Error{Source: source, Err: err})
		return nil
	}
	return visit(a)
}

// deliver hands the article of one record, named at, to visit, or its
// error to report (which does not stop the file).
func deliver(at string, a Article, err error, visit Visit, report Report) error {
	if err != nil {
		report(&Error{Source: at, Err: err})
		return nil
	}
	a.Source = at
	return visit(a)
}

// readLimited reads all of r, or fails naming the limit.
func readLimited(r io.Reader, limit int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, cleanErr(err)
	}
	if len(data) > limit {
		return nil, fmt.Errorf("larger than the %d-byte limit for one input (use --max-bytes)", limit)
	}
	return data, nil
}

func peekByte(br *bufio.Reader) byte {
	for {
		b, err := br.Peek(1)
		if err != nil || len(b) == 0 {
			return 0
		}
		if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
			br.ReadByte()
			continue
		}
		return b[0]
	}
}

// peekStart is the first bytes of the input after white space and a byte
// order mark, lower-cased, for sniffing.
func peekStart(br *bufio.Reader) []byte {
	b, _ := br.Peek(1024)
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return bytes.ToLower(bytes.TrimLeft(b, " \t\r\n"))
}
