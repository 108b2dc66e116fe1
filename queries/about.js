// name: about
// args: ENTITY
// about: Everything known about ENTITY: names, types, roles, ages, events, claims it made and claims about it, each with its source. Every event is listed; one not told as having happened, or told in someone's words, says so first: "(denied, reported by X)".
// columns: fact value detail article
var rows = [];
entity(0).ForEach(function (e) {
  var node = e.id;
  g.Emit({ fact: "name", value: label(node), detail: all(node, p(S, "alternateName")).join(", "), article: "" });
  all(node, p("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")).filter(function (v, i, a) {
    return a.indexOf(v) === i;
  }).forEach(function (t) {
    g.Emit({ fact: "type", value: String(t).replace(/^<https:\/\/schema.org\/|>$/g, ""), detail: "", article: "" });
  });
  all(node, p(NG, "role")).forEach(function (r) { g.Emit({ fact: "role", value: str(r), detail: "", article: "" }); });
  g.V(node).Out(p(NG, "ageStatement")).ForEach(function (a) {
    g.Emit({ fact: "age", value: str(first(a.id, p(NG, "age"))), detail: "as of " + str(first(a.id, p(NG, "asOf"))),
             article: id(first(a.id, p(NG, "article"))) });
  });
  g.V(node).In(p(NG, "participant")).ForEach(function (r) {
    var s = source(r.id), how = told(r.id);
    g.Emit({ fact: "event", value: str(first(r.id, p(NG, "eventType"))) + " (" + str(first(r.id, p(NG, "trigger"))) + ")",
             detail: (how === "asserted" ? "" : "(" + how + ") ") + str(first(r.id, p(S, "startDate"))) + " " + s.evidence,
             article: s.article,
             _iris: all(r.id, p(NG, "participant")).concat(all(r.id, p(S, "location"))) });
  });
  g.V(node).In(p(S, "author")).ForEach(function (r) {
    var s = source(r.id);
    g.Emit({ fact: "said", value: str(first(r.id, p(S, "text"))), detail: str(first(r.id, p(NG, "cue"))), article: s.article,
             _iris: all(r.id, p(NG, "addressee")).concat(all(r.id, p(S, "about"))) });
  });
  g.V(node).In(p(S, "about")).ForEach(function (r) {
    var s = source(r.id);
    g.Emit({ fact: "claim about it", value: str(first(r.id, p(S, "text"))),
             detail: "by " + (label(first(r.id, p(S, "author"))) || "unknown"), article: s.article,
             _iris: all(r.id, p(S, "author")) });
  });
  // Open relations (a verb outside the event frames) read as a clause,
  // with their lower confidence: "supply Marlow Freight (open, 0.40)".
  function isOpen(r) { return str(first(r, p(NG, "relationKind"))) === "open"; }
  function openNote(r) { return "(open, " + str(first(r, p(NG, "confidence"))) + ") "; }
  g.V(node).In(p(NG, "holder")).ForEach(function (r) {
    var s = source(r.id), typ = str(first(r.id, p(NG, "relationType"))), rel = label(first(r.id, p(NG, "relative")));
    g.Emit({ fact: "relation", value: isOpen(r.id) ? typ + " " + rel : typ + " of " + rel,
             detail: (isOpen(r.id) ? openNote(r.id) : "") + s.evidence, article: s.article, _iris: all(r.id, p(NG, "relative")) });
  });
  g.V(node).In(p(NG, "relative")).ForEach(function (r) {
    var s = source(r.id), typ = str(first(r.id, p(NG, "relationType"))), holder = label(first(r.id, p(NG, "holder")));
    g.Emit({ fact: "relation", value: isOpen(r.id) ? holder + " " + typ + " it" : holder + " is " + typ,
             detail: (isOpen(r.id) ? openNote(r.id) : "") + s.evidence, article: s.article, _iris: all(r.id, p(NG, "holder")) });
  });
  g.V(node).In(p(S, "mentions")).ForEach(function (r) {
    g.Emit({ fact: "mentioned in", value: id(r.id), detail: str(first(r.id, p(S, "datePublished"))), article: id(r.id) });
  });
});
