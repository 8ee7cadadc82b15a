"""The main job: ``python -m analysis.report [ARTICLE]``.

Prints a summary of the article (date, headline, paragraph, sentence and word counts).
"""

from __future__ import annotations

import argparse
import sys

from analysis.article import ArticleError, load_article
from analysis.paths import DEFAULT_ARTICLE
from analysis.tokenizer import tokens


def summary(path: str) -> str:
    """Return a short plain-text summary of the article at ``path``."""
    article = load_article(path)
    table = tokens(article)
    return "\n".join(
        [
            f"article:    {path}",
            f"date:       {article.date or 'no dateline'}",
            f"headline:   {article.headline or '-'}",
            f"paragraphs: {len(article.paragraphs)}",
            f"sentences:  {len(article.sentences)}",
            f"words:      {int(table['is_word'].sum())}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    args = parser.parse_args(argv)
    try:
        print(summary(args.article))
    except (ArticleError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
