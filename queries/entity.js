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
  // Mentions are ng:mention literals "START-END KIND TEXT" on the entity,
  // labelled by their article. A fixed LabelContext is an indexed lookup;
  // one built from a path makes Cayley's bbolt backend scan every quad.
  g.V(node).In(p(S, "mentions")).ForEach(function (a) {
    var ms = [], texts = [];
    (g.V(node).LabelContext(a.id).Out(p(NG, "mention")).ToArray() || []).forEach(function (v) {
      var f = /^(\d+)-\d+ \S+ ([\s\S]*)$/.exec(String(v));
      if (f) { ms.push({ start: +f[1], text: f[2] }); }
    });
    ms.sort(function (x, y) { return x.start - y.start; });
    ms.forEach(function (m) { if (texts.indexOf(m.text) < 0) { texts.push(m.text); } });
    g.Emit({ fact: "mentions", value: ms.length + " (" + texts.join(", ") + ")", article: id(a.id) });
  });
  g.V(node).Out(p(NG, "mergeReason")).ForEach(function (r) {
    g.Emit({ fact: "merged because", value: str(r.id), article: "" });
  });
});
