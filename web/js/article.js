// The article view, /article/ID?hl=START-END&entity=ID: the text with what
// was read from it marked as displaCy and brat show annotations (entity
// mentions by type, time expressions, event triggers, quotes with their
// cue and speaker), each mark with its label in words and a link to its
// entity or fact; hl marks the sentence an evidence line came from, entity
// the mentions of the entity it was read for. Beside it, the facts the
// article contributes.
(function () {
  "use strict";
  var ng = window.ng, $ = ng.$, el = ng.el, clear = ng.clear;
  var KINDS = [
    ["entity", "entity mention (type)"], ["timex", "time expression (value)"], ["trigger", "event trigger (type)"],
    ["quote", "quote or reported speech"], ["cue", "speech verb"], ["speaker", "speaker"], ["evidence", "the sentence you came from"]
  ];

  // nest renders chars[start:end) into parent with the marks that fall in
  // it. Marks come sorted by start, enclosing ones first; one that crosses
  // the end of its enclosing mark is cut there and goes on after it.
  function nest(parent, chars, start, end, marks, render) {
    var at = start;
    while (marks.length) {
      var m = marks.shift();
      var s = Math.max(m.start, at), e = Math.min(m.end, end);
      if (s >= e) { continue; }
      if (s > at) { parent.appendChild(document.createTextNode(chars.slice(at, s).join(""))); }
      var inner = [], rest = [];
      marks.forEach(function (x) { (x.start < e ? inner : rest).push(x); });
      var node = render(m);
      nest(node.body, chars, s, e, inner, render);
      if (node.tag) { node.el.appendChild(node.tag); }
      parent.appendChild(node.el);
      inner.forEach(function (x) { if (x.end > e) { rest.push(Object.assign({}, x, { start: e })); } });
      rest.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
      marks = rest;
      at = e;
    }
    if (at < end) { parent.appendChild(document.createTextNode(chars.slice(at, end).join(""))); }
  }

  // factIndex maps a fact IRI to its entry in the list.
  var factIndex = {};

  function markRenderer(focus) {
    return function (m) {
      var span = el(m.kind === "evidence" ? "mark" : "span", "mark mark-" + m.kind + (m.kind === "entity" ? " type-" + m.label : ""));
      if (m.kind === "entity") {
        span.style.setProperty("--type-color", ng.COLORS[m.label] || ng.COLORS.OTHER);
        if (focus && m.ref === focus) { span.classList.add("focus"); }
      }
      if (m.kind === "evidence") {
        span.id = "hl";
        span.tabIndex = -1;
        return { el: span, body: span };
      }
      span.dataset.ref = m.ref || "";
      var tag;
      var label = m.kind === "entity" ? (ng.LABELS[m.label] || m.label).toUpperCase() : m.label;
      if (m.kind === "entity" || (m.kind === "speaker" && m.ref.indexOf("urn:newsgraph:entity:") === 0)) {
        tag = ng.link(ng.entityHref(m.ref, ng.filterQuery()), label, "tag");
      } else if (factIndex[m.ref]) {
        tag = el("a", "tag", label);
        tag.href = "#" + factIndex[m.ref];
      } else {
        tag = el("span", "tag", label);
        tag.tabIndex = 0;
      }
      tag.title = m.note || label;
      tag.setAttribute("aria-label", label + ": " + (m.note || ""));
      if (m.kind === "quote") {
        span.insertBefore(tag, null);
        return { el: span, body: span };
      }
      return { el: span, body: span, tag: tag };
    };
  }

  function legend() {
    var ul = $("article-legend");
    clear(ul);
    KINDS.forEach(function (k) {
      var li = el("li");
      var sample = el("span", "mark mark-" + k[0], k[0] === "entity" ? "Kim" : "…");
      li.appendChild(sample);
      li.appendChild(el("span", null, " " + k[1]));
      ul.appendChild(li);
    });
  }

  function showFacts(a, focus) {
    var ol = $("article-facts");
    clear(ol);
    factIndex = {};
    a.facts.forEach(function (f, i) {
      var li = el("li", "fact fact-kind-" + f.kind);
      li.id = "fact-" + i;
      li.tabIndex = -1;
      factIndex[f.iri] = li.id;
      var head = el("div", "head");
      head.appendChild(el("span", "kind", f.kind));
      if (f.date) { head.appendChild(el("span", "date", f.date)); }
      head.appendChild(document.createTextNode(f.summary));
      li.appendChild(head);
      if (f.entities && f.entities.length) {
        var who = el("div", "sub");
        f.entities.forEach(function (e, j) {
          if (j) { who.appendChild(document.createTextNode(", ")); }
          who.appendChild(ng.link(ng.entityHref(e.id), e.name));
        });
        li.appendChild(who);
      }
      if (f.start >= 0) {
        li.appendChild(ng.link(ng.articleHref(a.id, f.start, f.end, focus), "mark its sentence", "evidence-link"));
      }
      ol.appendChild(li);
    });
    var ents = $("article-entities");
    clear(ents);
    a.entities.forEach(function (e) {
      var li = el("li");
      li.appendChild(ng.dot(e.type));
      li.appendChild(ng.link(ng.entityHref(e.id), e.name));
      li.appendChild(el("span", "type", " " + (ng.LABELS[e.type] || e.type)));
      ents.appendChild(li);
    });
  }

  // show renders /article/ID for its query string.
  function show(id, query) {
    var focus = query.get("entity") ? ng.entityIRI(query.get("entity")) : null;
    var hl = ng.offsets(query.get("hl"));
    return ng.api("/api/article", { id: id }).then(function (a) {
      document.title = (a.headline || "Article " + a.id) + " \u2014 newsgraph";
      $("article-title").textContent = a.headline || "Article " + a.id;
      var meta = $("article-meta");
      clear(meta);
      meta.appendChild(document.createTextNode([a.date ? "published " + a.date : "date unknown", a.source ? "from " + a.source : ""].filter(Boolean).join(" · ")));
      if (a.url && /^https?:\/\//.test(a.url)) {
        meta.appendChild(document.createTextNode(" · "));
        var u = el("a", null, a.url);
        u.href = a.url;
        u.rel = "noopener noreferrer";
        meta.appendChild(u);
      }
      showFacts(a, focus);
      legend();
      var marks = a.marks.slice();
      if (hl[0] >= 0) { marks.push({ start: hl[0], end: hl[1], kind: "evidence", label: "evidence" }); }
      marks.sort(function (x, y) { return x.start - y.start || y.end - x.end || (x.kind === "evidence" ? -1 : 0); });
      var text = $("article-text");
      clear(text);
      var chars = Array.from(a.text); // offsets count code points
      nest(text, chars, 0, chars.length, marks, markRenderer(focus));
      var target = $("hl");
      if (target) { target.scrollIntoView({ block: "center" }); target.focus({ preventScroll: true }); }
      if (a.truncated) { ng.status("Only the first marks and facts are shown."); }
    }).catch(function (err) {
      $("article-title").textContent = "Article " + id;
      clear($("article-text"));
      ng.status(err.message, true);
    });
  }

  // Clicking a mark's text follows its tag's link.
  $("article-text").addEventListener("click", function (evt) {
    var m = evt.target.closest(".mark");
    if (!m || evt.target.closest("a")) { return; }
    var tag = m.querySelector(":scope > .tag");
    if (tag && tag.href) { tag.click(); }
  });

  ng.article = { show: show };
})();
