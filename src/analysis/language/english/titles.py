"""Titles written abbreviated before a name, the abbreviations that end a company's name,
and the role noun each abbreviated title stands for: facts about English news copy that the
sentence splitter and the attribution rules share."""

from __future__ import annotations

__all__ = ["COMPANY_ABBREVIATIONS", "TITLE_ABBREVIATIONS", "TITLE_ROLES"]

#: Titles written abbreviated before a name, whose period ends neither a sentence nor a
#: speaker phrase ("said Coun. Kristyn Wong-Tam", "Staff Sgt. Mike Smith").
TITLE_ABBREVIATIONS: tuple[str, ...] = tuple(
    """
    Mr Ms Mrs Messrs Dr Prof Rev Fr Msgr St Jr Sr Hon Lt Gen Col Maj Capt Cmdr Adm Sgt Cpl Pvt
    Pte Brig Gov Govs Sen Sens Rep Reps Pres Atty Amb Coun Ald Const Cst Supt Insp Det Del
    """.split()
)
#: The abbreviations ending a company's name ("Canada Mortgage and Housing Corp. said"):
#: their full stop ends no speaker phrase.
COMPANY_ABBREVIATIONS: tuple[str, ...] = tuple("Corp Inc Ltd Co Cos Bros Ltée".split())

#: The role noun a title's abbreviation stands for, so that "the senator" finds "Sen. Ann
#: Reyes" and "the constable" "Const. Dani McKinnon" (none for a title of several roles:
#: "Rev.", "Maj.").
TITLE_ROLES: dict[str, str] = {
    "sen": "senator",
    "rep": "representative",
    "del": "delegate",
    "gov": "governor",
    "pres": "president",
    "amb": "ambassador",
    "atty": "attorney",
    "prof": "professor",
    "dr": "doctor",
    "coun": "councillor",
    "cllr": "councillor",
    "ald": "alderman",
    "const": "constable",
    "cst": "constable",
    "sgt": "sergeant",
    "cpl": "corporal",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "lt": "lieutenant",
    "capt": "captain",
    "col": "colonel",
    "gen": "general",
    "cmdr": "commander",
    "adm": "admiral",
    # a title written out that names its bearer by another noun: "Justice Lisa Warren" is
    # "the judge"
    "justice": "judge",
}
