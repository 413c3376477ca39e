# `make test` and `make bench` set everything up themselves on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup chromium test bench clean

setup: $(STAMP) chromium

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# IWR_CHROMIUM, else chromium on PATH, else Playwright's own browser; else Debian's
# chromium where apt-get can be used. Never Playwright's own browser download: it needs the internet.
# Debian's tesseract too: the OCR behind the paper's visual score (with --iwr-judge), tested by `make test`.
chromium: $(STAMP)
	@missing=""; \
	$(PY) -m pytest_iwr chromium >/dev/null 2>&1 || missing="chromium fonts-dejavu-core fonts-liberation"; \
	command -v tesseract >/dev/null 2>&1 || [ -n "$$IWR_TESSERACT" ] || missing="$$missing tesseract-ocr"; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then SUDO=sudo; \
	  else echo "missing: $$missing (set IWR_CHROMIUM to a Chromium binary, IWR_TESSERACT to tesseract)" >&2; exit 1; fi; \
	  echo "installing Debian's$$missing"; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@echo "chromium: $$($(PY) -m pytest_iwr chromium)"

test: setup
	$(PY) -m pytest -p no:cacheprovider -q

# A benchmark run exits 1 when a model fails steps (blank always does): that is a result, not an error.
bench: setup
	$(PY) benchmarks/speed.py
	$(PY) -m pytest -p no:cacheprovider --iwr-model=reference,flipbook,blank --iwr-report=out -v; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc

clean:
	rm -rf $(VENV) out .iwr test-results
