"""The main job: run every notebook on an article and render the HTML report.

Usage::

    article-analysis report [ARTICLE] [--output build/report]
    article-analysis report --refresh-notebooks

The first form executes each notebook of ``notebooks/`` with papermill, with
``article_path`` set to ARTICLE (default: our article), and renders it to HTML without its
code cells, figures embedded, in ``build/report/``, with an ``index.html`` that links them.
The HTML needs no network: no script or style sheet is fetched from a CDN. The second form
re-executes the committed notebooks in place, top to bottom in a fresh kernel, so that their
stored outputs (which nbval compares) can be refreshed after an intended change.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from analysis.article import Article
from analysis.dates.extract import shared_date_rows
from analysis.document import STORE_VARIABLE, Document, as_document, save_shared
from analysis.frontpage import corpus_front_page, front_page, with_navigation
from analysis.lab import KERNEL
from analysis.paths import BUILD_DIR, NOTEBOOKS_DIR
from analysis.sources import load_article

__all__ = ["build_corpus_report", "build_report", "refresh_notebooks"]

#: Kernel options: keep the kernel's own log out of the report's console output — a warning
#: about its local TCP transport at start-up, and "ERROR | KeyboardInterrupt caught in
#: kernel" when a worker process of the report exits with a finished kernel still winding
#: down. A cell that fails still fails the report, with its traceback (papermill).
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]
# Scripts and style sheets nbconvert's template would fetch from a CDN (MathJax, Mermaid):
# the notebooks use neither, and the report must open offline.
_CDN = re.compile(
    r"<script[^>]+src=\"https?://[^\"]*\"[^>]*>\s*</script>"
    r"|<link[^>]+href=\"https?://[^\"]*\"[^>]*>"
    r"|<script type=\"module\">(?:(?!</script>).)*?https?://(?:(?!</script>).)*</script>",
    re.DOTALL,
)


def _notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


#: The corpus notebooks (``notebooks/corpus/``).
CORPUS_NOTEBOOKS_DIR = NOTEBOOKS_DIR / "corpus"


def refresh_notebooks() -> None:
    """Execute the committed notebooks in place, each in a fresh kernel."""
    import nbformat
    from nbclient import NotebookClient

    for path in [*_notebooks(), *_notebooks(CORPUS_NOTEBOOKS_DIR)]:
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(
            notebook,
            kernel_name=KERNEL,
            extra_arguments=KERNEL_ARGUMENTS,
            timeout=600,
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        for cell in notebook.cells:
            cell.metadata.pop("execution", None)  # timestamps: noise in a reviewed diff
        nbformat.write(notebook, path)
        print(f"executed {path.name}")


def _html(notebook_path: Path) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True)
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_filename(str(notebook_path))
    body = _CDN.sub("", body)  # MathJax / require.js from a CDN: not needed, not fetched
    return re.sub(r'href="(\d\d-[\w-]+)\.ipynb"', r'href="\1.html"', body)


def analysed(article: Article) -> Document:
    """The document of ``article`` with every table the analyses share computed: tokens,
    sentences with their tone, dates, quotations, named entities — each analysis run once."""
    from analysis.ner import shared_entity_rows
    from analysis.quotes.extract import shared_quote_rows
    from analysis.sentiment import shared_sentence_rows
    from analysis.tokenizer import shared_token_rows

    doc = as_document(article)
    for table in (
        shared_token_rows,
        shared_sentence_rows,
        shared_date_rows,
        shared_quote_rows,
        shared_entity_rows,
    ):
        table(doc)
    return doc


def _render(
    notebook: Path, parameters: dict[str, object], output: Path, store: str | None = None
) -> str:
    """Execute one notebook and write its HTML page; return its name. With ``store`` (in a
    worker process of one report), its kernel takes the analysed article from there
    (:data:`~analysis.document.STORE_VARIABLE`)."""
    import papermill

    if store is not None:
        os.environ[STORE_VARIABLE] = store
    target = output / "executed" / notebook.name
    for attempt in range(1, KERNEL_STARTS + 1):
        try:
            papermill.execute_notebook(
                str(notebook),
                str(target),
                parameters=parameters,
                kernel_name=KERNEL,
                cwd=str(notebook.parent),
                progress_bar=False,
                extra_arguments=KERNEL_ARGUMENTS,
            )
            break
        except RuntimeError as error:
            # a kernel that could not bind the port it was given (another process took it
            # between the choice and the bind) dies before its first reply: start another
            if attempt == KERNEL_STARTS or _KERNEL_NOT_STARTED not in str(error):
                raise
    (output / f"{notebook.stem}.html").write_text(_html(target), encoding="utf-8")
    return notebook.stem


#: How many times a notebook's kernel is started when it dies before its first reply.
KERNEL_STARTS = 3
_KERNEL_NOT_STARTED = "Kernel died before replying to kernel_info"


def build_report(
    article_path: str | Path,
    output: str | Path = BUILD_DIR / "report",
    *,
    notebooks: list[str] | None = None,
    id: str | None = None,
    format: str | None = None,
    date: str | None = None,
    headline: str | None = None,
    allow_short: bool = False,
    language: str | None = None,
) -> Path:
    """Execute every notebook on ``article_path`` and render the HTML report into ``output``.

    Args:
        article_path: The article (any form :func:`analysis.load_article` reads).
        output: Folder of the report.
        notebooks: Names (stems) of the notebooks to run; all of ``notebooks/`` by default.
        id, format, date, headline, allow_short, language: As for
            :func:`analysis.load_article`.

    Returns:
        The path of ``index.html``.

    Raises:
        ArticleError, FileNotFoundError: the article cannot be loaded (checked first).
    """
    article_path = Path(article_path).resolve()
    # Fail early, with our message, before starting kernels.
    options: dict[str, object] = {
        "id": id,
        "format": format,
        "date": date,
        "headline": headline,
        "language": language,
    }
    if allow_short:
        options["allow_short"] = True
    article = load_article(article_path, **options)  # type: ignore[arg-type]
    parameters: dict[str, object] = {"article_path": str(article_path)}
    parameters |= {f"article_{k}": v for k, v in options.items() if v is not None}
    output = Path(output)
    (output / "executed").mkdir(parents=True, exist_ok=True)
    paths = [p for p in _notebooks() if notebooks is None or p.stem in notebooks]
    # One kernel per notebook, as many at a time as there are cores (at most 4), each taking
    # the article analysed here once from a private folder that lives as long as the run.
    workers = max(1, min(4, os.cpu_count() or 1, len(paths)))
    context = multiprocessing.get_context("spawn")
    doc = analysed(article)
    with tempfile.TemporaryDirectory(prefix="article-analysis-") as store:
        save_shared(doc, Path(store))
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            jobs = [pool.submit(_render, nb, parameters, output, store) for nb in paths]
            names = [job.result() for job in jobs]
    for name in names:
        page = output / f"{name}.html"
        page.write_text(with_navigation(page.read_text(encoding="utf-8"), name, names),
                        encoding="utf-8")  # fmt: skip
    index = output / "index.html"
    index.write_text(front_page(doc, article_path, names), encoding="utf-8")
    return index


def build_corpus_report(
    corpus_path: str | Path, output: str | Path = BUILD_DIR / "corpus-report"
) -> Path:
    """Execute the corpus notebooks on a collection and render them into ``output``.

    Raises:
        ArticleError, FileNotFoundError: the collection cannot be read (checked first).
    """
    from analysis.corpus import analyse_corpus
    from analysis.sources import read_articles

    corpus_path = Path(corpus_path).resolve()
    read_articles(corpus_path)  # fail early, with our message
    output = Path(output).resolve()
    (output / "executed").mkdir(parents=True, exist_ok=True)
    tables = output / "tables"
    analyse_corpus(corpus_path, output=tables, progress=False)  # once, for every page
    parameters: dict[str, object] = {
        "corpus_path": str(corpus_path),
        "corpus_output": str(tables),
    }
    names = [_render(notebook, parameters, output) for notebook in _notebooks(CORPUS_NOTEBOOKS_DIR)]
    for name in names:
        page = output / f"{name}.html"
        page.write_text(with_navigation(page.read_text(encoding="utf-8"), name, names),
                        encoding="utf-8")  # fmt: skip
    index = output / "index.html"
    index.write_text(corpus_front_page(corpus_path, tables, names), encoding="utf-8")
    return index
