// Shared helpers of the analyst page. Every script adds to window.ng; text
// is always written with textContent, never as HTML, so nothing an article
// says can run in the page.
(function () {
  "use strict";
  var ng = window.ng = window.ng || {};

  ng.COLORS = {
    PERSON: "#4e79a7", ORGANIZATION: "#f28e2b", PLACE: "#59a14f",
    WORK: "#b07aa1", EVENT: "#e15759", OTHER: "#8c8c8c"
  };
  ng.LABELS = {
    PERSON: "person", ORGANIZATION: "organization", PLACE: "place",
    WORK: "work", EVENT: "event", OTHER: "other"
  };
  var ENTITY = "urn:newsgraph:entity:", ARTICLE = "urn:newsgraph:article:";

  ng.$ = function (id) { return document.getElementById(id); };

  ng.el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  };

  ng.clear = function (node) { while (node.firstChild) { node.removeChild(node.firstChild); } };

  ng.dot = function (type) {
    var d = ng.el("span", "dot");
    d.style.background = ng.COLORS[type] || ng.COLORS.OTHER;
    return d;
  };

  ng.status = function (text, isError) {
    var s = ng.$("status");
    s.textContent = text || "";
    s.className = isError ? "error" : "";
  };

  // api fetches this server's JSON; an error answer becomes a rejection.
  ng.api = function (path, params) {
    var q = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) { if (params[k]) { q.set(k, params[k]); } });
    return fetch(path + "?" + q.toString(), { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) { throw new Error(body.error || r.status + " " + r.statusText); }
        return body;
      });
    });
  };

  // Ids in the page's paths are the stored ids, percent-encoded; the API
  // takes IRIs, so neither side has to agree on how to escape an id.
  function tail(iri, prefix) {
    var t = iri.indexOf(prefix) === 0 ? iri.slice(prefix.length) : iri;
    try { return decodeURIComponent(t); } catch (e) { return t; }
  }
  ng.entityId = function (iri) { return tail(iri, ENTITY); };
  ng.articleId = function (idOrIRI) { return tail(idOrIRI, ARTICLE); };
  // pathEscape is Go's url.PathEscape, which made the IRIs (triples.EntityIRI).
  function pathEscape(s) {
    return encodeURIComponent(s)
      .replace(/[!'()*]/g, function (c) { return "%" + c.charCodeAt(0).toString(16).toUpperCase(); })
      .replace(/%(24|26|2B|3A|3D|40)/g, function (m, h) { return String.fromCharCode(parseInt(h, 16)); });
  }
  ng.entityIRI = function (id) { return ENTITY + pathEscape(id); };

  // entityHref links to an entity's view, keeping the date filter.
  ng.entityHref = function (iri, query) {
    var q = new URLSearchParams(query || {});
    var s = q.toString();
    return "/entity/" + encodeURIComponent(ng.entityId(iri)) + (s ? "?" + s : "");
  };

  // articleHref links to an article; start/end mark a sentence, entity
  // marks that entity's mentions.
  ng.articleHref = function (article, start, end, entity) {
    var q = new URLSearchParams();
    if (start >= 0 && end > start) { q.set("hl", start + "-" + end); }
    if (entity) { q.set("entity", ng.entityId(entity)); }
    var s = q.toString();
    return "/article/" + encodeURIComponent(ng.articleId(article)) + (s ? "?" + s : "");
  };

  // link makes an in-page link: app.js turns its clicks into history steps.
  ng.link = function (href, text, cls) {
    var a = ng.el("a", cls, text);
    a.href = href;
    a.setAttribute("data-nav", "");
    return a;
  };

  // evidence is a source sentence linked to its place in the article.
  ng.evidence = function (text, article, start, end, entity, published) {
    var d = ng.el("div", "evidence");
    d.appendChild(ng.el("span", "evidence-text", text));
    if (article) {
      var src = ng.el("div", "sub");
      var a = ng.link(ng.articleHref(article, start, end, entity), "read in article " + ng.articleId(article), "evidence-link");
      src.appendChild(a);
      if (published) { src.appendChild(document.createTextNode(", published " + published)); }
      d.appendChild(src);
    }
    return d;
  };

  // offsets reads "START-END" (the named queries' offsets column).
  ng.offsets = function (s) {
    var m = /^(\d+)-(\d+)$/.exec(s || "");
    return m ? [+m[1], +m[2]] : [-1, -1];
  };

  // filterQuery is the date range of the URL and whether it shows the
  // events not told as having happened (all=1), for links that keep them.
  ng.filterQuery = function () {
    var q = new URLSearchParams(location.search), out = {};
    ["since", "until", "all"].forEach(function (k) { if (q.get(k)) { out[k] = q.get(k); } });
    return out;
  };

  // toggleAll is the URL of this view with all=1 set or removed: the
  // toggle of the events not told as having happened.
  ng.toggleAll = function (on) {
    var q = new URLSearchParams(location.search);
    if (on) { q.set("all", "1"); } else { q.delete("all"); }
    return location.pathname + (q.toString() ? "?" + q.toString() : "");
  };

  // hiddenNote says how many events the view leaves out, next to the toggle.
  ng.hiddenNote = function (node, res) {
    node.textContent = !res.all && res.hidden ? "(" + res.hidden + " hidden)" : "";
  };

  ng.go = function (href) {
    history.pushState(null, "", href);
    ng.render();
  };
})();
