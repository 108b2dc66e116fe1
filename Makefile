# newsgraph — see README.md. Quick start: `make demo`, `make test`.
SHARED  ?= ../shared
DB      ?= newsgraph.db
BIN     := bin/newsgraph
GO      ?= go
EVALOUT ?= eval-out
CORPORA := conll2003 meantime gum polnear tempeval3_platinum timebank_aquaint ecbplus
UDDEV   := $(SHARED)/eval/ud/en_ewt-ud-dev.conllu

.PHONY: all build demo test test-short race eval bench bench-go lint train gazetteers postag-lexicons fuzz clean web screenshots

all: build

# --version names the commit (the models it reads off the embedded files).
LDFLAGS := -X github.com/newsgraph/newsgraph/internal/cli.version=$(shell git describe --always --dirty 2>/dev/null || echo dev)

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/newsgraph

# Build the seed articles into the embedded store and ask it a few questions.
demo: build
	$(BIN) build --db $(DB) seeds/
	@echo; echo '$$ newsgraph ask met "Kim Kardashian"'
	@$(BIN) ask --db $(DB) met "Kim Kardashian"
	@echo; echo '$$ newsgraph ask said "Gypsy Rose Blanchard"'
	@$(BIN) ask --db $(DB) said "Gypsy Rose Blanchard"
	@echo; echo '$$ newsgraph ask timeline "Gypsy Rose Blanchard"'
	@$(BIN) ask --db $(DB) timeline "Gypsy Rose Blanchard"
	@echo; echo '$$ newsgraph ask path "Kim Kardashian" "Dee Dee Blanchard"'
	@$(BIN) ask --db $(DB) path "Kim Kardashian" "Dee Dee Blanchard"
	@echo; echo '$$ newsgraph conflicts'
	@$(BIN) conflicts --db $(DB)

# All tests; PostgreSQL store tests run when NEWSGRAPH_TEST_POSTGRES holds a DSN
# (.ci/run starts a throwaway server and sets it). Packages with concurrency
# run again under the race detector.
# Each fuzz target also runs briefly in make test (longer: make fuzz).
TEST_FUZZTIME ?= 3s
test:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...
	cd tools/bench && $(GO) vet ./... && $(GO) test -count=1 ./...
	$(GO) test -count=1 -timeout 30m -race ./graph/... ./internal/pipeline/... ./internal/cli/... ./queries/... ./server/...
	$(MAKE) --no-print-directory fuzz FUZZTIME=$(TEST_FUZZTIME)

# Extract every dev corpus in $(SHARED)/eval and score it with the reference scorer
# (after GUM, a second line: its mention recall with names widened over "the" and "'s";
# a third and fourth with the names nested in names, which GUM marks and the flat corpora do not);
# then MEANTIME again on the lines it annotates, with the scorer's ceilings; then the
# parse of UD English EWT dev, from its gold words and from its raw text (ud-score).
eval: build
	@mkdir -p $(EVALOUT)
	@for c in $(CORPORA); do \
	  $(BIN) extract --format json $(SHARED)/eval/$$c/dev.jsonl > $(EVALOUT)/$$c.jsonl; \
	  st=$$?; [ $$st -eq 0 ] || [ $$st -eq 3 ] || exit 1; \
	  echo "=================== $$c"; \
	  python3 $(SHARED)/eval/score.py all $(SHARED)/eval/$$c/dev.jsonl $(EVALOUT)/$$c.jsonl || exit 1; \
	  if [ $$c = gum ]; then python3 scripts/name_extent_tradeoff.py --gum $(SHARED)/eval/score.py \
	    $(SHARED)/eval/gum/dev.jsonl $(EVALOUT)/gum.jsonl $(EVALOUT)/gum-names-widened.jsonl || exit 1; \
	  python3 scripts/gum_nested.py $(SHARED)/eval/score.py $(SHARED)/eval/gum/dev.jsonl $(EVALOUT)/gum.jsonl \
	    $(EVALOUT)/gum-nested.jsonl "GUM with names nested in names" || exit 1; \
	  python3 scripts/gum_nested.py $(SHARED)/eval/score.py $(SHARED)/eval/gum/dev.jsonl $(EVALOUT)/gum-names-widened.jsonl \
	    $(EVALOUT)/gum-nested-widened.jsonl "GUM by both its conventions, nested names and names widened" || exit 1; fi; \
	done
	@echo "=================== meantime, annotated lines only (scripts/meantime_regions.py)"
	@python3 scripts/meantime_regions.py $(SHARED)/eval/score.py $(SHARED)/eval/meantime/dev.jsonl $(EVALOUT)/meantime.jsonl
	@echo "=================== UD English EWT dev, gold tokens (extract --format conllu --tokenized)"
	@$(BIN) extract --format conllu --tokenized $(UDDEV) > $(EVALOUT)/ud-gold-tokens.conllu
	@python3 $(SHARED)/eval/ud/ud-score $(UDDEV) $(EVALOUT)/ud-gold-tokens.conllu
	@echo "=================== UD English EWT dev, raw text (its # text lines, paragraph by paragraph)"
	@$(BIN) extract --format conllu $(UDDEV) > $(EVALOUT)/ud-raw-text.conllu
	@python3 $(SHARED)/eval/ud/ud-score $(UDDEV) $(EVALOUT)/ud-raw-text.conllu

# The benchmark report docs/bench.md + docs/bench.json (see tools/bench, a
# module of its own so that its peer, prose, stays out of newsgraph's go.mod):
# generates a corpus of $(BENCH_ARTICLES) articles from $(SHARED) in a temp
# dir, measures extraction, build (bbolt, PostgreSQL), load, queries.
BENCH_ARTICLES ?= 1500
# then a $(BENCH_LARGE)-article build on bbolt for the rate and memory at scale (0: skip)
BENCH_LARGE ?= 10000
bench:
	cd tools/bench && BENCH_ARTICLES=$(BENCH_ARTICLES) $(GO) run . -root $(CURDIR) -shared $(SHARED) -large $(BENCH_LARGE)

# The Go micro-benchmarks of the extraction stages and the store.
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 3x ./extract/... ./graph/... | tee $(EVALOUT)-bench.txt

# Retrain the NER, mention, part-of-speech and parser models from $(SHARED)/train
# (deterministic: same files, same bytes). The dependency parser comes after the
# tagger, whose jackknifed tags it trains on; the greedy parser of --fast after it.
train:
	$(GO) run ./tools/nertrain -data $(SHARED)
	$(GO) run ./tools/mentionstrain -data $(SHARED)
	$(GO) run ./tools/postrain -data $(SHARED) -lexicon extract/syntax/model/pos-lexicon.txt
	$(GO) run ./tools/parsetrain -data $(SHARED) -lexicon extract/syntax/model/pos-lexicon.txt -beam 4 -epochs 10
	$(GO) run ./tools/parsetrain -data $(SHARED) -lexicon extract/syntax/model/pos-lexicon.txt \
		-out extract/syntax/model/parser-fast.bin.gz -log extract/syntax/model/parser-fast-train.txt

# The WordNet person/organisation noun list of the mention chunker
# (extract/lex/data/wordnet-nouns.txt), from Debian's wordnet-base; the
# first-name -> gender list of coreference (extract/lex/data/first-names.txt),
# from the lexicon of the npm package compromise (MIT); the names everyone
# knows and their types (extract/lex/data/known-names.txt), from WordNet,
# compromise and the brand names of the npm package simple-icons (CC0). The npm
# packages are installed at pinned versions into a temporary directory, never
# into the repo.
COMPROMISE_VERSION   ?= 14.17.0
EFRT_VERSION         ?= 2.7.0
SIMPLE_ICONS_VERSION ?= 16.37.0
gazetteers:
	@test -d /usr/share/wordnet || (apt-get update -qq && apt-get install -y -qq wordnet-base)
	$(GO) run ./tools/wordnetnouns
	$(GO) run ./tools/wordnetphrasal
	@tmp=$$(mktemp -d) && \
	  npm install --prefix $$tmp --no-save --no-audit --no-fund --silent \
	    compromise@$(COMPROMISE_VERSION) efrt@$(EFRT_VERSION) simple-icons@$(SIMPLE_ICONS_VERSION) && \
	  node scripts/firstnames.mjs $$tmp/node_modules extract/lex/data/first-names.txt && \
	  node scripts/names.mjs $$tmp/node_modules extract/mention/model/names.txt && \
	  $(GO) run ./tools/knownnames -names extract/mention/model/names.txt \
	    -icons $$tmp/node_modules/simple-icons/data/simple-icons.json -icons-version $(SIMPLE_ICONS_VERSION); \
	  st=$$?; rm -rf $$tmp; exit $$st

# The dictionary word classes that the part-of-speech tagger reads as features
# (tools/postrain and tools/parsetrain -lexicon; the committed models do not)
# and with which the syntax stage mends the lemmas its tagger guesses for words
# the treebanks lack (extract/syntax/model/pos-lexicon.txt),
# from WordNet 3.0 (Debian's wordnet-base) and the lexicon of the npm package
# compromise (MIT), installed at the pinned version into a temporary directory.
# Sorted output: the same versions give the same bytes.
postag-lexicons:
	@test -d /usr/share/wordnet || (apt-get update -qq && apt-get install -y -qq wordnet-base)
	@tmp=$$(mktemp -d) && \
	  npm install --prefix $$tmp --no-save --no-audit --no-fund --silent \
	    compromise@$(COMPROMISE_VERSION) efrt@$(EFRT_VERSION) && \
	  node scripts/poslexicon.mjs $$tmp/node_modules /usr/share/wordnet extract/syntax/model/pos-lexicon.txt; \
	  st=$$?; rm -rf $$tmp; exit $$st

# Fuzz every reader, extraction stage, triples.Build, the JSON contract, the exporters
# and the named queries for
# $(FUZZTIME) each (docs/reliability.md). A failing input is saved under
# PKG/testdata/fuzz/TARGET/: commit it, and plain `go test` replays it. A bare
# "context deadline exceeded" with no input written is Go's own fuzztime race
# (golang/go#75804, fixed in Go 1.27), not a finding.
FUZZTIME ?= 60s
FUZZ_TARGETS := article:FuzzReadText article:FuzzReadJSONL article:FuzzReadStdin article:FuzzRead \
	article:FuzzParseDate article:FuzzSlugID article:FuzzReadFormats extract:FuzzTokenize extract:FuzzFindNames \
	extract:FuzzResolve extract:FuzzFindRelations extract:FuzzFindTimexes extract:FuzzFindQuotes \
	extract:FuzzFindEvents extract:FuzzFindEventLinks extract:FuzzProcess triples:FuzzBuild \
	graph/export:FuzzExport queries:FuzzNamedQueries
fuzz:
	@log=$$(mktemp); trap 'rm -f $$log' EXIT; \
	for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; fn=$${t##*:}; echo "=== $$pkg $$fn ($(FUZZTIME))"; \
	  $(GO) test ./$$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) > $$log 2>&1; st=$$?; \
	  grep -v 'elapsed: .*execs' $$log; grep 'execs' $$log | tail -1; \
	  if [ $$st -ne 0 ]; then \
	    if grep -q 'Failing input written' $$log || ! grep -q 'context deadline exceeded' $$log; then exit 1; fi; \
	    echo "(fuzztime race of the Go toolchain, golang/go#75804: no input failed)"; \
	  fi; \
	done

# Rebuild web/dist (the embedded cytoscape.js) from the version web/package-lock.json
# pins; commit the result. `go build` itself needs no npm.
web:
	cd web && npm ci --no-audit --no-fund && node build.mjs

# The screenshots of the page's views in docs/ (docs/web.md), from the seed
# articles, taken by the browser test (needs /usr/bin/chromium).
screenshots:
	NEWSGRAPH_SCREENSHOTS=$(CURDIR)/docs $(GO) test -count=1 -run '^TestSeedViewsInHeadlessChromium$$' ./server

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1)
	$(GO) vet ./...
	cd tools/bench && $(GO) vet ./...

clean:
	rm -rf bin $(EVALOUT) $(EVALOUT)-bench.txt
