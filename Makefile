# UN resolutions -> Akoma Ntoso.  `make demo` converts the samples, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
AKN    := $(BIN)/akn
STAMP  := $(VENV)/.installed
XSD    := akn-schema/akomantoso30.xsd
SAMPLES := $(wildcard samples/*.txt samples/*.md samples/*.pdf)
SAMPLE_XML := $(patsubst samples/%,build/%.xml,$(basename $(SAMPLES)))

.PHONY: install demo test lint bench clean convert
.DEFAULT_GOAL := demo

install: $(STAMP) $(XSD)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

$(XSD): $(STAMP) converter/schema_fetch.py
	$(BIN)/python -m converter.schema_fetch akn-schema
	@touch $@

demo: install
	@mkdir -p build
	@for f in $(SAMPLES); do \
	  stem=$$(basename "$${f%.*}"); \
	  $(AKN) convert "$$f" -o "build/$$stem.xml" && \
	  $(AKN) validate "build/$$stem.xml" >/dev/null && echo "ok    $$f -> build/$$stem.xml (valid)" \
	  || echo "FAIL  $$f"; \
	done

test: install
	$(BIN)/ruff check converter tests
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check converter tests

bench: install
	$(BIN)/python -m converter.bench

# Pipelines built on make: `make convert IN=dir OUT=dir [-j4] [-k]`, incremental by timestamps.
# A failed file leaves no target (akn writes atomically; .DELETE_ON_ERROR covers a killed
# recipe), so the next run retries it.  `akn batch` does the same in one process per CPU.
.DELETE_ON_ERROR:
IN  ?= samples
OUT ?= build
IN_FILES := $(wildcard $(IN)/*.txt $(IN)/*.md $(IN)/*.pdf)
OUT_FILES := $(patsubst $(IN)/%,$(OUT)/%.xml,$(basename $(IN_FILES)))
convert: $(OUT_FILES)
$(OUT)/%.xml: $(IN)/%.txt | $(STAMP) $(XSD) ; @mkdir -p $(OUT) && $(AKN) convert $< -o $@
$(OUT)/%.xml: $(IN)/%.md  | $(STAMP) $(XSD) ; @mkdir -p $(OUT) && $(AKN) convert $< -o $@
$(OUT)/%.xml: $(IN)/%.pdf | $(STAMP) $(XSD) ; @mkdir -p $(OUT) && $(AKN) convert $< -o $@

clean:
	rm -rf build
