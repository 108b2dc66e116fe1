// The router of the analyst page. Every view has a URL (/entity/ID,
// /article/ID, /timeline, /conflicts, with their state in the query
// string); the server answers each with this page, which reads the path
// and shows the view. Links marked data-nav become history steps, so the
// back button goes back a view.
(function () {
  "use strict";
  var ng = window.ng, $ = ng.$;
  var VIEWS = ["graph-view", "article-view", "timeline-view", "conflicts-view"];

  function showView(id) {
    VIEWS.forEach(function (v) { $(v).hidden = v !== id; });
    [["nav-timeline", "timeline-view"], ["nav-conflicts", "conflicts-view"]].forEach(function (n) {
      if (n[1] === id) { $(n[0]).setAttribute("aria-current", "page"); } else { $(n[0]).removeAttribute("aria-current"); }
    });
  }

  // rest is the decoded path after prefix.
  function rest(path, prefix) {
    try { return decodeURIComponent(path.slice(prefix.length)); } catch (e) { return path.slice(prefix.length); }
  }

  // render shows the view of the current URL; it returns a promise that
  // settles when the view is drawn, and then sets body[data-shown].
  ng.render = function () {
    var p = location.pathname, q = new URLSearchParams(location.search);
    var done;
    ng.status("");
    if (p.indexOf("/article/") === 0) {
      showView("article-view");
      done = ng.article.show(rest(p, "/article/"), q);
    } else if (p === "/conflicts") {
      showView("conflicts-view");
      done = ng.conflicts.show();
    } else if (p === "/timeline") {
      showView("timeline-view");
      done = ng.timeline.show(q);
    } else if (p.indexOf("/entity/") === 0) {
      showView("graph-view");
      done = ng.graph.show(rest(p, "/entity/"), q);
    } else {
      showView("graph-view");
      document.title = "newsgraph";
      done = Promise.resolve();
    }
    var url = location.pathname + location.search;
    delete document.body.dataset.shown;
    ng.ready = Promise.resolve(done).then(function () {
      // tests wait for this: the view of this URL is drawn
      if (location.pathname + location.search === url) { document.body.dataset.shown = url; }
      return url;
    });
    return ng.ready;
  };

  document.addEventListener("click", function (evt) {
    var a = evt.target.closest("a[data-nav]");
    if (!a || evt.button !== 0 || evt.ctrlKey || evt.metaKey || evt.shiftKey || evt.altKey) { return; }
    evt.preventDefault();
    var href = a.getAttribute("href");
    if (href !== location.pathname + location.search) { ng.go(href); }
  });
  window.addEventListener("popstate", ng.render);

  // Keys: "/" to search; n and p step through the marks of an article.
  document.addEventListener("keydown", function (evt) {
    if (evt.target.closest("input, select, textarea") || evt.ctrlKey || evt.metaKey || evt.altKey) { return; }
    if (evt.key === "/") { evt.preventDefault(); $("search").focus(); return; }
    if ((evt.key === "n" || evt.key === "p") && !$("article-view").hidden) {
      var tags = Array.from(document.querySelectorAll("#article-text .tag"));
      var i = tags.indexOf(document.activeElement);
      var next = tags[evt.key === "n" ? Math.min(i + 1, tags.length - 1) : Math.max(i - 1, 0)];
      if (next) { next.focus(); }
    }
  });

  // For tests and the console.
  window.newsgraph = { cy: ng.graph.cy, search: ng.graph.search, render: ng.render, ng: ng };
  ng.render();
})();
