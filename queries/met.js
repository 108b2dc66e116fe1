// name: met
// args: PERSON
// about: Whom PERSON met: the other participants of every meeting or visit, with the place, the time and the source article.
// columns: met place time when article evidence
var seen = {};
entity(0).In(p(NG, "participant")).Has(p(NG, "eventType"), "MEET").ForEach(function (r) {
  var ev = r.id;
  g.V(ev).Out(p(NG, "participant")).Except(entity(0)).ForEach(function (o) {
    var key = ev + o.id;
    if (seen[key]) { return; }
    seen[key] = true;
    g.Emit(merge({ met: label(o.id), place: label(first(ev, p(S, "location"))),
                   time: str(first(ev, p(S, "startDate"))), when: str(first(ev, p(NG, "timeText"))),
                   trigger: str(first(ev, p(NG, "trigger"))),
                   _iris: [o.id, first(ev, p(S, "location"))] }, source(ev)));
  });
});
