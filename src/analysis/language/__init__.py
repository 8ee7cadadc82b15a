"""The words of a language that the rules are built from: one module per language.

English is the only language now (:mod:`analysis.language.english`). The rules of the date
tagger, the sentence splitter, the quotes package and the page reader build their patterns
from these words; a word typed anywhere else is a bug (``tests/test_language.py`` looks).
"""
