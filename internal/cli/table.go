package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// writeResults prints query results as a table (columns from the keys of
// the result objects, in first-seen order), one JSON array or JSON Lines.
func writeResults(w io.Writer, rows []any, format string, columns []string) error {
	if format != "table" {
		return writeJSONRows(w, format, rows)
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "(no results)")
		return err
	}
	cols := columns
	if cols == nil {
		cols = columnsOf(rows)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if len(cols) > 0 {
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok || len(cols) == 0 {
			fmt.Fprintln(tw, cell(r, 0))
			continue
		}
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = cell(m[c], 100)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// columnsOf collects the keys of map results; a result's key order is not
// kept by Gizmo, so the order is alphabetical with "id" first.
func columnsOf(rows []any) []string {
	seen := map[string]bool{}
	var cols []string
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				if !seen[k] {
					seen[k] = true
					cols = append(cols, k)
				}
			}
		}
	}
	sort.Slice(cols, func(i, j int) bool {
		if (cols[i] == "id") != (cols[j] == "id") {
			return cols[i] == "id"
		}
		return cols[i] < cols[j]
	})
	return cols
}

func cell(v any, max int) string {
	var s string
	switch x := v.(type) {
	case nil:
		s = ""
	case string:
		s = x
	default:
		b, err := json.Marshal(x)
		if err != nil {
			s = fmt.Sprint(x)
		} else {
			s = strings.Trim(string(b), `"`)
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	if max > 0 {
		s = clip(s, max)
	}
	return s
}
