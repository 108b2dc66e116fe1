// Package jsonl reads the annotated corpora in ../shared (one JSON object a
// line) for the trainers and scorers.
package jsonl

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
)

// Read decodes every non-blank line of path into a T.
func Read[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<24), 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d T
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, sc.Err()
}
