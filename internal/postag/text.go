package postag

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/conllu"
)

// ReadUnlabelled returns the running text of LearnUnlabelled as the
// shipped model has it: the words of the training treebanks, the documents
// of the GUM JSONL file (shared/train/gum/train.jsonl) that the treebank
// lacks (their text split roughly into UD-like words) and the words of a
// CoNLL-2003 file (shared/train/conll2003/eng.train, Reuters news). No
// tags are read.
func ReadUnlabelled(treebank []conllu.Sentence, gumJSONL, conll string) ([][]string, error) {
	var text [][]string
	docs := map[string]bool{}
	for _, s := range treebank {
		if id, ok := s.Comment("newdoc id"); ok {
			docs[id] = true
		}
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
		}
		text = append(text, words)
	}
	g, err := readGUM(gumJSONL, docs)
	if err != nil {
		return nil, err
	}
	text = append(text, g...)
	c, err := readCoNLL(conll)
	if err != nil {
		return nil, err
	}
	return append(text, c...), nil
}

func readGUM(path string, skip map[string]bool) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var text [][]string
	for sc.Scan() {
		var doc struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return nil, err
		}
		if skip[doc.ID] {
			continue
		}
		for _, line := range strings.Split(doc.Text, "\n") {
			if ws := splitWords(line); len(ws) > 0 {
				text = append(text, ws)
			}
		}
	}
	return text, sc.Err()
}

func readCoNLL(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var text [][]string
	var cur []string
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || fields[0] == "-DOCSTART-" {
			if len(cur) > 0 {
				text = append(text, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, fields[0])
	}
	if len(cur) > 0 {
		text = append(text, cur)
	}
	return text, sc.Err()
}

// splitWords splits a line of plain text into rough UD words: punctuation
// off the ends of each space-separated chunk (and a leading symbol, "$5"),
// clitics ('s, n't, 're, 've, 'll, 'd, 'm) off their hosts. Good enough
// for counting word contexts.
func splitWords(line string) []string {
	var out []string
	for _, chunk := range strings.Fields(line) {
		var tail []string
		for len(chunk) > 0 {
			r := []rune(chunk)
			if first := r[0]; len(r) > 1 && (unicode.IsPunct(first) || unicode.IsSymbol(first)) {
				out = append(out, string(first))
				chunk = string(r[1:])
				continue
			}
			if last := r[len(r)-1]; len(r) > 1 && unicode.IsPunct(last) && last != '.' || len(r) > 1 && last == '.' && !strings.Contains(chunk[:len(chunk)-1], ".") {
				tail = append(tail, string(last))
				chunk = string(r[:len(r)-1])
				continue
			}
			break
		}
		low := strings.ToLower(chunk)
		for _, cl := range []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "’s"} {
			if strings.HasSuffix(low, cl) && len(chunk) > len(cl) {
				out = append(out, chunk[:len(chunk)-len(cl)])
				chunk = chunk[len(chunk)-len(cl):]
				break
			}
		}
		if chunk != "" {
			out = append(out, chunk)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}
