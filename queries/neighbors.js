// name: neighbors
// args: ENTITY
// about: The entities within two hops of ENTITY through events, claims and relations, with the hop count and what connects them.
// columns: hops entity via fact article
var preds = [p(NG, "participant"), p(S, "author"), p(NG, "addressee"), p(S, "about"), p(NG, "holder"), p(NG, "relative")];
function step(node) {
  var out = [];
  (g.V(node).In(preds).Tag("via").Out(preds).Tag("to").TagArray() || []).forEach(function (r) {
    if (r.to !== node) { out.push({ to: r.to, via: r.via }); }
  });
  return out;
}
var seen = {}, frontier = [];
ARGS[0].forEach(function (s) { seen[s] = true; frontier.push(s); });
for (var hop = 1; hop <= 2; hop++) {
  var next = [];
  frontier.forEach(function (n) {
    step(n).forEach(function (e) {
      if (seen[e.to]) { return; }
      seen[e.to] = true;
      next.push(e.to);
      var kind = str(first(e.via, p(NG, "eventType"))) || str(first(e.via, p(NG, "relationType"))) || "CLAIM";
      g.Emit({ hops: hop, entity: label(e.to), via: label(n), fact: kind, article: source(e.via).article, _iris: [n, e.to] });
    });
  });
  frontier = next;
}
