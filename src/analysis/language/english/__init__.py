"""English: the words the rules are built from, in three modules — the calendar (month and
weekday names, abbreviations, news agencies: :mod:`.calendar`), temporal words (numbers,
units, seasons, holidays, modifiers: :mod:`.temporal`) and the words of speech and sources
(speech and cognition verbs, titles, role nouns, gendered words and first names:
:mod:`.speech`). Another language is another folder beside this one."""
