// Shared helpers, prepended to every named query. ARGS (an array per
// argument, each the matching entity IRIs) is defined before this file.
// Rows may carry hidden fields, whose names start with "_": `ask` does not
// print them. _iris lists the nodes a row names or whose fact it reports
// (other participants, place, addressee, relatives); `export --query`
// exports those among them that are entities.
var NG = "urn:newsgraph:vocab#", S = "https://schema.org/";
function p(ns, local) { return "<" + ns + local + ">"; }
// first returns the first value of node's pred, or "".
function first(node, pred) {
  var v = g.V(node).Out(pred).ToValue();
  return v === null || v === undefined ? "" : v;
}
// all returns every value of node's pred.
// all returns every distinct value of node's pred (the same fact stated by
// two articles is two quads).
function all(node, pred) {
  return (g.V(node).Out(pred).ToArray() || []).filter(function (v, i, a) { return a.indexOf(v) === i; });
}
// label gives a readable name for a node: its schema:name, else its IRI.
function label(node) {
  if (!node) { return ""; }
  var n = first(node, p(S, "name"));
  return n === "" ? String(node) : String(n);
}
// id strips the namespace of a newsgraph IRI: <urn:newsgraph:article:x> -> x.
function id(node) {
  var s = String(node).replace(/^<|>$/g, "");
  var i = s.lastIndexOf(":article:");
  return i >= 0 ? decodeURIComponent(s.slice(i + 9)) : s;
}
// happening returns the id of the real-world event a report (an article's
// event node) stands for, as resolution across articles identified it
// (ng:reports): reports in several articles with one happening are one event.
function happening(ev) {
  var h = String(first(ev, p(NG, "reports"))).replace(/^<|>$/g, "");
  var i = h.lastIndexOf(":happening:");
  return i >= 0 ? decodeURIComponent(h.slice(i + 11)) : "";
}
// str renders a value for people: typed literals ("2015"^^<xsd:gYear>) lose their type.
function str(v) {
  if (v === null || v === undefined) { return ""; }
  var s = String(v);
  var m = /^"([\s\S]*)"\^\^<[^>]*>$/.exec(s);
  return m ? m[1] : s;
}
// source describes where an event or claim comes from.
function source(node) {
  var art = first(node, p(NG, "article"));
  return { article: id(art), published: str(first(art, p(S, "datePublished"))),
           evidence: str(first(node, p(NG, "evidence"))),
           offsets: str(first(node, p(NG, "start"))) + "-" + str(first(node, p(NG, "end"))) };
}
function merge(a, b) { for (var k in b) { a[k] = b[k]; } return a; }
function entity(i) { return g.V.apply(g, ARGS[i]); }
// foldReports merges rows that report one fact several times. Rows with
// the same groupKey(row) that state neither a time nor a place join the
// first row of their group that does (else the group's first row); rows
// stating the same time and place join each other. Each row kept counts
// the reports it stands for in `reports`; groups keep their first order.
function foldReports(rows, groupKey) {
  var groups = {}, order = [], out = [];
  rows.forEach(function (row) {
    var k = groupKey(row);
    if (!groups[k]) { groups[k] = []; order.push(k); }
    groups[k].push(row);
  });
  order.forEach(function (k) {
    var kept = [], byFacts = {}, bare = 0;
    groups[k].forEach(function (row) {
      if (row.time === "" && row.place === "") { bare++; return; }
      var f = row.time + "|" + row.place;
      if (byFacts[f]) { byFacts[f].reports++; return; }
      row.reports = 1;
      byFacts[f] = row;
      kept.push(row);
    });
    if (kept.length === 0) {
      kept.push(groups[k][0]);
      groups[k][0].reports = 0;
    }
    kept[0].reports += bare;
    out = out.concat(kept);
  });
  return out;
}
// Factuality (docs/schema.md): an event is told as having happened
// (asserted) when it has none of the NOT_ASSERTED quads. ALL (`ask --all`)
// asks for the others too; told(ev) says how an event is told, in the
// words of triples.Told.Describe: "asserted", or "denied", "possible",
// "planned", "if ...", ..., then "reported by X", joined by ", ".
var NOT_ASSERTED = [p(NG, "polarity"), p(NG, "certainty"), p(NG, "tense"), p(NG, "specialCase")];
var TOLD_WORDS = { NEG: "denied", PROBABLE: "probable", POSSIBLE: "possible", FUTURE: "planned", GEN: "generic",
                   COND_IF_CLAUSE: "if ...", COND_MAIN_CLAUSE: "conditional" };
function asserted(ev) { return g.V(ev).Out(NOT_ASSERTED).Count() === 0; }
// wanted: the events a query shows, asserted ones unless ALL.
function wanted(ev) { return ALL || asserted(ev); }
// hopThrough: whether path and neighbors may go from one entity to
// another through via (an event told as having happened, a claim or a
// relation; any event with --all), asked once per via.
var hopVia = {};
function hopThrough(via) {
  if (!hopVia.hasOwnProperty(via)) { hopVia[via] = wanted(via); }
  return hopVia[via];
}
function told(ev) {
  var out = [];
  NOT_ASSERTED.forEach(function (pred) {
    var v = str(first(ev, pred));
    if (v !== "") { out.push(TOLD_WORDS[v] || v.toLowerCase()); }
  });
  if (str(first(ev, p(NG, "reported"))) === "true") {
    var by = first(ev, p(NG, "reportedBy")), who = by !== "" ? label(by) : str(first(ev, p(NG, "speakerText")));
    out.push(who !== "" ? "reported by " + who : "reported");
  }
  return out.length ? out.join(", ") : "asserted";
}
