// name: timeline
// args: ENTITY
// about: The events ENTITY took part in (or that happened there), ordered by their normalized date; events without a date are listed after, ordered by publication. An article that reports the same event (type and other participants) several times gives one row; reports counts them; happening names the real-world event, the same in every article that reports it. Only events told as having happened, unless --all.
// all: also events the text does not tell as having happened (denied, uncertain, planned, generic, conditional), with a factuality column: "denied", "possible", "planned", "if ...", "reported by X"
// columns: time event trigger with place reports article evidence happening
// columns-all: time event trigger factuality with place reports article evidence happening
var rows = [];
var seen = {};
function collect(r) {
  var ev = r.id;
  if (seen[ev]) { return; }
  seen[ev] = true;
  if (!wanted(ev)) { return; }
  var others = [], iris = [first(ev, p(S, "location"))];
  g.V(ev).Out(p(NG, "participant")).Except(entity(0)).ForEach(function (o) { others.push(label(o.id)); iris.push(o.id); });
  rows.push(merge({ time: str(first(ev, p(S, "startDate"))), event: str(first(ev, p(NG, "eventType"))),
                    trigger: str(first(ev, p(NG, "trigger"))), with: others.join(", "),
                    place: label(first(ev, p(S, "location"))), happening: happening(ev), _iris: iris }, source(ev)));
  if (ALL) { rows[rows.length - 1].factuality = told(ev); }
}
entity(0).In(p(NG, "participant")).ForEach(collect);
entity(0).In(p(S, "location")).ForEach(collect);
rows = foldReports(rows, function (row) { return row.event + "|" + row.with + "|" + row.article + "|" + (row.factuality || ""); });
rows.sort(function (a, b) {
  if ((a.time === "") !== (b.time === "")) { return a.time === "" ? 1 : -1; }
  var ka = a.time || a.published, kb = b.time || b.published;
  if (ka !== kb) { return ka < kb ? -1 : 1; }
  return a.article < b.article ? -1 : a.article > b.article ? 1 : (a.offsets < b.offsets ? -1 : 1);
});
for (var i = 0; i < rows.length; i++) {
  if (rows[i].time === "") { rows[i].time = "(undated)"; }
  g.Emit(rows[i]);
}
