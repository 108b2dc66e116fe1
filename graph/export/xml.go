package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/view"
)

// bufWriter is a buffered writer that remembers the first error.
type bufWriter struct {
	w   *bufio.Writer
	err error
}

func newBufWriter(w io.Writer) *bufWriter { return &bufWriter{w: bufio.NewWriter(w)} }

func (x *bufWriter) raw(format string, args ...any) {
	if x.err == nil {
		_, x.err = fmt.Fprintf(x.w, format, args...)
	}
}

// esc escapes text and attribute values; characters XML 1.0 forbids
// become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (x *bufWriter) flush() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

// typeColors give each entity type (and event and claim nodes) a fill in
// yEd, so the kinds stand apart before any styling.
var typeColors = map[string]string{
	"person": "#8DB6E2", "organization": "#F2B77C", "place": "#9BD39B",
	"work": "#D7A8E0", "event": "#F28C8C", "thing": "#D0D0D0",
}

// kindColors are the fills of event and claim nodes.
var kindColors = map[string]string{KindEvent: "#F5E07A", KindClaim: "#FFFFFF"}

func colorOf(n Node) string {
	if n.Kind != KindEntity {
		return kindColors[n.Kind]
	}
	if c, ok := typeColors[n.Type]; ok {
		return c
	}
	return typeColors["thing"]
}

// WriteGraphML writes g as GraphML with plain label keys (Gephi,
// Cytoscape) and yFiles node and edge graphics (yEd shows NodeLabel and
// EdgeLabel). Every edge is directed (see DirectionPolicy), so that
// networkx, igraph and graphology read one kind of graph.
func WriteGraphML(w io.Writer, g *Graph) error {
	x := newBufWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="start" for="node" attr.name="start" attr.type="string"/>
  <key id="nodegraphics" for="node" yfiles.type="nodegraphics"/>
  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="ekind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="date" for="edge" attr.name="date" attr.type="string"/>
  <key id="articles" for="edge" attr.name="articles" attr.type="string"/>
  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
  <key id="edgegraphics" for="edge" yfiles.type="edgegraphics"/>
`)
	if g.All {
		x.raw(`  <key id="factuality" for="node" attr.name="factuality" attr.type="string"/>
  <key id="efactuality" for="edge" attr.name="factuality" attr.type="string"/>
`)
	}
	x.raw(`  <graph id="newsgraph" edgedefault="directed">
`)
	data := func(key, v string) {
		if v != "" {
			x.raw("      <data key=%q>%s</data>\n", key, esc(v))
		}
	}
	for _, n := range g.Nodes {
		x.raw("    <node id=\"%s\">\n", esc(n.ID))
		data("label", n.Label)
		data("kind", n.Kind)
		data("type", n.Type)
		data("mentions", strconv.Itoa(n.Mentions))
		data("aliases", strings.Join(n.Aliases, "; "))
		data("start", n.Start)
		data("factuality", n.Factuality)
		shape := "roundrectangle"
		if n.Kind != KindEntity {
			shape = "ellipse"
		}
		x.raw(`      <data key="nodegraphics">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="%.1f"/>
          <y:Fill color="%s" transparent="false"/>
          <y:NodeLabel>%s</y:NodeLabel>
          <y:Shape type="%s"/>
        </y:ShapeNode>
      </data>
    </node>
`, float64(40+7*min(len([]rune(n.Label)), 40)), colorOf(n), esc(n.Label), shape)
	}
	for _, e := range g.Edges {
		x.raw("    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", esc(e.ID), esc(e.Source), esc(e.Target))
		data("elabel", e.Relation)
		data("relation", e.Relation)
		data("ekind", e.Kind)
		data("date", e.Date)
		data("articles", strings.Join(e.articleLabels(), "; "))
		if e.Confidence >= 0 {
			data("confidence", formatFloat(e.Confidence))
		}
		data("evidence", e.Evidence)
		data("weight", strconv.Itoa(e.Weight))
		data("symmetric", strconv.FormatBool(!e.Directed))
		data("efactuality", e.Factuality)
		arrow := "standard"
		if !e.Directed {
			arrow = "none"
		}
		x.raw(`      <data key="edgegraphics">
        <y:PolyLineEdge>
          <y:Arrows source="none" target="%s"/>
          <y:EdgeLabel>%s</y:EdgeLabel>
        </y:PolyLineEdge>
      </data>
    </edge>
`, arrow, esc(e.Relation))
	}
	x.raw("  </graph>\n</graphml>\n")
	return x.flush()
}

// DirectionPolicy is how the graph formats write the direction of edges,
// stated once for all (docs/export.md): every edge is directed, from the
// agent of an event, the speaker of a claim, the holder of a relation, or
// a participant to the place; an edge whose ends are co-participants
// (neither is the agent: two people who met) runs from the first-named
// participant and has symmetric=true. GraphML and GEXF used to mix
// directed and undirected edges, which networkx refuses and igraph and
// graphology turn into directed ones anyway.
const DirectionPolicy = "every edge is directed; symmetric=true marks co-participation, whose direction means nothing"

// GEXF versions WriteGEXFVersion writes.
const (
	GEXF12 = "1.2" // GEXF 1.2draft, the version networkx reads (read_gexf)
	GEXF13 = "1.3" // GEXF 1.3, Gephi's current format
)

// WriteGEXF writes g as GEXF 1.2draft, which Gephi and networkx read.
func WriteGEXF(w io.Writer, g *Graph) error { return WriteGEXFVersion(w, g, GEXF12) }

// WriteGEXFVersion writes g as GEXF 1.2draft or 1.3, a dynamic graph with
// timeformat="date": every node and edge starts at its date (partial dates
// at their first day), so Gephi's timeline plays the story in order.
// Undated edges start when both their ends exist. Events and claims happen
// on their date: their edges end with it (a partial date at the last day
// of its period); relations and nodes, which do not stop holding on a
// known day, have no end. Edges follow DirectionPolicy.
func WriteGEXFVersion(w io.Writer, g *Graph, version string) error {
	x := newBufWriter(w)
	ns, schema, extra := "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/gexf.xsd", ""
	switch version {
	case GEXF12:
	case GEXF13:
		ns, schema, extra = "http://gexf.net/1.3", "http://gexf.net/1.3/gexf.xsd", ` timerepresentation="interval"`
	default:
		return fmt.Errorf("export: GEXF version %q (want %s or %s)", version, GEXF12, GEXF13)
	}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="%s" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="%s %s" version="%s">
  <meta>
    <creator>newsgraph</creator>
    <description>Entities and the events, claims and relations that link them, with their source articles</description>
  </meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date"%s>
    <attributes class="node" mode="static">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="type" title="type" type="string"/>
      <attribute id="mentions" title="mentions" type="integer"/>
      <attribute id="aliases" title="aliases" type="string"/>
%s    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="relation" title="relation" type="string"/>
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="date" title="date" type="string"/>
      <attribute id="articles" title="articles" type="string"/>
      <attribute id="confidence" title="confidence" type="double"/>
      <attribute id="evidence" title="evidence" type="string"/>
      <attribute id="symmetric" title="symmetric" type="boolean"/>
%s    </attributes>
`, ns, ns, schema, version, extra, factualityAttr(g), factualityAttr(g))
	att := func(id, v string) {
		if v != "" {
			x.raw("          <attvalue for=%q value=\"%s\"/>\n", id, esc(v))
		}
	}
	start := map[string]string{}
	x.raw("    <nodes count=\"%d\">\n", len(g.Nodes))
	for _, n := range g.Nodes {
		start[n.ID] = fullDate(n.Start)
		x.raw("      <node id=\"%s\" label=\"%s\"%s>\n        <attvalues>\n", esc(n.ID), esc(n.Label), startAttr(start[n.ID]))
		att("kind", n.Kind)
		att("type", n.Type)
		att("mentions", strconv.Itoa(n.Mentions))
		att("aliases", strings.Join(n.Aliases, "; "))
		att("factuality", n.Factuality)
		x.raw("        </attvalues>\n      </node>\n")
	}
	x.raw("    </nodes>\n    <edges count=\"%d\">\n", len(g.Edges))
	for _, e := range g.Edges {
		from := fullDate(e.Date)
		if from == "" {
			from = max(start[e.Source], start[e.Target])
		}
		kind := "" // the edge kind attribute is GEXF 1.3's: it keeps a MEET and a SAID_ABOUT of one pair apart in Gephi
		if version == GEXF13 {
			kind = fmt.Sprintf(" kind=\"%s\"", esc(e.Relation))
		}
		x.raw("      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\"%s weight=\"%d\"%s%s>\n        <attvalues>\n",
			esc(e.ID), esc(e.Source), esc(e.Target), esc(e.Relation), kind, e.Weight, startAttr(from), endAttr(e))
		att("relation", e.Relation)
		att("kind", e.Kind)
		att("date", e.Date)
		att("articles", strings.Join(e.articleLabels(), "; "))
		if e.Confidence >= 0 {
			att("confidence", formatFloat(e.Confidence))
		}
		att("evidence", e.Evidence)
		att("symmetric", strconv.FormatBool(!e.Directed))
		att("factuality", e.Factuality)
		x.raw("        </attvalues>\n      </edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
}

// factualityAttr declares the GEXF factuality attribute of a graph built
// with Options.All; nothing otherwise.
func factualityAttr(g *Graph) string {
	if !g.All {
		return ""
	}
	return "      <attribute id=\"factuality\" title=\"factuality\" type=\"string\"/>\n"
}

func startAttr(date string) string {
	if date == "" {
		return ""
	}
	return fmt.Sprintf(" start=%q", date)
}

// endAttr is the end of an event, place or claim edge: the last day of
// its date's period (2015-07 ends 2015-07-31); relations have none.
func endAttr(e Edge) string {
	if e.Kind == EdgeRelation {
		return ""
	}
	if _, hi, ok := view.Period(e.Date); ok {
		return fmt.Sprintf(" end=%q", hi.Format(time.DateOnly))
	}
	return ""
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
