"""Named-entity recognition: who and what the article names — people (PER), organisations
(ORG) and places (LOC) — found by the project's language model and named as the article names
them. (The package is ``analysis.ner``, not ``analysis.entities``: that is the public function
:func:`entities`, which a subpackage of the same name would shadow.)

The model (:mod:`analysis.ner.model`) reads each paragraph (and the headline) and finds
the mentions; then the article is read as a whole, as a news reader does, to name them: each
mention gets its ``entity``, the fullest name the article gives it — "Stoltenberg" -> "Jens
Stoltenberg", "NATO" -> "North Atlantic Treaty Organization" when the article spells it out —
and keeps its own text when two fuller names could be meant (precision first).

Two other article-level rules were measured and left out: giving a name one label across the
article (its majority) and finding every repetition of a name the model tagged once (lone
surnames included) each lowered exact-span F1 on the CoNLL-2003 development part (0.848 with
neither, 0.843 and 0.841 with each): they spread the model's errors further than they mend
its misses.

Offsets index :attr:`analysis.Article.text`, as every table of the package does; paragraph 0 is
the headline.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pandas as pd

from analysis.document import ArticleLike, Document, as_document
from analysis.frames import Rows
from analysis.ner.model import MODEL_DIR, ModelError, language_model

__all__ = [
    "ENTITY_COLUMNS",
    "LABELS",
    "LABEL_NAMES",
    "MODEL_DIR",
    "ModelError",
    "entities",
    "entity_rows",
    "entity_summary",
    "shared_entity_rows",
    "text_entities",
]

#: The labels reported (the model is trained on these three; CoNLL's MISC is not reported).
LABELS = ("PER", "ORG", "LOC")
#: What each label names, in words: singular, plural.
LABEL_NAMES = {"PER": ("person", "people"), "ORG": ("organisation", "organisations"),
               "LOC": ("place", "places")}  # fmt: skip
ENTITY_COLUMNS = ["text", "label", "start", "end", "paragraph", "sentence", "entity"]
SUMMARY_COLUMNS = ["entity", "label", "mentions", "first_paragraph", "quoted", "quoted_words"]
# Words an acronym's letters skip ("North Atlantic Treaty Organization" -> NATO).
_MINOR = {"of", "the", "and", "for", "on", "in", "to", "&", "de", "des", "du", "la", "le"}
_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,7}")


@dataclass
class _Mention:
    start: int
    end: int
    label: str


def _model_mentions(texts: list[tuple[int, str]]) -> list[_Mention]:
    """The model's PER/ORG/LOC mentions in each ``(offset, text)``, offsets made absolute; a
    person's leading titles ("Mayor", "Secretary-General") left out, as CoNLL's extents do."""
    nlp = language_model()
    found = []
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for (offset, text), doc in zip(texts, nlp.pipe(t for _, t in texts), strict=True):
            for ent in doc.ents:
                if ent.label_ not in LABELS:
                    continue
                start, end = ent.start_char, ent.end_char
                if ent.label_ == "PER":
                    start = _after_titles(text, start, end)
                found.append(_Mention(offset + start, offset + end, ent.label_))
    return found


def _after_titles(text: str, start: int, end: int) -> int:
    """Where a person's name starts once the titles before it are left out (one word stays)."""
    from analysis.language.english.speech import TITLES

    while True:
        space = text.find(" ", start, end)
        if space < 0 or text[start:space].lower().rstrip(".") not in TITLES:
            return start
        start = space + 1


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _MINOR and w[:1].isupper())


def _canonical(text: str, mentions: list[_Mention]) -> list[str]:
    """The fullest name the article gives each mention (see the module docstring)."""
    names = [text[m.start : m.end] for m in mentions]
    # Names in the order the article first gives them (never a set: the result must not
    # depend on a process's string hashing).
    by_label: dict[str, dict[str, None]] = {}
    for name, m in zip(names, mentions, strict=True):
        by_label.setdefault(m.label, {})[name] = None
    spelled: dict[str, str] = {}  # acronym -> its long form, when the article gives one
    for label in ("ORG", "LOC"):
        for name in by_label.get(label, ()):
            letters = _initials(name)
            if len(name.split()) >= 2 and len(letters) >= 2:
                spelled.setdefault(letters, name)
    for match in re.finditer(r"([A-Z][\w.&' -]+?)\s+\(([A-Z][A-Z&.]{1,7})\)", text):
        words, short = match[1].split(), match[2].replace(".", "")
        for i, word in enumerate(words):  # the longest run of words the letters spell
            if word.lower() not in _MINOR and _initials(" ".join(words[i:])) == short:
                spelled.setdefault(short, " ".join(words[i:]))
                break
    out = []
    for name, m in zip(names, mentions, strict=True):
        tokens = name.split()
        fuller = [
            other
            for other in by_label.get(m.label, ())
            if len(other.split()) > len(tokens) and _contains(other.split(), tokens)
        ]
        # A surname may belong to several people: keep the mention's own text then.
        widest = [f for f in fuller if not any(_contains(g.split(), f.split()) and g != f
                                               for g in fuller)]  # fmt: skip
        if len(widest) == 1:
            out.append(widest[0])
        elif m.label != "PER" and _ACRONYM.fullmatch(name) and name.replace(".", "") in spelled:
            out.append(spelled[name.replace(".", "")])
        else:
            out.append(name)
    return out


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def entity_rows(article: ArticleLike) -> Rows:
    """The rows of :func:`entities` (uncached; a document keeps its own, see
    :func:`shared_entity_rows`)."""
    article = as_document(article).article
    regions: list[tuple[int, int]] = []
    if article.headline_span:
        regions.append(article.headline_span)
    regions += [(p.start, p.end) for p in article.paragraphs]
    texts = [(start, article.text[start:end]) for start, end in regions]
    mentions = _model_mentions(texts) if texts else []
    canonical = _canonical(article.text, mentions)
    sentence_starts = [s.start for s in article.sentences]
    rows = []
    headline_end = article.headline_span[1] if article.headline_span else -1
    for m, entity in zip(mentions, canonical, strict=True):
        i = bisect.bisect_right(sentence_starts, m.start) - 1
        if m.end <= headline_end or i < 0:
            paragraph, sentence = 0, 0  # the headline
        else:
            paragraph, sentence = article.sentences[i].paragraph, article.sentences[i].index
        rows.append((article.text[m.start : m.end], m.label, m.start, m.end, paragraph, sentence,
                     entity))  # fmt: skip
    return Rows(
        tuple(ENTITY_COLUMNS),
        {
            "text": "object",
            "label": "object",
            "start": "int64",
            "end": "int64",
            "paragraph": "int64",
            "sentence": "int64",
            "entity": "object",
        },
        rows,
    )


def entities(article: ArticleLike) -> pd.DataFrame:
    """Every mention of a person, organisation or place in the article.

    Returns:
        One row per mention, in text order: ``text`` (as written), ``label`` (``PER``,
        ``ORG``, ``LOC``), ``start``, ``end`` (offsets into the article's text), ``paragraph``
        (0 = the headline), ``sentence`` (0 = the headline), ``entity`` (the fullest name the
        article gives it).

    Raises:
        ModelError: The language model is missing or damaged.
    """
    return shared_entity_rows(as_document(article)).frame()


def shared_entity_rows(doc: Document) -> Rows:
    """The rows of :func:`entities`, computed once per document (shared; do not modify)."""
    return doc.shared(entity_rows)


def entity_summary(article: ArticleLike) -> pd.DataFrame:
    """One row per entity: who and what the article names, how prominently, and whether it
    quotes them.

    Returns:
        ``entity``, ``label``, ``mentions``, ``first_paragraph`` (0 = the headline),
        ``quoted`` (the quotes table has them as a speaker), ``quoted_words`` (words quoted
        from them); most mentioned first, then by first appearance.
    """
    from analysis.quotes import speakers

    doc = as_document(article)
    mentions = entities(doc)
    quoted = _quoted_words(speakers(doc))
    columns = {c: [] for c in SUMMARY_COLUMNS}  # type: ignore[var-annotated]
    if not mentions.empty:
        grouped = mentions.groupby(["entity", "label"], sort=False)
        table = grouped.agg(mentions=("text", "size"), first_paragraph=("paragraph", "min"))
        table = table.reset_index()
        pairs = zip(table["entity"], table["label"], strict=True)
        words = [_match_speaker(entity, label, quoted) for entity, label in pairs]
        table["quoted"] = [w is not None for w in words]
        table["quoted_words"] = [w or 0 for w in words]
        table = table.sort_values(["mentions", "first_paragraph"], ascending=[False, True],
                                  kind="stable")  # fmt: skip
        return table[SUMMARY_COLUMNS].reset_index(drop=True)
    return pd.DataFrame(columns).astype(
        {"mentions": "int64", "first_paragraph": "int64", "quoted": "bool", "quoted_words": "int64"}
    )


def _quoted_words(speakers: pd.DataFrame) -> dict[str, int]:
    return {
        str(name): int(words)
        for name, words in zip(speakers["speaker"], speakers["words"], strict=True)
        if name != "(unattributed)"
    }


def _match_speaker(entity: str, label: str, quoted: dict[str, int]) -> int | None:
    """Words quoted from ``entity``: its own name among the speakers, or (a person) a speaker
    with the same full name or surname."""
    if entity in quoted:
        return quoted[entity]
    if label != "PER":
        return None
    surname = entity.split()[-1]
    matches = [w for name, w in quoted.items() if name.split()[-1:] == [surname]]
    return matches[0] if len(matches) == 1 else None


def text_entities(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of the PER/ORG/LOC mentions in ``text`` (its lines read as
    paragraphs): what the scorer compares with gold."""
    regions, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            regions.append((position, position + len(line)))
        position += len(line) + 1
    texts = [(start, text[start:end]) for start, end in regions]
    return [(m.start, m.end, m.label) for m in (_model_mentions(texts) if texts else [])]
