"""The fullest name the article gives each mention. The model is replaced by given mentions,
so these tests hold whatever model is installed."""

from __future__ import annotations

from analysis.ner import _canonical, _Mention


def mention(text: str, name: str, label: str, nth: int = 0) -> _Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return _Mention(start, start + len(name), label)


TEXT = (
    "NATO Secretary-General Jens Stoltenberg spoke in Brussels. "
    "Stoltenberg said the North Atlantic Treaty Organization would stay."
)


def test_a_surname_and_an_acronym_get_the_fullest_name():
    found = [
        mention(TEXT, "NATO", "ORG"),
        mention(TEXT, "Jens Stoltenberg", "PER"),
        mention(TEXT, "Brussels", "LOC"),
        mention(TEXT, "Stoltenberg", "PER", 1),
        mention(TEXT, "North Atlantic Treaty Organization", "ORG"),
    ]
    assert _canonical(TEXT, found) == [
        "North Atlantic Treaty Organization", "Jens Stoltenberg", "Brussels",
        "Jens Stoltenberg", "North Atlantic Treaty Organization",
    ]  # fmt: skip


def test_an_acronym_spelled_out_in_brackets_links_even_when_the_long_form_is_no_mention():
    text = "The World Trade Organization (WTO) met. The WTO ruled."
    assert _canonical(text, [mention(text, "WTO", "ORG", 1)]) == ["World Trade Organization"]


def test_a_surname_two_people_share_keeps_its_own_text():
    text = "Bill Clinton and Hillary Clinton came. Clinton spoke."
    found = [mention(text, "Bill Clinton", "PER"), mention(text, "Hillary Clinton", "PER"),
             mention(text, "Clinton", "PER", 2)]  # fmt: skip
    assert _canonical(text, found) == ["Bill Clinton", "Hillary Clinton", "Clinton"]


def test_a_name_of_another_kind_is_not_a_fuller_name():
    text = "Ford said the Ford Motor Co. plant would close."
    found = [mention(text, "Ford", "PER"), mention(text, "Ford Motor Co.", "ORG")]
    assert _canonical(text, found) == ["Ford", "Ford Motor Co."]
