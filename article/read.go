package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// DefaultMaxBytes bounds one article (a file, or a JSON line) so that a
// runaway input cannot exhaust memory.
const DefaultMaxBytes = 8 << 20

// Options control reading.
type Options struct {
	// Date applies to plain text articles that carry no date header.
	Date time.Time
	// MaxBytes is the size limit of one article; 0 means DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Visit is called for each article read; returning an error stops reading.
type Visit func(Article) error

// Report is called for each input that could not be read; reading goes on.
type Report func(*Error)

// Read reads every article under paths (files, directories read
// recursively in name order, glob patterns, or "-" for standard input) in a
// deterministic order. Problems with one input are passed to report and do
// not stop the batch; an error returned by visit does.
func Read(paths []string, opt Options, visit Visit, report Report) error {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	for _, p := range paths {
		if p == "-" {
			in := opt.Stdin
			if in == nil {
				in = os.Stdin
			}
			if err := readStream("-", in, opt, visit, report); err != nil {
				return err
			}
			continue
		}
		files, err := expand(p, report)
		if err != nil {
			report(&Error{Source: p, Err: err})
			continue
		}
		for _, f := range files {
			if err := readFile(f, opt, visit, report); err != nil {
				return err
			}
		}
	}
	return nil
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
		if isArticleFile(name) {
			if !info.Mode().IsRegular() { // a named pipe or device would block or never end
				report(&Error{Source: path, Err: errors.New("not a regular file")})
				continue
			}
			*out = append(*out, path)
		}
	}
	return nil
}

// isArticleFile picks, inside directories, the files newsgraph reads.
func isArticleFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".text", ".jsonl", ".ndjson":
		return true
	}
	return false
}

func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string, opt Options, visit Visit, report Report) error {
	f, err := os.Open(path)
	if err != nil {
		report(&Error{Source: path, Err: cleanErr(err)})
		return nil
	}
	defer f.Close()
	return readStream(path, f, opt, visit, report)
}

func isJSONL(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".jsonl" || ext == ".ndjson"
}

// readStream reads one source: JSON Lines by extension (or, for stdin, when
// the first byte is '{'), otherwise one text article.
func readStream(source string, r io.Reader, opt Options, visit Visit, report Report) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if isJSONL(source) || (source == "-" && peekByte(br) == '{') {
		return readJSONL(source, br, opt, visit, report)
	}
	data, err := io.ReadAll(io.LimitReader(br, int64(opt.MaxBytes)+1))
	if err != nil {
		report(&Error{Source: source, Err: cleanErr(err)})
		return nil
	}
	if len(data) > opt.MaxBytes {
		report(&Error{Source: source, Err: fmt.Errorf("larger than the %d-byte limit for one article (use --max-bytes)", opt.MaxBytes)})
		return nil
	}
	a, err := parseText(source, data, opt)
	if err != nil {
		report(&Error{Source: source, Err: err})
		return nil
	}
	return visit(a)
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

var dateHeader = regexp.MustCompile(`^[ \t]*date[ \t]+(\S+)[ \t]*`)

// parseText reads the seed format (first line " date YYYY-MM-DD", the body
// following on the same or the next lines) or plain text.
func parseText(source string, data []byte, opt Options) (Article, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // UTF-8 byte order mark
	if err := checkText(data); err != nil {
		return Article{}, err
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	a := Article{Source: source, Date: opt.Date}
	if m := dateHeader.FindStringSubmatchIndex(text); m != nil {
		d, err := ParseDate(text[m[2]:m[3]])
		if err != nil {
			return Article{}, fmt.Errorf("line 1: date header: %v", err)
		}
		a.Date = d
		text = text[m[1]:]
		// a body pasted from another file may bring its byte order mark
		if k := len(text) - len(strings.TrimLeft(text, " \t\n")); strings.HasPrefix(text[k:], "\ufeff") {
			text = text[:k] + text[k+len("\ufeff"):]
		}
	}
	a.Text = strings.TrimRight(text, " \t\n")
	if strings.TrimSpace(a.Text) == "" {
		return Article{}, errors.New("empty article (no text after the header)")
	}
	if source == "-" {
		a.ID = ContentID(a.Text)
	} else {
		a.ID = SlugID(strings.TrimSuffix(filepath.Base(source), filepath.Ext(source)))
		if a.ID == "" {
			a.ID = ContentID(a.Text)
		}
	}
	return a, nil
}

// checkText rejects binary and non-UTF-8 input with a message that says so.
func checkText(data []byte) error {
	if len(data) == 0 {
		return errors.New("empty file")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("not a text file (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		return fmt.Errorf("not valid UTF-8 (line %d, byte offset %d)", line, off)
	}
	return nil
}

// jsonArticle is one JSON Lines record.
type jsonArticle struct {
	ID    json.RawMessage `json:"id"`
	Date  *string         `json:"date"`
	Title string          `json:"title"`
	URL   string          `json:"url"`
	Text  *string         `json:"text"`
}

func readJSONL(source string, br *bufio.Reader, opt Options, visit Visit, report Report) error {
	line := 0
	for {
		raw, tooLong, err := readLine(br, opt.MaxBytes)
		if len(raw) == 0 && err != nil {
			if err != io.EOF {
				report(&Error{Source: fmt.Sprintf("%s:%d", source, line+1), Err: cleanErr(err)})
			}
			return nil
		}
		line++
		at := fmt.Sprintf("%s:%d", source, line)
		if tooLong {
			report(&Error{Source: at, Err: fmt.Errorf("line longer than the %d-byte limit for one article", opt.MaxBytes)})
			continue
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		a, perr := parseJSONLine(raw, opt)
		if perr != nil {
			report(&Error{Source: at, Err: perr})
			continue
		}
		a.Source = at
		if err := visit(a); err != nil {
			return err
		}
	}
}

// readLine returns one line without its newline; tooLong lines are consumed
// and dropped so that memory stays bounded.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			n := len(chunk)
			if n > 0 && chunk[n-1] == '\n' {
				n-- // the newline does not count: a last line without one gets the same limit
			}
			if len(buf)+n > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return []byte{' '}, true, err
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

func parseJSONLine(raw []byte, opt Options) (Article, error) {
	if !utf8.Valid(raw) {
		return Article{}, errors.New("not valid UTF-8")
	}
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		return Article{}, fmt.Errorf("broken JSON: %v", err)
	}
	if j.Text == nil {
		return Article{}, errors.New(`no "text" field`)
	}
	a := Article{Title: j.Title, URL: j.URL, Text: *j.Text, Date: opt.Date}
	if strings.TrimSpace(a.Text) == "" {
		return Article{}, errors.New("empty article text")
	}
	if j.Date != nil && *j.Date != "" {
		d, err := ParseDate(*j.Date)
		if err != nil {
			return Article{}, fmt.Errorf(`"date": %v`, err)
		}
		a.Date = d
	}
	if len(j.ID) > 0 && string(j.ID) != "null" {
		var s string
		if err := json.Unmarshal(j.ID, &s); err != nil {
			s = string(j.ID) // numeric ids
		}
		a.ID = strings.TrimSpace(s)
	}
	if a.ID == "" {
		a.ID = ContentID(a.Text)
	}
	return a, nil
}
