"""The PolNeAR development split of the quotes scorer: 840 US political articles with every
attribution annotated (``../shared/quotes/polnear-train.jsonl``, research use; never copied
into the repository).

``python -m analysis.quotes.evaluate --split polnear-dev`` (or ``polnear-aside``, ``polnear``).
The part set aside — chosen before any rule was changed for PolNeAR — is every article whose id
hashes (SHA-1) to a first hex digit of 0 to 3, a quarter.

Measures, per PolNeAR kind (``direct``: content inside quotation marks; ``mixed``: with some;
``indirect``: none):

- span recall: a gold attribution is *found* when a quotation the tool reports (``direct``,
  ``partial``, ``indirect``) overlaps its content;
- span precision: the tool's quotations that overlap some gold content, of all it reports;
- for found attributions whose source is a name as written ("Clinton", "Sen. Ted Cruz": it
  starts with a capital and is no pronoun), in all and per annotated kind (``direct``: the
  quotations the held-out speaker targets are about): whether the tool's resolved speaker names it
  (``right``: the resolved name's last word is in the mention, or the mention's last word in
  the resolved name), names someone or something else (``other``) or is empty (``empty``);
- for found attributions with an annotated source mention: whether the mention the tool gives
  as its evidence (``speaker_start``/``speaker_end``) overlaps it (``right``), is elsewhere
  (``other``: another mention, or the previous quotation's for a continued one) or missing
  (``empty``).

PolNeAR annotates beliefs, intentions and feelings as attributions too; the cues are reported
apart for speech verbs and the rest, so recall is read where the tool means to find something.
The speech verbs are a frozen list (``data/quotes/speech-cue-verbs.txt``, the one-word forms of
:data:`analysis.quotes.SPEECH_VERBS` when it was frozen), so that a verb the tool learns later
does not move gold attributions between the two figures.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.article import ArticleError, parse_article
from analysis.paths import DATA_DIR, SHARED_DIR
from analysis.sources.records import json_objects

__all__ = [
    "POLNEAR",
    "SPEECH_CUE_VERBS",
    "is_aside",
    "name_words",
    "polnear_scores",
    "score_polnear",
    "speech_cue_verbs",
]

POLNEAR = SHARED_DIR / "quotes" / "polnear-train.jsonl"
#: The verb forms that make a gold cue a speech cue (frozen; see the module docstring).
SPEECH_CUE_VERBS = DATA_DIR / "quotes" / "speech-cue-verbs.txt"
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"}
_SPEECH = ("direct", "partial", "indirect")


def is_aside(identifier: str) -> bool:
    """Whether an article belongs to the part set aside (a quarter, by the hash of its id)."""
    return hashlib.sha1(identifier.encode("utf-8"), usedforsecurity=False).hexdigest()[0] in "0123"


@dataclass(frozen=True)
class _Gold:
    spans: tuple[tuple[int, int], ...]
    kind: str
    speaker: str | None
    cue: str | None
    source: tuple[int, int] | None  # the source mention's extent


def _named(speaker: str | None) -> bool:
    if not speaker:
        return False
    first = speaker.split()[0]
    return first[:1].isupper() and first.lower() not in _PRONOUNS | {"the", "a", "an"}


def name_words(text: str) -> list[str]:
    """The words of a name or mention as compared: lower case, punctuation and a possessive
    's stripped ("Cruz’s," -> "cruz")."""
    return [w.strip(".,;:'’()\"“”").lower().removesuffix("'s").removesuffix("’s")
            for w in text.split()]  # fmt: skip


def _same_person(mention: str, resolved: str) -> bool:
    """Whether a resolved speaker names the source mention: the resolved name's last word is
    in the mention ("Chris Cox, who runs the NRA's lobbying arm," ~ "Chris Cox") or the
    mention's name is in the resolved name ("Graham" ~ "Lindsey Graham")."""
    mention_words = name_words(mention)
    resolved_words = name_words(resolved)
    if not resolved_words or not mention_words:
        return False
    return resolved_words[-1] in mention_words or mention_words[-1] in resolved_words


def speech_cue_verbs(path: Path = SPEECH_CUE_VERBS) -> frozenset[str]:
    """The frozen verb forms of the scorer's speech cues, one per line (``#`` comments)."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _is_speech_cue(cue: str | None, verbs: frozenset[str]) -> bool:
    return bool(cue) and any(word.lower().strip(".,") in verbs for word in str(cue).split())


def score_polnear(
    path: Path = POLNEAR, *, part: str = "dev", limit: int | None = None
) -> Counter[str]:
    """Counts over the articles of ``part`` (``dev``, ``aside``, ``all``); see the module
    docstring for what is counted.

    Raises:
        ArticleError: The file is missing or a line is not a record (file and line named).
    """
    from analysis.quotes import extract_quotes

    if not path.is_file():
        raise ArticleError(f"{path}: the PolNeAR development set is not on this machine")
    verbs = speech_cue_verbs()
    counts: Counter[str] = Counter()
    seen = 0
    for _, record in json_objects(path):
        aside = is_aside(record["id"])
        if (part == "dev" and aside) or (part == "aside" and not aside):
            continue
        seen += 1
        if limit is not None and seen > limit:
            break
        article = parse_article(record["text"], source=f"{path}#{record['id']}")
        system = extract_quotes(article)
        system = system[system["kind"].isin(_SPEECH)]
        mentions = [
            None if pd.isna(a) else (int(a), int(b))
            for a, b in zip(system["speaker_start"], system["speaker_end"], strict=True)
        ]
        spans = list(zip(system["start"], system["end"], system["speaker"], mentions, strict=True))
        gold = [
            _Gold(
                tuple(
                    (int(f[0]), int(f[1])) for f in q.get("fragments") or [(q["start"], q["end"])]
                ),
                q["kind"],
                q.get("speaker"),
                q.get("cue"),
                None if q.get("speaker_start") is None else (q["speaker_start"], q["speaker_end"]),
            )
            for q in record["quotes"]
        ]
        counts["articles"] += 1
        for start, end, _, _ in spans:
            counts["system"] += 1
            if any(a < end and start < b for g in gold for a, b in g.spans):
                counts["system_matched"] += 1
        for g in gold:
            family = "speech" if _is_speech_cue(g.cue, verbs) else "other"
            counts[f"gold:{g.kind}"] += 1
            counts[f"gold:{family}"] += 1
            match = next((s for s in spans if any(a < s[1] and s[0] < b for a, b in g.spans)),
                         None)  # fmt: skip
            if match is None:
                continue
            counts[f"found:{g.kind}"] += 1
            counts[f"found:{family}"] += 1
            if g.source is not None:
                counts["mention"] += 1
                if match[3] is None:
                    counts["mention:empty"] += 1
                elif match[3][0] < g.source[1] and g.source[0] < match[3][1]:
                    counts["mention:right"] += 1
                else:
                    counts["mention:other"] += 1
            if _named(g.speaker):
                assert g.speaker is not None
                resolved = match[2] if isinstance(match[2], str) else None
                if resolved is None:
                    outcome = "empty"
                elif _same_person(g.speaker, resolved):
                    outcome = "right"
                else:
                    outcome = "other"
                counts["named"] += 1
                counts[f"named:{outcome}"] += 1
                counts[f"named {g.kind}"] += 1  # by the annotated kind: direct quotations apart
                counts[f"named {g.kind}:{outcome}"] += 1
    return counts


def polnear_scores(counts: Counter[str]) -> pd.DataFrame:
    """The table of :func:`score_polnear`'s counts: ``measure``, ``value``, ``of``."""

    def share(a: str, b: str) -> tuple[float, int]:
        return (counts[a] / counts[b] if counts[b] else float("nan"), counts[b])

    rows = [("span precision", *share("system_matched", "system"))]
    for kind in ("direct", "mixed", "indirect", "speech", "other"):
        label = f"span recall: {kind}" + (" cues" if kind in ("speech", "other") else "")
        rows.append((label, *share(f"found:{kind}", f"gold:{kind}")))
    for outcome in ("right", "other", "empty"):
        rows.append((f"source mention: {outcome}", *share(f"mention:{outcome}", "mention")))
    for outcome in ("right", "other", "empty"):
        rows.append((f"named source: {outcome}", *share(f"named:{outcome}", "named")))
    for kind in ("direct", "mixed", "indirect"):
        for outcome in ("right", "other", "empty"):
            rows.append((f"named source, {kind}: {outcome}",
                         *share(f"named {kind}:{outcome}", f"named {kind}")))  # fmt: skip
    return pd.DataFrame(rows, columns=["measure", "value", "of"])
