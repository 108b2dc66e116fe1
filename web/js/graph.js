// The entity view: search, the selected entity's neighbourhood drawn with
// cytoscape.js (nodes grow on click), and the panel with the entity across
// articles, its timeline, claims and the evidence of a clicked edge. Its
// URL is /entity/ID?expand=ID&expand=ID&since=&until=&all=1: the selected
// entity, the other entities whose neighbours are drawn, the date range,
// and whether the events not told as having happened (denied, uncertain,
// planned...) are drawn too, dashed and labelled with how they are told.
(function () {
  "use strict";
  var ng = window.ng, $ = ng.$, el = ng.el, clear = ng.clear;
  var SHAPES = { PERSON: "ellipse", ORGANIZATION: "round-rectangle", PLACE: "diamond",
    WORK: "hexagon", EVENT: "triangle", OTHER: "rectangle" };

  var cy = cytoscape({
    container: $("cy"),
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: "node", style: {
        "background-color": function (n) { return ng.COLORS[n.data("type")] || ng.COLORS.OTHER; },
        "shape": function (n) { return SHAPES[n.data("type")] || "rectangle"; },
        "label": "data(name)", "font-size": 12, "color": "#1f2328",
        "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": 140,
        "text-background-color": "#fcfcfb", "text-background-opacity": 0.8, "text-background-padding": 1,
        "width": 26, "height": 26, "border-width": 2, "border-color": "#ffffff" } },
      { selector: "node.expanded", style: { "border-color": "#1f2328" } },
      { selector: "node.selected", style: { "width": 36, "height": 36, "border-width": 4, "border-color": "#2f5d8a" } },
      { selector: "edge", style: {
        "label": "data(label)", "font-size": 10, "color": "#5d646d",
        "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
        "width": 1.5, "line-color": "#b4b8bd", "target-arrow-color": "#b4b8bd",
        "text-rotation": "autorotate", "text-background-color": "#fcfcfb",
        "text-background-opacity": 0.9, "text-background-padding": 1 } },
      // an edge none of whose events is told as having happened (all=1)
      { selector: "edge[?not_asserted]", style: { "line-style": "dashed", "color": "#8a4b00" } },
      { selector: "edge:selected", style: { "line-color": "#2f5d8a", "target-arrow-color": "#2f5d8a", "width": 3 } }
    ]
  });

  // state: what is drawn (key: expanded entities and date range) and
  // which entity is selected.
  var state = { key: "", expanded: [], since: "", until: "", all: false, selected: null, layout: null };

  function search(q) {
    ng.status("Searching…");
    clear($("results"));
    return ng.api("/api/search", { q: q }).then(function (res) {
      var list = $("results");
      if (!res.results.length) { ng.status("No entity named \u201c" + q + "\u201d."); return; }
      ng.status(res.results.length + (res.results.length === 1 ? " match" : " matches") + (res.truncated ? " (first ones shown)" : ""));
      res.results.forEach(function (e) {
        var a = ng.link(ng.entityHref(e.id, ng.filterQuery()), null, "result");
        a.dataset.id = e.id;
        a.appendChild(ng.dot(e.type));
        a.appendChild(el("span", "name", e.name));
        a.appendChild(el("span", "type", ng.LABELS[e.type] || e.type));
        var li = el("li");
        li.appendChild(a);
        list.appendChild(li);
      });
      list.querySelector("a").focus();
    }).catch(function (err) { ng.status(err.message, true); });
  }

  // addNode places a new node on a circle around near (the i-th of k), so
  // the layout starts from the same positions every time.
  function addNode(e, near, i, k) {
    var n = cy.getElementById(e.id);
    if (n.nonempty()) { return n; }
    var pos = { x: 0, y: 0 };
    if (near && near.nonempty()) {
      var p = near.position();
      var a = 2 * Math.PI * (i + 0.5) / Math.max(k, 1);
      pos = { x: p.x + 120 * Math.cos(a), y: p.y + 120 * Math.sin(a) };
    }
    return cy.add({ group: "nodes", data: { id: e.id, name: e.name, type: e.type }, position: pos });
  }

  function expand(id) {
    return ng.api("/api/neighbours", { id: id, since: state.since, until: state.until, all: state.all ? "1" : "" }).then(function (res) {
      var center = addNode(res.center, null);
      center.addClass("expanded");
      res.nodes.forEach(function (n, i) { addNode(n, center, i, res.nodes.length); });
      res.edges.forEach(function (e) {
        if (cy.getElementById(e.id).nonempty()) { return; }
        cy.add({ group: "edges", data: { id: e.id, source: e.source, target: e.target, relation: e.relation, facts: e.facts,
          label: edgeLabel(e), not_asserted: !!e.not_asserted } });
      });
      if (res.truncated) { ng.status("Only the first " + res.nodes.length + " neighbours are drawn."); }
      return res;
    });
  }

  // edgeLabel is the relation, and for an edge none of whose events is
  // told as having happened, how they are told: "meet (denied)".
  function edgeLabel(e) {
    if (!e.not_asserted) { return e.relation; }
    var hows = [];
    e.facts.forEach(function (f) { if (f.not_asserted && hows.indexOf(f.not_asserted) < 0) { hows.push(f.not_asserted); } });
    return e.relation + " (" + hows.join("; ") + ")";
  }

  function relayout() {
    if (state.layout) { state.layout.stop(); }
    state.layout = cy.layout({
      name: "cose", animate: false, randomize: false, fit: true, padding: 40,
      nodeDimensionsIncludeLabels: true, numIter: 2500, gravity: 1, nodeOverlap: 20,
      idealEdgeLength: function () { return 120; },
      nodeRepulsion: function () { return 400000; }
    });
    state.layout.run();
  }

  // The nodes as a list too: the keyboard's and screen readers' way into
  // the graph, with each node's type in words.
  function listGraphNodes() {
    var list = $("graph-nodes");
    clear(list);
    cy.nodes().sort(function (a, b) { return a.data("name").localeCompare(b.data("name")); }).forEach(function (n) {
      var a = ng.link(nodeHref(n.id()), null, "graph-node" + (n.id() === state.selected ? " selected" : ""));
      a.dataset.id = n.id();
      if (n.id() === state.selected) { a.setAttribute("aria-current", "true"); }
      a.appendChild(ng.dot(n.data("type")));
      a.appendChild(el("span", "name", n.data("name")));
      a.appendChild(el("span", "type", (ng.LABELS[n.data("type")] || "") + (n.hasClass("expanded") ? ", expanded" : "")));
      var li = el("li");
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  // nodeHref selects a node and keeps what is drawn: the entities expanded
  // so far stay expanded.
  function nodeHref(id) {
    var q = new URLSearchParams(ng.filterQuery());
    state.expanded.forEach(function (x) { if (x !== id) { q.append("expand", ng.entityId(x)); } });
    return ng.entityHref(id, q);
  }

  // show draws the view for /entity/ID with its query string.
  function show(id, query) {
    var iri = ng.entityIRI(id);
    var expanded = query.getAll("expand").map(ng.entityIRI).filter(function (x) { return x !== iri; });
    expanded.push(iri);
    var since = query.get("since") || "", until = query.get("until") || "", all = query.get("all") === "1";
    $("since").value = since;
    $("until").value = until;
    $("show-all").checked = all;
    var key = expanded.slice().sort().join(" ") + "|" + since + "|" + until + "|" + all;
    var drawn = Promise.resolve();
    if (key !== state.key) {
      cy.elements().remove();
      state = { key: key, expanded: expanded, since: since, until: until, all: all, selected: iri, layout: state.layout };
      drawn = expanded.reduce(function (p, x) { return p.then(function () { return expand(x); }); }, Promise.resolve())
        .then(relayout);
    }
    state.selected = iri;
    $("edge").hidden = true;
    updateExport();
    var shown = drawn.then(function () {
      cy.nodes().removeClass("selected");
      cy.getElementById(iri).addClass("selected");
      listGraphNodes();
    });
    return Promise.all([shown, loadEntity(iri), loadTimeline(iri), loadClaims(iri)])
      .catch(function (err) { ng.status(err.message, true); });
  }

  cy.on("tap", "node", function (evt) { ng.go(nodeHref(evt.target.id())); });
  cy.on("tap", "edge", function (evt) { showEdge(evt.target); });

  function loadEntity(iri) {
    return ng.api("/api/entity", { id: ng.entityId(iri) }).then(function (e) {
      if (state.selected !== iri) { return; }
      document.title = e.name + " \u2014 newsgraph";
      $("entity-name").textContent = e.name;
      var bits = [ng.LABELS[e.type] || e.type];
      if (e.aliases && e.aliases.length) { bits.push("also " + e.aliases.join(", ")); }
      if (e.roles && e.roles.length) { bits.push(e.roles.join(", ")); }
      $("entity-meta").textContent = bits.join(" · ");
      var types = $("entity-types");
      clear(types);
      types.appendChild(el("dt", null, "Types"));
      types.appendChild(el("dd", null, e.types.map(function (t) {
        return (ng.LABELS[t.type] || t.type) + " in " + t.articles + (t.articles === 1 ? " article" : " articles");
      }).join("; ")));
      var list = $("entity-articles");
      clear(list);
      e.articles.forEach(function (a) {
        var li = el("li", "entity-article");
        var head = el("div", "head");
        if (a.date) { head.appendChild(el("span", "date", a.date)); }
        head.appendChild(ng.link(ng.articleHref(a.id, a.first, a.first_end, iri), a.headline || "article " + a.id));
        li.appendChild(head);
        li.appendChild(el("div", "sub", a.mentions + (a.mentions === 1 ? " mention: " : " mentions: ") + a.names.join(", ")));
        li.appendChild(el("div", "merge", a.merge ? "Merged because " + a.merge :
          "First seen here: the articles after it were merged into this entity."));
        list.appendChild(li);
      });
    });
  }

  function loadTimeline(iri) {
    return ng.api("/api/timeline", { entity: ng.entityId(iri), since: state.since, until: state.until, all: state.all ? "1" : "" }).then(function (res) {
      if (state.selected !== iri) { return; }
      ng.hiddenNote($("hidden-note"), res);
      ng.timeline.list($("timeline"), res.dated, iri, "No dated events" + (state.since || state.until ? " in this range." : "."));
      ng.timeline.list($("timeline-undated"), res.undated, iri, "None.");
      ng.timeline.draw($("entity-timeline"), res);
    });
  }

  function loadClaims(iri) {
    var list = $("claims");
    clear(list);
    list.appendChild(el("li", "sub", "Loading…"));
    return ng.api("/api/claims", { id: iri }).then(function (res) {
      if (state.selected !== iri) { return; }
      clear(list);
      if (!res.rows.length) { list.appendChild(el("li", "sub", "No claims attributed.")); }
      res.rows.forEach(function (r) {
        var li = el("li", "claim");
        li.appendChild(el("blockquote", null, r.direct === "true" ? "\u201c" + r.quote + "\u201d" : r.quote));
        var how = [r.direct === "true" ? "quote" : "reported"];
        if (r.cue) { how.push(r.cue); }
        if (r.to) { how.push("to " + r.to); }
        li.appendChild(el("div", "sub", how.join(" · ")));
        var o = ng.offsets(r.offsets);
        li.appendChild(ng.evidence(r.evidence, r.article, o[0], o[1], iri, r.published));
        list.appendChild(li);
      });
      if (res.truncated) { list.appendChild(el("li", "sub", "Only the first " + res.rows.length + " claims are listed.")); }
    });
  }

  function showEdge(edge) {
    var s = cy.getElementById(edge.data("source")), t = cy.getElementById(edge.data("target"));
    $("edge-title").textContent = s.data("name") + " \u2014 " + edge.data("relation") + " \u2014 " + t.data("name");
    var list = $("edge-facts");
    clear(list);
    (edge.data("facts") || []).forEach(function (f) {
      var li = el("li");
      var head = el("div", "head");
      if (f.date) { head.appendChild(el("span", "date", f.date)); }
      head.appendChild(document.createTextNode(f.kind === "claim" ? "\u201c" + f.text + "\u201d" :
        (f.type || f.kind) + (f.trigger ? " (" + f.trigger + ")" : "")));
      li.appendChild(head);
      var told = [];
      if (f.not_asserted) { told.push("not told as having happened: " + f.not_asserted); }
      if (f.reported_by) { told.push("reported by " + f.reported_by); }
      if (told.length) { li.appendChild(el("div", "factuality", told.join(" · "))); }
      if (f.evidence) { li.appendChild(ng.evidence(f.evidence, f.article, f.start, f.end, state.selected)); }
      list.appendChild(li);
    });
    $("edge").hidden = false;
  }

  // The export link asks the server's exporters for what is drawn: the
  // expanded entities and their neighbours, in the date range.
  function updateExport() {
    var q = new URLSearchParams({ format: $("export-format").value });
    state.expanded.forEach(function (x) { q.append("id", x); });
    if (state.since) { q.set("since", state.since); }
    if (state.until) { q.set("until", state.until); }
    if (state.all) { q.set("all", "1"); }
    var a = $("export-link");
    a.href = "/api/export?" + q.toString();
    a.setAttribute("download", "newsgraph-" + ng.entityId(state.selected || "graph") + "." + ({ gexf: "gexf", graphml: "graphml", cytoscape: "json" })[$("export-format").value]);
  }

  Object.keys(ng.COLORS).forEach(function (t) {
    var li = el("li");
    li.appendChild(ng.dot(t));
    li.appendChild(el("span", null, ng.LABELS[t] + " (" + SHAPES[t].replace("round-", "rounded ") + ")"));
    $("legend").appendChild(li);
  });

  $("search-form").addEventListener("submit", function (evt) {
    evt.preventDefault();
    var q = $("search").value.trim();
    if (q) {
      if (location.pathname.indexOf("/entity/") !== 0 && location.pathname !== "/") { ng.go("/"); }
      search(q);
    }
  });

  // The date range goes into the URL, so it is shared and survives back.
  $("filter-form").addEventListener("submit", function (evt) {
    evt.preventDefault();
    if (!state.selected) { ng.status("Select an entity first."); return; }
    var q = new URLSearchParams(location.search);
    ["since", "until"].forEach(function (k) { if ($(k).value) { q.set(k, $(k).value); } else { q.delete(k); } });
    ng.go(location.pathname + "?" + q.toString());
  });
  $("filter-clear").addEventListener("click", function () {
    var q = new URLSearchParams(location.search);
    q.delete("since");
    q.delete("until");
    ng.go(location.pathname + (q.toString() ? "?" + q.toString() : ""));
  });
  $("export-format").addEventListener("change", updateExport);
  $("show-all").addEventListener("change", function () {
    if (!state.selected) { return; }
    ng.go(ng.toggleAll($("show-all").checked));
  });

  ng.graph = { cy: cy, search: search, show: show, state: function () { return state; } };
})();
