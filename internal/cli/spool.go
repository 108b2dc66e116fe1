package cli

import (
	"bufio"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/triples"
)

// spooled is one extracted article waiting for its binding.
type spooled struct {
	Source                   string
	Article                  triples.Article
	Entities, Events, Claims int // counted at extraction: the document is not kept
}

// spool keeps a build's extracted articles on disk until entity
// resolution across all of them is known, so that each article is written
// once, bound as the whole corpus resolves it, and memory does not grow
// with the input. It is a gzip'd gob stream in a temporary file that is
// unlinked at once (where the system allows), so a killed build leaves
// nothing behind.
type spool struct {
	f   *os.File
	buf *bufio.Writer
	zw  *gzip.Writer
	enc *gob.Encoder
	n   int
}

func newSpool() (*spool, error) {
	f, err := os.CreateTemp("", "newsgraph-build-*.gob.gz")
	if err != nil {
		return nil, fmt.Errorf("spooling the extracted articles: %w", err)
	}
	_ = os.Remove(f.Name()) // the open file stays readable
	buf := bufio.NewWriterSize(f, 1<<20)
	zw, _ := gzip.NewWriterLevel(buf, gzip.BestSpeed)
	return &spool{f: f, buf: buf, zw: zw, enc: gob.NewEncoder(zw)}, nil
}

func (s *spool) put(p spooled) error {
	if err := s.enc.Encode(&p); err != nil {
		return fmt.Errorf("spooling article %q: %w", p.Article.ID, err)
	}
	s.n++
	return nil
}

// each reads the articles back, in the order they were put, once.
func (s *spool) each(fn func(spooled) error) error {
	if err := s.zw.Close(); err != nil {
		return fmt.Errorf("spooling the extracted articles: %w", err)
	}
	if err := s.buf.Flush(); err != nil {
		return fmt.Errorf("spooling the extracted articles: %w", err)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	zr, err := gzip.NewReader(bufio.NewReaderSize(s.f, 1<<20))
	if err != nil {
		return fmt.Errorf("reading the spooled articles: %w", err)
	}
	dec := gob.NewDecoder(zr)
	for range s.n {
		var p spooled
		if err := dec.Decode(&p); err != nil {
			return fmt.Errorf("reading the spooled articles: %w", err)
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}

func (s *spool) close() {
	name := s.f.Name()
	s.f.Close()
	_ = os.Remove(name) // where the system would not unlink it while open
}
