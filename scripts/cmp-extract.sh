#!/usr/bin/env bash
# cmp-extract.sh OLD_BIN NEW_BIN [SHARED]: runs `extract --format json` of two newsgraph
# binaries over every dev corpus of SHARED/eval (default ../shared) and says, per corpus,
# whether the output is byte-identical or how many documents differ; then the key lines
# of score.py that changed. For refactorings that must not change behaviour, and for
# seeing what a change of behaviour moved. Outputs stay in $TMPDIR/cmp-extract.
set -euo pipefail
old=$1 new=$2 shared=${3:-../shared}
out=${TMPDIR:-/tmp}/cmp-extract
mkdir -p "$out/old" "$out/new"
for c in conll2003 meantime gum polnear tempeval3_platinum timebank_aquaint ecbplus; do
  gold=$shared/eval/$c/dev.jsonl
  [ -f "$gold" ] || continue
  "$old" extract --format json "$gold" > "$out/old/$c.jsonl" 2>/dev/null || [ $? -eq 3 ]
  "$new" extract --format json "$gold" > "$out/new/$c.jsonl" 2>/dev/null || [ $? -eq 3 ]
  if cmp -s "$out/old/$c.jsonl" "$out/new/$c.jsonl"; then
    echo "$c: identical"
    continue
  fi
  n=$(paste -d '\n' "$out/old/$c.jsonl" "$out/new/$c.jsonl" | paste - - -d '\t' | awk -F'\t' '$1 != $2' | wc -l)
  echo "$c: $n of $(wc -l < "$gold") documents differ"
  diff <(python3 "$shared/eval/score.py" all "$gold" "$out/old/$c.jsonl" 2>&1) \
       <(python3 "$shared/eval/score.py" all "$gold" "$out/new/$c.jsonl" 2>&1) | grep '^[<>]' | sed 's/^/    /' || true
done
