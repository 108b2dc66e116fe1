package export

import (
	"encoding/csv"
	"io"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// Files written by the two-file formats into the output directory.
const (
	NodesFile         = "nodes.csv"
	EdgesFile         = "edges.csv"
	RelationshipsFile = "relationships.csv"
)

func writeRows(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

func confidenceCell(c float64) string {
	if c < 0 {
		return ""
	}
	return formatFloat(c)
}

// WriteCSV writes g as Gephi spreadsheet tables (Data Laboratory > Import
// Spreadsheet): nodes with Id and Label, edges with Source, Target, Type
// (Directed or Undirected), Id, Label and Weight, which Gephi recognises,
// plus the newsgraph columns.
func WriteCSV(nodes, edges io.Writer, g *Graph) error {
	rows := [][]string{factualityColumn(g, "Factuality", "Id", "Label", "Kind", "Type", "Mentions", "Aliases", "Start")}
	for _, n := range g.Nodes {
		rows = append(rows, factualityColumn(g, n.Factuality, n.ID, n.Label, n.Kind, n.Type, strconv.Itoa(n.Mentions), strings.Join(n.Aliases, "; "), n.Start))
	}
	if err := writeRows(nodes, rows); err != nil {
		return err
	}
	rows = [][]string{factualityColumn(g, "Factuality", "Source", "Target", "Type", "Id", "Label", "Kind", "Date", "Articles", "Confidence", "Evidence", "Weight")}
	for _, e := range g.Edges {
		typ := "Directed"
		if !e.Directed {
			typ = "Undirected"
		}
		rows = append(rows, factualityColumn(g, e.Factuality, e.Source, e.Target, typ, e.ID, e.Relation, e.Kind, e.Date,
			strings.Join(e.articleLabels(), "; "), confidenceCell(e.Confidence), e.Evidence, strconv.Itoa(e.Weight)))
	}
	return writeRows(edges, rows)
}

// factualityColumn is a row with the factuality cell last, for a graph
// built with Options.All; the row alone otherwise.
func factualityColumn(g *Graph, factuality string, row ...string) []string {
	if !g.All {
		return row
	}
	return append(row, factuality)
}

// neo4jLabel maps node types onto Neo4j labels. An entity of type event
// (a named event such as a festival) is a NamedEvent, so that Event names
// extracted events only.
var neo4jLabel = map[string]string{
	"person": "Person", "organization": "Organization", "place": "Place",
	"work": "Work", "event": "NamedEvent", "thing": "Thing",
}

// neo4jList joins a string[] cell with neo4j-admin's default array
// delimiter ';', which may not occur inside an element.
func neo4jList(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.ReplaceAll(x, ";", ",")
	}
	return strings.Join(out, ";")
}

// Neo4jImportCommand is the neo4j-admin command that imports the files
// WriteNeo4j wrote into dir, as export prints it and docs/export.md shows
// it. The database name comes right after "full": from Neo4j 5.19 on, a
// name after the named options is taken for a file. Evidence sentences
// may hold newlines, hence --multiline-fields=true.
func Neo4jImportCommand(dir string) string {
	return "neo4j-admin database import full neo4j --nodes=" + path.Join(filepath.ToSlash(dir), NodesFile) +
		" --relationships=" + path.Join(filepath.ToSlash(dir), RelationshipsFile) + " --multiline-fields=true"
}

// WriteNeo4j writes g as neo4j-admin import files (see Neo4jImportCommand).
// Entities carry the labels Entity and their type (Person, Organization,
// Place, Work, NamedEvent, Thing); event and claim nodes the labels Fact
// and Event or Claim. Relationship types are the edge relations (MEET,
// SAID_ABOUT, ...).
func WriteNeo4j(nodes, rels io.Writer, g *Graph) error {
	rows := [][]string{factualityColumn(g, "factuality", "id:ID", "name", ":LABEL", "kind", "type", "mentions:int", "aliases:string[]", "start")}
	for _, n := range g.Nodes {
		var label string
		switch n.Kind {
		case KindEntity:
			label = "Entity;" + neo4jLabel[n.Type]
		case KindEvent:
			label = "Fact;Event"
		default:
			label = "Fact;Claim"
		}
		rows = append(rows, factualityColumn(g, n.Factuality, n.ID, n.Label, label, n.Kind, n.Type, strconv.Itoa(n.Mentions), neo4jList(n.Aliases), n.Start))
	}
	if err := writeRows(nodes, rows); err != nil {
		return err
	}
	rows = [][]string{factualityColumn(g, "factuality", ":START_ID", ":END_ID", ":TYPE", "kind", "directed:boolean", "date", "articles:string[]", "confidence:float", "evidence", "weight:int")}
	for _, e := range g.Edges {
		rows = append(rows, factualityColumn(g, e.Factuality, e.Source, e.Target, e.Relation, e.Kind, strconv.FormatBool(e.Directed), e.Date,
			neo4jList(e.articleLabels()), confidenceCell(e.Confidence), e.Evidence, strconv.Itoa(e.Weight)))
	}
	return writeRows(rels, rows)
}
