# French news discourse analysis — every task a researcher or CI needs. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INPUT  ?= data/sample/xinhua-2022-04-13-poutine-loukachenko.txt
OUT    ?=
MODEL  ?= sm

.PHONY: help install report test lab bench evaluate lint clean

help: ## Show the available tasks
	@echo "Usage: make <task> [INPUT=path] [OUT=dir] [MODEL=sm|md]"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[1m%-10s\033[0m %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

install: $(STAMP) ## Create .venv (if missing) and install pinned dependencies and the package

report: $(STAMP) ## Run every analysis notebook on INPUT (default: the sample article) into an HTML report
	$(BIN)/python -m analysis report $(INPUT) --model $(MODEL) $(if $(OUT),--out $(OUT)) $(if $(WIDTH),--figure-width $(WIDTH))

test: $(STAMP) ## Run every test (unit, property, notebooks, browser)
	$(BIN)/python -m pytest

lab: $(STAMP) ## Open JupyterLab on notebooks/
	$(BIN)/jupyter lab --notebook-dir=notebooks

bench: $(STAMP) ## Print speed and accuracy benchmarks (needs ../shared for the accuracy ones)
	$(BIN)/python -m analysis.bench all

evaluate: $(STAMP) ## Score quotations and speakers: real journalism (../shared/eval-dev) first, then our own sets
	$(BIN)/python -m analysis.evaluate summary

lint: $(STAMP) ## Check style (ruff) and that imports point one way (import-linter, contracts in pyproject.toml)
	$(BIN)/ruff check analysis tests notebooks
	$(BIN)/lint-imports

clean: ## Remove generated reports and caches (keeps .venv)
	rm -rf reports/* .pytest_cache .hypothesis .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	@touch reports/.gitkeep
