"""Who says what: quotations, their kind, speaker and speech verb.

``python -m analysis.quotes.evaluate`` scores the extractor on the hand-annotated quotations of
``data/quotes/``.
"""

from analysis.quotes.extract import (
    QUOTE_COLUMNS,
    RESOLVED_BY,
    SPEAKER_COLUMNS,
    SPEECH_VERBS,
    extract_quotes,
    quote_rows,
    speakers,
)

__all__ = [
    "QUOTE_COLUMNS",
    "RESOLVED_BY",
    "SPEAKER_COLUMNS",
    "SPEECH_VERBS",
    "extract_quotes",
    "quote_rows",
    "speakers",
]
