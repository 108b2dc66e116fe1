package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// Store bookkeeping vocabulary. It lives in its own namespace, apart from
// the data vocabulary of package triples, so a data triple can never collide
// with a bookkeeping quad (triples emits its own ng:contentHash data triple).
const (
	StoreNS = "urn:newsgraph:store#"

	// PredManifest links an article to the N-Quads text of every data quad
	// it contributed: <article> store:manifest "…" .
	PredManifest = StoreNS + "manifest"
	// PredHash links an article to the content hash it was loaded with.
	PredHash = StoreNS + "hash"
	// PredID links an article to its reader-given document id.
	PredID = StoreNS + "id"
	// PredOrigin links an article read from a file to that file (absolute,
	// links resolved) and PredText to a hash of its text, so that a later
	// run gives the file the id it is stored under (article.Stored).
	PredOrigin = StoreNS + "origin"
	PredText   = StoreNS + "text"
	// PredArticle links the registry node to one JSON entry per loaded
	// article: <urn:newsgraph:store> store:article "{"iri":…,"id":…,"hash":…}" .
	PredArticle = StoreNS + "article"
	// Registry is the subject of the per-article registry entries, so
	// listing articles is one indexed subject scan on every backend.
	Registry = "urn:newsgraph:store"
	// PredPending and Pending hold the intent record of a replace that
	// the bbolt backend applies in two transactions (see doc.go):
	// <urn:newsgraph:store:pending> store:pending "N-Quads still to delete" <article> .
	PredPending = StoreNS + "pending"
	Pending     = "urn:newsgraph:store:pending"
)

// XSD date datatypes used for triples.Date literals. Like quad.Int
// ("xsd:integer") and quad.Float ("xsd:double"), they use Cayley's short
// "xsd:" form, which is what a query must use to match them.
const (
	XSDDate       quad.IRI = "xsd:date"
	XSDGYearMonth quad.IRI = "xsd:gYearMonth"
	XSDGYear      quad.IRI = "xsd:gYear"
)

var (
	reDate      = regexp.MustCompile(`^-?\d{4,}-\d{2}-\d{2}$`)
	reYearMonth = regexp.MustCompile(`^-?\d{4,}-\d{2}$`)
	reYear      = regexp.MustCompile(`^-?\d{4,}$`)
)

// Literal maps a triples.Term onto the Cayley value it is stored as:
// IRI -> quad.IRI, String -> quad.String, Date -> quad.TypedString typed
// xsd:date / xsd:gYearMonth / xsd:gYear by the value's shape, Int ->
// quad.Int, Float -> quad.Float. Query layers can use it to build values
// that match stored ones exactly.
func Literal(t triples.Term) (quad.Value, error) {
	switch t.Kind {
	case triples.IRI:
		if err := checkIRI(t.Value); err != nil {
			return nil, err
		}
		return quad.IRI(t.Value), nil
	case triples.String:
		return quad.String(t.Value), nil
	case triples.Date:
		var typ quad.IRI
		switch v := t.Value; {
		case reDate.MatchString(v):
			typ = XSDDate
		case reYearMonth.MatchString(v):
			typ = XSDGYearMonth
		case reYear.MatchString(v):
			typ = XSDGYear
		default:
			return nil, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", v)
		}
		return quad.TypedString{Value: quad.String(t.Value), Type: typ}, nil
	case triples.Int:
		n, err := strconv.ParseInt(strings.TrimSpace(t.Value), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("integer %q: %w", t.Value, err)
		}
		return quad.Int(n), nil
	case triples.Float:
		f, err := strconv.ParseFloat(strings.TrimSpace(t.Value), 64)
		if err != nil {
			return nil, fmt.Errorf("float %q: %w", t.Value, err)
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("float %q is not finite", t.Value)
		}
		return quad.Float(f), nil
	}
	return nil, fmt.Errorf("unknown term kind %d", t.Kind)
}

// checkIRI rejects IRIs that cannot be written as N-Quads (the manifest
// format) or that are empty.
func checkIRI(s string) error {
	if s == "" {
		return errors.New("empty IRI")
	}
	if i := strings.IndexAny(s, "<>\"{}|^`\\ \t\r\n"); i >= 0 {
		return fmt.Errorf("IRI %q contains %q", s, s[i])
	}
	return nil
}

// LoadStatus says what Load did.
type LoadStatus int

const (
	// Inserted: the article was new.
	Inserted LoadStatus = iota + 1
	// Replaced: the article was stored with another hash; its old quads
	// were replaced by the new ones.
	Replaced
	// Skipped: the article was already stored with the same hash.
	Skipped
)

func (s LoadStatus) String() string {
	switch s {
	case Inserted:
		return "inserted"
	case Replaced:
		return "replaced"
	case Skipped:
		return "skipped"
	}
	return "LoadStatus(" + strconv.Itoa(int(s)) + ")"
}

// LoadResult reports one Load.
type LoadResult struct {
	IRI    string
	Status LoadStatus
	// Quads is the number of distinct data quads the article holds now.
	Quads int
	// Duplicates is the number of duplicate triples dropped from the input.
	Duplicates int
	// Added and Removed count the quads written and deleted, including
	// the article's bookkeeping quads (see StoreNS). Both are 0 when Skipped.
	Added, Removed int
}

// articleState is what the store holds about one article.
type articleState struct {
	iri, id, hash string
	// origin and text are where a file article was read from and a hash
	// of its text (see registryEntry), so that a later build gives the
	// file the same id.
	origin, text string
	// manifest is the article's template (see triples.Article) as N-Quads,
	// binding the text of the binding its data quads were rendered with
	// (see bind.go), signature what resolution reads of it.
	manifest, binding, signature string
	// book holds the bookkeeping quads as stored, so they can be deleted
	// with exactly the values they were written with.
	book []quad.Quad
}

func (st *articleState) exists() bool { return st != nil && len(st.book) > 0 }

// data returns the article's data quads as stored: its template rendered
// with its binding. (A store written before bindings has no binding: its
// manifest is the data.)
func (st *articleState) data() ([]quad.Quad, error) {
	tmpl, err := decodeManifest(st.manifest)
	if err != nil {
		return nil, fmt.Errorf("stored manifest: %w", err)
	}
	b, err := decodeBinding(st.binding)
	if err != nil {
		return nil, err
	}
	return b.render(tmpl)
}

// registryEntry is the JSON object of a <Registry> <PredArticle> quad:
// the article, its content hash, where a file article was read from and a
// hash of its text (so that build gives the file the same id whatever
// directory names it: article.Stored), the digest of its binding and its
// signature, so that one scan of the registry tells the reader and
// resolution everything they read. Origin and Text are absent from
// entries written before issue 18.
type registryEntry struct {
	IRI       string `json:"iri"`
	ID        string `json:"id"`
	Hash      string `json:"hash"`
	Origin    string `json:"origin,omitempty"`
	Text      string `json:"text,omitempty"`
	Binding   string `json:"bind,omitempty"`
	Signature string `json:"sig,omitempty"`
}

func (st *articleState) entry() registryEntry {
	return registryEntry{IRI: st.iri, ID: st.id, Hash: st.hash, Origin: st.origin, Text: st.text,
		Binding: digest(st.binding), Signature: st.signature}
}

// Load stores one article atomically and idempotently. Every quad is
// labelled with the article IRI.
//
//   - not stored yet: its quads are added (Inserted);
//   - stored with the same Hash (and Origin and TextID): nothing is
//     written (Skipped);
//   - stored with another Hash: the quads only the old version had are
//     deleted and the quads only the new one has are added (Replaced).
//     A file read from a new place (same Hash, another Origin) is
//     Replaced too, with only its bookkeeping changed: its stored data
//     (template and binding) stay as they are.
//
// Load writes the article's template rendered with a.Binding; an article
// Skipped or moved keeps the binding it has, which only Rebind changes.
//
// The changes go to the backend in one ApplyDeltas call (one transaction)
// on memstore and the SQL backends. On bbolt, when Cayley's kv backend
// cannot apply the mixed batch correctly (see kvSafe), the new quads are
// written in one transaction together with an intent record listing the
// old-only quads, which a second transaction deletes; an interrupted replace
// is finished at the next Open or Load (see doc.go). Either way no reader
// of the Store sees a half-written article. Duplicate triples are dropped.
// An empty Hash is replaced by a hash of the article's quads.
func (s *Store) Load(ctx context.Context, a triples.Article) (LoadResult, error) {
	res := LoadResult{IRI: a.IRI}
	fail := func(err error) (LoadResult, error) {
		return LoadResult{IRI: a.IRI}, fmt.Errorf("graph: load article %q into %s: %w", articleName(a), s.dsn, err)
	}
	p, err := prepare(a)
	if err != nil {
		return fail(err)
	}
	res.Quads, res.Duplicates = len(p.data), p.dups

	if err := s.writable(ctx); err != nil {
		return fail(err)
	}
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	unlock, err := s.lockArticle(ctx, a.IRI)
	if err != nil {
		return fail(err)
	}
	defer unlock()
	if err := s.finishPending(ctx, a.IRI); err != nil {
		return fail(err)
	}
	cur, err := s.state(ctx, a.IRI)
	if err != nil {
		return fail(err)
	}
	var old []quad.Quad
	res.Status = Inserted
	newQuads := p.adds()
	if cur.exists() {
		// The same hash is the same text read by the same code: the same
		// template and signature. Its binding is resolution's business
		// (Rebind).
		if cur.hash == p.st.hash && cur.origin == p.st.origin && cur.text == p.st.text {
			res.Status = Skipped
			return res, nil
		}
		res.Status = Replaced
		if old, err = cur.data(); err != nil {
			return fail(err)
		}
		old = append(old, cur.book...)
		if cur.hash == p.st.hash {
			// the same content read from another file (it moved): only
			// the bookkeeping of where it is changes; template, binding
			// and signature stay as stored (the binding is Rebind's).
			next := *cur
			next.origin, next.text = p.st.origin, p.st.text
			book, err := bookkeeping(&next)
			if err != nil {
				return fail(err)
			}
			newQuads = append(old[:len(old)-len(cur.book):len(old)-len(cur.book)], book...) // not into old's array
			res.Quads = len(old) - len(cur.book)
		}
	}
	dels, adds := diff(old, newQuads)
	res.Added, res.Removed = len(adds), len(dels)
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	if err := s.write(ctx, a.IRI, dels, adds); err != nil {
		return fail(err)
	}
	return res, nil
}

// Remove deletes every quad of one article, named by its document id or its
// IRI, in one transaction. It returns the number of quads deleted
// (including the article's bookkeeping quads) and an error naming the
// article if the store does not hold it.
func (s *Store) Remove(ctx context.Context, idOrIRI string) (int, error) {
	fail := func(err error) (int, error) {
		return 0, fmt.Errorf("graph: remove article %q from %s: %w", idOrIRI, s.dsn, err)
	}
	if err := s.writable(ctx); err != nil {
		return fail(err)
	}
	defer s.mu.Unlock()
	cur, err := s.find(ctx, idOrIRI)
	if err != nil {
		return fail(err)
	}
	unlock, err := s.lockArticle(ctx, cur.iri)
	if err != nil {
		return fail(err)
	}
	defer unlock()
	if err := s.finishPending(ctx, cur.iri); err != nil {
		return fail(err)
	}
	if cur, err = s.state(ctx, cur.iri); err != nil {
		return fail(err)
	}
	if !cur.exists() {
		return fail(ErrNotFound)
	}
	data, err := cur.data()
	if err != nil {
		return fail(err)
	}
	dels, _ := diff(append(data, cur.book...), nil)
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	if err := s.write(ctx, cur.iri, dels, nil); err != nil {
		return fail(err)
	}
	return len(dels), nil
}

// ErrNotFound is wrapped by errors about articles the store does not hold.
var ErrNotFound = errors.New("no such article")

// apply writes one batch. IgnoreMissing makes the delete of a quad that is
// somehow gone already harmless; duplicates are never ignored, because
// Cayley's kv and SQL backends bump node reference counts before they skip a
// duplicate quad.
//
// The caller holds s.mu for writing.
func (s *Store) apply(ctx context.Context, deltas []cgraph.Delta) error {
	if len(deltas) == 0 {
		return nil
	}
	err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true})
	if err == nil {
		return nil
	}
	err = fmt.Errorf("writing %d quad changes: %w", len(deltas), err)
	if s.reopen != nil {
		// Cayley's kv ApplyDeltas rolls the transaction back but keeps what
		// it cached during it (node ids in its value LRU, pending index
		// entries), which would corrupt later writes: start afresh.
		_ = s.qs.Close()
		qs, rerr := s.reopen(context.WithoutCancel(ctx))
		if rerr != nil {
			s.closed = true
			return errors.Join(err, fmt.Errorf("reopening %s after the failed write: %w; the store is closed", s.dsn, rerr))
		}
		s.qs = qs
	}
	return err
}

// articleQuads maps an article's triples to quads labelled with its IRI,
// dropping duplicates (first occurrence wins, order is kept).
func articleQuads(a triples.Article) ([]quad.Quad, int, error) {
	qs, _, dups, err := articleQuadLines(a)
	return qs, dups, err
}

// articleQuadLines is articleQuads, also returning each quad's N-Quads line
// (computed once for the duplicate check and the manifest).
func articleQuadLines(a triples.Article) ([]quad.Quad, []string, int, error) {
	label := quad.IRI(a.IRI)
	out := make([]quad.Quad, 0, len(a.Triples))
	lines := make([]string, 0, len(a.Triples))
	seen := make(map[string]struct{}, len(a.Triples))
	dups := 0
	for i, t := range a.Triples {
		if err := checkIRI(t.Subject); err != nil {
			return nil, nil, 0, fmt.Errorf("triple %d: subject: %w", i, err)
		}
		if err := checkIRI(t.Predicate); err != nil {
			return nil, nil, 0, fmt.Errorf("triple %d: predicate: %w", i, err)
		}
		if strings.HasPrefix(t.Predicate, StoreNS) || t.Subject == Registry || t.Subject == Pending {
			return nil, nil, 0, fmt.Errorf("triple %d: %s is reserved for store bookkeeping", i, StoreNS)
		}
		o, err := Literal(t.Object)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("triple %d (%s %s): object: %w", i, t.Subject, t.Predicate, err)
		}
		q := quad.Quad{Subject: quad.IRI(t.Subject), Predicate: quad.IRI(t.Predicate), Object: o, Label: label}
		k := nquad(q)
		if _, ok := seen[k]; ok {
			dups++
			continue
		}
		seen[k] = struct{}{}
		out = append(out, q)
		lines = append(lines, k)
	}
	return out, lines, dups, nil
}

// bookkeeping returns the bookkeeping quads of an article in state st.
func bookkeeping(st *articleState) ([]quad.Quad, error) {
	entry, err := json.Marshal(st.entry())
	if err != nil {
		return nil, err
	}
	a, l := quad.IRI(st.iri), quad.IRI(st.iri)
	q := []quad.Quad{
		{Subject: a, Predicate: quad.IRI(PredHash), Object: quad.String(st.hash), Label: l},
		{Subject: a, Predicate: quad.IRI(PredManifest), Object: quad.String(st.manifest), Label: l},
		{Subject: quad.IRI(Registry), Predicate: quad.IRI(PredArticle), Object: quad.String(entry), Label: l},
	}
	for _, kv := range []struct{ pred, v string }{{PredID, st.id}, {PredOrigin, st.origin}, {PredText, st.text},
		{PredBinding, st.binding}, {PredSignature, st.signature}} {
		if kv.v != "" {
			q = append(q, quad.Quad{Subject: a, Predicate: quad.IRI(kv.pred), Object: quad.String(kv.v), Label: l})
		}
	}
	return q, nil
}

func deltasOf(dels, adds []quad.Quad) []cgraph.Delta {
	out := make([]cgraph.Delta, 0, len(dels)+len(adds))
	for _, q := range dels {
		out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	for _, q := range adds {
		out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	return out
}

// kvSafe reports whether Cayley's kv backend applies a mixed batch
// correctly. Its ApplyDeltas nets reference counts per node over the whole
// batch and resolves the nodes of added quads only among nodes whose net
// count is >= 0; an added quad that uses a node with a negative net count
// (more deleted than added references, e.g. the label of an article that
// shrinks) is written with that direction missing. Pure adds and pure
// deletes are always safe.
func kvSafe(dels, adds []quad.Quad) bool {
	if len(dels) == 0 || len(adds) == 0 {
		return true
	}
	net := make(map[string]int)
	count := func(qs []quad.Quad, inc int) {
		for _, q := range qs {
			for _, d := range quad.Directions {
				if v := q.Get(d); v != nil {
					net[v.String()] += inc
				}
			}
		}
	}
	count(adds, +1)
	count(dels, -1)
	for _, q := range adds {
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil && net[v.String()] < 0 {
				return false
			}
		}
	}
	return true
}

// write applies one article's change: in one ApplyDeltas call whenever the
// backend handles that correctly, otherwise (kv backends, see kvSafe) as
// two transactions joined by an intent record:
//
//  1. add the new quads plus <Pending> <PredPending> "N-Quads of dels";
//  2. delete dels and the intent record.
//
// Either transaction is atomic. Should the second one not happen (crash,
// I/O error), the new version is complete and the old-only quads are
// deleted by finishPending at the next Open, Load or Remove of the article.
func (s *Store) write(ctx context.Context, iri string, dels, adds []quad.Quad) error {
	return s.writeMany(ctx, []change{{iri, dels, adds}})
}

// change is what write does to one article.
type change struct {
	iri        string
	dels, adds []quad.Quad
}

// writeMany applies the changes of several articles as write applies one:
// in one ApplyDeltas call, or on bbolt, when that is not safe, in two
// transactions with one intent record per article.
func (s *Store) writeMany(ctx context.Context, cs []change) error {
	var dels, adds []quad.Quad
	for _, c := range cs {
		dels, adds = append(dels, c.dels...), append(adds, c.adds...)
	}
	if s.backend != BackendBBolt || kvSafe(dels, adds) {
		return s.apply(ctx, deltasOf(dels, adds))
	}
	var intents []quad.Quad
	for _, c := range cs {
		if len(c.dels) == 0 {
			continue
		}
		list, err := encodeManifest(c.dels)
		if err != nil {
			return err
		}
		intents = append(intents, quad.Quad{Subject: quad.IRI(Pending), Predicate: quad.IRI(PredPending), Object: quad.String(list), Label: quad.IRI(c.iri)})
	}
	if err := s.apply(ctx, deltasOf(nil, append(adds, intents...))); err != nil {
		return err
	}
	if err := s.apply(ctx, deltasOf(append(dels, intents...), nil)); err != nil {
		return fmt.Errorf("new versions written, deleting %d quads of the old ones failed (retried at the next open or load): %w", len(dels), err)
	}
	return nil
}

// finishPending completes interrupted two-transaction replaces of the
// article with this IRI, or of all articles if iri is empty. The caller
// holds s.mu for writing.
func (s *Store) finishPending(ctx context.Context, iri string) error {
	if s.backend != BackendBBolt {
		return nil
	}
	var intents []quad.Quad
	err := s.eachQuad(ctx, quad.Subject, quad.IRI(Pending), func(q quad.Quad) error {
		if q.Predicate == quad.IRI(PredPending) && (iri == "" || q.Label == quad.IRI(iri)) {
			intents = append(intents, q)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading pending deletes: %w", err)
	}
	for _, in := range intents {
		str, _ := in.Object.(quad.String)
		dels, err := decodeManifest(string(str))
		if err != nil {
			return fmt.Errorf("pending deletes of %s: %w", in.Label, err)
		}
		if err := s.apply(ctx, deltasOf(append(dels, in), nil)); err != nil {
			return fmt.Errorf("finishing pending deletes of %s: %w", in.Label, err)
		}
	}
	return nil
}

func articleName(a triples.Article) string {
	if a.ID != "" {
		return a.ID
	}
	return a.IRI
}
