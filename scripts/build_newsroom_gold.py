"""Write data/quotes/gold-newsroom.json from data/quotes/source/annotations_newsroom.py.

Each annotated span is located in its article's paragraphs (it must occur in exactly one);
the JSON has the shape of gold-constructed.json, which ``analysis.quotes.evaluate`` reads.
Run: ``python scripts/build_newsroom_gold.py`` (``make newsroom-gold``).
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "quotes" / "source" / "annotations_newsroom.py"
TARGET = ROOT / "data" / "quotes" / "gold-newsroom.json"
#: The date every made-up article carries (as the constructed ones do).
DATE = "2024-01-15"


def article_entry(article: dict) -> dict:
    """One article's gold entry: its headline and paragraphs, each span with its paragraph."""
    headline, _, body = article["text"].partition("\n\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    quotes = []
    for text, speaker, kind, *aliases in article["gold"]:
        where = [i for i, p in enumerate(paragraphs, 1) if text in p]
        if len(where) != 1 or paragraphs[where[0] - 1].count(text) != 1:
            raise SystemExit(f"{article['id']}: {text!r} is in {len(where)} paragraphs, not one")
        quote = {"paragraph": where[0], "text": text, "kind": kind, "speaker": speaker}
        if aliases:
            quote["aliases"] = aliases[0]
        quotes.append(quote)
    return {
        "id": article["id"],
        "split": article["split"],
        "date": DATE,
        "headline": headline.strip(),
        "paragraphs": paragraphs,
        "quotes": quotes,
    }


def main() -> int:
    articles = runpy.run_path(str(SOURCE))["ARTICLES"]
    gold = {"articles": [article_entry(a) for a in articles]}
    TARGET.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    spans = sum(len(a["quotes"]) for a in gold["articles"])
    print(f"{TARGET.relative_to(ROOT)}: {len(articles)} articles, {spans} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
