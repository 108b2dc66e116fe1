// The newsgraph analyst page: search an entity, draw its neighbourhood with
// cytoscape.js, expand nodes on click, and show the selected entity's
// timeline and claims with their sources. It talks only to this server's
// /api/ endpoints and writes text with textContent (never HTML).
(function () {
  "use strict";

  var COLORS = {
    PERSON: "#4e79a7", ORGANIZATION: "#f28e2b", PLACE: "#59a14f",
    WORK: "#b07aa1", EVENT: "#e15759", OTHER: "#8c8c8c"
  };
  var LABELS = {
    PERSON: "person", ORGANIZATION: "organization", PLACE: "place",
    WORK: "work", EVENT: "event", OTHER: "other"
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function dot(type) {
    var d = el("span", "dot");
    d.style.background = COLORS[type] || COLORS.OTHER;
    return d;
  }

  function api(path, params) {
    var url = path + "?" + new URLSearchParams(params).toString();
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) { throw new Error(body.error || r.status + " " + r.statusText); }
        return body;
      });
    });
  }

  var cy = cytoscape({
    container: $("cy"),
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: "node", style: {
        "background-color": function (n) { return COLORS[n.data("type")] || COLORS.OTHER; },
        "label": "data(name)", "font-size": 12, "color": "#1f2328",
        "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": 140,
        "text-background-color": "#fcfcfb", "text-background-opacity": 0.8, "text-background-padding": 1,
        "width": 26, "height": 26, "border-width": 2, "border-color": "#ffffff" } },
      { selector: "node.expanded", style: { "border-color": "#1f2328" } },
      { selector: "node.selected", style: { "width": 36, "height": 36, "border-width": 4, "border-color": "#2f5d8a" } },
      { selector: "edge", style: {
        "label": "data(relation)", "font-size": 10, "color": "#5d646d",
        "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
        "width": 1.5, "line-color": "#b4b8bd", "target-arrow-color": "#b4b8bd",
        "text-rotation": "autorotate", "text-background-color": "#fcfcfb",
        "text-background-opacity": 0.9, "text-background-padding": 1 } },
      { selector: "edge:selected", style: { "line-color": "#2f5d8a", "target-arrow-color": "#2f5d8a", "width": 3 } }
    ]
  });

  var state = { selected: null, layout: null };

  function status(text, isError) {
    var s = $("status");
    s.textContent = text || "";
    s.className = isError ? "error" : "";
  }

  // ---- search ----

  function search(q) {
    status("Searching…");
    clear($("results"));
    return api("/api/search", { q: q }).then(function (res) {
      var list = $("results");
      if (!res.results.length) { status("No entity named \u201c" + q + "\u201d."); return; }
      status(res.results.length + (res.results.length === 1 ? " match" : " matches") + (res.truncated ? " (first ones shown)" : ""));
      res.results.forEach(function (e) {
        var b = el("button", "result");
        b.type = "button";
        b.dataset.id = e.id;
        b.appendChild(dot(e.type));
        b.appendChild(el("span", "name", e.name));
        b.appendChild(el("span", "type", LABELS[e.type] || e.type));
        b.addEventListener("click", function () { select(e.id, true); });
        var li = el("li");
        li.appendChild(b);
        list.appendChild(li);
      });
    }).catch(function (err) { status(err.message, true); });
  }

  // ---- graph ----

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
    return api("/api/neighbours", { id: id }).then(function (res) {
      var center = addNode(res.center, null);
      center.addClass("expanded");
      res.nodes.forEach(function (n, i) { addNode(n, center, i, res.nodes.length); });
      res.edges.forEach(function (e) {
        if (cy.getElementById(e.id).nonempty()) { return; }
        cy.add({ group: "edges", data: { id: e.id, source: e.source, target: e.target, relation: e.relation, facts: e.facts } });
      });
      relayout();
      listGraphNodes();
      if (res.truncated) { status("Only the first " + res.nodes.length + " neighbours are drawn.", false); }
      return res;
    });
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

  function listGraphNodes() {
    var list = $("graph-nodes");
    clear(list);
    cy.nodes().sort(function (a, b) { return a.data("name").localeCompare(b.data("name")); }).forEach(function (n) {
      var b = el("button", "graph-node" + (n.id() === state.selected ? " selected" : ""));
      b.type = "button";
      b.dataset.id = n.id();
      b.appendChild(dot(n.data("type")));
      b.appendChild(el("span", "name", n.data("name")));
      if (n.hasClass("expanded")) { b.appendChild(el("span", "type", "expanded")); }
      b.addEventListener("click", function () { select(n.id(), false); });
      var li = el("li");
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  // select shows an entity in the panel and draws its neighbours; fresh
  // starts a new graph (a search result), otherwise the graph grows.
  function select(id, fresh) {
    if (fresh) { cy.elements().remove(); }
    state.selected = id;
    cy.nodes().removeClass("selected");
    $("edge").hidden = true;
    var shown = expand(id).then(function (res) {
      cy.getElementById(id).addClass("selected");
      showEntity(res.center);
      listGraphNodes();
    });
    return Promise.all([shown, loadTimeline(id), loadClaims(id)]).catch(function (err) { status(err.message, true); });
  }

  cy.on("tap", "node", function (evt) { select(evt.target.id(), false); });
  cy.on("tap", "edge", function (evt) { showEdge(evt.target); });

  // ---- panel ----

  function showEntity(e) {
    $("entity-name").textContent = e.name;
    var bits = [LABELS[e.type] || e.type];
    if (e.aliases && e.aliases.length) { bits.push("also " + e.aliases.join(", ")); }
    if (e.roles && e.roles.length) { bits.push(e.roles.join(", ")); }
    $("entity-meta").textContent = bits.join(" · ");
  }

  function source(row) {
    var parts = [];
    if (row.article) { parts.push("article " + row.article); }
    if (row.published) { parts.push("published " + row.published); }
    return parts.join(", ");
  }

  function loadTimeline(id) {
    var list = $("timeline");
    clear(list);
    list.appendChild(el("li", "sub", "Loading…"));
    return api("/api/timeline", { id: id }).then(function (res) {
      if (state.selected !== id) { return; }
      clear(list);
      if (!res.rows.length) { list.appendChild(el("li", "sub", "No events.")); }
      res.rows.forEach(function (r) {
        var li = el("li");
        var head = el("div", "head");
        head.appendChild(el("span", "date", r.time));
        head.appendChild(document.createTextNode(r.event + (r.trigger ? " (" + r.trigger + ")" : "")));
        li.appendChild(head);
        var who = [];
        if (r.with) { who.push("with " + r.with); }
        if (r.place) { who.push("in " + r.place); }
        if (who.length) { li.appendChild(el("div", "sub", who.join(" "))); }
        if (r.evidence) { li.appendChild(el("div", "evidence", r.evidence)); }
        li.appendChild(el("div", "sub", source(r)));
        list.appendChild(li);
      });
      if (res.truncated) { list.appendChild(el("li", "sub", "Only the first " + res.rows.length + " events are listed.")); }
    });
  }

  function loadClaims(id) {
    var list = $("claims");
    clear(list);
    list.appendChild(el("li", "sub", "Loading…"));
    return api("/api/claims", { id: id }).then(function (res) {
      if (state.selected !== id) { return; }
      clear(list);
      if (!res.rows.length) { list.appendChild(el("li", "sub", "No claims attributed.")); }
      res.rows.forEach(function (r) {
        var li = el("li", "claim");
        li.appendChild(el("blockquote", null, r.direct === "true" ? "\u201c" + r.quote + "\u201d" : r.quote));
        var how = [r.direct === "true" ? "quote" : "reported"];
        if (r.cue) { how.push(r.cue); }
        if (r.to) { how.push("to " + r.to); }
        li.appendChild(el("div", "sub", how.join(" · ")));
        if (r.evidence) { li.appendChild(el("div", "evidence", r.evidence)); }
        li.appendChild(el("div", "sub", source(r)));
        list.appendChild(li);
      });
      if (res.truncated) { list.appendChild(el("li", "sub", "Only the first " + res.rows.length + " claims are listed.")); }
    });
  }

  function showEdge(edge) {
    var box = $("edge");
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
      if (f.evidence) { li.appendChild(el("div", "evidence", f.evidence)); }
      if (f.article) { li.appendChild(el("div", "sub", "article " + f.article)); }
      list.appendChild(li);
    });
    box.hidden = false;
  }

  // ---- start ----

  Object.keys(COLORS).forEach(function (t) {
    var li = el("li");
    li.appendChild(dot(t));
    li.appendChild(el("span", null, LABELS[t]));
    $("legend").appendChild(li);
  });

  $("search-form").addEventListener("submit", function (evt) {
    evt.preventDefault();
    var q = $("search").value.trim();
    if (q) { search(q); }
  });

  // For tests and the console: the graph and the actions.
  window.newsgraph = { cy: cy, search: search, select: select };
})();
