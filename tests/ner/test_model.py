"""The shipped language model: found, loaded once, and a clear error when it is not there."""

from __future__ import annotations

import pytest

from analysis.ner.model import MODEL_DIR, ModelError, language_model


def test_the_model_ships_with_its_card_and_under_30_mb():
    assert (MODEL_DIR / "meta.json").is_file()
    assert (MODEL_DIR.parent / "MODEL_CARD.md").is_file()
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 30e6


def test_loaded_once_per_process():
    assert language_model() is language_model()
    assert language_model().pipe_names == ["tok2vec", "tagger", "parser", "ner"]


def test_a_missing_model_names_the_folder_and_make_model(tmp_path):
    with pytest.raises(ModelError, match=r"model: the language model is missing .*make model"):
        language_model(tmp_path / "model")


def test_a_corrupt_model_names_the_folder_and_make_model(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp]\nlang = \n[components\n")
    (broken / "meta.json").write_text("{}")
    with pytest.raises(ModelError, match=r"broken: the language model cannot be read .*make model"):
        language_model(broken)
