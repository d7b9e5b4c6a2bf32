"""The CRF tagger: corpus reading, features, training on a tiny corpus, tagging, scoring."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rasd.evaluate.ner import bio_spans, conll_scores, evaluate_ner
from rasd.ner.corpus import map_tag, read_conll, repair_bio
from rasd.ner.features import FeatureExtractor, clitic_variants, norm_word
from rasd.ner.gazetteer import get_gazetteer
from rasd.ner.tagger import MODEL_PATH, Tagger, get_tagger
from rasd.ner.train import train_ner_model

SHARED = Path(__file__).resolve().parents[2] / "shared"
ANERCORP = SHARED / "data" / "ner" / "anercorp" / "ANERCorp.train.txt"

# Invented news, one token per line with its tag: names of people after titles and
# verbs, places after في and مدينة, organizations after وزارة/حركة.
_TEMPLATES = [
    ("قال B-PER I-PER إن الوضع هادئ في B-LOC .", "PER"),
    ("وصل B-PER I-PER إلى B-LOC أمس .", "PER"),
    ("أعلنت وزارة B-ORG عن خطة جديدة في B-LOC .", "ORG"),
    ("التقى الرئيس B-PER I-PER وفدا من B-LOC .", "PER"),
]
_PEOPLE = [("سامر", "الخطيب"), ("نادر", "العلي"), ("وسيم", "الحلبي"), ("رامي", "السعدي"), ("هاني", "المصري"),
           ("فادي", "الشامي"), ("مازن", "الحموي"), ("زياد", "البصري")]
_PLACES = ["حمص", "الموصل", "صنعاء", "طرابلس", "غزة", "حلب", "تعز", "بنغازي"]
_ORGS = ["الزراعة", "الصحة", "النقل", "المالية"]


def _tiny_corpus(path: Path, n: int = 120) -> Path:
    lines = []
    for i in range(n):
        template, _ = _TEMPLATES[i % len(_TEMPLATES)]
        first, last = _PEOPLE[i % len(_PEOPLE)]
        place = _PLACES[(i * 3) % len(_PLACES)]
        org = _ORGS[i % len(_ORGS)]
        for item in template.split():
            if item == "B-PER":
                lines.append(f"{first} B-PER")
            elif item == "I-PER":
                lines.append(f"{last} I-PER")
            elif item == "B-LOC":
                lines.append(f"{place} B-LOC")
            elif item == "B-ORG":
                lines.append(f"{org} I-ORG")  # وزارة is B-ORG, the next word continues it
            else:
                tag = "B-ORG" if item == "وزارة" else "O"
                lines.append(f"{item} {tag}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_corpus_quirks(tmp_path):
    raw = "\n".join(["أعلن O", "\u200f O", "اتحاد B-ORG", "صناعة I-ORG", " O", "في O",
                     "\u200fألمانيا B-LOC", "اليوم x O", ". O", "ثم O", "قال O", "سامي B-PERS", "! O"])
    p = tmp_path / "quirks.txt"
    p.write_text(raw, encoding="utf-8")
    sents = read_conll(p)
    assert [len(t) for t, _ in sents] == [7, 4]  # split on . and !; the mark-only token dropped
    toks, tags = sents[0]
    assert toks[4] == "ألمانيا" and tags[4] == "B-LOC"  # U+200F stripped
    assert toks[5] == "اليوم" and tags[5] == "O"  # 3-field line: first is the token, last the tag
    assert sents[1][1][2] == "B-PER"  # PERS -> PER


def test_tag_mapping():
    assert map_tag("B-PERS") == "B-PER"
    assert map_tag("I-MIS1") == "I-MISC"
    assert map_tag("B-Politician") == "B-PER"
    assert map_tag("I-Population-Center") == "I-LOC"
    assert map_tag("B-Media") == "B-ORG"
    assert map_tag("B-Group") == "O"
    assert map_tag("B-Software") == "B-MISC"
    assert map_tag("OO") == "O"
    assert repair_bio(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]


def test_conll_scoring_is_exact_span():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]  # the person's span is cut: not found
    r = conll_scores(gold, pred)
    assert r["by_type"]["LOC"]["f1"] == 1.0
    assert r["by_type"]["PER"]["f1"] == 0.0
    assert r["p"] == 0.5 and r["r"] == 0.5
    assert bio_spans(["I-ORG", "I-ORG", "O"]) == {(0, 2, "ORG")}


def test_clitics_and_normalization_for_features():
    assert clitic_variants("وللحركه") == ("للحركه", "الحركه", "حركه")
    assert clitic_variants("بداعش") == ("داعش",)
    assert clitic_variants("بلد") == ()  # too short to strip ب
    assert norm_word("أفغانستانَ") == "افغانستان"


def test_features_carry_lexicon_title_quote_and_document_evidence():
    fx = FeatureExtractor(get_gazetteer())
    doc = [["قال", "الملا", "نادر", "إن", "«", "طالبان", "»", "ستفاوض"], ["وأكد", "نادر", "ذلك"]]
    feats = fx.document_features(doc)
    first = feats[0]
    assert "c-1=title" in first[2]  # after الملا
    assert "lex=B-ORG" in first[5]  # طالبان from the actor lexicon
    assert "inq" in first[5]  # inside «»
    assert "d_title" in feats[1][1]  # the same name after a title elsewhere in the document
    assert "d_rep" in feats[1][1]  # and it repeats


def test_features_stay_within_the_speed_budget():
    # Every feature string per token costs tagging time; ~24 now, and the budget allows
    # ~10% more (the measured feature experiments are in rasd.ner.train's docstring).
    fx = FeatureExtractor(get_gazetteer())
    words = "وقال الرئيس الأفغاني أشرف غني في كابل إن حركة طالبان رفضت العرض".split()
    feats = fx.sentence_features(words)
    assert "c-2=title" in feats[words.index("أشرف")]  # الرئيس two words before
    assert sum(len(x) for x in feats) / len(feats) < 26.5


def test_feature_extraction_speed():
    fx = FeatureExtractor(get_gazetteer())
    words = ("وقال المتحدث باسم الحكومة الأفغانية ذبيح الله مجاهد إن حركة طالبان سيطرت على مديرية "
             "في ولاية هلمند بعد معارك مع القوات").split()
    doc = [words] * 400
    fx.document_features(doc)  # warm the per-word cache, as a running process has
    t0 = time.perf_counter()
    fx.document_features(doc)
    rate = len(words) * len(doc) / (time.perf_counter() - t0)
    assert rate > 20_000


def test_train_and_tag_a_tiny_corpus(tmp_path):
    corpus = _tiny_corpus(tmp_path / "tiny.txt")
    out = tmp_path / "tiny.crfsuite"
    report = train_ner_model([str(corpus)], str(out), shared=str(tmp_path / "no-shared"), console=None)
    assert out.exists() and report["tokens"] > 500 and report["sentences"] == 120
    tagger = Tagger(out)
    sentences = [["قال", "وسيم", "الحلبي", "إن", "الوضع", "هادئ", "في", "حلب", "."],
                 ["أعلنت", "وزارة", "الصحة", "عن", "خطة", "جديدة", "في", "غزة", "."]]
    tags = tagger.tag_document(sentences)
    assert tags[0][1:3] == ["B-PER", "I-PER"] and tags[0][7] == "B-LOC"
    assert tags[1][1:3] == ["B-ORG", "I-ORG"]
    report = evaluate_ner(str(corpus), model=str(out))
    assert report["f1"] > 0.9 and report["tokens_per_s"] > 0


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="the shipped NER model is not built (rasd train ner)")
def test_shipped_model_loads_fast_and_tags_news():
    t0 = time.perf_counter()
    tagger = get_tagger()
    assert time.perf_counter() - t0 < 5.0  # a second or so; generous for a loaded CI machine
    assert get_tagger() is tagger  # loaded once per process
    words = "وقال الرئيس الأفغاني أشرف غني في كابل إن حركة طالبان رفضت العرض".split()
    tags = tagger.tag_document([words])[0]
    assert tags[words.index("كابل")] == "B-LOC"
    assert tags[words.index("أشرف")] == "B-PER"


@pytest.mark.shared
@pytest.mark.skipif(not ANERCORP.exists() or not MODEL_PATH.exists(),
                    reason="needs ../shared ANERcorp and the shipped model")
def test_shipped_model_on_a_slice_of_anercorp(tmp_path):
    # The shipped model has seen this text; this checks the plumbing, not the accuracy.
    lines = ANERCORP.read_text(encoding="utf-8").splitlines()[:3000]
    p = tmp_path / "slice.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    report = evaluate_ner(str(p))
    assert report["f1"] > 0.8 and set(report["by_type"]) >= {"PER", "ORG", "LOC", "MISC"}
