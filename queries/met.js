// name: met
// args: PERSON
// about: Whom PERSON met: the other participants of every meeting or visit, with the place, the time and the source article. An article that reports the same meeting several times gives one row (reports counts them; happening names the meeting, the same in every article that reports it); a meeting it dates or places differently gets a row of its own. Only meetings told as having happened, unless --all.
// all: also meetings the text does not tell as having happened (denied, uncertain, planned, generic, conditional), with a factuality column: "denied", "possible", "planned", "if ...", "reported by X"
// columns: met place time when reports article evidence happening
// columns-all: met place time when factuality reports article evidence happening
var rows = [], seen = {};
entity(0).In(p(NG, "participant")).Has(p(NG, "eventType"), "MEET").ForEach(function (r) {
  var ev = r.id;
  if (!wanted(ev)) { return; }
  var how = ALL ? told(ev) : "";
  g.V(ev).Out(p(NG, "participant")).Except(entity(0)).ForEach(function (o) {
    var key = ev + o.id;
    if (seen[key]) { return; }
    seen[key] = true;
    var row = merge({ met: label(o.id), place: label(first(ev, p(S, "location"))),
                      time: str(first(ev, p(S, "startDate"))), when: str(first(ev, p(NG, "timeText"))),
                      trigger: str(first(ev, p(NG, "trigger"))), happening: happening(ev),
                      _iris: [o.id, first(ev, p(S, "location"))], _other: String(o.id) }, source(ev));
    if (ALL) { row.factuality = how; }
    rows.push(row);
  });
});
// A meeting told two ways (stated, then denied) stays two rows.
foldReports(rows, function (row) { return row._other + "|" + row.article + "|" + (row.factuality || ""); }).forEach(function (row) {
  delete row._other;
  g.Emit(row);
});
