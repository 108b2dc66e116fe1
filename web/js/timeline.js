// Timelines: events on a time axis drawn by vis-timeline (a day as a point,
// a month or a year as a range over it), and the same events as lists,
// dated and undated apart, each with its factuality, reports and source
// sentence. The entity view draws the entity's; /timeline?since=&until=
// the whole graph's. Both list only the events told as having happened
// unless all=1 (the toggle): then the others too, marked with how they
// are told ("denied", "planned").
(function () {
  "use strict";
  var ng = window.ng, $ = ng.$, el = ng.el, clear = ng.clear;

  // period is the first and last day of a date value (YYYY, YYYY-MM or
  // YYYY-MM-DD), as the server reads them (graph/view.Period).
  function period(d) {
    var p = d.split("-").map(Number);
    if (p.length === 3) { return [new Date(Date.UTC(p[0], p[1] - 1, p[2])), null]; }
    if (p.length === 2) { return [new Date(Date.UTC(p[0], p[1] - 1, 1)), new Date(Date.UTC(p[0], p[1], 0))]; }
    return [new Date(Date.UTC(p[0], 0, 1)), new Date(Date.UTC(p[0], 11, 31))];
  }

  function title(ev) {
    return ev.type + (ev.trigger ? " (" + ev.trigger + ")" : "");
  }

  // facts are the words that carry what colour would: how it is told
  // (denied, planned, ... when not as having happened), whose statement,
  // how sure, how many reports.
  function facts(ev) {
    var bits = [];
    if (ev.not_asserted) { bits.push("not told as having happened: " + ev.not_asserted); }
    if (ev.reported_by) {
      bits.push("reported by " + ev.reported_by);
    } else if (ev.factuality === "reported") {
      bits.push("reported");
    } else if (!ev.not_asserted) {
      bits.push("asserted by the article");
    }
    bits.push("confidence " + ev.confidence.toFixed(2));
    bits.push(ev.reports + (ev.reports === 1 ? " report" : " reports"));
    return bits.join(" · ");
  }

  function itemId(ev) { return "ev-" + ev.iri.replace(/[^A-Za-z0-9]+/g, "-"); }

  // list writes events into an <ol>: one entry each, linked to its
  // article with the sentence marked.
  function list(ol, events, focus, empty) {
    clear(ol);
    if (!events.length) { ol.appendChild(el("li", "sub", empty)); return; }
    events.forEach(function (ev) {
      var li = el("li", "event fact-" + ev.factuality);
      li.id = itemId(ev) + (ol.id ? "-" + ol.id : "");
      li.tabIndex = -1;
      var head = el("div", "head");
      if (ev.date) { head.appendChild(el("span", "date", ev.date)); }
      head.appendChild(document.createTextNode(title(ev)));
      li.appendChild(head);
      var who = ev.participants.filter(function (p) { return p.id !== focus; }).map(function (p) { return p.name; });
      var bits = [];
      if (who.length) { bits.push("with " + who.join(", ")); }
      if (ev.place && ev.place.length) { bits.push("in " + ev.place.map(function (p) { return p.name; }).join(", ")); }
      if (ev.time_text) { bits.push("\u201c" + ev.time_text + "\u201d"); }
      if (bits.length) { li.appendChild(el("div", "sub", bits.join(" "))); }
      li.appendChild(el("div", "factuality", facts(ev)));
      if (ev.evidence) { li.appendChild(ng.evidence(ev.evidence, ev.article, ev.start, ev.end, focus, ev.published)); }
      ol.appendChild(li);
    });
  }

  // draw puts the dated events of res on the axis in section; selecting an
  // item brings its entry in the lists into view.
  function draw(section, res) {
    var box = section.querySelector(".timeline-axis");
    if (section.timeline) { section.timeline.destroy(); section.timeline = null; }
    clear(box);
    if (!res.dated.length) {
      box.appendChild(el("p", "sub", "No dated events to draw" + (res.since || res.until ? " in this range." : ".")));
      return;
    }
    var items = res.dated.map(function (ev) {
      var p = period(ev.date);
      var content = el("span", "tl-item");
      content.appendChild(el("span", "tl-type", title(ev)));
      if (ev.not_asserted) { content.appendChild(el("span", "tl-flag", ev.not_asserted)); }
      if (ev.factuality === "reported") { content.appendChild(el("span", "tl-flag", "reported")); }
      if (ev.reports > 1) { content.appendChild(el("span", "tl-flag", "\u00d7" + ev.reports)); }
      var item = { id: itemId(ev), content: content, start: p[0], title: ev.date + ": " + title(ev) + " \u2014 " + facts(ev),
        className: "fact-" + ev.factuality };
      if (p[1]) { item.end = p[1]; item.type = "range"; } else { item.type = "point"; }
      return item;
    });
    var tl = new vis.Timeline(box, items, {
      stack: true, zoomable: true, showCurrentTime: false, minHeight: 140, maxHeight: 320,
      margin: { item: 6 }, orientation: "bottom", zoomMin: 24 * 3600 * 1000 * 7
    });
    tl.on("select", function (props) {
      if (!props.items.length) { return; }
      var entry = document.querySelector("[id^='" + props.items[0] + "-']");
      if (entry) { entry.scrollIntoView({ block: "nearest" }); entry.focus(); }
    });
    section.timeline = tl;
  }

  // show is the /timeline view: the whole graph's events.
  function show(query) {
    var since = query.get("since") || "", until = query.get("until") || "", all = query.get("all") === "1";
    $("tl-since").value = since;
    $("tl-until").value = until;
    $("tl-show-all").checked = all;
    document.title = "Timeline \u2014 newsgraph";
    return ng.api("/api/timeline", { since: since, until: until, all: all ? "1" : "" }).then(function (res) {
      ng.hiddenNote($("tl-hidden-note"), res);
      list($("tl-dated"), res.dated, null, "No dated events" + (since || until ? " in this range." : "."));
      list($("tl-undated"), res.undated, null, since || until ? "Undated events are left out when a range is set." : "None.");
      draw($("graph-timeline"), res);
      if (res.truncated) { ng.status("Only the first events are shown."); }
    }).catch(function (err) { ng.status(err.message, true); });
  }

  $("timeline-filter").addEventListener("submit", function (evt) {
    evt.preventDefault();
    var q = new URLSearchParams();
    if ($("tl-since").value) { q.set("since", $("tl-since").value); }
    if ($("tl-until").value) { q.set("until", $("tl-until").value); }
    if ($("tl-show-all").checked) { q.set("all", "1"); }
    ng.go("/timeline" + (q.toString() ? "?" + q.toString() : ""));
  });
  $("tl-clear").addEventListener("click", function () { ng.go("/timeline" + ($("tl-show-all").checked ? "?all=1" : "")); });
  $("tl-show-all").addEventListener("change", function () { ng.go(ng.toggleAll($("tl-show-all").checked)); });

  ng.timeline = { list: list, draw: draw, show: show };
})();
