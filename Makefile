# newsgraph — see README.md. Quick start: `make demo`, `make test`.
SHARED  ?= ../shared
DB      ?= newsgraph.db
BIN     := bin/newsgraph
GO      ?= go
EVALOUT ?= eval-out
CORPORA := conll2003 meantime gum polnear tempeval3_platinum timebank_aquaint

.PHONY: all build demo test test-short race eval bench lint train fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/newsgraph

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

# All tests; PostgreSQL store tests run when NEWSGRAPH_TEST_POSTGRES holds a DSN
# (.ci/run starts a throwaway server and sets it). Packages with concurrency
# run again under the race detector.
test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race ./graph/... ./internal/pipeline/... ./internal/cli/... ./queries/...

# Extract every dev corpus in $(SHARED)/eval and score it with the reference scorer.
eval: build
	@mkdir -p $(EVALOUT)
	@for c in $(CORPORA); do \
	  $(BIN) extract --format json $(SHARED)/eval/$$c/dev.jsonl > $(EVALOUT)/$$c.jsonl; \
	  st=$$?; [ $$st -eq 0 ] || [ $$st -eq 3 ] || exit 1; \
	  echo "=================== $$c"; \
	  python3 $(SHARED)/eval/score.py all $(SHARED)/eval/$$c/dev.jsonl $(EVALOUT)/$$c.jsonl || exit 1; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./extract/... ./graph/... | tee $(EVALOUT)-bench.txt

# Retrain the NER model from $(SHARED)/train (deterministic: same files, same bytes).
train:
	$(GO) run ./internal/nertrain -data $(SHARED)

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1)
	$(GO) vet ./...

clean:
	rm -rf bin $(EVALOUT) $(EVALOUT)-bench.txt
