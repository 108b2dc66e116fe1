package article

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The fields of an article that records (JSON, CSV) carry.
const (
	FieldID     = "id"
	FieldText   = "text"
	FieldTitle  = "title"
	FieldDate   = "date"
	FieldURL    = "url"
	FieldAuthor = "author"
)

// defaultFields lists, for each field, the names it goes by in the
// records of common tools, in order of preference: our own JSON Lines,
// news-please (maintext, date_publish, authors), trafilatura (raw_text),
// and the names scrapers and spreadsheets tend to use.
var defaultFields = map[string][]string{
	FieldID:     {"id", "guid", "uuid", "article_id"},
	FieldText:   {"text", "maintext", "raw_text", "content", "body", "article_text"},
	FieldTitle:  {"title", "headline"},
	FieldDate:   {"date", "date_publish", "published", "published_at", "pubDate", "datePublished", "date_published", "publish_date", "publication_date"},
	FieldURL:    {"url", "link", "canonical_url", "source_url", "permalink"},
	FieldAuthor: {"author", "authors", "byline", "creator"},
}

// Fields maps an article field to the record field that holds it, as given
// with --field text=maintext,date=date_publish. The name given is tried
// first, then the usual names, so that one mapping serves a directory of
// mixed inputs.
type Fields map[string]string

// ParseFields reads "text=maintext,date=date_publish".
func ParseFields(spec string) (Fields, error) {
	f := Fields{}
	if strings.TrimSpace(spec) == "" {
		return f, nil
	}
	for _, part := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if !ok || v == "" {
			return nil, fmt.Errorf("field mapping %q: want FIELD=NAME, such as text=maintext", part)
		}
		if _, known := defaultFields[k]; !known {
			return nil, fmt.Errorf("field mapping %q: no article field %q (want one of %s)", part, k, strings.Join(fieldNames(), ", "))
		}
		f[k] = v
	}
	return f, nil
}

func fieldNames() []string {
	var out []string
	for k := range defaultFields {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// names is the list of record names tried for field.
func (f Fields) names(field string) []string {
	n, ok := f[field]
	if !ok {
		return defaultFields[field]
	}
	out := []string{n}
	for _, d := range defaultFields[field] {
		if d != n {
			out = append(out, d)
		}
	}
	return out
}

// record is one JSON object or CSV row, by field name.
type record interface {
	// get returns the value of name as text, whether it was there, and
	// an error for a value that cannot be text (an object, say).
	get(name string) (string, bool, error)
}

// pick returns the first of field's names that the record has.
func pick(r record, f Fields, field string) (string, string, error) {
	for _, n := range f.names(field) {
		v, ok, err := r.get(n)
		if err != nil {
			return "", n, fmt.Errorf("%q: %v", n, err)
		}
		if ok {
			return v, n, nil
		}
	}
	return "", "", nil
}

// fromRecord builds an article from a record. A date that cannot be read
// is passed to warn and the article stays undated (or takes opt.Date).
func fromRecord(r record, opt Options, warn func(error)) (Article, error) {
	a := Article{Date: opt.Date}
	text, name, err := pick(r, opt.Fields, FieldText)
	if err != nil {
		return Article{}, err
	}
	if name == "" {
		return Article{}, fmt.Errorf(`no "text" field (tried %s; name another with --field text=NAME)`, strings.Join(opt.Fields.names(FieldText), ", "))
	}
	if strings.TrimSpace(text) == "" {
		return Article{}, errors.New("empty article text")
	}
	a.Text = text
	for _, f := range []struct {
		field string
		dst   *string
	}{{FieldTitle, &a.Title}, {FieldURL, &a.URL}, {FieldAuthor, &a.Author}, {FieldID, &a.ID}} {
		v, _, err := pick(r, opt.Fields, f.field)
		if err != nil {
			return Article{}, err
		}
		*f.dst = strings.TrimSpace(v)
	}
	a.Title = strings.Join(strings.Fields(a.Title), " ")
	if d, name, err := pick(r, opt.Fields, FieldDate); err != nil {
		warn(err)
	} else if strings.TrimSpace(d) != "" {
		t, err := ParseDateIn(d, opt.DateOrder)
		if err != nil {
			warn(fmt.Errorf("%q: %v; the article is kept undated", name, err))
		} else {
			a.Date = t
		}
	}
	// a record without an id is known by its URL, as a feed item or a
	// page is: a scraper that fetches an updated story again then
	// replaces it instead of adding a second article
	a.idFrom = idGiven
	if a.ID == "" && a.URL != "" {
		a.ID = URLID(a.URL)
	}
	if a.ID == "" {
		a.ID, a.idFrom = ContentID(a.Text), idContent
	}
	return a, nil
}

// jsonRecord is a JSON object whose values are decoded on demand.
type jsonRecord map[string]json.RawMessage

func (j jsonRecord) get(name string) (string, bool, error) {
	raw, ok := j[name]
	if !ok || string(raw) == "null" {
		return "", false, nil
	}
	switch raw[0] {
	case '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, true, err
	case '[': // news-please "authors": ["A", "B"]
		var list []string
		if err := json.Unmarshal(raw, &list); err != nil {
			return "", true, errors.New("a list that is not all strings")
		}
		return strings.Join(list, ", "), true, nil
	case '{':
		return "", true, errors.New("an object where text was expected")
	case 't', 'f':
		return "", true, errors.New("true or false where text was expected")
	}
	// a number, kept as written (ids, epoch dates)
	if _, err := strconv.ParseFloat(string(raw), 64); err != nil {
		return "", true, err
	}
	return string(raw), true, nil
}

// parseJSONRecord reads one JSON object as an article.
func parseJSONRecord(raw []byte, opt Options, warn func(error)) (Article, error) {
	if !utf8.Valid(raw) {
		return Article{}, errors.New("not valid UTF-8")
	}
	var j jsonRecord
	if err := json.Unmarshal(raw, &j); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return Article{}, fmt.Errorf("not a JSON object (a %s)", ute.Value)
		}
		return Article{}, fmt.Errorf("broken JSON: %v", err)
	}
	if j == nil {
		return Article{}, errors.New("not a JSON object (null)")
	}
	return fromRecord(j, opt, warn)
}

// parseJSONLine reads one JSON Lines record; unreadable dates go to warn.
func parseJSONLine(raw []byte, opt Options, warn func(error)) (Article, error) {
	return parseJSONRecord(raw, opt, warn)
}
