package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Row formats of the commands that list rows (ask, entity, query,
// conflicts, stats, ask --list): a table for people, "json" for one JSON
// document (an array, [] when there are no rows) that json.load and jq
// read whole, "jsonl" for one JSON value per line, for streams.
var rowFormats = []string{"table", "json", "jsonl"}

const rowFormatHelp = "output format: table, json (one JSON array) or jsonl (one JSON object per line)"

// checkFormat checks a row format; "" (options built in code) is table.
func checkFormat(f *string) error {
	if *f == "" {
		*f = "table"
	}
	for _, ok := range rowFormats {
		if *f == ok {
			return nil
		}
	}
	return usageError{fmt.Errorf("--format must be table, json or jsonl, not %q", *f)}
}

// addRowFormat adds --format with its completion.
func addRowFormat(c *cobra.Command, dst *string) {
	c.Flags().StringVarP(dst, "format", "f", "table", rowFormatHelp)
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(rowFormats, cobra.ShellCompDirectiveNoFileComp))
}

// writeJSONRows writes rows as one JSON array (format "json") or as JSON
// Lines ("jsonl"). The array has one row per line, so that it stays
// readable and diffable.
func writeJSONRows[T any](w io.Writer, format string, rows []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if format == "jsonl" {
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	}
	if len(rows) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	for i, r := range rows {
		sep := ",\n"
		if i == 0 {
			sep = "[\n"
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		b = unescapeHTML(b)
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// unescapeHTML undoes json.Marshal's \u003c, \u003e and \u0026, as
// SetEscapeHTML(false) does for the JSON Lines.
func unescapeHTML(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+5 < len(b) && b[i+1] == 'u' && string(b[i+2:i+4]) == "00" {
			switch string(b[i+4 : i+6]) {
			case "3c":
				out, i = append(out, '<'), i+5
				continue
			case "3e":
				out, i = append(out, '>'), i+5
				continue
			case "26":
				out, i = append(out, '&'), i+5
				continue
			}
		}
		if b[i] == '\\' && i+1 < len(b) { // keep any other escape whole
			out = append(out, b[i], b[i+1])
			i++
			continue
		}
		out = append(out, b[i])
	}
	return out
}
