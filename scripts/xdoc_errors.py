#!/usr/bin/env python3
"""Where ECB+ (or MEANTIME) cross-document entity clusters go wrong, with the reference scorer's own matching.

Usage: xdoc_errors.py SCORE_PY GOLD.jsonl PRED.jsonl [split|merge|oracle|events-split|events-merge]

split (default): each gold cluster (the cross-document instance, else the document's cluster)
  whose matched mentions fall into several predicted clusters: every piece but the largest,
  with its mentions (document, text, kind) and whether it is a predicted singleton, a whole
  predicted cluster or part of one; then counts by (piece, kind of its first mention).
merge: predicted clusters that hold mentions of several gold clusters.
oracle: the CoNLL F1 / CEAF-e precision / B3 F1 of the `xdoc` entities task if every stray
  piece of one mention kind (NAME, NOMINAL, PRONOUN) joined its gold cluster's largest
  predicted cluster: which class of error bounds the figure.
events-split, events-merge: the same for cross-document events (gold mentions paired with predicted
  triggers as `xdoc` pairs them); each event is shown with its type and its participants by role
  (predicted entity ids), which is what extract/eventlink compares.
"""
import importlib.util
import sys
from collections import Counter, defaultdict


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def matched(score, gold, pred):
    """One row per gold entity mention with an exactly matching predicted mention, as `xdoc` pairs them:
    (topic, doc id, text, gold key, predicted key, predicted id, mention kind)."""
    by_id = {d["id"]: d for d in pred}
    types = score.COREF_TYPES["ecbplus" if gold and "topic" in gold[0] else "meantime"]
    rows = []
    for n, g in enumerate(gold):
        p, topic = by_id.get(g["id"], {}), g.get("topic", "")  # MEANTIME: one corpus, no topics
        keep = score.line_filter(g) or (lambda s, e: True)
        gm = {}
        for e in g.get("entities") or []:
            if e["type"] in types and keep(e["start"], e["end"]):
                gm.setdefault((e["start"], e["end"]), e)
        pm = {}
        for i, ent in enumerate(p.get("entities") or []):
            pid = ("p", topic, ent["id"]) if ent.get("id") is not None else ("s", n, i)
            for m in ent.get("mentions") or []:
                if keep(m["start"], m["end"]):
                    pm.setdefault((m["start"], m["end"]), (pid, ent.get("id"), m.get("kind")))
        for sp, e in gm.items():
            if sp in pm:
                gk = ("i", topic, e["instance"]) if e.get("instance") else ("c", n, e.get("cluster") or e.get("id"))
                rows.append((topic, g["id"], e["text"], gk) + pm[sp])
    return rows


def matched_events(score, gold, pred):
    """One row per gold event mention paired with a predicted trigger, as `xdoc` pairs them:
    (topic, doc id, trigger text, gold key, predicted key, predicted id, "TYPE role:entity ...")."""
    by_id = {d["id"]: d for d in pred}
    rows = []
    for n, g in enumerate(gold):
        p, topic = by_id.get(g["id"], {}), g.get("topic", "")
        keep = score.line_filter(g) or (lambda s, e: True)
        gl = [e for e in g.get("events") or [] if score.ranges(e) and keep(e["start"], e["end"])]
        pl = []
        for i, e in enumerate(p.get("events") or []):
            tr = score.ranges(e.get("trigger"))
            if tr and keep(tr[0][0], tr[-1][1]):
                pid = ("p", topic, e["id"]) if e.get("id") is not None else ("s", n, i)
                args = " ".join("%s:%s" % (a["role"], a["entity"]) for a in e.get("args") or [])
                if e.get("place"):
                    args += " LOC:%s" % e["place"]
                pl.append((pid, tr, e, "%s %s" % (e["type"], args)))
        for gi, pi in score.greedy_match([score.ranges(e) for e in gl], [x[1] for x in pl],
                                         lambda *a: True, tight=True):
            e = gl[gi]
            gk = ("i", topic, e["instance"]) if e.get("instance") else ("c", n, e.get("cluster") or e.get("id"))
            pid, _, pe, desc = pl[pi]
            rows.append((topic, g["id"], pe["trigger"]["text"], gk, pid, pe.get("id"), desc))
    return rows


def main():
    score = load_scorer(sys.argv[1])
    mode = sys.argv[4] if len(sys.argv) > 4 else "split"
    find = matched
    if mode.startswith("events-"):
        find, mode = matched_events, mode[len("events-"):]
    rows = find(score, score.load(sys.argv[2]), score.load(sys.argv[3]))
    gc, pc = defaultdict(list), defaultdict(list)
    for r in rows:
        gc[r[3]].append(r)
        pc[r[4]].append(r)
    big = {gk: Counter(r[4] for r in rs).most_common(1)[0][0] for gk, rs in gc.items()}
    if mode == "split":
        kinds = Counter()
        for gk, rs in sorted(gc.items(), key=lambda x: str(x[0])):
            for pk, c in Counter(r[4] for r in rs).items():
                if pk == big[gk]:
                    continue
                piece = [r for r in rs if r[4] == pk]
                k = "single" if len(pc[pk]) == 1 else ("whole" if len(pc[pk]) == c else "part")
                kinds[(k, piece[0][6])] += 1
                print("T%s %s: largest %s, piece %s (%d of %d) %s: %s" % (
                    rs[0][0], gk[2], big[gk][2], pk[2], c, len(pc[pk]), k,
                    "; ".join("%s %s %s" % (r[1], r[2], r[6]) for r in piece[:4])))
        print(kinds)
    elif mode == "merge":
        for pk, rs in pc.items():
            by = Counter(r[3] for r in rs)
            if len(by) > 1:
                print("T%s %s: %s" % (rs[0][0], pk[2], " | ".join(
                    "%s:%d %s" % (g[2], c, [r[2] for r in rs if r[3] == g][:3]) for g, c in by.most_common())))
    elif mode == "oracle":
        def fig(fix):
            f = score.chain_figures([(r[1], r[3], fix(r)) for r in rows])
            return "CoNLL %.4f  CEAF-e P %.4f  B3 F1 %.4f" % (f["conll_f1"], f["ceafe"]["p"], f["b3"]["f1"])
        print("as predicted   ", fig(lambda r: r[4]))
        for kind in ("NAME", "NOMINAL", "PRONOUN"):
            print("%-15s" % kind, fig(lambda r: big[r[3]] if r[6] == kind else r[4]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
