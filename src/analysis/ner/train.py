"""``make model``: train the project's language model from the development data in
``../shared/`` and write it, with its model card, into the package.

Usage::

    python -m analysis.ner.train [--shared ../shared] [--max-steps N]

Data (read from ``../shared/``, never copied into the repository):

- named entities: CoNLL-2003 train (Reuters news wire; PER, ORG, LOC — MISC spans are outside
  any entity, as Universal NER has them: a first model that left them unannotated took
  nationalities for people or places, "Australian Tom Moody" for an ORG) and Universal NER
  English-EWT train (web text; PER, ORG, LOC);
- tags and dependency parses: GUM train, only its genres whose texts are openly licensed for
  any use (academic, biographies, court, interviews, news, travel guides), so that the model
  inherits no non-commercial condition.

Development data for choosing the best step: CoNLL-2003 dev, UNER dev and GUM dev (the same
genres). The seed is fixed (``system.seed`` in ``config.cfg``); training runs on the CPU.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from analysis.ner.model import MODEL_DIR
from analysis.paths import SHARED_DIR
from analysis.sources.records import json_objects

__all__ = ["GUM_GENRES", "conll_docs", "gum_docs", "main", "uner_docs"]

HERE = Path(__file__).parent
CONFIG = HERE / "config.cfg"
LABELS = ("PER", "ORG", "LOC")
#: GUM genres whose texts allow any use (CC BY / CC BY-SA): the others carry a non-commercial
#: condition (fiction, how-to, essays, letters, podcasts) or an unstated one.
GUM_GENRES = ("academic", "bio", "court", "interview", "news", "voyage")


def conll_docs(nlp: Any, path: Path) -> Iterator[Any]:
    """CoNLL-2003 records as spaCy Docs: the text's own tokens (joined by single spaces),
    its sentences (one a line), PER/ORG/LOC as entities, MISC as outside."""
    from spacy.tokens import Doc

    for _, record in json_objects(path):
        text = record["text"]
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool | int | None] = []
        for line in text.split("\n"):
            tokens = line.split(" ")
            for i, token in enumerate(tokens):
                words.append(token)
                spaces.append(i < len(tokens) - 1)
                starts.append(i == 0)
            spaces[-1] = True  # the "\n" between sentences becomes a space
        spaces[-1] = False
        doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
        # The Doc's text is the record's with "\n" as " ": the offsets hold.
        yield _with_entities(doc, record["entities"])


def uner_docs(nlp: Any, path: Path) -> Iterator[Any]:
    """Universal NER records as spaCy Docs, tokenized by spaCy's English tokenizer; an entity
    whose edges fall inside a token is widened to the token."""
    for _, record in json_objects(path):
        doc = nlp.make_doc(record["text"])
        yield _with_entities(doc, record["entities"])


def _with_entities(doc: Any, entities: list[dict[str, Any]]) -> Any:
    spans: list[Any] = []
    for entity in entities:
        if entity["label"] not in LABELS:
            continue
        span = doc.char_span(entity["start"], entity["end"], label=entity["label"],
                             alignment_mode="expand")  # fmt: skip
        if span is not None:
            spans.append(span)
    doc.set_ents(_no_overlaps(spans), default="outside")  # MISC and the rest: outside
    return doc


def _no_overlaps(spans: list[Any]) -> list[Any]:
    from spacy.util import filter_spans

    return filter_spans(spans)


def gum_docs(path: Path) -> Iterator[Any]:
    """The GUM documents of :data:`GUM_GENRES` in ``path`` as Docs with gold tags and parses
    (entities missing: GUM's mentions follow other conventions than CoNLL's)."""
    from spacy.training.converters import conllu_to_docs

    for file in sorted(path.glob("*.conllu")):
        genre = file.stem.split("_")[1]
        if genre not in GUM_GENRES:
            continue
        text = file.read_text(encoding="utf-8")
        yield from conllu_to_docs(text, n_sents=10_000, merge_subtokens=True, no_print=True)


def build_corpora(shared: Path, folder: Path) -> dict[str, int]:
    """Write ``train.spacy`` and ``dev.spacy`` into ``folder``; return document counts."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    counts = {}
    for part in ("train", "dev"):
        docs = [
            *conll_docs(nlp, shared / "entities" / f"conll2003-{part}.jsonl"),
            *uner_docs(nlp, shared / "entities" / f"uner_en_ewt-{part}.jsonl"),
            *gum_docs(shared / "gum" / part),
        ]
        DocBin(docs=docs, store_user_data=False).to_disk(folder / f"{part}.spacy")
        counts[part] = len(docs)
    return counts


def train(shared: Path = SHARED_DIR, *, max_steps: int | None = None) -> Path:
    """Train the pipeline and install it as :data:`MODEL_DIR`; return that folder."""
    from spacy.cli.train import train as spacy_train

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        counts = build_corpora(shared, folder)
        print(f"corpora: {counts} ({time.perf_counter() - started:.0f} s)", flush=True)
        overrides: dict[str, Any] = {"paths.train": str(folder / "train.spacy"),
                     "paths.dev": str(folder / "dev.spacy")}  # fmt: skip
        if max_steps is not None:
            overrides["training.max_steps"] = max_steps
        spacy_train(CONFIG, folder / "output", overrides=overrides)
        best = folder / "output" / "model-best"
        if MODEL_DIR.exists():
            shutil.rmtree(MODEL_DIR)
        shutil.copytree(best, MODEL_DIR)
    minutes = (time.perf_counter() - started) / 60
    print(f"model written to {MODEL_DIR} ({minutes:.0f} min in all)")
    write_card(shared, minutes=minutes)
    return MODEL_DIR


def write_card(shared: Path = SHARED_DIR, *, minutes: float | None = None) -> Path:
    """Score the installed model on the development parts and write ``MODEL_CARD.md``."""
    import spacy
    from spacy.training import Example

    from analysis.ner.evaluate import evaluate

    table, _, per_1000 = evaluate([shared / "entities" / "conll2003-dev.jsonl",
                                   shared / "entities" / "uner_en_ewt-dev.jsonl"])  # fmt: skip
    nlp = spacy.load(MODEL_DIR)
    gold = list(gum_docs(shared / "gum" / "dev"))
    parse = nlp.evaluate([Example(nlp.make_doc(g.text), g) for g in gold])
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file()) / 1e6
    rows = "\n".join(
        f"| {r.group} | {r.label} | {r.gold} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} |"
        for r in table.itertuples()
    )
    trained = f"{minutes:.0f} minutes on this machine's CPU" if minutes else "see the README"
    card = CARD.format(
        rows=rows, tag=parse["tag_acc"], uas=parse["dep_uas"], las=parse["dep_las"],
        size=size, speed=per_1000, trained=trained, genres=", ".join(GUM_GENRES),
        spacy=spacy.__version__,
    )  # fmt: skip
    path = HERE / "MODEL_CARD.md"
    path.write_text(card, encoding="utf-8")
    return path


CARD = """# Model card: the article-analysis language model

A spaCy {spacy} pipeline (tok2vec, tagger, parser, ner; CPU, no word vectors), trained by
`make model` (`python -m analysis.ner.train`) with the fixed seed of `config.cfg` in
{trained}. It lives in `src/analysis/ner/model/` ({size:.1f} MB) and is loaded once per
process, from the package, never downloaded.

## Data
- **Named entities** (PER, ORG, LOC): CoNLL-2003 English train (946 Reuters news-wire
  articles, 1996; MISC spans outside any entity, since MISC is not reported) and Universal NER
  English-EWT train (540 web documents: reviews, answers, e-mail, newsgroups, weblogs; the
  cleaned first-commit train file described in `../shared/entities/README.md`).
- **Tags and dependency parses**: GUM train, the genres whose texts allow any use only
  ({genres}).
- Development (choice of the best step): CoNLL-2003 dev, UNER dev, GUM dev (same genres).

## Licence conditions
The model is derived from its training data and carries their conditions:
- CoNLL-2003: the text is Reuters' (RCV1), **for research use**; annotations University of
  Antwerp. A model trained on it is for research use.
- Universal NER English-EWT: **CC BY-SA 4.0** (Mayhew et al., NAACL 2024; text UD English-EWT,
  Silveira et al., 2014). Derived work: share alike, with this attribution.
- GUM (Zeldes, 2017): annotations CC BY 4.0; texts of the genres used CC BY 2.5 (Wikinews,
  interviews), CC BY-SA 3.0 (biographies, travel guides), CC BY 4.0 (academic, court). No
  non-commercial genre was used.

In short: research use, share alike, attribute CoNLL-2003, Universal NER and GUM.

## Scores (development parts; the test parts were never used)
Named entities, exact span and label (`python -m analysis.ner.evaluate`); the dev parts
chose the best training step, so they flatter the model a little:

| part | label | gold | precision | recall | F1 |
|---|---|---|---|---|---|
{rows}

Speed of the scorer: {speed:.1f} ms per 1,000 words (tok2vec and ner only, one core).
Tagger and parser on GUM dev: tag accuracy {tag:.3f}, UAS {uas:.3f}, LAS {las:.3f} — weak: the
parser had 84 documents to learn from and is not yet used by any analysis.

## Limits
Lines in capitals and sports tables (CoNLL's), clubs named after cities ("Barcelona" the team),
tokens split differently from the gold ("Bre-X"), and text far from news wire and web text.
"""


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.ner.train``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.ner.train")
    parser.add_argument("--shared", type=Path, default=SHARED_DIR, help="the development data")
    parser.add_argument("--max-steps", type=int, help="override training.max_steps")
    args = parser.parse_args(argv)
    if not (args.shared / "entities").is_dir():
        print(f"error: {args.shared}/entities: no development data there", file=sys.stderr)
        return 1
    train(args.shared, max_steps=args.max_steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
