#!/usr/bin/env python3
"""How much of MEANTIME's score is set by where it annotates, not by what we extract.

Usage: meantime_regions.py SCORE_PY GOLD.jsonl PRED.jsonl

MEANTIME annotates each layer (entities, timexes, events) only in the first lines of an
article, while the reference scorer counts predictions up to the end of the last gold
annotation of any layer (score.region_end). Predictions between the two are scored as wrong
whether or not they are right. This script prints, with the reference scorer's own code:

1. the figures with each layer scored only on the lines where the gold has that layer
   (a line is annotated when it holds an annotation of the layer, or precedes one that does;
   for entities, an annotation with a syntactic type);
   Events are scored on the entities' lines (MEANTIME marks a few events further on).
2. ceilings: what output that is perfect on the annotated lines would score, with our own
   predictions standing in for the (unannotated) text after them.
"""
import bisect
import copy
import importlib.util
import sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def line_ends(text):
    """End offset (exclusive, newline included) of every line of text."""
    ends, off = [], 0
    for line in text.split("\n"):
        off += len(line) + 1
        ends.append(off)
    return ends


def layer_end(doc, layer):
    """End of the last line holding a gold annotation of layer (0 when there is none).
    Entities count only with a syntactic type: after its first lines MEANTIME still marks
    the mentions of a few chains, untyped, but no longer every name (NAM) or description."""
    spans = [x["end"] for x in doc.get(layer) or [] if x.get("end") is not None
             and (layer != "entities" or x.get("syntactic_type"))]
    if not spans:
        return 0
    ends = line_ends(doc["text"])
    return ends[min(bisect.bisect_left(ends, max(spans)), len(ends) - 1)]


def clip(pred, gold):
    """pred with every layer cut to the lines where gold annotates that layer, and gold
    with its events cut to the same lines as pred's."""
    p = copy.deepcopy(pred)
    # Events are marked everywhere a few chains are, so their lines say little; they are
    # scored on the lines where the entities are fully annotated.
    ent, tim = layer_end(gold, "entities"), layer_end(gold, "timexes")
    evt = ent
    for e in p.get("entities") or []:
        e["mentions"] = [m for m in e.get("mentions") or [] if m.get("start") is None or m["start"] < ent]
    p["timexes"] = [t for t in p.get("timexes") or [] if t.get("start") is None or t["start"] < tim]
    p["events"] = [e for e in p.get("events") or []
                   if not (e.get("trigger") or {}).get("start") or e["trigger"]["start"] < evt]
    g = dict(gold)
    g["events"] = [e for e in gold.get("events") or [] if e.get("start") is None or e["start"] < evt]
    return g, p


def oracle(score, gold, pred):
    """Gold on its annotated lines plus our own output after them, inside the scorer's region."""
    limit = score.region_end(gold)
    ent, tim = layer_end(gold, "entities"), layer_end(gold, "timexes")
    rev = {v: k for k, v in score.PRED_TYPE.items()}
    ents = [{"id": "gold%d" % i, "type": rev[e["type"]],
             "mentions": [{"start": e["start"], "end": e["end"], "kind": "NAME"}]}
            for i, e in enumerate(gold.get("entities") or [])
            if e["type"] in score.NER_TYPES and e.get("syntactic_type") == "NAM"]
    for e in pred.get("entities") or []:
        later = [m for m in e.get("mentions") or [] if m.get("kind") == "NAME" and ent <= m["start"] < limit]
        if later:
            ents.append({"id": e.get("id"), "type": e.get("type"), "mentions": later})
    timexes = [dict(t) for t in gold.get("timexes") or []]
    timexes += [t for t in pred.get("timexes") or [] if tim <= (t.get("start") or 0) < limit]
    return {"id": gold["id"], "entities": ents, "timexes": timexes}


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    score = load_scorer(argv[1])
    gold = score.load(argv[2])
    pred = {d["id"]: d for d in score.load(argv[3])}
    empty = {"entities": [], "timexes": [], "events": []}
    clipped = [clip(pred.get(g["id"], empty), g) for g in gold]
    res = score.evaluate("all", [g for g, _ in clipped], [p for _, p in clipped], "meantime")
    print("MEANTIME, each layer scored only on the lines where the gold annotates it")
    ner, tx, ev = res["ner"]["micro"], res["timex"], res["events"]["trigger"]
    print("  NER NAM typed      P %.4f  R %.4f  F1 %.4f" % (ner["p"], ner["r"], ner["f1"]))
    print("  timex value F1     %.4f  (relaxed F1 %.4f)" % (tx["value_f1"], tx["relaxed"]["f1"]))
    print("  event trigger      P %.4f  R %.4f  F1 %.4f" % (ev["p"], ev["r"], ev["f1"]))
    pa = res["events"]["participants"]
    print("  event participants P %.4f  R %.4f  F1 %.4f" % (pa["p"], pa["r"], pa["f1"]))
    orc = [oracle(score, g, pred.get(g["id"], empty)) for g in gold]
    res = score.evaluate("all", gold, orc, "meantime")
    print("Ceilings of the reference scorer: gold on the annotated lines, our output after them")
    ner, tx = res["ner"]["micro"], res["timex"]
    print("  NER NAM typed F1   %.4f  (P %.4f: names after the annotated lines count as wrong)" % (ner["f1"], ner["p"]))
    print("  timex value F1     %.4f  (P %.4f)" % (tx["value_f1"], tx["relaxed"]["p"]))


if __name__ == "__main__":
    main(sys.argv)
