"""The vocabulary of rasd: plain dataclasses shared by every stage.

Every offset (``start``/``end``) is a character offset into ``Article.text``.
Everything round-trips through JSON with :func:`to_dict` / :func:`from_dict`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
BlockKind = Literal["title", "subtitle", "caption", "heading", "paragraph"]

EVENT_TYPES: tuple[str, ...] = (
    "suicide_bombing", "bombing", "air_strike", "shelling", "armed_clash", "attack",
    "assassination", "abduction", "arrest", "protest", "riot", "meet", "sanction",
    "leadership_change", "agreement", "other",
)
STANCES: tuple[str, ...] = (
    "deny", "confirm", "claim_responsibility", "condemn", "accuse", "dismiss", "threaten", "demand",
)
CLAIM_STATUSES: tuple[str, ...] = ("claimed", "attributed", "denied", "unclaimed")

# Blocks of an article are joined with this separator in Article.text.
BLOCK_SEPARATOR = "\n\n"


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(slots=True)
class Block:
    """One structural unit of an article, located in ``Article.text``."""

    kind: BlockKind
    start: int
    end: int


@dataclass
class Article:
    id: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 at any precision: 2024-12-11, 2015-12, 2015
    published_precision: str | None = None  # day | month | year
    path: str | None = None  # where it was read from (file, file:line)
    duplicate_of: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    # Structure is derived from blocks so it can never disagree with the offsets.
    def _texts(self, kind: str) -> list[str]:
        return [self.text[b.start:b.end] for b in self.blocks if b.kind == kind]

    @property
    def title(self) -> str:
        t = self._texts("title")
        return t[0] if t else ""

    @property
    def subtitle(self) -> str | None:
        t = self._texts("subtitle")
        return t[0] if t else None

    @property
    def captions(self) -> list[str]:
        return self._texts("caption")

    @property
    def headings(self) -> list[str]:
        return self._texts("heading")

    @property
    def paragraphs(self) -> list[str]:
        return self._texts("paragraph")

    @classmethod
    def from_parts(
        cls,
        parts: list[tuple[BlockKind, str]],
        *,
        source: str | None = None,
        url: str | None = None,
        published: str | None = None,
        path: str | None = None,
        meta: dict[str, Any] | None = None,
        id: str | None = None,
    ) -> Article:
        """Build an article from (kind, text) parts in reading order."""
        pieces: list[str] = []
        blocks: list[Block] = []
        pos = 0
        for kind, raw in parts:
            text = raw.strip()
            if not text:
                continue
            if pieces:
                pieces.append(BLOCK_SEPARATOR)
                pos += len(BLOCK_SEPARATOR)
            blocks.append(Block(kind, pos, pos + len(text)))
            pieces.append(text)
            pos += len(text)
        body = "".join(pieces)
        art_id = id or article_id(source, url, body)
        return cls(
            id=art_id, text=body, blocks=blocks, source=source, url=url,
            published=published, published_precision=date_precision(published),
            path=path, meta=dict(meta or {}),
        )


def article_id(source: str | None, url: str | None, text: str) -> str:
    """Stable id: hash of source + url when there is a url, else of the text."""
    key = f"{source or ''}\x00{url}" if url else text
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def date_precision(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip()
    if len(v) >= 10:
        return "day"
    if len(v) == 7:
        return "month"
    if len(v) == 4:
        return "year"
    return None


@dataclass
class Mention:
    span: Span
    type: str  # PER ORG LOC MISC
    entity_id: str | None = None
    source: str = "tagger"  # tagger | lexicon | coref
    confidence: float = 1.0


@dataclass
class Entity:
    id: str
    name: str  # canonical English name (or the Arabic longest mention when unknown)
    type: str
    name_ar: str | None = None
    kind: str | None = None  # armed_group, government, person, country, city, media, ...
    country: str | None = None  # ISO 3166-1 alpha-2
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # distinct surface forms in this article


@dataclass
class TimeExpr:
    span: Span
    value: str  # TIMEX3 value: 2024-12-11, 2024-10, 2015-SU, 197X, P2Y, 2015-W52
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    precision: str | None = None  # day | week | month | season | year | decade | century
    resolution: str = "absolute"  # absolute | relative_to_publication | relative_to_date | inferred
    anchor: str | None = None  # the date it was resolved against
    modifier: str | None = None  # START | MID | END | APPROX ...


@dataclass
class Quantity:
    span: Span
    value: float | int
    unit: str | None = None  # people, dollars, ...
    approx: str | None = None  # about | at_least | more_than | at_most | less_than | vague
    value_max: float | int | None = None


@dataclass
class Quote:
    span: Span  # the quoted text, without the quotation marks
    speaker: str | None = None  # canonical entity name or the description in the text
    speaker_span: Span | None = None
    speaker_entity: str | None = None  # entity id when the speaker is a known entity
    cue: Span | None = None  # the reporting verb
    channel: str | None = None  # medium the quote came through (a newspaper, an agency)
    channel_span: Span | None = None
    direct: bool = True
    confidence: float = 1.0


@dataclass
class Statement:
    stance: str
    speaker: str | None
    about: Span
    cue: Span
    speaker_span: Span | None = None
    speaker_entity: str | None = None
    evidence: Span | None = None
    confidence: float = 1.0


@dataclass
class Place:
    name: str  # canonical English name
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # city | admin1 | country | facility
    geonameid: int | None = None
    span: Span | None = None


@dataclass
class Event:
    type: str
    evidence: Span
    trigger: Span | None = None
    date: str | None = None
    date_span: Span | None = None
    place: Place | None = None
    actor1: str | None = None
    actor1_span: Span | None = None
    actor1_entity: str | None = None
    actor2: str | None = None
    actor2_span: Span | None = None
    actor2_entity: str | None = None
    killed: int | None = None
    killed_min: int | None = None
    injured: int | None = None
    injured_min: int | None = None
    claim: str | None = None
    certainty: str = "reported"
    background: bool = False
    confidence: float = 1.0
    rule: str | None = None
    id: str | None = None


@dataclass
class Incident:
    id: str
    type: str
    date: str | None
    place: Place | None
    event_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    killed_range: tuple[int, int] | None = None
    injured_range: tuple[int, int] | None = None


@dataclass
class Analysis:
    article_id: str
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # stage failures, never silent


# ---------------------------------------------------------------- JSON round trip

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """Dataclass (or list/dict of them) to JSON-ready data. Articles also carry derived structure."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        return out
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    h = _HINTS.get(cls)
    if h is None:
        h = typing.get_type_hints(cls, globalns=globals())
        _HINTS[cls] = h
    return h


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            if dataclasses.is_dataclass(arg) and isinstance(value, dict):
                return from_dict(arg, value)
            if not dataclasses.is_dataclass(arg):
                return _convert(arg, value)
        return value
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        return [_convert(arg, v) for v in value]
    if origin is tuple:
        return tuple(value)
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return from_dict(tp, value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Inverse of :func:`to_dict` for any vocabulary dataclass."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def to_json(obj: Any, **kw: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, **kw)


def article_json(article: Article, analysis: Analysis | None = None) -> dict[str, Any]:
    """The public JSON view of an article: structure plus, when given, its analysis."""
    out = to_dict(article)
    out.update(
        title=article.title, subtitle=article.subtitle, captions=article.captions,
        headings=article.headings, paragraphs=article.paragraphs,
    )
    if analysis is not None:
        out["analysis"] = to_dict(analysis)
    return out


@dataclass
class Document:
    """What a reader yields: raw content plus whatever metadata the source had.

    ``format`` tells the cleaner how to read ``content``: ``text`` (a scraped dump,
    possibly several articles), ``html`` (one page), or ``record`` (already split into
    title and body, as JSONL and feeds give it).
    """

    path: str
    format: str
    content: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Problem:
    """A file or record rasd could not read, and why, in one line."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
