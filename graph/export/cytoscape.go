package export

import (
	"encoding/json"
	"io"
)

type cyNode struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Kind     string   `json:"kind"`
	Type     string   `json:"type"`
	Mentions int      `json:"mentions"`
	Aliases  []string `json:"aliases,omitempty"`
	Start    string   `json:"start,omitempty"`
	// Factuality: with --all, how the text tells an event node.
	Factuality string `json:"factuality,omitempty"`
}

type cyEdge struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Label      string   `json:"label"`
	Relation   string   `json:"relation"`
	Kind       string   `json:"kind"`
	Directed   bool     `json:"directed"`
	Date       string   `json:"date,omitempty"`
	Articles   []string `json:"articles"`
	Confidence *float64 `json:"confidence,omitempty"`
	Evidence   string   `json:"evidence,omitempty"`
	Weight     int      `json:"weight"`
	Factuality string   `json:"factuality,omitempty"` // with --all, event and place edges
}

type cyElement[T any] struct {
	Data T `json:"data"`
}

// WriteCytoscape writes g as Cytoscape.js elements JSON:
// {"elements":{"nodes":[{"data":{…}}],"edges":[{"data":{…}}]}}, which
// cytoscape({elements: …}) and Cytoscape desktop (File > Import > Network
// from File, "Cytoscape.js JSON") read.
func WriteCytoscape(w io.Writer, g *Graph) error {
	var doc struct {
		Elements struct {
			Nodes []cyElement[cyNode] `json:"nodes"`
			Edges []cyElement[cyEdge] `json:"edges"`
		} `json:"elements"`
	}
	doc.Elements.Nodes = make([]cyElement[cyNode], 0, len(g.Nodes))
	doc.Elements.Edges = make([]cyElement[cyEdge], 0, len(g.Edges))
	for _, n := range g.Nodes {
		doc.Elements.Nodes = append(doc.Elements.Nodes, cyElement[cyNode]{cyNode(n)})
	}
	for _, e := range g.Edges {
		ce := cyEdge{ID: e.ID, Source: e.Source, Target: e.Target, Label: e.Relation, Relation: e.Relation,
			Kind: e.Kind, Directed: e.Directed, Date: e.Date, Articles: e.articleLabels(), Evidence: e.Evidence, Weight: e.Weight,
			Factuality: e.Factuality}
		if e.Confidence >= 0 {
			c := e.Confidence
			ce.Confidence = &c
		}
		doc.Elements.Edges = append(doc.Elements.Edges, cyElement[cyEdge]{ce})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
