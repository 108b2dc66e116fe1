#!/usr/bin/env python3
"""List the gold coreference mentions of a GUM file that no predicted mention matches exactly.

Usage: gum_misses.py GOLD PRED CONLLU [--summary]

GOLD is a corpus file (../shared/eval/gum/dev.jsonl), PRED our `extract --format json` output,
CONLLU our `extract --format conllu` output of the same file (the parse gives each span's head).
Every gold person, organisation or place mention (what score.py counts for GUM) with no
predicted mention of the same span is printed with the nearest predicted mention (the one
with the same head word, else the one overlapping most) and a class:

  name-the-s    a NAME mention widened over "the" / "'s" would match (the name convention)
  pronoun       a one-word pronoun with no mention (coreference left it unlinked)
  pred-longer   a mention with the same head is longer (gold inside it)
  pred-shorter  a mention with the same head is shorter (it lacks part of the gold phrase)
  pred-other    a mention with the same head, crossing the gold span
  head-pos      no mention with that head and the parse tags the head neither NOUN, PROPN
                nor PRON (a mistagged head)
  no-noun       no mention with that head, a common noun head (a kind we do not type)
  no-name       no mention with that head, a proper noun head
"""
import json
import sys
from collections import Counter, defaultdict

TYPES = {"person", "organization", "place"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def conllu_docs(path):
    """{doc id: [sentences of (form, upos, head, deprel)]}"""
    docs, doc, sent = {}, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                doc = docs.setdefault(line[len("# newdoc id = "):], [])
            elif not line:
                if sent:
                    doc.append(sent)
                sent = []
            elif not line.startswith("#"):
                c = line.split("\t")
                if "-" in c[0] or "." in c[0]:
                    continue
                sent.append((c[1], c[3], int(c[6]), c[7]))
    return docs


def align(text, sents):
    """[(start, end, upos, sentence index, word index, head index)] for every word, found in order."""
    out, pos = [], 0
    for si, sent in enumerate(sents):
        for wi, (form, upos, head, rel) in enumerate(sent):
            at = text.find(form, pos)
            if at < 0 or at - pos > 200:
                continue
            pos = at + len(form)
            out.append((at, pos, upos, si, wi + 1, head))
    return out


def head_of(words, s, e):
    """The word of [s, e) whose head lies outside the span (the last such word), or None."""
    inside = [w for w in words if w[0] >= s and w[1] <= e]
    keys = {(w[3], w[4]) for w in inside}
    heads = [w for w in inside if (w[3], w[5]) not in keys]
    return heads[-1] if heads else (inside[-1] if inside else None)


def widened(text, s, e):
    if text[max(0, s - 4):s].lower() == "the ":
        s -= 4
    for suf in ("'s", " 's", "’s"):
        if text[e:e + len(suf)] == suf:
            return s, e + len(suf)
    return s, e


def classify(text, words, gs, ge, preds):
    gh = head_of(words, gs, ge)
    names = [(s, e) for s, e, k in preds if k == "NAME"]
    if any(widened(text, s, e) == (gs, ge) for s, e in names):
        return "name-the-s", None
    same = [(s, e, k) for s, e, k in preds if gh and head_of(words, s, e) == gh]
    if same:
        s, e, k = min(same, key=lambda p: abs(p[0] - gs) + abs(p[1] - ge))
        cls = "pred-longer" if s <= gs and e >= ge else "pred-shorter" if s >= gs and e <= ge else "pred-other"
        return cls, (s, e, k)
    over = [(min(e, ge) - max(s, gs), (s, e, k)) for s, e, k in preds if min(e, ge) > max(s, gs)]
    near = max(over)[1] if over else None
    if gh and gh[2] == "PRON":
        return "pronoun", near
    if gh and gh[2] == "PROPN":
        return "no-name", near
    if gh and gh[2] == "NOUN":
        return "no-noun", near
    return "head-pos", near


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__.split("\n\n")[1])
    gold, pred = load(argv[1]), {d["id"]: d for d in load(argv[2])}
    parses = conllu_docs(argv[3])
    counts, total = Counter(), 0
    lines = defaultdict(list)
    for g in gold:
        text = g["text"]
        words = align(text, parses.get(g["id"], []))
        preds = {(m["start"], m["end"], m.get("kind")) for ent in pred.get(g["id"], {}).get("entities") or []
                 for m in ent.get("mentions") or []}
        spans = {(s, e) for s, e, _ in preds}
        seen = set()
        for m in g.get("entities") or []:
            span = (m["start"], m["end"])
            if m["type"] not in TYPES or span in seen:
                continue
            seen.add(span)
            total += 1
            if span in spans:
                continue
            cls, near = classify(text, words, m["start"], m["end"], preds)
            counts[cls] += 1
            gh = head_of(words, *span)
            ours = "-" if near is None else "%s [%s]" % (text[near[0]:near[1]].replace("\n", " "), near[2])
            lines[cls].append("%s\t%s\t%s\thead=%s/%s\tours=%s" % (
                g["id"], m["type"], text[span[0]:span[1]].replace("\n", " "),
                text[gh[0]:gh[1]] if gh else "?", gh[2] if gh else "?", ours))
    if "--summary" not in argv:
        for cls in sorted(lines):
            for ln in lines[cls]:
                print(cls + "\t" + ln)
    missed = sum(counts.values())
    print("# %d gold mentions, %d missed (recall %.4f): %s" % (
        total, missed, 1 - missed / total if total else 0,
        ", ".join("%s %d" % kv for kv in counts.most_common())))


if __name__ == "__main__":
    main(sys.argv)
