#!/usr/bin/env python3
"""What widening NAME mentions to noun-phrase extent would do to each corpus's score.

Usage: name_extent_tradeoff.py SCORE_PY EVAL_DIR PRED_DIR
       name_extent_tradeoff.py --gum SCORE_PY GOLD PRED OUT

CoNLL marks bare names ("U.S.", "Democratic Party"); MEANTIME and GUM mark mentions with
their noun phrase ("the U.S.", "the Democratic Party", "Microsoft's"). The output contract
has one span per mention, so no single extent can match both. This script rewrites
PRED_DIR/{conll2003,meantime,gum}.jsonl (make eval's output) with every NAME mention widened
over a leading "the" and a trailing "'s", and prints the reference scorer's NER F1 and
coreference mention recall before and after, with the scorer's own code.

With --gum it writes OUT, a copy of PRED (our GUM output) with the names widened, scores it
with SCORE_PY's coref task and prints one labelled line: GUM's mention recall and B3 with
names read by GUM's extent convention (make eval's second GUM line; score.py's own figure on
PRED stays the primary one).
"""
import copy
import importlib.util
import json
import os
import subprocess
import sys


def widen(gold_text, pred):
    p = copy.deepcopy(pred)
    for e in p.get("entities") or []:
        for m in e.get("mentions") or []:
            if m.get("kind") != "NAME":
                continue
            s, end = m["start"], m["end"]
            if gold_text[max(0, s - 4):s].lower() == "the ":
                s -= 4
            for suffix in ("'s", " 's", "’s"):
                if gold_text[end:end + len(suffix)] == suffix:
                    end += len(suffix)
                    break
            m["start"], m["end"] = s, end
    return p


def gum_line(score_py, gold_path, pred_path, out_path):
    gold = {}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                gold[g["id"]] = g["text"]
    with open(pred_path, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            if line.strip():
                p = json.loads(line)
                out.write(json.dumps(widen(gold.get(p["id"], ""), p), ensure_ascii=False) + "\n")
    res = json.loads(subprocess.run([sys.executable, score_py, "coref", gold_path, out_path, "--json"],
                                    check=True, capture_output=True, text=True).stdout)["coref"]
    print("GUM names by GUM's extent (\"the\" and \"'s\" widened, scripts/name_extent_tradeoff.py; "
          "not the primary figure): mention recall %.4f (%d/%d)  B3 F1 %.4f" % (
              res["mention_recall"], res["matched_mentions"], res["gold_mentions"], res["b3"]["f1"]))


def main(argv):
    if len(argv) == 6 and argv[1] == "--gum":
        return gum_line(*argv[2:])
    if len(argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    spec = importlib.util.spec_from_file_location("score", argv[1])
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    for corpus in ("conll2003", "meantime", "gum"):
        gold = score.load(os.path.join(argv[2], corpus, "dev.jsonl"))
        pred = {d["id"]: d for d in score.load(os.path.join(argv[3], corpus + ".jsonl"))}
        empty = {"entities": []}
        as_is = [pred.get(g["id"], empty) for g in gold]
        wide = [widen(g["text"], pred.get(g["id"], empty)) for g in gold]
        for name, preds in (("as extracted", as_is), ("names widened", wide)):
            row = []
            if corpus != "gum":
                row.append("NER typed F1 %.4f" % score.evaluate("ner", gold, preds, corpus)["ner"]["micro"]["f1"])
            if corpus != "conll2003":
                row.append("mention recall %.4f" % score.evaluate("coref", gold, preds, corpus)["coref"]["mention_recall"])
            print("%-10s %-14s %s" % (corpus, name, "   ".join(row)))


if __name__ == "__main__":
    main(sys.argv)
