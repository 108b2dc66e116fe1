#!/usr/bin/env python3
"""pronouns.py GOLD.jsonl PRED.jsonl [-v]: how the extraction resolved the third-person
singular pronouns (he, him, his, himself, she, her, hers, herself) that gold coreference
marks (GUM, MEANTIME, ECB+; ECB+ only on its annotated lines).

Each gold pronoun is: missed (no predicted mention with its exact span: unresolved pronouns
are not emitted), right (its predicted entity holds another gold mention of its gold
cluster), wrong (its entity holds other gold mentions, none of its cluster), or unverifiable
(its entity holds no other gold mention). Precision = right / (right + wrong). -v prints
each wrong one with its left context. Standard library and ../shared/eval/score.py only.
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/eval"))
from score import line_filter  # noqa: E402

PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


def main(gold_path, pred_path, verbose):
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    pred = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            p = json.loads(line)
            pred[p["id"]] = p
    c = Counter()
    for g in gold:
        keep = line_filter(g) or (lambda s, e: True)
        gm = {(e["start"], e["end"]): e.get("cluster") or (e["start"], e["end"])
              for e in g.get("entities") or [] if keep(e["start"], e["end"])}
        pm, members = {}, {}
        for i, ent in enumerate(pred.get(g["id"], {}).get("entities") or []):
            eid = ent.get("id") or "#%d" % i
            for m in ent.get("mentions") or []:
                if keep(m["start"], m["end"]):
                    pm[(m["start"], m["end"])] = eid
                    members.setdefault(eid, []).append((m["start"], m["end"]))
        t = g["text"]
        for (s, e), cluster in sorted(gm.items()):
            if t[s:e].lower() not in PRONOUNS:
                continue
            if (s, e) not in pm:
                c["missed"] += 1
                continue
            others = [m for m in members[pm[(s, e)]] if m != (s, e) and m in gm]
            if not others:
                c["unverifiable"] += 1
            elif any(gm[m] == cluster for m in others):
                c["right"] += 1
            else:
                c["wrong"] += 1
                if verbose:
                    print(g["id"], s, pm[(s, e)], "|", t[max(0, s - 80):s].replace("\n", " "), "[[", t[s:e], "]]")
    judged = c["right"] + c["wrong"]
    print("pronouns %d: right %d, wrong %d, missed %d, unverifiable %d; precision %.3f" % (
        sum(c.values()), c["right"], c["wrong"], c["missed"], c["unverifiable"], c["right"] / judged if judged else 0))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 2:
        sys.exit(__doc__)
    main(args[0], args[1], "-v" in sys.argv)
