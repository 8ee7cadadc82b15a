"""Speaker resolution checked against GUM's coreference chains: a development check of how
the quotes package resolves *he*, *she*, surnames and roles across genres.

``python -m analysis.quotes.evaluate --split gum`` reads ``../shared/gum/{train,dev}/*.conllu``
(CC BY annotations, texts under their genres' licences; never copied into the repository),
rebuilds each document's text (paragraphs from ``# newpar``), runs the quotes analysis, and for
every speech row whose speaker mention (``speaker_start``/``speaker_end``) lines up with a GUM
mention asks: does the chain of that mention — every mention of the same referent — name the
resolved speaker (its last word among the words of the chain's mentions)? ``right``;
``other`` when it does not; ``empty`` when the tool gave the mention but no speaker. Counted
per ``resolved_by`` and per genre.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.article import ArticleError, parse_article
from analysis.paths import SHARED_DIR
from analysis.quotes.polnear import name_words

__all__ = [
    "GUM",
    "GumDocument",
    "gum_documents",
    "gum_scores",
    "score_gum",
    "score_gum_pronouns",
]

GUM = SHARED_DIR / "gum"
#: The items of an ``Entity=`` field: an opening "(3-person-...", a one-token mention
#: "(3-person-...)", a closing "3)".
_ITEM = re.compile(r"\((?P<open>\d+)-[^()]*(?P<single>\))?|(?P<close>\d+)\)")
_SPEECH = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class GumDocument:
    """A GUM document as text, with its mentions: (start, end, chain) offsets into ``text``."""

    name: str
    genre: str
    text: str
    mentions: tuple[tuple[int, int, int], ...]


def _entities(misc: str) -> str:
    for field in misc.split("|"):
        if field.startswith("Entity="):
            return field[len("Entity=") :]
    return ""


def read_gum(path: Path) -> GumDocument:
    """One CoNLL-U file of GUM as text and mentions.

    Raises:
        ArticleError: A line is not a CoNLL-U token line (file and line named).
    """
    title, genre = path.stem, "unknown"
    body: list[str] = []
    offset = 0
    header = ""
    open_at: dict[int, list[int]] = {}
    mentions: list[tuple[int, int, int]] = []
    started = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("# meta::title = "):
            title = line.split("=", 1)[1].strip()
        elif line.startswith("# meta::genre = "):
            genre = line.split("=", 1)[1].strip()
        if not started and (line.startswith("# newpar") or not line.startswith("#")):
            header = f"date 2020-01-01 {title}\n\n"
            offset = len(header)
            started = True
        if line.startswith("# newpar") and body:
            body.append("\n\n")
            offset += 2
            continue
        if not line or line.startswith("#"):
            if not line and body and body[-1] not in ("\n\n", " "):
                body.append(" ")
                offset += 1
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise ArticleError(f"{path}:{number}: not a CoNLL-U token line")
        if "-" in columns[0] or "." in columns[0]:
            continue  # a multi-word token's range or an empty node
        form, misc = columns[1], columns[9]
        start = offset
        body.append(form)
        offset += len(form)
        for item in _ITEM.finditer(_entities(misc)):
            if item["open"] and item["single"]:
                mentions.append((start, offset, int(item["open"])))
            elif item["open"]:
                open_at.setdefault(int(item["open"]), []).append(start)
            elif (starts := open_at.get(int(item["close"]))) is not None and starts:
                mentions.append((starts.pop(), offset, int(item["close"])))
        if "SpaceAfter=No" not in misc:
            body.append(" ")
            offset += 1
    return GumDocument(path.stem, genre, header + "".join(body), tuple(mentions))


def gum_documents(folder: Path = GUM) -> Iterator[GumDocument]:
    """Every document of GUM's ``train`` and ``dev`` parts, in file order.

    Raises:
        ArticleError: The folder is missing.
    """
    if not folder.is_dir():
        raise ArticleError(f"{folder}: GUM is not on this machine")
    for part in ("train", "dev"):
        for path in sorted((folder / part).glob("*.conllu")):
            yield read_gum(path)


def score_gum(folder: Path = GUM, *, limit: int | None = None) -> Counter[tuple[str, str, str]]:
    """Counts of (genre, resolved_by, outcome) over the speech rows whose speaker mention lines
    up with a GUM mention; see the module docstring."""
    from analysis.quotes import extract_quotes

    counts: Counter[tuple[str, str, str]] = Counter()
    for index, document in enumerate(gum_documents(folder)):
        if limit is not None and index >= limit:
            break
        article = parse_article(document.text, source=document.name)
        quotes = extract_quotes(article)
        quotes = quotes[quotes["kind"].isin(_SPEECH) & quotes["speaker_start"].notna()]
        if quotes.empty:
            continue
        by_span = {(s, e): c for s, e, c in document.mentions}
        chains = _chain_words(document)
        for row in quotes.itertuples():
            chain = by_span.get((int(row.speaker_start), int(row.speaker_end)))
            if chain is None:
                continue  # the mention does not line up with one of GUM's
            how = row.resolved_by if isinstance(row.resolved_by, str) else "(none)"
            if not isinstance(row.speaker, str):
                outcome = "empty"
            else:
                last = set(name_words(row.speaker.split()[-1]))
                outcome = "right" if last & chains[chain] else "other"
            counts[(document.genre, how, outcome)] += 1
    return counts


def _chain_words(document: GumDocument) -> dict[int, set[str]]:
    """The words of every mention of each chain (lower case), by chain."""
    chains: dict[int, set[str]] = {}
    for s, e, c in document.mentions:
        chains.setdefault(c, set()).update(name_words(document.text[s:e]))
    return chains


def score_gum_pronouns(
    folder: Path = GUM, *, limit: int | None = None
) -> Counter[tuple[str, str, str]]:
    """Counts of (genre, place, outcome) over every *he*/*she* GUM marks as a mention, speech
    or not: whom :func:`analysis.quotes.pronouns.referent` says it stands for, checked against
    its chain as :func:`score_gum` checks speakers (``right``, ``other``, ``empty``). The place
    is ``outside quotations`` (where a speaker's *he said* stands: what the package resolves)
    or ``inside quotations`` (a speaker's own words, where the people they name come first).
    Many chains name nobody (fiction, conversation): there an empty answer is the right one,
    so ``other`` — a person the text does not mean — is the figure to watch."""
    from analysis.quotes.people import People
    from analysis.quotes.pronouns import referent

    counts: Counter[tuple[str, str, str]] = Counter()
    for index, document in enumerate(gum_documents(folder)):
        if limit is not None and index >= limit:
            break
        people = People(parse_article(document.text, source=document.name))
        chains = _chain_words(document)
        for start, end, chain in document.mentions:
            word = document.text[start:end]
            if word.lower() not in ("he", "she"):
                continue
            found = referent(people, word, start)
            if found is None:
                outcome = "empty"
            else:
                last = set(name_words(found.name.split()[-1]))
                outcome = "right" if last & chains[chain] else "other"
            place = "inside quotations" if people.quoted(start) else "outside quotations"
            counts[(document.genre, place, outcome)] += 1
    return counts


def gum_scores(counts: Counter[tuple[str, str, str]], *, by: str = "resolved_by") -> pd.DataFrame:
    """The table of :func:`score_gum`'s counts by ``genre`` or by their second key
    (``resolved_by``; ``place`` for :func:`score_gum_pronouns`): ``right``, ``other``,
    ``empty`` (shares of ``n``), ``n``; an ``all`` row last."""
    index = 0 if by == "genre" else 1
    groups: dict[str, Counter[str]] = {}
    for key, n in counts.items():
        groups.setdefault(key[index], Counter())[key[2]] += n
        groups.setdefault("all", Counter())[key[2]] += n
    rows = []
    for name in sorted(groups, key=lambda g: (g == "all", g)):
        group = groups[name]
        total = sum(group.values())
        rows.append((name, *(group[o] / total for o in ("right", "other", "empty")), total))
    return pd.DataFrame(rows, columns=[by, "right", "other", "empty", "n"])
