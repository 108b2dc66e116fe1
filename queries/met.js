// name: met
// args: PERSON
// about: Whom PERSON met: the other participants of every meeting or visit, with the place, the time and the source article. An article that reports the same meeting several times gives one row (reports counts them); a meeting it dates or places differently gets a row of its own.
// columns: met place time when reports article evidence
var rows = [], seen = {};
entity(0).In(p(NG, "participant")).Has(p(NG, "eventType"), "MEET").ForEach(function (r) {
  var ev = r.id;
  g.V(ev).Out(p(NG, "participant")).Except(entity(0)).ForEach(function (o) {
    var key = ev + o.id;
    if (seen[key]) { return; }
    seen[key] = true;
    rows.push(merge({ met: label(o.id), place: label(first(ev, p(S, "location"))),
                      time: str(first(ev, p(S, "startDate"))), when: str(first(ev, p(NG, "timeText"))),
                      trigger: str(first(ev, p(NG, "trigger"))),
                      _iris: [o.id, first(ev, p(S, "location"))], _other: String(o.id) }, source(ev)));
  });
});
foldReports(rows, function (row) { return row._other + "|" + row.article; }).forEach(function (row) {
  delete row._other;
  g.Emit(row);
});
