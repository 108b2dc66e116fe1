// name: said
// args: PERSON
// about: What PERSON said: every quote and reported claim attributed to them, with cue, addressee, date and source sentence.
// columns: quote cue to direct published article
entity(0).In(p(S, "author")).Has(p("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type"), p(S, "Claim")).ForEach(function (r) {
  var c = r.id;
  g.Emit(merge({ quote: str(first(c, p(S, "text"))), cue: str(first(c, p(NG, "cue"))),
                 to: label(first(c, p(NG, "addressee"))), direct: str(first(c, p(NG, "direct"))),
                 _iris: all(c, p(NG, "addressee")).concat(all(c, p(S, "about"))) },
               source(c)));
});
