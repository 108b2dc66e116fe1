// name: entity
// args: ENTITY
// about: One entity across the corpus: its names and aliases, types, mentions per article, and why each article's entity was taken as this one.
// columns: fact value article
entity(0).ForEach(function (e) {
  var node = e.id;
  g.Emit({ fact: "id", value: String(node).replace(/^<urn:newsgraph:entity:|>$/g, ""), article: "" });
  g.Emit({ fact: "name", value: label(node), article: "" });
  all(node, p(S, "alternateName")).forEach(function (a) { g.Emit({ fact: "alias", value: str(a), article: "" }); });
  all(node, p("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")).forEach(function (t) {
    g.Emit({ fact: "type", value: String(t).replace(/^<https:\/\/schema.org\/|>$/g, ""), article: "" });
  });
  g.V(node).In(p(S, "mentions")).ForEach(function (a) {
    var n = 0, texts = [];
    g.V(node).In(p(NG, "refersTo")).ForEach(function (m) {
      if (first(m.id, p(NG, "article")) === a.id) {
        n++;
        var t = str(first(m.id, p(S, "text")));
        if (texts.indexOf(t) < 0) { texts.push(t); }
      }
    });
    g.Emit({ fact: "mentions", value: n + " (" + texts.join(", ") + ")", article: id(a.id) });
  });
  g.V(node).Out(p(NG, "mergeReason")).ForEach(function (r) {
    g.Emit({ fact: "merged because", value: str(r.id), article: "" });
  });
});
