// name: path
// args: A B
// about: The shortest connection between A and B through shared events and claims (up to 4 hops), with the fact behind each hop.
// columns: hop from to fact article evidence
var target = {};
ARGS[1].forEach(function (t) { target[t] = true; });
// neighbours: entity -> [{to, via}] through events (participants) and claims
// (speaker, addressee, about), in one traversal per entity.
var links = [p(NG, "participant"), p(S, "author"), p(NG, "addressee"), p(S, "about")];
function neighbours(node) {
  var out = [];
  (g.V(node).In(links).Tag("via").Out(links).Tag("to").TagArray() || []).forEach(function (r) {
    if (r.to !== node) { out.push({ to: r.to, via: r.via }); }
  });
  return out;
}
var prev = {}, frontier = [], found = null;
ARGS[0].forEach(function (s) { prev[s] = null; frontier.push(s); });
for (var depth = 0; depth < 4 && frontier.length > 0 && found === null; depth++) {
  var next = [];
  for (var i = 0; i < frontier.length && found === null; i++) {
    var ns = neighbours(frontier[i]);
    for (var j = 0; j < ns.length; j++) {
      var n = ns[j];
      if (prev.hasOwnProperty(n.to)) { continue; }
      prev[n.to] = { from: frontier[i], via: n.via };
      if (target[n.to]) { found = n.to; break; }
      next.push(n.to);
    }
  }
  frontier = next;
}
if (found !== null) {
  var hops = [];
  for (var cur = found; prev[cur] !== null; cur = prev[cur].from) { hops.unshift({ to: cur, step: prev[cur] }); }
  hops.forEach(function (h, k) {
    var via = h.step.via, s = source(via);
    var kind = str(first(via, p(NG, "eventType"))) || "CLAIM";
    g.Emit({ hop: k + 1, from: label(h.step.from), to: label(h.to), fact: kind, evidence: s.evidence, article: s.article,
             _iris: [h.step.from, h.to] });
  });
}
