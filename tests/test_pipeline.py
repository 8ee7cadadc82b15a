"""Every analysis accepts any article that loads: property-based, over open-ended text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis as an
from analysis.tokenizer import word_count

_PIECES = st.sampled_from(
    [*" \n.,;:!?“”\"'’-—()0123456789aAeEtT", "\n\n", "May", "Friday", "said", "he", "It",
     "1998", "1650", "ago", "years", "a year ago", "Aug. 7", "Jens Stoltenberg", "today",
     "10,000", "p.m.", "12:30", "Stoltenberg said", "“We left,”", "NATO’s"]
)  # fmt: skip
_BODY = st.lists(_PIECES, max_size=60).map("".join)
_ARTICLES = st.one_of(
    _BODY,
    _BODY.map(lambda body: " date 2021-08-17 Head “x”\n\n" + body),
    _BODY.map(lambda body: " date 0001-01-01 Edge of the calendar\n\n" + body),
    _BODY.map(lambda body: " date 9999-12-31 Edge of the calendar\n\n" + body),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLES)
def test_every_analysis_returns_a_frame(text):
    try:
        article = an.parse_article(text)
    except an.ArticleError:
        return
    doc = an.Document(article)
    words = len(an.tokens(article).query("is_word"))
    assert word_count(doc) == words
    terms = an.term_frequencies(article)
    assert list(terms.columns) == ["term", "count", "share", "paragraphs"]
    assert terms["count"].sum() <= words
    assert terms["share"].between(0, 1).all()
    assert (terms["paragraphs"] <= len(article.paragraphs)).all()
    for frame in (an.ngram_frequencies(article), an.collocations(article)):
        assert (frame["count"] >= 1).all()
    assert (an.distinctive_terms(article)["count"] >= 2).all()
    scores = an.readability_scores(article)
    assert len(scores) == (9 if article.body.strip() else 0)
    assert len(an.readability_by_paragraph(article)) == 8 * len(article.paragraphs)
    assert len(an.paragraph_difficulty(article)) == len(article.paragraphs)
    tone = an.sentiment_by_paragraph(article)
    assert tone["paragraph"].tolist() == [p.index for p in article.paragraphs]
    assert tone["compound"].between(-1, 1).all()
    assert len(an.headline_sentiment(article)) == (1 if article.headline else 0)
    for row in an.extract_dates(article).itertuples():
        assert article.text[row.start : row.end] == row.text
    events = an.timeline(article)
    assert events["date"].is_monotonic_increasing
    assert events["publication"].sum() == (1 if article.date else 0)
    quotes = an.extract_quotes(article)
    for row in quotes.itertuples():
        assert 0 <= row.start <= row.end <= len(article.text)
        assert 0 <= row.words <= words
    table = an.speakers(article)
    assert table["share"].sum() <= 1 + 1e-9
    numbers = an.key_numbers(article).set_index("measure")["value"]
    assert numbers["words"] == str(words)
    # A Document gives the same tables as the bare article.
    for function in (an.term_frequencies, an.extract_dates, an.extract_quotes, an.speakers):
        assert function(doc).equals(function(article)), function.__name__
