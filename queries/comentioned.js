// name: co-mentioned
// args: ENTITY
// about: Who and what appears in the same articles as ENTITY, weighted by the number of articles they share.
// columns: entity type articles shared
var counts = {}, arts = {};
entity(0).In(p(S, "mentions")).ForEach(function (a) {
  g.V(a.id).Out(p(S, "mentions")).Except(entity(0)).ForEach(function (o) {
    counts[o.id] = (counts[o.id] || 0) + 1;
    (arts[o.id] = arts[o.id] || []).push(id(a.id));
  });
});
var keys = Object.keys(counts);
keys.sort(function (x, y) { return counts[y] - counts[x] || (label(x) < label(y) ? -1 : 1); });
keys.forEach(function (k) {
  var t = all(k, p("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")).map(function (v) {
    return String(v).replace(/^<https:\/\/schema.org\/|>$/g, "");
  }).filter(function (v, i, a) { return a.indexOf(v) === i; }).join(",");
  g.Emit({ entity: label(k), type: t, articles: counts[k], shared: arts[k].join(", "), _iris: [k] });
});
