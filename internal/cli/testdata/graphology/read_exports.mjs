// Read newsgraph's GraphML and GEXF exports with graphology's own parsers
// and print counts, as read_exports.py does with networkx.
//
// Run by TestExportsReadByGraphology (internal/cli/tools_test.go) as
//
//	node read_exports.mjs NODE_MODULES DIR
//
// where NODE_MODULES holds the versions package-lock.json beside this file
// pins (the test installs them with npm ci into a temporary directory; they
// never enter the repo) and DIR holds graph.graphml, graph.gexf and
// graph13.gexf. Prints one JSON object; the Go test compares the counts with
// the export's own.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const [modules, dir] = process.argv.slice(2)
if (!modules || !dir) {
  console.error('usage: node read_exports.mjs NODE_MODULES DIR')
  process.exit(2)
}
const require = createRequire(join(modules, 'x.js'))
const { Graph } = require('graphology')
const parsers = { graphml: require('graphology-graphml'), gexf: require('graphology-gexf') }

// counts of one graph, read into graphology's default Graph: the parser
// itself decides the graph's type and upgrades it to a multigraph when an
// export holds parallel edges (a MEET and a SAID_ABOUT between two people)
function counts(g) {
  let symmetric = 0, labelled = 0
  g.forEachEdge((_, a) => {
    if (a.symmetric === true || a.symmetric === 'true') symmetric++
  })
  g.forEachNode((_, a) => { if (a.label) labelled++ })
  return {
    type: g.type, multi: g.multi, nodes: g.order, edges: g.size,
    directed_edges: g.directedSize, symmetric, labelled,
  }
}

const out = {}
for (const [name, parser, file] of [['graphml', 'graphml', 'graph.graphml'], ['gexf', 'gexf', 'graph.gexf'], ['gexf13', 'gexf', 'graph13.gexf']]) {
  out[name] = counts(parsers[parser].parse(Graph, readFileSync(join(dir, file), 'utf8')))
}
console.log(JSON.stringify(out))
