// Package conllu reads and writes CoNLL-U, the file format of Universal
// Dependencies treebanks (https://universaldependencies.org/format.html):
// the parser and tagger learn from it and `extract --format conllu` writes
// it, so the project's output can be scored against UD gold files.
//
// Empty nodes of enhanced graphs (ids such as 8.1) are skipped on reading:
// nothing here uses enhanced dependencies.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word (a line with an integer id).
type Word struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root
	Deprel string
	Deps   string
	Misc   string
}

// Token is a multiword token: one orthographic token ("don't") spanning
// the words First..Last ("do", "n't").
type Token struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence: its comment lines (without "# "), words and
// multiword tokens.
type Sentence struct {
	Comments []string
	Words    []Word
	Tokens   []Token
}

// Comment returns the value of a "key = value" comment ("text",
// "sent_id", "newpar id"...) and whether it is present.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if strings.TrimSpace(k) == key {
			if !ok {
				return "", true
			}
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// SpaceAfter reports whether the word or token ending at word id is
// followed by a space (its MISC lacks SpaceAfter=No).
func (s *Sentence) SpaceAfter(id int) bool {
	for _, t := range s.Tokens {
		if t.Last == id {
			return !hasMisc(t.Misc, "SpaceAfter=No")
		}
		if t.First <= id && id < t.Last {
			return false
		}
	}
	return !hasMisc(s.Words[id-1].Misc, "SpaceAfter=No")
}

func hasMisc(misc, item string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == item {
			return true
		}
	}
	return false
}

// Read returns every sentence of r. Errors name the line.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	err := Scan(r, func(s Sentence) error { out = append(out, s); return nil })
	return out, err
}

// Scan calls fn for each sentence of r in turn, without holding the file
// in memory; it stops at the first error fn returns.
func Scan(r io.Reader, fn func(Sentence) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var cur Sentence
	line := 0
	flush := func() error {
		if len(cur.Words) == 0 && len(cur.Comments) == 0 {
			return nil
		}
		if err := check(&cur); err != nil {
			return fmt.Errorf("conllu: sentence ending at line %d: %w", line, err)
		}
		err := fn(cur)
		cur = Sentence{}
		return err
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case text == "":
			if err := flush(); err != nil {
				return err
			}
		case strings.HasPrefix(text, "#"):
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(text, "#")))
		default:
			if err := parseLine(&cur, text); err != nil {
				return fmt.Errorf("conllu: line %d: %w", line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("conllu: line %d: %w", line+1, err)
	}
	return flush()
}

func parseLine(s *Sentence, text string) error {
	f := strings.Split(text, "\t")
	if len(f) != 10 {
		return fmt.Errorf("%d fields, want 10", len(f))
	}
	id := f[0]
	if strings.Contains(id, ".") { // empty node of the enhanced graph
		return nil
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || last < first {
			return fmt.Errorf("bad token range %q", id)
		}
		s.Tokens = append(s.Tokens, Token{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("word id %q, want %d", id, len(s.Words)+1)
	}
	head := 0
	if f[6] != "_" {
		if head, err = strconv.Atoi(f[6]); err != nil {
			return fmt.Errorf("bad head %q", f[6])
		}
	}
	s.Words = append(s.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
		Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	return nil
}

// check rejects heads outside the sentence and tokens over missing words.
func check(s *Sentence) error {
	for _, w := range s.Words {
		if w.Head < 0 || w.Head > len(s.Words) {
			return fmt.Errorf("word %d: head %d outside the sentence", w.ID, w.Head)
		}
	}
	for _, t := range s.Tokens {
		if t.Last > len(s.Words) {
			return fmt.Errorf("token %d-%d: no word %d", t.First, t.Last, t.Last)
		}
	}
	return nil
}

// Write writes sentences in CoNLL-U, each followed by a blank line.
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sents {
		writeSentence(bw, &sents[i])
	}
	return bw.Flush()
}

func writeSentence(bw *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		bw.WriteString("# " + c + "\n")
	}
	tok := 0
	for _, w := range s.Words {
		for tok < len(s.Tokens) && s.Tokens[tok].First == w.ID {
			t := s.Tokens[tok]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", t.First, t.Last, t.Form, orNone(t.Misc))
			tok++
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", w.ID, w.Form, orNone(w.Lemma),
			orNone(w.UPOS), orNone(w.XPOS), orNone(w.Feats), w.Head, orNone(w.Deprel), orNone(w.Deps), orNone(w.Misc))
	}
	bw.WriteString("\n")
}

func orNone(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// ReadFile reads a whole CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}
