# `make test` installs what the tests need and runs the whole suite:
# Debian's chromium (browser tests) and virtuoso-opensource (a second SPARQL
# engine) when missing, then a virtualenv with kg and its test extras.
VENV ?= .venv
DEBIAN_PACKAGES = chromium virtuoso-opensource

.PHONY: test lint system-deps

test: system-deps $(VENV)/.installed
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

system-deps:
	@if ! command -v chromium >/dev/null || ! command -v virtuoso-t >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(DEBIAN_PACKAGES); \
	fi

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@
