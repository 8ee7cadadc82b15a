"""Every analysis accepts any article that loads: property-based, over open-ended text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis as an

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
    frames = [
        an.tokens(article),
        an.term_frequencies(article),
        an.ngram_frequencies(article),
        an.collocations(article),
        an.distinctive_terms(article),
        an.readability_scores(article),
        an.readability_by_paragraph(article),
        an.paragraph_difficulty(article),
        an.sentiment_by_paragraph(article),
        an.headline_sentiment(article),
        an.extract_dates(article),
        an.timeline(article),
        an.extract_quotes(article),
        an.speakers(article),
        an.key_numbers(article),
    ]
    assert all(len(frame.columns) > 0 for frame in frames)
    for row in an.extract_dates(article).itertuples():
        assert article.text[row.start : row.end] == row.text
    for row in an.extract_quotes(article).itertuples():
        assert 0 <= row.start <= row.end <= len(article.text)
