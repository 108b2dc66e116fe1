// name: met
// args: PERSON
// about: Whom PERSON met: the other participants of every meeting or visit, with the place, the time and the source article. An article that reports the same meeting several times gives one row (reports counts them); a meeting it dates or places differently gets a row of its own.
// columns: met place time when reports article evidence
var groups = {}, order = [];
entity(0).In(p(NG, "participant")).Has(p(NG, "eventType"), "MEET").ForEach(function (r) {
  var ev = r.id;
  g.V(ev).Out(p(NG, "participant")).Except(entity(0)).ForEach(function (o) {
    var row = merge({ met: label(o.id), place: label(first(ev, p(S, "location"))),
                      time: str(first(ev, p(S, "startDate"))), when: str(first(ev, p(NG, "timeText"))),
                      trigger: str(first(ev, p(NG, "trigger"))),
                      _iris: [o.id, first(ev, p(S, "location"))], _event: String(ev) }, source(ev));
    var key = o.id + "|" + row.article;
    if (!groups[key]) { groups[key] = []; order.push(key); }
    groups[key].push(row);
  });
});
// One row per (person, article, time, place): mentions that state neither
// a time nor a place are further reports of a meeting the article dates or
// places elsewhere, or of the one undated meeting it reports.
order.forEach(function (key) {
  var rows = groups[key], out = [], byFacts = {}, seenEvent = {}, bare = 0;
  rows.forEach(function (row) {
    if (seenEvent[row._event]) { return; }
    seenEvent[row._event] = true;
    if (row.time === "" && row.place === "") { bare++; return; }
    var k = row.time + "|" + row.place;
    if (byFacts[k]) { byFacts[k].reports++; return; }
    row.reports = 1;
    byFacts[k] = row;
    out.push(row);
  });
  if (out.length === 0) {
    out.push(rows[0]);
    rows[0].reports = 0;
  }
  out[0].reports += bare;
  out.forEach(function (row) { delete row._event; g.Emit(row); });
});
