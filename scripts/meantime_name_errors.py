#!/usr/bin/env python3
"""The MEANTIME NAM errors behind `score.py`'s NER figure, one a line, and their classes.

Usage: meantime_name_errors.py SCORE_PY GOLD.jsonl PRED.jsonl

With the reference scorer's own rules (gold NAM mentions of PER/ORG/LOC; predicted NAME
mentions inside the annotated region that overlap no ignored gold mention), prints
  MISS  a gold name with no predicted NAME of its span, with the NAMEs inside it;
  TYPE  a gold name predicted with another type;
  FP    a predicted NAME with no gold name of its span, with the gold names it overlaps;
then counts the misses by class: "the" + a name we give bare, a description or title before
the name, a bracket or markup in the gold span, a name inside a longer phrase, a phrase we give
as a NOMINAL mention, a name we miss.
"""
import collections
import importlib.util
import sys


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    spec = importlib.util.spec_from_file_location("score", argv[1])
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    pred = {d["id"]: d for d in score.load(argv[3])}
    classes = collections.Counter()
    for g in score.load(argv[2]):
        t, limit = g["text"], score.region_end(g)
        p = pred.get(g["id"], {"entities": []})
        scored = {(e["start"], e["end"]): e["type"] for e in g["entities"]
                  if e["type"] in score.NER_TYPES and e.get("syntactic_type") == "NAM"}
        ignored = [(e["start"], e["end"]) for e in g["entities"] if (e["start"], e["end"]) not in scored]
        mentions = [(s, e, k) for s, e, k, _, _ in score.pred_mentions(p) if s < limit]
        names = {}
        for s, e, k, et, _ in score.pred_mentions(p):
            typ = score.PRED_TYPE.get(et)
            if k != "NAME" or typ is None or s >= limit:
                continue
            if (s, e) not in scored and any(s < ie and i_s < e for i_s, ie in ignored):
                continue
            names[(s, e)] = typ
        for (s, e), typ in sorted(scored.items()):
            if (s, e) in names:
                if names[(s, e)] != typ:
                    print("TYPE\t%s\t%s -> %s\t%r" % (g["id"], typ, names[(s, e)], t[s:e]))
                continue
            every = {(a, b) for a, b, k in mentions if k == "NAME"}  # dropped ones too: "the Bank of Canada, the ..."
            inner = [(a, b) for a, b in every if s <= a and b <= e]
            print("MISS\t%s\t%s\t%r\tnames inside: %s" % (g["id"], typ, t[s:e], [t[a:b] for a, b in inner]))
            classes[miss_class(t[s:e], s, e, inner, {(a, b) for a, b, _ in mentions}, every)] += 1
        for (s, e), typ in sorted(names.items()):
            if (s, e) not in scored:
                over = [t[a:b] for a, b in scored if a < e and s < b]
                print("FP\t%s\t%s\t%r\tgold: %s" % (g["id"], typ, t[s:e], over))
    for c, n in classes.most_common():
        print("%4d  %s" % (n, c))


def miss_class(text, s, e, inner, spans, names):
    if text.lower().startswith("the ") and (s + 4, e) in names:
        return '"the" + a name we give bare'
    if "(" in text or text.startswith("150px"):
        return "a bracket or markup in the gold span"
    if any(b == e for _, b in inner):
        return "a description or title before the name"
    if (s, e) in spans:
        return "a phrase we give as a NOMINAL mention"
    if inner:
        return "a name inside a longer phrase"
    return "a name we miss"


if __name__ == "__main__":
    main(sys.argv)
