// name: path
// args: A B
// about: The shortest connection between A and B through shared events, claims and relations (up to 4 hops), with the fact behind each hop. Only events told as having happened connect, unless --all.
// all: also through events the text does not tell as having happened (denied, uncertain, planned, generic, conditional), with a factuality column
// columns: hop from to fact article evidence
// columns-all: hop from to fact factuality article evidence
// Bidirectional breadth-first search: each round expands the smaller of the
// two frontiers by one hop, so a 4-hop path costs two 2-hop neighbourhoods
// instead of one 4-hop one, and a hub entity on one side is expanded only
// when the other side has grown larger.
var links = [p(NG, "participant"), p(S, "author"), p(NG, "addressee"), p(S, "about"), p(NG, "holder"), p(NG, "relative")];
// neighbours: entity -> [{to, via}] through events (participants), claims
// (speaker, addressee, about) and relations (holder, relative: "mother",
// "founder", open verbs), in one traversal per entity.
function neighbours(node) {
  var out = [];
  (g.V(node).In(links).Tag("via").Out(links).Tag("to").TagArray() || []).forEach(function (r) {
    if (r.to !== node && hopThrough(r.via)) { out.push({ to: r.to, via: r.via }); }
  });
  return out;
}
// seen[side][node] = {from, via, d} (from null for a start node, d its
// distance); side 0 grows from A, side 1 from B. A level is always finished
// so that, of the meeting nodes it finds, the one closest to the other side
// gives the shortest path.
var seen = [{}, {}], frontier = [[], []], meet = null;
ARGS[0].forEach(function (n) { seen[0][n] = { from: null, d: 0 }; frontier[0].push(n); });
ARGS[1].forEach(function (n) {
  seen[1][n] = { from: null, d: 0 }; frontier[1].push(n);
  if (seen[0].hasOwnProperty(n)) { meet = n; }
});
for (var depth = 0; depth < 4 && meet === null && frontier[0].length > 0 && frontier[1].length > 0; depth++) {
  var side = frontier[0].length <= frontier[1].length ? 0 : 1, other = seen[1 - side], next = [];
  for (var i = 0; i < frontier[side].length; i++) {
    var from = frontier[side][i], ns = neighbours(from), d = seen[side][from].d + 1;
    for (var j = 0; j < ns.length; j++) {
      var n = ns[j];
      if (seen[side].hasOwnProperty(n.to)) { continue; }
      seen[side][n.to] = { from: from, via: n.via, d: d };
      if (other.hasOwnProperty(n.to)) {
        if (meet === null || other[n.to].d < other[meet].d) { meet = n.to; }
      } else {
        next.push(n.to);
      }
    }
  }
  frontier[side] = next;
}
if (meet !== null) {
  // hops from A to the meeting node, then from it on to B
  var hops = [];
  for (var cur = meet; seen[0][cur].from !== null; cur = seen[0][cur].from) {
    hops.unshift({ from: seen[0][cur].from, to: cur, via: seen[0][cur].via });
  }
  for (var cur2 = meet; seen[1][cur2].from !== null; cur2 = seen[1][cur2].from) {
    hops.push({ from: cur2, to: seen[1][cur2].from, via: seen[1][cur2].via });
  }
  hops.forEach(function (h, k) {
    var s = source(h.via);
    var rel = str(first(h.via, p(NG, "relationType")));
    var kind = str(first(h.via, p(NG, "eventType"))) || (rel ? "RELATION " + rel : "CLAIM");
    var row = { hop: k + 1, from: label(h.from), to: label(h.to), fact: kind, evidence: s.evidence, article: s.article,
                _iris: [h.from, h.to] };
    if (ALL) { row.factuality = told(h.via); }
    g.Emit(row);
  });
}
