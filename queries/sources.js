// name: sources
// args: ENTITY
// about: The articles that mention ENTITY, newest first, with how many events and claims each contributes about it, how it tells those events ("2 asserted, 1 denied, 1 reported by X"), and which other articles report the same events (shared: one happening, as resolution across articles identified it).
// columns: article published headline events factuality shared claims
var rows = [];
entity(0).In(p(S, "mentions")).ForEach(function (a) {
  var art = a.id, ev = 0, cl = 0, hows = {}, order = [], shared = [];
  entity(0).In(p(NG, "participant")).ForEach(function (e) {
    if (first(e.id, p(NG, "article")) !== art) { return; }
    ev++;
    var how = told(e.id);
    if (!hows[how]) { hows[how] = 0; order.push(how); }
    hows[how]++;
    var h = first(e.id, p(NG, "reports"));
    if (h === "") { return; }
    g.V(h).In(p(NG, "reports")).ForEach(function (r) {
      var other = id(first(r.id, p(NG, "article")));
      if (other !== id(art) && shared.indexOf(other) < 0) { shared.push(other); }
    });
  });
  entity(0).In(p(S, "author")).ForEach(function (c) { if (first(c.id, p(NG, "article")) === art) { cl++; } });
  entity(0).In(p(S, "about")).ForEach(function (c) { if (first(c.id, p(NG, "article")) === art) { cl++; } });
  rows.push({ article: id(art), published: str(first(art, p(S, "datePublished"))),
              headline: str(first(art, p(S, "headline"))), events: ev, claims: cl,
              factuality: order.map(function (h) { return hows[h] + " " + h; }).join(", "),
              shared: shared.sort().join(", ") });
});
rows.sort(function (x, y) { return x.published < y.published ? 1 : x.published > y.published ? -1 : (x.article < y.article ? -1 : 1); });
rows.forEach(function (r) { g.Emit(r); });
