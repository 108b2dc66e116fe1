#!/usr/bin/env python3
"""GUM's coreference figures with the names nested in names counted.

Usage: gum_nested.py SCORE_PY GOLD PRED OUT [LABEL]

GUM marks a place or body named inside another name ("US" in "the US State Department",
"Livorno" in "the Municipality of Livorno"); CoNLL, MEANTIME and ECB+ mark only the outer
name. The output contract lists such mentions apart, in each entity's "nested" list, so the
flat corpora's scores do not count them (docs/eval.md, branch nest19). This script writes OUT,
a copy of PRED with every entity's nested mentions moved into its mentions, scores it with
SCORE_PY's coref task and prints one labelled line (make eval's GUM lines after the primary
one; score.py's own figure on PRED stays the primary one).
"""
import json
import subprocess
import sys


def fold(pred):
    for e in pred.get("entities") or []:
        for n in e.pop("nested", None) or []:
            e.setdefault("mentions", []).append({k: n[k] for k in ("start", "end", "text", "kind")})
    return pred


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    score_py, gold_path, pred_path, out_path = argv[:4]
    label = argv[4] if len(argv) > 4 else "GUM with names nested in names"
    with open(pred_path, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            if line.strip():
                out.write(json.dumps(fold(json.loads(line)), ensure_ascii=False) + "\n")
    res = json.loads(subprocess.run([sys.executable, score_py, "coref", gold_path, out_path, "--json"],
                                    check=True, capture_output=True, text=True).stdout)["coref"]
    print("%s (scripts/gum_nested.py; not the primary figure): mention recall %.4f (%d/%d)  B3 F1 %.4f" % (
        label, res["mention_recall"], res["matched_mentions"], res["gold_mentions"], res["b3"]["f1"]))


if __name__ == "__main__":
    main(sys.argv[1:])
