// name: neighbors
// args: ENTITY
// about: The entities within two hops of ENTITY through events, claims and relations, with the hop count and what connects them. Only events told as having happened connect, unless --all.
// all: also through events the text does not tell as having happened (denied, uncertain, planned, generic, conditional), with a factuality column
// columns: hops entity via fact article
// columns-all: hops entity via fact factuality article
var preds = [p(NG, "participant"), p(S, "author"), p(NG, "addressee"), p(S, "about"), p(NG, "holder"), p(NG, "relative")];
function step(node) {
  var out = [];
  (g.V(node).In(preds).Tag("via").Out(preds).Tag("to").TagArray() || []).forEach(function (r) {
    if (r.to !== node && hopThrough(r.via)) { out.push({ to: r.to, via: r.via }); }
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
      var row = { hops: hop, entity: label(e.to), via: label(n), fact: kind, article: source(e.via).article, _iris: [n, e.to] };
      if (ALL) { row.factuality = told(e.via); }
      g.Emit(row);
    });
  });
  frontier = next;
}
