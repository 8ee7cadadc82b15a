"""What was loaded: the article's metadata and size, for a reader to check before the
analyses (cheap: it runs none of them)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.document import ArticleLike, as_document
from analysis.tokenizer import word_count

__all__ = ["article_summary"]


def article_summary(article: ArticleLike) -> pd.DataFrame:
    """What was loaded, for a reader to check before the analyses: headline, publication
    date and where it comes from, outlet, byline, address, file, and the size of the text.

    Returns:
        ``field``, ``value`` (strings; a field the article lacks says so).
    """
    doc = as_document(article)
    article = doc.article
    if article.date is None:
        date = "none: relative dates ('last week') stay unresolved; give article_date"
    else:
        date = f"{article.date:%-d %B %Y}" + (
            f" ({article.date_source})" if article.date_source else ""
        )
    source = Path(article.source.split("#", 1)[0]).name if article.source != "<string>" else None
    if source and article.id:
        source += f", record {article.id}"
    rows = [
        ("headline", article.headline or "none found"),
        ("published", date),
        ("outlet", article.outlet or "not named"),
        ("byline", article.author or "none"),
        ("address", article.url or "not given"),
        ("file", source or "text given in code"),
        (
            "size",
            f"{len(article.paragraphs)} paragraphs, {len(article.sentences)} sentences, "
            f"{word_count(doc)} words",
        ),
    ]
    return pd.DataFrame(rows, columns=["field", "value"])
