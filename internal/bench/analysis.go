package main

// analysis is the hand-written part of docs/bench.md: what bounds each
// figure that misses its target, from the profiles below. Keep it in step
// with the measured figures when they move.
const analysis = `## How to read this

- The machine was shared with other jobs (load average in the header): rates are
  pessimistic and noisy, latencies have long tails from CPU contention. Per-article sizes,
  ratios and profiles are stable. Re-run with ` + "`make bench`" + ` (` + "`BENCH_ARTICLES=N`" + `
  to change the corpus; 1500 articles ≈ 1.1M quads, the query-latency target size).
- "one core" figures run on one goroutine; "build" figures are the ` + "`newsgraph build`" + `
  child process on every core, measured from outside (wall clock, getrusage of the child
  for CPU time and peak RSS).
- "load alone" feeds the store exactly the articles build produced (read back from the
  built store's manifests), to separate the store from extraction.
- Go micro-benchmarks (` + "`make bench-go`" + `): extract.BenchmarkProcess (pipeline_bench_test.go),
  BenchmarkTokenize, BenchmarkFindNames, BenchmarkFindTimexes, BenchmarkFindQuotes;
  graph.BenchmarkLoadBBolt, BenchmarkLoadBatchBBolt (batch 1/16/64/256),
  BenchmarkPrepare, BenchmarkFindEntities, BenchmarkLoadBatchCorpus (reloads a store built by ` + "`newsgraph build`" + `,
  named by NEWSGRAPH_BENCH_STORE; reports quads per CPU second too, steadier than wall
  time on a shared machine).

## What bounds the figures that miss

**Build on bbolt (articles/s)** is bounded by the store: the load alone (row "load
alone, bbolt") runs at about the build's own rate, while extraction gives ~180k words/s
per core, ~300 articles/s per core. An article is ~480 quads (~770 until mentions
became one ng:mention quad each, see docs/scaling.md), so 300 articles/s would need
~145k quads/s into Cayley's kv layer. Before LoadBatch wrote the kv layout directly (graph/bulk_kv.go, 2026-11-29)
the same report measured 12.6 articles/s build and 18k quads/s load; the Go benchmark on
real extractor output, BenchmarkLoadBatchCorpus (the 938 eval dev articles, reloaded with
LoadBatch(256), one core), went from 39–43k to 82–86k quads per CPU second, with a store
identical key for key to the one the old path wrote.

**Bulk load on bbolt (quads/s)**: LoadBatch now writes the new articles of a batch in one bbolt transaction itself, key for
key what Cayley's writer writes (node ids in hash order, reference counts, log
primitives, sp/ops index lists, horizon and size; TestKVDirectWritesWhatCayleyWrites
compares the two files byte for byte): every value hashed once, index keys written in
sorted order, the node buckets a batch creates created in key order (created in hash
order, bbolt shifted its in-memory root leaf for each one). The manifest round trip now
parses back only lines with non-ASCII or unusual values, and each N-Quads line is written
once, without fmt (4× BenchmarkPrepare), and the
bbolt file is mapped 1 GiB up front (no remaps while a transaction grows it).
What is left (CPU profile of BenchmarkLoadBatchCorpus, share of the load's time): bbolt's
own work on Cayley's layout: seeks and puts into the 131,072 small node buckets Cayley
spreads nodes over (two per new node), the log and the two index buckets, about a third;
the commit (spill, page writes) ~15 %; SHA-1 of every value ~11 %; the per-article
preparation (validation, manifest) ~10 %. Cayley's layout is what bounds it now: 150k
quads/s would take a layout Cayley does not read, or fewer quads per article
(docs/scaling.md).

**Bulk load on PostgreSQL (quads/s)**: LoadBatch COPYs nodes (into a temporary table,
then one INSERT … ON CONFLICT in hash order) and quads straight into Cayley's tables
(graph/bulk_pg.go). Profiled (BenchmarkLoadBatchCorpusPostgres, 938 eval dev articles,
585,704 quads; client and server CPU seconds from /proc), the server did ~80 % of the
work, nearly all of it in the quads COPY: half the four foreign-key checks per quad, half
the six index insertions. Since 2026-11-29 the checks are skipped for the bulk
transaction when the role may SET session_replication_role (they hold by construction:
every node is upserted, row-locked, before the quads; the constraints stay declared), the
quads are copied in (subject, predicate, object, label) order so two of the six indexes
are filled left to right, and every value is hashed once per article on every core:
server 20 → 9.6 CPU s, client 4.5 → 3.2 CPU s, 26–27k → 53–55k quads/s on two cores. What
is left is the index maintenance of Cayley's schema (B-tree compares on three-column
bytea keys, four indexes larger than the server's 128 MB shared_buffers at 1M quads); a
role that may not set it keeps the foreign-key checks: 28k → 30k quads/s (server 18.6 CPU s).
The table's run loads 1.16M quads into one database (2× the benchmark's), where those
indexes no longer fit the buffers: 9.5k (before bulk COPY) → 26k → 41k quads/s there.

**Named query latency**: the p50 of the Gizmo queries is low; the p95 comes from hub
entities (the most mentioned persons are half of the arguments), whose queries touch
thousands of quads through Gizmo's JavaScript interpreter, and from CPU contention.
The **path** query's p50 missed: it expanded neighbourhoods breadth-first from A in
Gizmo, and through hub entities that is tens of thousands of quads. It now searches from
both ends, each round expanding the smaller frontier, so a 4-hop path costs two 2-hop
neighbourhoods and a hub is expanded only when the other side has grown larger (Go
benchmark ` + "`go test ./queries/ -run X -bench PathQuery -benchtime 40x -count 3`" + `, a synthetic
222k-quad store where 4 hubs meet everyone: 12.9–24.9 ms → 1.9–3.1 ms per query; the
table's figure predates this change). The name lookup ` + "`ask`" + ` does
before any query (graph.FindEntities) took 13 s at 1.1M quads in the report of
2026-11-24: it walked every schema:name and schema:alternateName quad, which the kv stores (indexed by
subject and by object, not by predicate) answer by reading every node and quad they
hold. Since then a name as stored or in its usual casings goes through Cayley's value
index (~0.1 ms), and other spellings and partial names read the entities through the
rdf:type object index and their names through the subject index
(graph.BenchmarkFindEntities, 570k synthetic quads: 3.6–4.4 s → 0.45–0.9 s). That
fallback still grows with the number of entities; a name → entity table next to
Cayley's is the fix if it matters; see docs/scaling.md.

**Peak RSS**: the build child's RSS includes the bbolt file, which Cayley maps into
memory and touches while writing (file-backed, reclaimable pages, but counted in
maxrss), plus Cayley's kv caches and the batch being loaded. It grows with the store
size, so 10k articles (~3.5 GB store) would exceed 1 GB on bbolt; ` + "`--batch`" + ` trades
memory for speed (a batch of 256 articles holds ~200k quads and their manifests).
The PostgreSQL build of only 300 articles peaked higher still (1.4 GB, no mmap there):
that points at the batch path itself (256 prepared articles with their quads, N-Quads
manifests and the COPY rows, plus the extracted documents queued by the pipeline) and
needs a heap profile (` + "`go tool pprof -sample_index=inuse_space`" + `); not done in this
round. ` + "`--batch 32`" + ` is the knob to lower it meanwhile.
`
