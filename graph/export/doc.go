// Package export writes a newsgraph store, or a part of it, in formats that
// analysis tools open: GraphML (Gephi, Cytoscape, yEd, networkx, igraph),
// GEXF 1.2draft or 1.3 with a timeline (Gephi, networkx), Cytoscape.js
// JSON, Graphviz DOT, Gephi spreadsheet CSV, neo4j-admin import CSV, and
// the RDF formats N-Quads and JSON-LD (datatypes as full XML Schema IRIs,
// so rdflib and SPARQL engines compare dates). GraphML and GEXF follow
// DirectionPolicy.
//
// # Two views of the graph
//
// The RDF formats (WriteNQuads, WriteJSONLD) write the store's data quads
// as they are, each with its article label, so provenance survives and the
// output loads back into Cayley or any RDF tool. They stream: N-Quads
// iterates the whole store with one Cayley iterator, JSON-LD reads one
// article at a time; neither holds more than one article in memory.
//
// The analyst formats work on a Graph summarised from the store by Build:
// nodes are entities with readable labels (schema:name, not IRIs), a type
// and a mention count; edges are relations between entities derived from
// events (co-participants, participant to place), claims (author to the
// entities named in the claim, author to addressee) and relations (family,
// affiliation), each with its date, source articles, confidence and
// evidence. Events and claims can be nodes of their own instead
// (Options.EventNodes). The summary is built in one pass over the store and
// held in memory; it is far smaller than the quads (no mentions, offsets or
// manifests). docs/export.md describes the model for analysts.
//
// Cayley's own dot, gml and graphml writers print raw IRIs and drop labels,
// so this package writes every format itself.
package export
