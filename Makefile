# UN resolutions -> Akoma Ntoso.  `make demo` converts the samples, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
AKN    := $(BIN)/akn
STAMP  := $(VENV)/.installed
XSD    := akn-schema/akomantoso30.xsd
SAMPLES := $(wildcard samples/*.txt samples/*.md samples/*.pdf)
SAMPLE_XML := $(patsubst samples/%,build/%.xml,$(basename $(SAMPLES)))
# File names are data: every name reaches the shell single-quoted ('\'' for a quote inside),
# so a name such as A_`id`.md or $(touch x).md is never evaluated.
quote = '$(subst ','\'',$(1))'

.PHONY: install demo test lint bench clean convert fuzz
.DEFAULT_GOAL := demo

install: $(STAMP) $(XSD)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,dask]'
	touch $@

$(XSD): $(STAMP) converter/schema_fetch.py
	$(BIN)/python -m converter.schema_fetch akn-schema
	@touch $@

demo: install
	@mkdir -p build
	@for f in $(foreach f,$(SAMPLES),$(call quote,$(f))); do \
	  stem=$$(basename "$${f%.*}"); \
	  $(AKN) convert "$$f" -o "build/$$stem.xml" && \
	  $(AKN) validate "build/$$stem.xml" >/dev/null && echo "ok    $$f -> build/$$stem.xml (valid)" \
	  || echo "FAIL  $$f"; \
	done
	$(AKN) render build/A_RES_79_166.xml -o build/A_RES_79_166.html
	$(AKN) diff build/A_C.3_79_L.23-draft.xml build/A_RES_79_166.xml --format html \
	  -o build/draft-vs-adopted.html

test: install
	$(BIN)/ruff check converter tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check converter tests
	$(BIN)/mypy

bench: install
	$(BIN)/python -m converter.bench

# The fuzz campaign (not part of `make test`, which runs a short slice of it):
# `make fuzz [FUZZ_N=2400] [FUZZ_JOBS=2] [FUZZ_REPORT=build/fuzz.json]`.
FUZZ_N ?= 2400
FUZZ_JOBS ?= 2
FUZZ_REPORT ?= build/fuzz.json
fuzz: install
	$(BIN)/python -m converter.fuzz --count $(FUZZ_N) --jobs $(FUZZ_JOBS) --report $(call quote,$(FUZZ_REPORT))

# Pipelines built on make: `make convert IN=dir OUT=dir [-j4] [-k]`, incremental by timestamps.
# A failed file leaves no target (akn writes atomically; .DELETE_ON_ERROR covers a killed
# recipe), so the next run retries it.  `akn batch` does the same in one process per CPU.
.DELETE_ON_ERROR:
IN  ?= samples
OUT ?= build
IN_FILES := $(wildcard $(IN)/*.txt $(IN)/*.md $(IN)/*.pdf)
OUT_FILES := $(patsubst $(IN)/%,$(OUT)/%.xml,$(basename $(IN_FILES)))
convert: $(OUT_FILES)
$(OUT)/%.xml: $(IN)/%.txt | $(STAMP) $(XSD) ; @mkdir -p $(call quote,$(OUT)) && $(AKN) convert $(call quote,$<) -o $(call quote,$@)
$(OUT)/%.xml: $(IN)/%.md  | $(STAMP) $(XSD) ; @mkdir -p $(call quote,$(OUT)) && $(AKN) convert $(call quote,$<) -o $(call quote,$@)
$(OUT)/%.xml: $(IN)/%.pdf | $(STAMP) $(XSD) ; @mkdir -p $(call quote,$(OUT)) && $(AKN) convert $(call quote,$<) -o $(call quote,$@)

clean:
	rm -rf build
