"""Readers: every format, every encoding, and bad input that must not raise."""

from __future__ import annotations

import gzip
import io
import json
import sys
import time
from pathlib import Path

import pytest

from rasd.model import Article, Document, Problem
from rasd.sources import JsonlFields, read_articles, read_documents, sniff_format
from rasd.sources.dates import iso_date
from rasd.sources.encoding import UnreadableText, decode_bytes

# Invented news, written for these tests.
TITLE = "وزير الخارجية الأردني يبحث في بغداد أمن الحدود المشتركة"
PARA1 = (
    "وصل وزير الخارجية الأردني إلى بغداد صباح الأحد في زيارة رسمية تستمر يومين، "
    "يلتقي خلالها رئيس الوزراء العراقي لبحث أمن الحدود المشتركة."
)
PARA2 = "وقال المتحدث باسم الوزارة إن ملف المعابر الحدودية سيكون على رأس جدول الأعمال."
DUMP = f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n"


def docs(*paths: object, **kw: object) -> list[Document | Problem]:
    return list(read_documents([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def only(items: list, kind: type) -> list:
    return [x for x in items if isinstance(x, kind)]


# ------------------------------------------------------------------ text and encodings


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1256", "cp1256")],
)
def test_text_encodings(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(DUMP.encode(encoding))
    (doc,) = docs(path)
    assert isinstance(doc, Document)
    assert doc.format == "text"
    assert doc.content == DUMP  # no BOM left, every letter right
    assert doc.meta["encoding"] == expected


def test_bomless_utf16_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(DUMP.replace("\n", "\r\n").encode("utf-16-le"))
    (art,) = only(list(read_articles([str(path)])), Article)
    assert art.title == TITLE
    assert art.paragraphs == [PARA1, PARA2]


def test_cp1256_is_told_from_latin_noise() -> None:
    text, enc = decode_bytes(DUMP.encode("cp1256"))
    assert enc == "cp1256" and text == DUMP
    with pytest.raises(UnreadableText):
        decode_bytes(bytes(range(1, 256)) * 200)  # control bytes and random high bytes


def test_truncated_utf8_tail_is_still_utf8() -> None:
    data = DUMP.encode("utf-8")[:-2]  # cut inside the last Arabic letter... then a newline was lost
    text, enc = decode_bytes(data[:-1])
    assert enc == "utf-8"
    assert text.startswith(TITLE)


def test_html_declared_charset_windows_1256(tmp_path: Path) -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        f"<title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><p>{PARA1}</p><p>{PARA2}</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_bytes(html.encode("cp1256"))
    (art,) = only(list(read_articles([str(path)])), Article)
    assert art.title == TITLE
    assert PARA1 in art.paragraphs


# ------------------------------------------------------------------ bad input never raises


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    (p,) = docs(path)
    assert isinstance(p, Problem) and p.message.startswith("empty file")
    assert "\n" not in p.message


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n \n\t\n")
    (p,) = docs(path)
    assert isinstance(p, Problem) and p.message.startswith("empty file")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 50)
    (p,) = docs(path)
    assert isinstance(p, Problem) and p.message.startswith("binary file")


def test_missing_path_and_unreadable_folder_entry(tmp_path: Path) -> None:
    items = docs(tmp_path / "nope.txt", tmp_path / "*.nothing")
    assert [type(x) for x in items] == [Problem, Problem]
    assert all(x.message.startswith("not found") for x in items)


def test_huge_single_line_file_is_linear(tmp_path: Path) -> None:
    # 50 MB on one line: no quadratic step anywhere between bytes and articles.
    line = ("قتل ثلاثة أشخاص في انفجار وقع في المدينة صباح اليوم " * 540_000).strip() + "."
    path = tmp_path / "huge.txt"
    path.write_text(line, encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    t0 = time.perf_counter()
    items = list(read_articles([str(path)]))
    elapsed = time.perf_counter() - t0
    (art,) = only(items, Article)
    assert len(art.paragraphs) == 1 and len(art.text) == len(line)
    assert elapsed < 60, elapsed


# ------------------------------------------------------------------ JSONL and gzip


def _records() -> list[dict]:
    return [
        {"source": "okaz", "url": "http://example.com/1", "date_extracted": "2015-07-21 02:51:32",
         "title": TITLE, "author": "بغداد: مراسلنا", "content": f"{PARA1}\n\n {PARA2}\n"},
        {"source": "alriyadh", "url": "http://example.com/2", "date": "2015-08-02T10:00:00+03:00",
         "title": "عنوان ثان للاختبار", "content": PARA2},
    ]


def _jsonl_bytes(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_jsonl_records_and_bad_line(tmp_path: Path) -> None:
    r1, r2 = _records()
    path = tmp_path / "news.jsonl"
    path.write_bytes(_jsonl_bytes([json.dumps(r1, ensure_ascii=False), '{"title": "مقطوع', "",
                                   json.dumps(r2, ensure_ascii=False), "[1, 2]"]))
    items = docs(path)
    good, bad = only(items, Document), only(items, Problem)
    assert [d.path for d in good] == [f"{path}:1", f"{path}:4"]
    assert good[0].format == "record" and good[0].title == TITLE
    assert good[0].published == "2015-07-21" and good[1].published == "2015-08-02"
    assert good[0].source == "okaz" and good[0].url == "http://example.com/1"
    assert good[0].meta["author"] == "بغداد: مراسلنا"
    assert [p.path for p in bad] == [f"{path}:2", f"{path}:5"]
    assert bad[0].message.startswith("invalid JSON: ")
    assert bad[1].message.startswith("not a record")


def test_jsonl_article_is_title_plus_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(_jsonl_bytes([json.dumps(_records()[0], ensure_ascii=False)]))
    (art,) = only(list(read_articles([str(path)])), Article)
    assert art.title == TITLE
    assert art.paragraphs == [PARA1, PARA2]
    assert art.published == "2015-07-21" and art.path == f"{path}:1"


def test_jsonl_custom_fields(tmp_path: Path) -> None:
    rec = {"headline_ar": TITLE, "body_ar": PARA1, "link": "http://example.com/x", "day": "2020-01-05"}
    path = tmp_path / "custom.jsonl"
    path.write_bytes(_jsonl_bytes([json.dumps(rec, ensure_ascii=False)]))
    fields = JsonlFields(title="headline_ar", content="body_ar", url="link", date="day")
    (doc,) = docs(path, fields=fields)
    assert isinstance(doc, Document)
    assert (doc.title, doc.content, doc.url, doc.published) == (TITLE, PARA1, "http://example.com/x", "2020-01-05")


def test_jsonl_gz_and_truncated_gz(tmp_path: Path) -> None:
    lines = [json.dumps(dict(_records()[0], url=f"http://example.com/{i}"), ensure_ascii=False)
             for i in range(400)]
    data = gzip.compress(_jsonl_bytes(lines))
    whole = tmp_path / "news.jsonl.gz"
    whole.write_bytes(data)
    assert len(only(docs(whole), Document)) == 400
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = docs(cut)
    assert 0 < len(only(items, Document)) < 400
    assert isinstance(items[-1], Problem) and items[-1].message.startswith("truncated gzip")


def test_not_gzip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "fake.jsonl.gz"
    path.write_bytes(b"\x1f\x8bthis is not deflate data at all")
    (p,) = docs(path)
    assert isinstance(p, Problem)


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text(json.dumps(_records(), ensure_ascii=False, indent=2), encoding="utf-8")
    good = only(docs(path), Document)
    assert [d.path for d in good] == [f"{path}:1", f"{path}:2"]


def test_empty_record(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(_jsonl_bytes([json.dumps({"title": TITLE, "content": "  "}, ensure_ascii=False)]))
    (p,) = docs(path)
    assert isinstance(p, Problem) and p.path == f"{path}:1" and p.message == "empty record: no content"


# ------------------------------------------------------------------ HTML

PAGE = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE} | صحيفة الاختبار</title>
<meta property="article:published_time" content="2023-03-14T09:30:00+03:00">
<link rel="canonical" href="https://example.com/news/77"></head><body>
<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<article><h1>{TITLE}</h1>
<p class="dateline">بغداد - «الاختبار»</p>
<figure><img src="/img/minister.jpg" alt=""><figcaption>وزير الخارجية الأردني لدى وصوله إلى بغداد (رويترز)</figcaption></figure>
<p>{PARA1}</p>
<h2>ملف المعابر</h2>
<p>{PARA2}</p>
<figure><img src="/img/border.jpg"><figcaption>شاحنات عند معبر حدودي بين البلدين (أ.ف.ب)</figcaption></figure>
<p>ويتوقع مراقبون أن تتناول المحادثات أيضاً مشروع أنبوب النفط من البصرة إلى ميناء العقبة.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_page_with_figcaption(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (art,) = only(list(read_articles([str(path)])), Article)
    assert art.title == TITLE
    assert art.captions == ["وزير الخارجية الأردني لدى وصوله إلى بغداد (رويترز)",
                            "شاحنات عند معبر حدودي بين البلدين (أ.ف.ب)"]
    assert art.headings == ["ملف المعابر"]
    assert art.paragraphs[:2] == [PARA1, PARA2] and len(art.paragraphs) == 3
    assert art.published == "2023-03-14"
    assert art.url == "https://example.com/news/77"
    assert art.meta["dateline"] == "بغداد - «الاختبار»"
    for block in art.blocks:
        assert "الرئيسية" not in art.text[block.start:block.end]


def test_truncated_html_keeps_what_arrived(tmp_path: Path) -> None:
    path = tmp_path / "cut.html"
    path.write_text(PAGE[: PAGE.index("<h2>")], encoding="utf-8")
    items = list(read_articles([str(path)]))
    (p,) = only(items, Problem)
    assert p.message.startswith("truncated HTML")
    (art,) = only(items, Article)
    assert art.paragraphs == [PARA1] and art.meta["truncated"] is True


# ------------------------------------------------------------------ feeds

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>صحيفة الاختبار</title><link>https://example.com/</link><description>أخبار</description>
<item><title>{TITLE}</title><link>https://example.com/news/1</link>
<pubDate>Sun, 12 Mar 2023 08:00:00 +0300</pubDate>
<description>ملخص قصير</description>
<content:encoded><![CDATA[<p>{PARA1}</p><figure><img src="a.jpg"/><figcaption>صورة الوزير في بغداد (رويترز)</figcaption></figure><p>{PARA2}</p>]]></content:encoded>
</item>
<item><title>عنوان ثان للاختبار</title><link>https://example.com/news/2</link>
<pubDate>Mon, 13 Mar 2023 09:00:00 GMT</pubDate><description>{PARA2}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة الاختبار</title>
<link href="https://agency.example/"/><updated>2024-01-02T00:00:00Z</updated><id>urn:x</id>
<entry><title>{TITLE}</title><link href="https://agency.example/a/1"/><id>urn:1</id>
<updated>2024-01-02T10:00:00Z</updated><published>2024-01-01T10:00:00Z</published>
<content type="html">&lt;p&gt;{PARA1}&lt;/p&gt;&lt;p&gt;{PARA2}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    d1, d2 = docs(path)
    assert isinstance(d1, Document) and isinstance(d2, Document)
    assert d1.format == "html" and d1.title == TITLE and d1.published == "2023-03-12"
    assert d1.url == "https://example.com/news/1" and d1.source == "صحيفة الاختبار"
    assert d2.format == "record" and d2.content == PARA2 and d2.path == f"{path}:2"
    a1, a2 = only(list(read_articles([str(path)])), Article)
    assert a1.title == TITLE and a1.paragraphs == [PARA1, PARA2]
    assert a1.captions == ["صورة الوزير في بغداد (رويترز)"]
    assert a2.paragraphs == [PARA2]


def test_atom_sniffed_from_xml(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    (art,) = only(list(read_articles([str(path)])), Article)
    assert art.title == TITLE and art.paragraphs == [PARA1, PARA2]
    assert art.published == "2024-01-01" and art.source == "وكالة الاختبار"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text("<?xml version='1.0'?><config><a>1</a></config>")
    (p,) = docs(path)
    assert isinstance(p, Problem)


# ------------------------------------------------------------------ WARC


def _write_warc(path: Path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        req = writer.create_warc_record("https://example.com/news/77", "request",
                                        payload=io.BytesIO(b"GET /news/77 HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        for url, ctype, body in [
            ("https://example.com/news/77", "text/html; charset=utf-8", PAGE.encode("utf-8")),
            ("https://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(300)),
        ]:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": "2023-03-15T12:00:00Z"})
            writer.write_record(rec)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_only(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _write_warc(path, gz=name.endswith(".gz"))
    (doc,) = docs(path)
    assert isinstance(doc, Document)
    assert doc.format == "html" and doc.url == "https://example.com/news/77"
    assert doc.published == "2023-03-15" and doc.path == f"{path}:2"
    (art,) = only(list(read_articles([str(path)])), Article)
    # The page's own date beats the crawl date.
    assert art.title == TITLE and art.published == "2023-03-14"
    assert len(art.captions) == 2


def test_truncated_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, gz=True)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    items = docs(cut)
    assert items and isinstance(items[-1], Problem)
    assert items[-1].message.startswith(("truncated", "no HTML"))


def test_empty_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"")
    (p,) = docs(path)
    assert isinstance(p, Problem) and p.message.startswith("empty file")


# ------------------------------------------------------------------ paths, stdin, sniffing


def test_folder_glob_and_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(DUMP, encoding="utf-8")
    (tmp_path / "a.txt").write_text(DUMP, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(100))  # skipped inside folders
    (tmp_path / ".hidden.txt").write_text(DUMP, encoding="utf-8")
    found = docs(tmp_path)
    assert [Path(d.path).name for d in found] == ["a.txt", "two.txt"]
    globbed = docs(tmp_path / "**" / "*.txt")
    assert sorted(Path(d.path).name for d in globbed) == ["a.txt", "two.txt"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _jsonl_bytes([json.dumps(r, ensure_ascii=False) for r in _records()])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    items = list(read_documents(["-"]))
    assert [d.path for d in items] == ["<stdin>:1", "<stdin>:2"]


def test_sniffing() -> None:
    assert sniff_format(b"WARC/1.0\r\n") == "warc"
    assert sniff_format(b'\xef\xbb\xbf{"title": 1}') == "jsonl"
    assert sniff_format(b"<?xml version='1.0'?><rss>") == "feed"
    assert sniff_format(b"<!DOCTYPE html><html>") == "html"
    assert sniff_format(DUMP.encode()) == "text"


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = docs(path)
    assert isinstance(doc, Document) and doc.format == "html"


def test_iso_date() -> None:
    assert iso_date("2015-07-21 02:51:32") == "2015-07-21"
    assert iso_date("Tue, 21 Jul 2015 02:51:32 GMT") == "2015-07-21"
    assert iso_date("21/07/2015") == "2015-07-21"
    assert iso_date("٢٠١٥-٠٧-٢١") == "2015-07-21"
    assert iso_date("2015-12") == "2015-12"
    assert iso_date("not a date") is None
