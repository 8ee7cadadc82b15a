"""Occupations of science, health and learning that name what someone is ("the geologist
said", "The curator said"): with the other identity nouns of
:data:`analysis.language.english.speech.IDENTITY_NOUNS`, a description a person the sentence
before names may be given."""

from __future__ import annotations

__all__ = ["SCIENCE_AND_CARE_OCCUPATIONS"]

SCIENCE_AND_CARE_OCCUPATIONS: frozenset[str] = frozenset(
    """
    geologist biologist chemist physicist astronomer archaeologist anthropologist ecologist
    zoologist botanist geographer paleontologist palaeontologist volcanologist seismologist
    oceanographer glaciologist climatologist hydrologist entomologist ornithologist curator
    librarian archivist mathematician psychologist sociologist criminologist psychiatrist
    veterinarian dentist surgeon pharmacist paramedic firefighter astronaut
    """.split()
)
