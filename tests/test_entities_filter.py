"""Ordinary words the tagger may take for names: the filter keeps them out, and keeps the names.

Sentences are invented news written for these tests.
"""

from __future__ import annotations

import pytest
from entity_docs import entities_doc as run

from rasd.extract.entities import _ordinary_word
from rasd.ner.features import norm_word
from rasd.ner.tagger import MODEL_PATH
from rasd.pipeline import Doc

needs_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason="the shipped NER model is not built")


def mention_texts(doc: Doc) -> set[str]:
    return {m.span.text for m in doc.analysis.mentions}


@pytest.mark.parametrize("word", ["قائلة", "مضيفا", "وأوضحت", "لي", "إليه", "الله", "ريالاً", "جنيه", "ودولار"])
def test_ordinary_words(word):
    assert _ordinary_word(norm_word(word))


@pytest.mark.parametrize("word", ["الريال", "موريل", "علي", "خلفان", "الأمين"])
def test_names_and_clubs_are_not_ordinary_words(word):
    assert not _ordinary_word(norm_word(word))


@needs_model
def test_a_speech_participle_is_not_a_family_name():
    doc = run("وقالت الباحثة سلمى موريتاني قائلة إن الأسعار سترتفع. وأوضحت قائلة: «سننتظر حتى الربيع».")
    texts = mention_texts(doc)
    assert not any("قائلة" in t for t in texts)


@needs_model
def test_god_and_currencies_are_no_entities_but_the_names_stay():
    doc = run("وقال المدير العام لشركة «بيلكو» خالد الحمداني، حفظه الله، إن الصفقة بلغت ثلاثة ملايين ريال "
              "و200 ألف دولار، وأضاف الحمداني أن الشركة ستفتتح فرعا في مدينة الدمام.")
    texts = mention_texts(doc)
    assert "الله" not in texts and "ريال" not in texts and "دولار" not in texts
    assert any("الحمداني" in t for t in texts)
    assert any("الدمام" in t for t in texts)


class _TaggerNamingEveryWord:
    """A tagger that takes every word of the given set for a one-word PER name: the filter,
    not the shipped model's own judgement, must keep the ordinary ones out."""

    def __init__(self, names: set[str]):
        self.names = names

    def tag_document_with_confidence(self, sentences):
        return [([("B-PER" if w in self.names else "O") for w in s], [0.99] * len(s)) for s in sentences]


def test_a_preposition_with_a_pronoun_after_a_verb_of_saying_is_no_name(monkeypatch):
    import rasd.ner.tagger as tagger_module

    monkeypatch.setattr(tagger_module, "get_tagger", lambda *a, **k: _TaggerNamingEveryWord({"لي", "سلطان"}))
    doc = run("قال لي الصياد إبراهيم سلطان إن البحر هادئ هذا الأسبوع.")
    assert "لي" not in mention_texts(doc)
    assert "سلطان" in mention_texts(doc)  # a word that is no ordinary word stays a name
