// The conflicts view, /conflicts: every comparison newsgraph conflicts
// makes, the disagreements first, each with both values, both articles,
// both sentences (linked to the article with the sentence marked) and the
// reasoning behind the verdict.
(function () {
  "use strict";
  var ng = window.ng, $ = ng.$, el = ng.el, clear = ng.clear;

  function side(label, s) {
    var d = el("div", "side");
    d.appendChild(el("div", "value", label + ": " + s.value));
    d.appendChild(ng.evidence(s.evidence, null));
    var src = el("div", "sub");
    src.appendChild(ng.link(ng.articleHref(s.article, s.start, s.end), "read in " + (s.headline || "article " + s.article), "evidence-link"));
    if (s.published) { src.appendChild(document.createTextNode(", published " + s.published)); }
    d.appendChild(src);
    return d;
  }

  function finding(f) {
    var li = el("li", "finding verdict-" + f.verdict);
    var head = el("div", "head");
    head.appendChild(el("span", "verdict", f.verdict === "conflict" ? "CONFLICT" : "consistent"));
    head.appendChild(el("span", "kind", f.kind));
    head.appendChild(document.createTextNode(f.about));
    li.appendChild(head);
    var sides = el("div", "sides");
    sides.appendChild(side("One source says", f.a));
    sides.appendChild(side("the other says", f.b));
    li.appendChild(sides);
    li.appendChild(el("p", "reasoning", "Because " + f.reasoning));
    return li;
  }

  function show() {
    document.title = "Conflicts \u2014 newsgraph";
    return ng.api("/api/conflicts", {}).then(function (res) {
      var bad = $("conflicts"), ok = $("consistent");
      clear(bad);
      clear(ok);
      res.findings.forEach(function (f) { (f.verdict === "conflict" ? bad : ok).appendChild(finding(f)); });
      if (!bad.firstChild) { bad.appendChild(el("li", "sub", "The sources agree on everything compared.")); }
      if (!ok.firstChild) { ok.appendChild(el("li", "sub", "Nothing else was compared.")); }
      ng.status(res.conflicts + (res.conflicts === 1 ? " disagreement" : " disagreements") + " among " + res.findings.length + " comparisons" +
        (res.truncated ? " (the first ones)" : ""));
    }).catch(function (err) { ng.status(err.message, true); });
  }

  ng.conflicts = { show: show };
})();
