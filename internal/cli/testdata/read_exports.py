"""Read newsgraph's exports with the tools' own parsers and print counts.

Run by TestExportsReadByTheirTools (internal/cli/tools_test.go) as
    python3 read_exports.py DIR
where DIR holds graph.graphml, graph.gexf, graph.nq, graph.jsonld, neo4j/ and
csv/. Prints one JSON object; the Go test compares the counts across formats.
Needs Debian's python3-networkx and python3-rdflib (python3-igraph optional).
"""
import csv
import json
import os
import sys
import warnings

import networkx as nx
import rdflib

d = sys.argv[1]
out = {}


def graph_counts(g):
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "symmetric": sum(1 for _, _, a in g.edges(data=True) if a.get("symmetric") in (True, "true")),
        "labelled": sum(1 for _, a in g.nodes(data=True) if a.get("label")),
        "with_end": sum(1 for _, _, a in g.edges(data=True) if a.get("end")),
    }


out["graphml"] = graph_counts(nx.read_graphml(os.path.join(d, "graph.graphml")))
out["gexf"] = graph_counts(nx.read_gexf(os.path.join(d, "graph.gexf")))

try:
    import igraph
except ImportError:
    igraph = None
if igraph is not None:
    warnings.simplefilter("ignore")  # igraph skips the yFiles graphics keys, saying so
    ig = igraph.Graph.Read_GraphML(os.path.join(d, "graph.graphml"))
    out["igraph"] = {"nodes": ig.vcount(), "edges": ig.ecount(), "directed": ig.is_directed()}

DATED = """
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?s <https://schema.org/datePublished> ?d }
  FILTER(datatype(?d) = xsd:date && ?d >= "1900-01-01"^^xsd:date)
}"""


def rdf_counts(path, fmt):
    g = rdflib.ConjunctiveGraph()
    g.parse(path, format=fmt)
    quads = sum(len(c) for c in g.contexts())
    dated = int(next(iter(g.query(DATED)))[0])
    typed = sum(1 for _, _, o, _ in g.quads((None, None, None, None))
                if isinstance(o, rdflib.Literal) and o.datatype is not None)
    short = sum(1 for _, _, o, _ in g.quads((None, None, None, None))
                if isinstance(o, rdflib.Literal) and o.datatype is not None and str(o.datatype).startswith("xsd:"))
    return {"quads": quads, "graphs": len(list(g.contexts())), "dated": dated, "typed": typed, "short_types": short}


out["nquads"] = rdf_counts(os.path.join(d, "graph.nq"), "nquads")
out["jsonld"] = rdf_counts(os.path.join(d, "graph.jsonld"), "json-ld")


def table(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


nh, nodes = table(os.path.join(d, "neo4j", "nodes.csv"))
rh, rels = table(os.path.join(d, "neo4j", "relationships.csv"))
out["neo4j"] = {"nodes": len(nodes), "rels": len(rels), "node_header": nh, "rel_header": rh,
                "multiline": sum(1 for r in rels if any("\n" in c for c in r))}
_, cnodes = table(os.path.join(d, "csv", "nodes.csv"))
_, cedges = table(os.path.join(d, "csv", "edges.csv"))
out["csv"] = {"nodes": len(cnodes), "edges": len(cedges)}
print(json.dumps(out))
