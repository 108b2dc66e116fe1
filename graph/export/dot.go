package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// dotQuote makes a DOT double-quoted string. Backslashes are doubled
// (Graphviz reads \n, \l and \N in labels as escapes) and newlines become
// \n.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return `"` + r.Replace(s) + `"`
}

// WriteDOT writes g as a Graphviz digraph: nodes labelled by name and
// coloured by type, edges labelled with the relation and date, undirected
// co-participation drawn without arrows. Extra attributes (type, mentions,
// articles, confidence) ride along for tools that read them; the evidence
// is the tooltip in SVG output.
func WriteDOT(w io.Writer, g *Graph) error {
	x := newBufWriter(w)
	x.raw("digraph newsgraph {\n")
	x.raw("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n")
	x.raw("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n")
	x.raw("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, n := range g.Nodes {
		shape := "box"
		if n.Kind != KindEntity {
			shape = "ellipse"
		}
		x.raw("  %s [label=%s, kind=%s, type=%s, mentions=%d, shape=%s, fillcolor=%s",
			dotQuote(n.ID), dotQuote(n.Label), dotQuote(n.Kind), dotQuote(n.Type), n.Mentions, shape, dotQuote(colorOf(n)))
		if n.Start != "" {
			x.raw(", start=%s", dotQuote(n.Start))
		}
		if n.Factuality != "" {
			x.raw(", factuality=%s", dotQuote(n.Factuality))
		}
		x.raw("];\n")
	}
	for _, e := range g.Edges {
		label := e.Relation
		if e.Factuality != "" && e.Factuality != "asserted" {
			label += " (" + e.Factuality + ")" // a denied meeting must not read as a meeting
		}
		if e.Date != "" {
			label += "\n" + e.Date
		}
		x.raw("  %s -> %s [label=%s, relation=%s, kind=%s, articles=%s, weight=%d",
			dotQuote(e.Source), dotQuote(e.Target), dotQuote(label), dotQuote(e.Relation), dotQuote(e.Kind),
			dotQuote(strings.Join(e.articleLabels(), "; ")), e.Weight)
		if e.Date != "" {
			x.raw(", date=%s", dotQuote(e.Date))
		}
		if e.Confidence >= 0 {
			x.raw(", confidence=%s", strconv.Quote(formatFloat(e.Confidence)))
		}
		if e.Evidence != "" {
			x.raw(", tooltip=%s", dotQuote(e.Evidence))
		}
		if e.Factuality != "" {
			x.raw(", factuality=%s", dotQuote(e.Factuality))
			if e.Factuality != "asserted" {
				x.raw(", style=dashed")
			}
		}
		if !e.Directed {
			x.raw(", dir=none")
		}
		x.raw("];\n")
	}
	x.raw("}\n")
	if err := x.flush(); err != nil {
		return fmt.Errorf("export: dot: %w", err)
	}
	return nil
}
