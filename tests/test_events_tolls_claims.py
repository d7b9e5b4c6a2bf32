"""Events stage: casualty figures read from lists of victims and from zero-toll phrases.
Victims named without a number beside a counted group add to it ("ضابط و4 جنود"), a list of
named victims adds up ("طبيب وممرضة"), a dual shows in its genitive, its pronoun or its
adjective, "دون وقوع إصابات" means nobody was hurt or killed, and "لقوا حتفهم" counts the dead
of a happening told beside it. Every sentence is invented; documents are built by hand (see
event_docs)."""

from __future__ import annotations

from event_docs import build

from rasd.extract.events import extract_events


def events_of(text: str, quantities=(), times=(), mentions=()) -> list:
    doc = build([("paragraph", text)], quantities=quantities, times=times, mentions=mentions)
    extract_events(doc)
    assert not doc.analysis.errors
    return doc.analysis.events


def killed(evs: list) -> list:
    return [e.killed if e.killed is not None else e.killed_min for e in evs]


def test_a_victim_named_before_a_counted_group_adds_to_it():
    evs = events_of("قتل ضابط و4 جنود في انفجار عبوة ناسفة استهدفت دورية عسكرية قرب الحدود.")
    assert killed(evs) == [5]


def test_a_victim_named_after_a_counted_group_adds_to_it():
    evs = events_of("قتل 6 جنود ومدني في هجوم على حاجز أمني شرق المدينة.")
    assert killed(evs) == [7]


def test_a_list_of_victims_without_numbers_adds_up():
    evs = events_of("أسفر انفجار سيارة مفخخة عن مقتل طبيب ومهندس قرب المستشفى.")
    assert killed(evs) == [2]


def test_a_victim_listed_with_his_two_guards():
    evs = events_of("أدى هجوم مسلح إلى مقتل نائب برلماني مع حارسيه أمام منزله.")
    assert killed(evs) == [3]


def test_a_dual_in_a_genitive_and_a_victim_before_a_passive_verb():
    evs = events_of("وقالت الشرطة إن عنصري أمن وسائقا أصيبوا في انفجار قنبلة قرب السوق.")
    assert [e.injured for e in evs] == [3]


def test_a_dual_told_by_its_dual_adjective():
    evs = events_of("أصيب ضابطا جيش أردنيان بجروح وطفل في انفجار لغم قرب الحدود.")
    assert [e.injured for e in evs] == [3]


def test_a_counted_group_listed_after_an_unknown_word_is_not_doubled():
    evs = events_of("قتل 9 أشخاص وأصيب 14 في تفجير انتحاري استهدف سوقا شعبية.")
    assert killed(evs) == [9] and [e.injured for e in evs] == [14]


def test_a_leader_and_his_companions_who_died_with_him():
    evs = events_of("لقي قيادي بارز بالجماعة و7 من مرافقيه مصرعهم في غارة جوية استهدفت سيارتهم.")
    assert killed(evs) == [8]


def test_those_with_him_make_a_lower_bound():
    evs = events_of("أطلق مسلحون النار على سيارة القاضي فقتل القاضي ومن كان معه.")
    assert [e.killed_min for e in evs] == [1] and [e.killed for e in evs] == [None]


def test_met_their_death_counts_the_dead_of_a_happening_in_its_clause():
    evs = events_of("لقي نحو 25 مصرعهم في تفجير استهدف محطة للحافلات.")
    assert killed(evs) == [25]


def test_met_their_death_alone_is_no_toll_of_another_happening():
    evs = events_of("قصفت طائرات حربية مخزنا للذخيرة في المدينة. وقالت منظمة إنسانية إن 30 مهاجرا لقوا حتفهم.")
    assert all(e.killed != 30 for e in evs)


def test_no_injuries_means_no_dead_either():
    evs = events_of("انفجرت عبوة ناسفة أمام مبنى البلدية دون وقوع إصابات.")
    assert [(e.killed, e.injured) for e in evs] == [(0, 0)]


def test_a_plural_is_not_taken_for_a_dual_genitive():
    # "مسلحي الجماعة": a plural in a genitive (مسلح has no dual reading in the lexicon)
    evs = events_of("قتل قائد ميداني ومسلحي الجماعة في اشتباك مع الجيش.")
    assert all((e.killed or 0) != 3 for e in evs)


def test_a_preposition_ends_the_victims_description():
    # "في" opens the happening's place or setting: what follows is no more victims of the list
    evs = events_of("قتل جندي في هجوم على قاعدة عسكرية ومدني في قصف مدفعي على قرية مجاورة.")
    assert all((e.killed or 0) <= 1 for e in evs)


def test_the_noun_a_number_counts_is_no_victim_of_its_own():
    evs = events_of("قتل 10 جنديا و2 مدنيين في هجوم على قاعدة عسكرية أمس.")
    assert killed(evs) == [12]
