"""rasd's numpy CRF decoder gives CRFsuite's own answers, on models of any shape."""

from __future__ import annotations

import pycrfsuite
import pytest

from rasd.ner.decode import FeatureIndex, marginals, read_crfsuite, viterbi
from rasd.ner.features import with_aux
from rasd.ner.tagger import MODEL_PATH, Tagger, aux_path, get_tagger, spread_person_names

# Invented news, tokenized as the entities stage would.
DOC = [
    ["قال", "المتحدث", "باسم", "وزارة", "الداخلية", "العراقية", "سعد", "معن", "إن", "انفجارا", "وقع", "في", "بغداد"],
    ["وأضاف", "معن", "أن", "«", "داعش", "»", "تبنى", "الهجوم", "."],
    ["كابل"],
    [],
    ["التقى", "الرئيس", "التركي", "رجب", "طيب", "أردوغان", "نظيره", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "أمس"],
]


def _toy_model(tmp_path) -> str:
    """A small CRF trained here, with repeated features and an unseen label order."""
    trainer = pycrfsuite.Trainer(verbose=False)
    xs = [[["w=زيد", "b"], ["w=في", "b", "b"], ["w=بغداد", "b", "loc"]],
          [["w=عمرو", "b"], ["w=من", "b"], ["w=دمشق", "loc", "b"], ["w=.", "b"]]]
    ys = [["B-PER", "O", "B-LOC"], ["B-PER", "O", "B-LOC", "O"]]
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params({"max_iterations": 50, "feature.possible_transitions": True})
    path = str(tmp_path / "toy.crfsuite")
    trainer.train(path)
    return path


def test_model_file_reads_like_crfsuite_reports_it(tmp_path):
    path = _toy_model(tmp_path)
    w = read_crfsuite(path)
    info = pycrfsuite.Tagger()
    info.open(path)
    report = info.info()
    assert set(w.labels) == set(report.labels)
    assert set(w.attributes) == set(report.attributes)
    for (attr, label), weight in report.state_features.items():
        assert w.state[w.attributes.index(attr), w.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    for (a, b), weight in report.transitions.items():
        assert w.transition[w.labels.index(a), w.labels.index(b)] == pytest.approx(weight, abs=1e-6)


def test_toy_model_paths_and_marginals_match_crfsuite(tmp_path):
    path = _toy_model(tmp_path)
    w = read_crfsuite(path)
    index = FeatureIndex([w])
    ref = pycrfsuite.Tagger()
    ref.open(path)
    sents = [[["w=زيد", "b"], ["w=في", "b"], ["w=دمشق", "b", "loc", "loc"]],
             [["w=مجهول", "b"]],
             [["b"], ["w=بغداد", "b", "loc"], ["w=عمرو", "b"], ["w=من"]]]
    lengths = [len(s) for s in sents]
    scores = index.encode([f for s in sents for f in s]) @ index.weights[0]
    paths = viterbi(scores, lengths, w.transition)
    probs = marginals(scores, lengths, w.transition)
    for s, p, pr in zip(sents, paths, probs, strict=True):
        tags = ref.tag(s)
        assert [w.labels[k] for k in p] == tags
        for i, t in enumerate(tags):
            assert pr[i, w.labels.index(t)] == pytest.approx(ref.marginal(t, i), abs=1e-9)
            assert pr[i].sum() == pytest.approx(1.0)


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no shipped NER model")
def test_shipped_tagger_equals_crfsuite_with_its_auxiliary_model():
    tagger = get_tagger()
    main = pycrfsuite.Tagger()
    main.open(str(MODEL_PATH))
    aux = None
    if aux_path(MODEL_PATH).exists():
        aux = pycrfsuite.Tagger()
        aux.open(str(aux_path(MODEL_PATH)))
    got = tagger.tag_document_with_confidence(DOC)
    want: list[tuple[list[str], list[float]]] = []
    for x in tagger.extractor.document_features(DOC):
        if not x:
            want.append(([], []))
            continue
        if aux is not None:
            x = with_aux(x, aux.tag(x))
        tags = main.tag(x)
        want.append((tags, [main.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]))
    spread_person_names(DOC, want)  # the document pass the tagger adds after decoding
    for (tags, probs), (ref_tags, ref_probs) in zip(got, want, strict=True):
        assert tags == ref_tags
        assert probs == pytest.approx(ref_probs, abs=1e-9)
    assert [t for t, _ in got] == tagger.tag_document(DOC)
    assert any(t != "O" for tags, _ in got for t in tags)  # the sentences do name people and places


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no shipped NER model")
def test_tagger_reads_a_model_without_auxiliary(tmp_path):
    import shutil

    lone = tmp_path / "lone.crfsuite"
    shutil.copy(MODEL_PATH, lone)
    tagger = Tagger(lone)
    ref = pycrfsuite.Tagger()
    ref.open(str(lone))
    want = [(ref.tag(x) if x else [], [1.0] * len(x)) for x in tagger.extractor.document_features(DOC)]
    spread_person_names(DOC, want)
    assert tagger.tag_document(DOC) == [t for t, _ in want]


def test_a_person_named_once_is_tagged_where_the_name_recurs_bare():
    sents = [["قال", "المحلل", "كارل", "فرويدن", "إن"], ["وكتب", "كارل", "فرويدن", "مقالا"],
             ["ورد", "فرويدن"], ["كارل", "فرويدن", "الثاني"], ["زار", "فرويدن"]]
    tagged = [(["O", "O", "B-PER", "I-PER", "O"], [1.0, 1.0, 0.9, 0.8, 1.0]),
              (["O", "O", "O", "O"], [1.0] * 4),
              (["O", "B-PER"], [1.0, 0.7]),
              (["O", "O", "I-ORG"], [1.0, 1.0, 0.6]),
              (["O", "B-LOC"], [1.0, 0.9])]
    spread_person_names(sents, tagged)
    assert tagged[1] == (["O", "B-PER", "I-PER", "O"], [1.0, 0.8, 0.8, 1.0])  # the whole name, its confidence
    assert tagged[3][0] == ["O", "O", "I-ORG"]  # a repeat that a name runs on from is left alone
    assert tagged[4][0] == ["O", "B-LOC"]  # so is a word tagged otherwise


def test_the_last_word_of_a_persons_name_is_tagged_where_it_recurs_alone():
    sents = [["قال", "الوزير", "عمر", "السقاف", "إن"], ["وأضاف", "السقاف", "أن"],
             ["وقال", "عمر", "السقاف"], ["الشيخ", "علي", "الشيخ"], ["زار", "الشيخ"], ["زار", "بو"]]
    tagged = [(["O", "O", "B-PER", "I-PER", "O"], [1.0, 1.0, 0.9, 0.8, 1.0]),
              (["O", "O", "O"], [1.0] * 3),
              (["O", "O", "O"], [1.0] * 3),
              (["B-PER", "I-PER", "I-PER"], [0.6] * 3),
              (["O", "O"], [1.0] * 2),
              (["O", "O"], [1.0] * 2)]
    plain = [(list(t), list(p)) for t, p in tagged]
    spread_person_names(sents, plain)
    assert plain[1][0] == ["O", "O", "O"]  # without a surname test only whole names recur
    spread_person_names(sents, tagged, surname=lambda w: w != "الشيخ")
    assert tagged[1] == (["O", "B-PER", "O"], [1.0, 0.8, 1.0])  # the surname alone, the name's confidence
    assert tagged[2][0] == ["O", "B-PER", "I-PER"]  # the whole name is preferred to its last word
    assert tagged[4][0] == ["O", "O"]  # a last word the test refuses is left alone


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no shipped NER model")
def test_a_surname_is_no_word_the_lexicons_know_otherwise():
    tagger = get_tagger()
    assert not tagger._may_be_surname("الشيخ")  # a title
    assert tagger._may_be_surname("فرويدنبرغ")  # a word nothing knows


def test_not_a_model_is_refused(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, just bytes" * 4)
    with pytest.raises(ValueError, match="not a CRFsuite"):
        read_crfsuite(bad)
