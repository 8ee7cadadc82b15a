"""The report's front page and the links between its pages: what a reader opens first."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import re
from importlib import metadata
from pathlib import Path

from analysis.document import ArticleLike, Document, as_document

__all__ = ["PAGES", "corpus_front_page", "front_page", "with_navigation"]

#: Each page of the article report: its title and the question it answers.
PAGES: dict[str, tuple[str, str]] = {
    "00-overview": ("Overview", "The article at a glance: one number and one chart per analysis."),
    "01-article": ("The article", "How the text splits into paragraphs, sentences and words."),
    "02-term-frequencies": ("Terms", "Which words and phrases dominate, and where they occur."),
    "03-readability": ("Readability", "Which school grade the text needs, paragraph by paragraph."),
    "04-sentiment": ("Tone", "How the tone moves from paragraph to paragraph."),
    "05-timeline": ("Timeline", "Which dates the article speaks of, and what happened then."),
    "06-quotes": ("Quotes", "Who says what, how much, and how each speaker was found."),
    "07-entities": ("Names", "Which people, organisations and places the article names."),
    "10-coverage": ("Coverage", "How the coverage went: outlets over time, readability, tone, "
                    "words, cited dates and speakers."),
}  # fmt: skip
_THUMBNAILS = {  # chart -> page it links to
    "terms": "02-term-frequencies",
    "grades": "03-readability",
    "tone": "04-sentiment",
    "timeline": "05-timeline",
    "entities": "07-entities",
}
_STYLE = """
  body { font-family: sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
         line-height: 1.5; color: #222; }
  h1 { margin-bottom: 0.2rem; } .meta { color: #555; margin-top: 0; }
  table { border-collapse: collapse; } td, th { text-align: left; padding: 0.2rem 0.8rem 0.2rem 0;
  vertical-align: top; border-bottom: 1px solid #eee; }
  .charts { display: grid; grid-template-columns: repeat(2, 1fr); gap: 1rem; }
  .charts a { display: block; border: 1px solid #ddd; padding: 0.4rem; text-decoration: none;
              color: inherit; } .charts img { width: 100%; }
  ol li { margin-bottom: 0.4rem; } footer { color: #666; font-size: 0.9rem; margin-top: 2rem; }
"""


def _png(figure: object) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=80)  # type: ignore[attr-defined]
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _thumbnails(doc: Document) -> dict[str, str]:
    """The overview charts as PNG data URIs (drawn here, without a display)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    import analysis as an

    charts = {
        "terms": lambda: an.plot_term_frequencies(an.term_frequencies(doc), top=10),
        "grades": lambda: an.plot_readability_grades(an.readability_scores(doc)),
        "tone": lambda: an.plot_tone_views(an.sentiment_by_paragraph(doc)),
        "timeline": lambda: an.plot_timeline(an.timeline(doc), max_rows=8, wrap=50),
        "entities": lambda: an.plot_entities(an.entity_summary(doc), top=8),
    }
    images = {}
    for name, draw in charts.items():
        figure = draw().get_figure(root=True)
        images[name] = _png(figure)
        plt.close(figure)
    return images


def front_page(source: ArticleLike, article_path: Path, names: list[str]) -> str:
    """``index.html``: headline, date, outlet, the key numbers, the four overview charts
    linking to their pages, what each page answers, and how the report was made."""
    import analysis as an

    doc = as_document(source)  # the report's document: its tables are computed already
    article = doc.article
    e = html.escape
    title = e(article.headline or article_path.name)
    meta = [article.date.strftime("%-d %B %Y") if article.date else "no publication date"]
    meta += [e(v) for v in (article.outlet, article.author) if v]
    numbers = an.key_numbers(doc)
    rows = "\n".join(
        f"<tr><td>{e(r.analysis)}</td><td>{e(r.measure)}</td><td>{e(r.value)}</td></tr>"
        for r in numbers.itertuples()
    )
    images = _thumbnails(doc)
    charts = "\n".join(
        f'<a href="{page}.html"><img src="{images[name]}" alt="{e(PAGES[page][0])} chart">'
        f"<br>{e(PAGES[page][0])}: {e(PAGES[page][1])}</a>"
        for name, page in _THUMBNAILS.items()
        if page in names
    )
    pages = "\n".join(
        f'<li><a href="{e(n)}.html">{e(PAGES.get(n, (n, ""))[0])}</a> — '
        f"{e(PAGES.get(n, ('', ''))[1])}</li>"
        for n in names
    )
    version = metadata.version("article-analysis")
    made = dt.date.today().isoformat()
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title} — article analysis</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{title}</h1>
<p class="meta">{" · ".join(meta)}</p>
<h2>Key numbers</h2>
<table>
<tr><th>analysis</th><th>measure</th><th>value</th></tr>
{rows}
</table>
<h2>At a glance</h2>
<div class="charts">
{charts}
</div>
<h2>The pages</h2>
<ol>
{pages}
</ol>
<footer>Made with article-analysis {e(version)} on {made} from <code>{e(article_path.name)}</code>
(read as {e(article.source.rsplit("/", 1)[-1])}). Every number and chart is computed from the
article by rules and by the project's own language model, described on each page; speakers,
dates and names are found automatically and can be wrong.</footer>
</body>
</html>
"""


def with_navigation(page: str, name: str, names: list[str]) -> str:
    """A rendered page with links to the front page and to the previous and next pages."""
    e = html.escape
    index = names.index(name)
    links = ['<a href="index.html">Front page</a>']
    if index > 0:
        previous = names[index - 1]
        links.append(f'<a href="{e(previous)}.html">← {e(PAGES.get(previous, (previous,))[0])}</a>')
    if index + 1 < len(names):
        following = names[index + 1]
        links.append(
            f'<a href="{e(following)}.html">{e(PAGES.get(following, (following,))[0])} →</a>'
        )
    nav = (
        '<nav style="font-family:sans-serif;padding:0.6rem 1rem;border-bottom:1px solid #ddd">'
        + " · ".join(links)
        + "</nav>"
    )
    return re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + nav, page, count=1)


def corpus_front_page(corpus_path: Path, tables: Path, names: list[str]) -> str:
    """``index.html`` of a corpus report: the collection, its numbers, four charts linking to
    the coverage page, and how the report was made."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    import analysis as an

    e = html.escape
    corpus = an.Corpus(tables)
    summary = an.describe_corpus(corpus)
    charts = {
        "Articles per outlet": lambda: an.plot_articles_per_outlet(an.articles_per_outlet(corpus)),
        "Tone per outlet": lambda: an.plot_tone_by_outlet(an.tone_by_outlet(corpus)),
        "Dates the coverage returns to": lambda: an.plot_cited_dates(
            an.cited_dates(corpus, top=10)
        ),
        "Most quoted speakers": lambda: an.plot_top_speakers(an.top_speakers(corpus, top=10)),
    }
    images = []
    for title, draw in charts.items():
        figure = draw().get_figure(root=True)
        images.append((title, _png(figure)))
        plt.close(figure)
    page = names[0] if names else ""
    thumbnails = "\n".join(
        f'<a href="{e(page)}.html"><img src="{src}" alt="{e(title)}"><br>{e(title)}</a>'
        for title, src in images
    )
    pages = "\n".join(
        f'<li><a href="{e(n)}.html">{e(PAGES.get(n, (n, ""))[0])}</a> — '
        f"{e(PAGES.get(n, ('', ''))[1])}</li>"
        for n in names
    )
    version = metadata.version("article-analysis")
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{e(corpus_path.name)} — corpus analysis</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{e(corpus_path.name)}</h1>
<p class="meta">{e(summary)}</p>
<h2>At a glance</h2>
<div class="charts">
{thumbnails}
</div>
<h2>The pages</h2>
<ol>
{pages}
</ol>
<footer>Made with article-analysis {e(version)} on {dt.date.today().isoformat()} from
<code>{e(corpus_path.name)}</code>; the tables are Parquet files in <code>{e(tables.name)}/</code>
beside this page. Quotation speakers and dates are found automatically and can be wrong.</footer>
</body>
</html>
"""
