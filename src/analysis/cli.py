"""The ``article-analysis`` command.

``article-analysis report ARTICLE`` runs every notebook on an article and renders the HTML
report; ``article-analysis articles COLLECTION`` lists the articles of an export so that one
can be chosen with ``--id``; ``article-analysis corpus COLLECTION --output DIR`` analyses a
whole collection into Parquet tables; ``article-analysis corpus-report COLLECTION`` renders
the corpus notebooks.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import signal
import sys
import time
import warnings

from analysis.article import ArticleError
from analysis.paths import BUILD_DIR, DEFAULT_ARTICLE

__all__ = ["main"]

_FORMS = """\
ARTICLE can be:
  our text format      a first line ' date YYYY-MM-DD Headline', then paragraphs
  plain text (.txt)    pasted or hard-wrapped; a first line that reads as a headline is one
  Markdown (.md)       '# Headline', front matter (title, date, author) understood
  a web page (.html)   saved from a browser: text, headline, date, author and site extracted
  a collection         .jsonl, .json, .csv or .tsv export: pick one article with --id
"""


def _report(args: argparse.Namespace) -> int:
    from analysis.report import build_report, refresh_notebooks

    started = time.perf_counter()
    if args.refresh_notebooks:
        refresh_notebooks()
        return 0
    index = build_report(
        args.article,
        args.output,
        id=args.id,
        format=args.format,
        date=args.date,
        headline=args.headline,
        allow_short=args.allow_short,
        language=args.language,
    )
    print(f"report for {args.article}: {index} ({time.perf_counter() - started:.1f} s)")
    return 0


def _articles(args: argparse.Namespace) -> int:
    from analysis.sources import read_articles

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skipped records are listed below instead
        collection = read_articles(args.collection, format=args.format)
        for article in collection:
            date = article.date.isoformat() if article.date else "----------"
            print(f"{article.id}\t{date}\t{article.outlet or '-'}\t{article.headline or '-'}")
    for skipped in collection.skipped:
        print(f"skipped {skipped.where}: {skipped.problem}", file=sys.stderr)
    print(collection.summary(), file=sys.stderr)
    return 0


def _corpus(args: argparse.Namespace) -> int:
    from analysis.corpus import analyse_corpus
    from analysis.corpus.lifetime import stop_on_sigterm

    analyses = args.analyses.split(",") if args.analyses else None
    if hasattr(signal, "SIGUSR1"):  # `kill -USR1 PID` prints where each thread of a run is
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    try:
        with stop_on_sigterm():
            analyse_corpus(
                args.collection,
                output=args.output,
                analyses=analyses,
                engine=args.engine,
                workers=args.workers,
                scheduler=args.scheduler,
                batch_size=args.batch_size,
                progress=True,
            )
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the workers are stopped already
        print(
            f"\nstopped: the batches written to {args.output} are kept; run the same command "
            "again to analyse the rest",
            file=sys.stderr,
        )
        # End now: the batches are written and the workers gone, but Python 3.11 waits at
        # exit for the executor's manager thread, which a worker stopped mid-result can
        # leave reading a pipe for ever (3 of 40 stopped runs on a loaded machine; with the
        # driver closing its end of that pipe, 1 of 60: a stop must always end)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    return 0


def _corpus_report(args: argparse.Namespace) -> int:
    from analysis.report import build_corpus_report

    started = time.perf_counter()
    index = build_corpus_report(args.collection, args.output)
    print(f"corpus report for {args.collection}: {index} ({time.perf_counter() - started:.1f} s)")
    return 0


def _add_load_options(report: argparse.ArgumentParser) -> None:
    """The options of :func:`analysis.load_article` a report passes on."""
    report.add_argument("--id", help="in a collection: the id of the article to analyse")
    report.add_argument(
        "--format",
        choices=["article", "text", "markdown", "html", "jsonl", "json", "csv", "tsv"],
        help="the file's format, when the extension does not tell",
    )
    report.add_argument("--date", help="publication date YYYY-MM-DD (when the file lacks it)")
    report.add_argument("--headline", help="the headline (when the file lacks it)")
    report.add_argument(
        "--allow-short",
        action="store_true",
        help="analyse a saved page even when its text looks like no article (a caption, a "
        "teaser, a paywall notice, navigation)",
    )
    report.add_argument(
        "--language",
        help="read the article in this language (en), whatever the page or record declares",
    )


def parser() -> argparse.ArgumentParser:
    """The command-line parser (its ``--help`` is the command's documentation)."""
    main_parser = argparse.ArgumentParser(
        prog="article-analysis",
        description="What is in a news article: terms, readability, tone, dates and quotes.",
    )
    commands = main_parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser(
        "report",
        help="analyse one article: run the notebooks and render the HTML report",
        description="Run every notebook on ARTICLE and render the report as HTML pages "
        "(open OUTPUT/index.html).",
        epilog=_FORMS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument(
        "article", nargs="?", default=str(DEFAULT_ARTICLE), help="the article (default: ours)"
    )
    report.add_argument("--output", default=str(BUILD_DIR / "report"), help="report folder")
    _add_load_options(report)
    report.add_argument(
        "--refresh-notebooks",
        action="store_true",
        help="re-execute the committed notebooks in place (for developers)",
    )
    report.set_defaults(run=_report)
    articles = commands.add_parser(
        "articles",
        help="list the articles of a collection (id, date, outlet, headline)",
        description="List the articles of a JSON Lines, JSON, CSV or TSV export or a folder, "
        "one a line: id, date, outlet, headline (tab-separated). Bad records are reported.",
    )
    articles.add_argument("collection", help="a .jsonl, .json, .csv or .tsv file, or a folder")
    articles.add_argument("--format", choices=["jsonl", "json", "csv", "tsv"])
    articles.set_defaults(run=_articles)
    corpus = commands.add_parser(
        "corpus",
        help="analyse every article of a collection into Parquet tables",
        description="Analyse every article of COLLECTION (JSON Lines, JSON, CSV, TSV or a "
        "folder) into Parquet tables under --output: one table per analysis, with article_id, "
        "date and outlet on every row. A rerun analyses only new or changed articles. Read "
        "the tables with analysis.corpus.Corpus(OUTPUT) or any Parquet reader.",
    )
    corpus.add_argument("collection", help="a .jsonl, .json, .csv or .tsv file, or a folder")
    corpus.add_argument("--output", required=True, help="folder of the Parquet tables")
    corpus.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local: a process pool on this machine (default); dask: Dask",
    )
    corpus.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://...)")
    corpus.add_argument("--workers", type=int, help="processes (default: every core)")
    corpus.add_argument("--batch-size", type=int, default=100, help="articles per batch")
    corpus.add_argument("--analyses", help="comma-separated tables (default: all)")
    corpus.set_defaults(run=_corpus)
    corpus_report = commands.add_parser(
        "corpus-report",
        help="compare the coverage of a collection: run the corpus notebook, render HTML",
        description="Analyse COLLECTION and render the corpus notebooks to --output.",
    )
    corpus_report.add_argument("collection", help="a .jsonl, .json, .csv or .tsv file, or a folder")
    corpus_report.add_argument("--output", default=str(BUILD_DIR / "corpus-report"))
    corpus_report.set_defaults(run=_corpus_report)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; return its exit status (1 with a one-line error for bad input)."""
    args = parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except (ArticleError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
