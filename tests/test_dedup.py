"""Duplicates: exact copies, wire copies with a changed sentence, and stored signatures."""

from __future__ import annotations

import hashlib
import random
import time

import numpy as np

from rasd.arabic import normalize
from rasd.clean.dedup import NUM_PERM, Deduplicator

# An invented wire story, sentence by sentence (about 400 words).
STORY = [
    "أعلنت السلطات الليبية في طرابلس، صباح الثلاثاء، أن اشتباكات عنيفة اندلعت ليلاً بين مجموعتين مسلحتين في حي سوق الجمعة شرق العاصمة.",
    "وقال المتحدث باسم وزارة الصحة إن حصيلة أولية تشير إلى سقوط ثمانية قتلى وإصابة أكثر من عشرين شخصاً بينهم مدنيون.",
    "وأضاف أن سيارات الإسعاف واجهت صعوبات كبيرة في الوصول إلى المصابين بسبب استمرار إطلاق النار حتى ساعات الفجر الأولى.",
    "وأفاد شهود عيان بأن أصوات الانفجارات والأسلحة الثقيلة سُمعت في مناطق واسعة من المدينة، وأن السكان لزموا منازلهم.",
    "وعلّقت إدارة مطار معيتيقة الدولي الرحلات الجوية لعدة ساعات، وحوّلت عدداً من الطائرات إلى مطار مصراتة.",
    "ودعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى وقف فوري لإطلاق النار وحماية المدنيين والمنشآت العامة.",
    "وقالت البعثة في بيان إنها تتابع بقلق بالغ التطورات الأخيرة، محذرة من أن التصعيد يهدد المسار السياسي الهش في البلاد.",
    "من جهته، أمر رئيس حكومة الوحدة الوطنية بتشكيل لجنة للتحقيق في أسباب الاشتباكات ومحاسبة المسؤولين عنها.",
    "وأكد في كلمة متلفزة أن الحكومة لن تسمح بتحويل العاصمة إلى ساحة لتصفية الحسابات بين المجموعات المسلحة.",
    "وتشهد طرابلس منذ سنوات توترات متكررة بين فصائل مسلحة تتنافس على النفوذ والسيطرة على المؤسسات والمرافق الحيوية.",
    "وكانت اشتباكات مماثلة قد وقعت في أغسطس من العام الماضي وأسفرت عن مقتل أكثر من خمسين شخصاً.",
    "ويرى محللون أن غياب جيش موحد وأجهزة أمنية تخضع لسلطة واحدة يبقي العاصمة عرضة لانفجار الأوضاع في أي لحظة.",
    "وقال الباحث في الشؤون الليبية إن الحل يمر عبر اتفاق سياسي شامل يفضي إلى انتخابات عامة طال انتظارها.",
    "وتعثرت الانتخابات التي كانت مقررة في ديسمبر قبل ثلاث سنوات بسبب خلافات حول القوانين الانتخابية وأهلية المرشحين.",
    "وفي بنغازي، دعا مجلس النواب إلى جلسة طارئة لبحث التطورات الأمنية في العاصمة وتداعياتها على المشهد السياسي.",
    "وأعربت دول عدة، بينها مصر وتونس والجزائر، عن قلقها من تدهور الأوضاع، وحثت الأطراف على ضبط النفس والحوار.",
    "وقالت منظمة إنسانية محلية إن عشرات العائلات نزحت من الأحياء القريبة من مناطق الاشتباك إلى مدارس ومراكز إيواء مؤقتة.",
    "وأشارت إلى نقص حاد في المياه والأدوية في بعض المستشفيات الميدانية التي استقبلت الجرحى خلال الليل.",
    "وعاد الهدوء الحذر إلى معظم أحياء المدينة بعد ظهر الثلاثاء، فيما انتشرت دوريات أمنية في الشوارع الرئيسية.",
    "ولم تصدر المجموعتان المسلحتان أي بيان رسمي حول أسباب المواجهات، وتبادل أنصارهما الاتهامات على مواقع التواصل.",
]

OTHER_STORY = [
    "افتتح وزير الزراعة المصري، الأحد، موسم حصاد القمح في محافظة الشرقية وسط توقعات بإنتاج قياسي هذا العام.",
    "وقال الوزير إن المساحات المزروعة بالقمح تجاوزت ثلاثة ملايين فدان، بزيادة ملحوظة عن الموسم السابق.",
    "وأوضح أن الحكومة رفعت سعر توريد الأردب لتشجيع المزارعين على تسليم محاصيلهم إلى الصوامع الحكومية.",
    "وتعد مصر من أكبر مستوردي القمح في العالم، وتسعى منذ سنوات إلى تقليص فاتورة الاستيراد عبر زيادة الإنتاج المحلي.",
    "وأشار خبراء إلى أن تغير المناخ وارتفاع درجات الحرارة يمثلان تحدياً متزايداً أمام إنتاجية المحاصيل الاستراتيجية.",
    "ودعا اتحاد المزارعين إلى توفير الأسمدة بأسعار مناسبة وتحسين شبكات الري في القرى البعيدة عن مجرى النيل.",
    "وأعلنت وزارة التموين أنها جهزت أكثر من أربعمئة موقع لاستلام القمح في مختلف المحافظات طوال موسم التوريد.",
    "وقالت الوزارة إن المخزون الاستراتيجي من القمح يكفي لتغطية احتياجات إنتاج الخبز المدعم لعدة أشهر مقبلة.",
    "ويحصل أكثر من سبعين مليون مواطن على الخبز المدعم عبر منظومة البطاقات التموينية التي تديرها الحكومة.",
    "وتتفاوض القاهرة مع عدد من الدول المصدرة لتأمين شحنات إضافية وسط تقلبات الأسعار في الأسواق العالمية.",
    "وشهدت أسعار الحبوب ارتفاعات حادة خلال العامين الماضيين بسبب اضطرابات سلاسل الإمداد والحرب في منطقة البحر الأسود.",
    "وقال مزارع من مركز الزقازيق إن الموسم كان جيداً رغم ارتفاع تكاليف العمالة والوقود والنقل.",
    "وطالب مزارعون آخرون بصرف مستحقاتهم المالية فور التوريد وعدم تأخيرها كما حدث في مواسم سابقة.",
    "وأطلقت وزارة الزراعة تطبيقاً إلكترونياً يتيح للمزارعين متابعة مواعيد التوريد والأسعار المعتمدة.",
    "ويأمل المسؤولون أن تسهم الأصناف الجديدة عالية الإنتاجية في سد جزء أكبر من الفجوة الغذائية خلال السنوات المقبلة.",
    "وتخطط الحكومة لتوسيع الزراعة في أراضي الدلتا الجديدة غرب البلاد بالاعتماد على مياه الصرف المعالجة.",
    "وأكد الوزير في ختام جولته أن الدولة ماضية في دعم الفلاح المصري باعتباره ركيزة الأمن الغذائي.",
]


def article(sentences: list[str]) -> str:
    return " ".join(sentences)


def test_exact_duplicate_ignores_diacritics_and_spacing() -> None:
    d = Deduplicator()
    text = article(STORY)
    assert d.add("a", text) is None
    respelled = "  ".join(STORY).replace("قتلى", "قَتلى").replace("أعلنت", "اعلنت")
    assert d.add("b", respelled) == "a"


def test_copy_with_a_changed_sentence_is_a_near_duplicate() -> None:
    d = Deduplicator()
    assert d.add("wire", article(STORY)) is None
    edited = list(STORY)
    edited[1] = "وقال مصدر طبي لوكالة محلية إن الاشتباكات خلّفت تسعة قتلى ونحو خمسة وعشرين جريحاً."
    assert d.add("paper", article(edited)) == "wire"
    # A different headline in front of the same body is still the same story.
    assert d.add("paper2", "اشتباكات دامية في العاصمة الليبية " + article(STORY[:-1])) == "wire"


def test_different_article_is_not_a_duplicate() -> None:
    d = Deduplicator()
    assert d.add("libya", article(STORY)) is None
    assert d.add("egypt", article(OTHER_STORY)) is None
    # Same topic, half the sentences shared: related, not a copy.
    assert d.add("follow-up", article(STORY[:8] + OTHER_STORY[:10])) is None
    assert len(d) == 3


def test_first_copy_wins() -> None:
    d = Deduplicator()
    d.add("first", article(STORY))
    d.add("other", article(OTHER_STORY))
    assert d.add("second", article(STORY[:-1])) == "first"
    assert d.add("third", article(STORY[1:])) == "first"


def test_signature_round_trip_seeds_a_later_run() -> None:
    first_run = Deduplicator()
    sig = first_run.signature(article(STORY))
    assert isinstance(sig, bytes) and len(sig) == 8 + 8 * NUM_PERM
    assert sig == Deduplicator().signature(article(STORY))  # deterministic across instances
    later = Deduplicator()
    assert later.load([("stored-1", sig), ("broken", b"short"), ("empty", b"")]) == 1
    assert later.add("new-copy", article(STORY)) == "stored-1"
    edited = list(STORY)
    edited[3] = "وقال سكان إن الاشتباكات كانت الأعنف منذ أشهر."
    assert later.add("new-near", article(edited)) == "stored-1"
    assert later.add("new-other", article(OTHER_STORY)) is None


def test_signature_bytes_are_stable() -> None:
    """The format is persisted by stores: a change here breaks every existing database."""
    sig = Deduplicator().signature("قتل ثلاثة أشخاص في انفجار وقع صباح اليوم في المدينة")
    values = np.frombuffer(sig, dtype="<u8", offset=8)
    assert values.max() < 2**32  # affine32 MinHash values, stored as uint64
    text = normalize("قتل ثلاثة أشخاص في انفجار وقع صباح اليوم في المدينة")
    assert sig[:8] == hashlib.blake2b(text.encode(), digest_size=8).digest()
    assert hashlib.sha1(sig).hexdigest() == STABLE_SIGNATURE_SHA1


STABLE_SIGNATURE_SHA1 = "c5211183e0ef89bb604c6c23261408b472570b4d"


def test_short_and_empty_texts() -> None:
    d = Deduplicator()
    assert d.add("a", "") is None
    assert d.add("b", "") == "a"  # two empty texts are exact copies
    assert d.add("c", "خبر قصير") is None
    assert d.add("d", "خبر قصير جداً") is None


def test_add_is_fast() -> None:
    rng = random.Random(7)
    words = " ".join(STORY + OTHER_STORY).split()
    texts = [" ".join(rng.choice(words) for _ in range(450)) for _ in range(400)]
    d = Deduplicator()
    t0 = time.perf_counter()
    for i, text in enumerate(texts):
        d.add(str(i), text)
    rate = len(texts) / (time.perf_counter() - t0)
    assert rate > 150, f"{rate:.0f} articles/s"  # ~1,200/s measured on one core; loose for shared CI


def test_add_signed_agrees_with_add():
    from rasd.clean.dedup import Deduplicator

    text = "انفجرت سيارة مفخخة قرب سوق شعبي في مدينة بعقوبة صباح اليوم وأسفر الانفجار عن سقوط ضحايا من المدنيين"
    by_text, by_sig = Deduplicator(), Deduplicator()
    assert by_text.add("a", text) is None and by_sig.add_signed("a", by_sig.signature(text)) is None
    assert by_text.add("b", text) == "a" and by_sig.add_signed("b", by_sig.signature(text)) == "a"
