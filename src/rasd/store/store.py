"""The store: articles, analyses, their flattened facts, and search, in SQLite or PostgreSQL.

One schema and one code path (SQLAlchemy Core) for both backends; only the
full-text index differs (:mod:`rasd.store.backends`). Every ``save_batch`` is one
transaction keyed by article id, so a crash loses at most the batch in flight and
a re-run stores the rest without duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import regex
import sqlalchemy as sa
from sqlalchemy import Connection, Engine, and_, func, or_, select

from rasd.arabic.normalize import normalize
from rasd.model import Analysis, Article, Block, Event, Incident, from_dict, to_dict
from rasd.store import schema as S
from rasd.store.analyzer import analyze, analyzer_fingerprint, index_text
from rasd.store.backends import FullText, configure_sqlite
from rasd.store.query import SearchSyntaxError, parse_query
from rasd.store.snippets import make_snippet

_CHUNK = 500  # ids per IN (...) list
_DATE_RE = regex.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_LIMIT = 1000


# ------------------------------------------------------------------ opening


def engine_url(url: str) -> str:
    """A path or URL as users write it → a SQLAlchemy URL."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("postgresql+"):
        return url
    if url.startswith("sqlite:"):
        return url
    if url == ":memory:":
        return "sqlite://"
    return "sqlite:///" + os.path.abspath(os.path.expanduser(url))


def open_store(url: str) -> Store:
    """Open (creating if missing) the store at a SQLite path/URL or a postgresql:// URL."""
    sa_url = engine_url(url)
    if sa_url.startswith("sqlite"):
        kwargs: dict[str, Any] = {}
        if sa_url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = sa.pool.StaticPool  # one shared in-memory database
            kwargs["connect_args"] = {"check_same_thread": False}
        engine = sa.create_engine(sa_url, **kwargs)
        configure_sqlite(engine)
    else:
        engine = sa.create_engine(sa_url, pool_pre_ping=True)
    store = Store(engine, url)
    store.create_schema()
    return store


def event_id(article_id: str, index: int, event: Event) -> str:
    """The id an event is stored under: its own id, else its position in the article."""
    return event.id or f"{article_id}:e{index}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _content_hash(text: str) -> str:
    return hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _check_date(name: str, value: str | None) -> str | None:
    if value in (None, ""):
        return None
    value = value.strip()
    if not _DATE_RE.match(value):
        raise SearchSyntaxError(f"{name} must be a date like 2015-07-31, 2015-07 or 2015 (got {value!r})")
    return value


def _date_upper(value: str) -> str:
    """An inclusive upper bound on ISO strings: '2015-07' admits '2015-07-31T10:00'."""
    return value + "~"  # '~' sorts after digits, '-' and 'T'


def _country_code(value: str | None) -> str | None:
    """'IQ', 'iq', 'Iraq' → 'IQ' (pycountry); unknown names are compared as given."""
    if not value:
        return None
    value = value.strip()
    if len(value) == 2:
        return value.upper()
    try:
        import pycountry

        return pycountry.countries.lookup(value).alpha_2
    except (LookupError, ImportError):
        return value


def _clamp(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def _span_cols(span: Any, prefix: str = "span") -> dict[str, Any]:
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def _norm_key(*names: str | None) -> str:
    return " | ".join(normalize(n).lower() for n in names if n)


def _contains(column: Any, value: str) -> Any:
    """column LIKE %value% with the user's % and _ taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def _lookup_key(*names: str | None) -> str:
    """What name look-ups match against: the analyzed terms (space-delimited) and the normalized names."""
    terms = " ".join(analyze(" ".join(n for n in names if n)))
    return f" {terms} | {_norm_key(*names)} "


def _words_in(column: Any, value: str) -> Any:
    """The value as typed (normalized) is in the column, or all of its analyzed terms are."""
    terms = analyze(value)
    by_terms = and_(*[column.like(f"% {t} %") for t in terms]) if terms else sa.false()
    return or_(_contains(column, _norm_key(value)), by_terms)


@dataclass
class Store:
    """A rasd store. Use as a context manager; every method is safe to call from threads."""

    engine: Engine
    url: str = field(repr=False)  # may hold a password; the engine's repr masks it

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def fulltext(self) -> FullText:
        return FullText(self.dialect)

    # -------------------------------------------------------------- schema

    def create_schema(self) -> None:
        """Create missing tables and the search index; re-index if the analyzer changed."""
        with self.engine.begin() as conn:
            S.metadata.create_all(conn)
            self.fulltext.install(conn)
            stored = dict(conn.execute(select(S.meta_table.c.key, S.meta_table.c.value)).all())
            if "schema_version" not in stored:
                conn.execute(S.meta_table.insert(), [{"key": "schema_version", "value": S.SCHEMA_VERSION}])
        if stored.get("analyzer") != analyzer_fingerprint():
            self.reindex()

    def reindex(self) -> int:
        """Rebuild every article's index terms with the current analyzer; returns how many."""
        n = 0
        last = ""
        while True:
            with self.engine.begin() as conn:
                rows = conn.execute(
                    select(S.articles.c.id, S.articles.c.title, S.articles.c.text)
                    .where(S.articles.c.duplicate_of.is_(None), S.articles.c.id > last)
                    .order_by(S.articles.c.id).limit(200)
                ).all()
                if not rows:
                    break
                conn.execute(S.search_docs.delete().where(S.search_docs.c.article_id.in_([r.id for r in rows])))
                conn.execute(S.search_docs.insert(), [self._search_row(r.id, r.title, r.text) for r in rows])
                last = rows[-1].id
                n += len(rows)
        with self.engine.begin() as conn:
            conn.execute(S.meta_table.delete().where(S.meta_table.c.key == "analyzer"))
            conn.execute(S.meta_table.insert(), [{"key": "analyzer", "value": analyzer_fingerprint()}])
        return n

    def optimize(self) -> None:
        """Compact the search index and refresh statistics; worth calling after a large ingest."""
        self.fulltext.optimize(self.engine)

    @staticmethod
    def _search_row(article_id: str, title: str | None, text: str) -> dict[str, Any]:
        return {"article_id": article_id, "title_terms": index_text(title or ""), "body_terms": index_text(text)}

    # -------------------------------------------------------------- writing

    def known_ids(self, ids: list[str]) -> set[str]:
        """Which of these article ids are already stored."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(list(dict.fromkeys(ids))):
                found.update(conn.execute(select(S.articles.c.id).where(S.articles.c.id.in_(chunk))).scalars())
        return found

    def save_batch(self, items: list[tuple[Article, Analysis | None, bytes | None]]) -> int:
        """Store a batch in one transaction; articles already stored are skipped. Returns how many were new."""
        with self.engine.begin() as conn:
            ids = [a.id for a, _, _ in items]
            existing: set[str] = set()
            for chunk in _chunks(list(dict.fromkeys(ids))):
                existing.update(conn.execute(select(S.articles.c.id).where(S.articles.c.id.in_(chunk))).scalars())
            fresh: list[tuple[Article, Analysis | None, bytes | None]] = []
            for art, analysis, sig in items:
                if art.id in existing:
                    continue
                existing.add(art.id)  # the same id twice in one batch is stored once
                fresh.append((art, None if art.duplicate_of else analysis, sig))
            if not fresh:
                return 0
            rows = _Rows()
            for art, analysis, sig in fresh:
                rows.add(art, analysis, sig)
            rows.write(conn)
        return len(fresh)

    def record_problems(self, problems: list[tuple[str, str]]) -> None:
        """Remember files/records that could not be read, for stats."""
        if not problems:
            return
        now = _now()
        with self.engine.begin() as conn:
            conn.execute(S.problems.insert(), [{"path": p, "message": m, "created": now} for p, m in problems])

    def replace_incidents(self, incidents: Iterable[Incident]) -> int:
        """Replace the stored incidents (they are recomputed over the whole store). Returns how many."""
        rows, links = [], []
        for inc in incidents:
            place = inc.place
            killed = inc.killed_range or (None, None)
            injured = inc.injured_range or (None, None)
            rows.append({
                "id": inc.id, "type": inc.type, "date": inc.date,
                "country": place.country if place else None, "place": place.name if place else None,
                "lat": place.lat if place else None, "lon": place.lon if place else None,
                "killed_min": killed[0], "killed_max": killed[1],
                "injured_min": injured[0], "injured_max": injured[1],
                "n_articles": len(set(inc.article_ids)),
                "data": json.dumps(to_dict(inc), ensure_ascii=False),
            })
            links.extend({"incident_id": inc.id, "article_id": a} for a in dict.fromkeys(inc.article_ids))
        with self.engine.begin() as conn:
            conn.execute(S.incident_articles.delete())
            conn.execute(S.incidents.delete())
            if rows:
                conn.execute(S.incidents.insert(), rows)
            if links:
                conn.execute(S.incident_articles.insert(), links)
        return len(rows)

    # -------------------------------------------------------------- reading articles

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article_id, signature) of stored non-duplicate articles, to seed the deduplicator."""
        last = ""
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(S.articles.c.id, S.articles.c.signature)
                    .where(S.articles.c.duplicate_of.is_(None), S.articles.c.signature.is_not(None),
                           S.articles.c.id > last)
                    .order_by(S.articles.c.id).limit(2000)
                ).all()
            if not rows:
                return
            for r in rows:
                yield r.id, bytes(r.signature)
            last = rows[-1].id

    def get_article(self, article_id: str) -> tuple[Article, Analysis | None] | None:
        """The article and its analysis (None for duplicates), or None when unknown."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(S.articles, S.analyses.c.data.label("analysis"))
                .select_from(S.articles.outerjoin(S.analyses, S.analyses.c.article_id == S.articles.c.id))
                .where(S.articles.c.id == article_id)
            ).first()
        return _article_from_row(row) if row is not None else None

    def iter_articles(self, with_analysis: bool = True) -> Iterator[tuple[Article, Analysis | None]]:
        """Every stored article (duplicates included) in id order, with its analysis if asked."""
        last = ""
        cols = [S.articles]
        joined = S.articles
        if with_analysis:
            cols.append(S.analyses.c.data.label("analysis"))
            joined = S.articles.outerjoin(S.analyses, S.analyses.c.article_id == S.articles.c.id)
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(*cols).select_from(joined).where(S.articles.c.id > last).order_by(S.articles.c.id).limit(200)
                ).all()
            if not rows:
                return
            for row in rows:
                yield _article_from_row(row)
            last = rows[-1].id

    def articles(self, *, source: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 duplicates: bool = False, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """A page of articles (newest first) without their text."""
        limit, offset = _clamp(limit, offset)
        a = S.articles
        conds = _article_conds(source=source, date_from=_check_date("date_from", date_from),
                               date_to=_check_date("date_to", date_to))
        if not duplicates:
            conds.append(a.c.duplicate_of.is_(None))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(a).where(*conds)).scalar_one()
            rows = conn.execute(
                select(a.c.id, a.c.title, a.c.source, a.c.url, a.c.published, a.c.duplicate_of)
                .where(*conds).order_by(a.c.published.desc(), a.c.id).limit(limit).offset(offset)
            ).all()
        return {"total": total, "articles": [dict(r._mapping) for r in rows]}

    # -------------------------------------------------------------- search

    def search(
        self, q: str, *, limit: int = 20, offset: int = 0, date_from: str | None = None,
        date_to: str | None = None, country: str | None = None, event_type: str | None = None,
        source: str | None = None, entity: str | None = None,
    ) -> dict[str, Any]:
        """Ranked full-text search with filters: {"total", "hits": [{article_id, title, published, source,
        snippet (HTML with <mark>), score}]}. Raises SearchSyntaxError for a query or filter to fix."""
        limit, offset = _clamp(limit, offset)
        query = parse_query(q or "")
        conds = _article_conds(
            source=source, date_from=_check_date("date_from", date_from), date_to=_check_date("date_to", date_to),
            country=_country_code(country), event_type=event_type, entity=entity,
        )
        a = S.articles
        with self.engine.begin() as conn:
            self.fulltext.prepare(conn)
            if not query:
                if (q or "").strip():  # the user typed only punctuation: nothing can match
                    return {"total": 0, "hits": [], "terms": []}
                conds.append(a.c.duplicate_of.is_(None))
                total = conn.execute(select(func.count()).select_from(a).where(*conds)).scalar_one()
                rows = conn.execute(
                    select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.text, sa.literal(0.0).label("score"))
                    .where(*conds).order_by(a.c.published.desc(), a.c.id).limit(limit).offset(offset)
                ).all()
            else:
                ft = self.fulltext
                base = ft.from_clause().join(a, a.c.id == S.search_docs.c.article_id)
                where = [ft.match(query), *conds]
                total = conn.execute(select(func.count()).select_from(base).where(*where)).scalar_one()
                score = ft.score(query).label("score")
                rows = conn.execute(
                    select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.text, score)
                    .select_from(base).where(*where)
                    .order_by(sa.desc("score"), a.c.published.desc(), a.c.id).limit(limit).offset(offset)
                ).all()
        terms = query.terms
        hits = [
            {
                "article_id": r.id, "title": r.title, "published": r.published, "source": r.source,
                "snippet": make_snippet(r.text, terms, _body_start(r.text, r.title)),
                "score": round(float(r.score or 0.0), 4),
            }
            for r in rows
        ]
        return {"total": total, "hits": hits, "terms": sorted(terms)}

    # -------------------------------------------------------------- events, entities, incidents

    def events(
        self, *, type: str | None = None, country: str | None = None, actor: str | None = None,
        date_from: str | None = None, date_to: str | None = None, q: str | None = None,
        article_id: str | None = None, include_background: bool = True, located: bool = False,
        limit: int = 100, offset: int = 0,
    ) -> dict[str, Any]:
        """A page of events, newest first, with the title/source of their article."""
        limit, offset = _clamp(limit, offset)
        e, a = S.events, S.articles
        conds = []
        if type:
            conds.append(e.c.type.in_([t.strip() for t in type.split(",") if t.strip()]))
        if country:
            conds.append(e.c.country == _country_code(country))
        if actor:
            conds.append(or_(e.c.actor1_entity == actor, e.c.actor2_entity == actor, _words_in(e.c.terms, actor)))
        if (d := _check_date("date_from", date_from)) is not None:
            conds.append(e.c.date_key >= d)
        if (d := _check_date("date_to", date_to)) is not None:
            conds.append(e.c.date_key <= _date_upper(d))
        if article_id:
            conds.append(e.c.article_id == article_id)
        if not include_background:
            conds.append(or_(e.c.background.is_(None), e.c.background.is_(False)))
        if located:  # only events with coordinates (the map)
            conds.append(and_(e.c.lat.is_not(None), e.c.lon.is_not(None)))
        if q:
            query = parse_query(q)
            for term in query.terms:
                conds.append(e.c.terms.like(f"% {term} %"))
        # Take the page of events first, then join their articles: joining every event
        # before sorting costs a read of each article row (long texts) per event.
        page = (select(e).where(*conds).order_by(e.c.date_key.desc(), e.c.event_id)
                .limit(limit).offset(offset).subquery())
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(e).where(*conds)).scalar_one()
            rows = conn.execute(
                select(page, a.c.title, a.c.source, a.c.published, a.c.url)
                .select_from(page.join(a, a.c.id == page.c.article_id))
                .order_by(page.c.date_key.desc(), page.c.event_id)
            ).all()
        return {"total": total, "events": [_event_row(r) for r in rows]}

    def event_counts(self, *, by: str = "day", **filters: Any) -> list[dict[str, Any]]:
        """Counts of events per date (day or month) and type, for the timeline."""
        e = S.events
        width = 7 if by == "month" else 10
        bucket = func.substr(e.c.date_key, 1, width).label("bucket")
        conds = []
        if filters.get("type"):
            conds.append(e.c.type == filters["type"])
        if filters.get("country"):
            conds.append(e.c.country == _country_code(filters["country"]))
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(bucket, e.c.type, func.count().label("n"))
                .where(e.c.date_key.is_not(None), *conds).group_by(bucket, e.c.type).order_by(bucket)
            ).all()
        return [{"date": r.bucket, "type": r.type, "count": r.n} for r in rows]

    def entities(self, *, q: str | None = None, type: str | None = None, kind: str | None = None,
                 country: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Entities across the store, most widely reported first."""
        limit, offset = _clamp(limit, offset)
        en = S.entities
        conds = []
        if q:
            conds.append(or_(en.c.entity_id == q, _words_in(en.c.name_norm, q)))
        if type:
            conds.append(en.c.type == type)
        if kind:
            conds.append(en.c.kind == kind)
        if country:
            conds.append(en.c.country == _country_code(country))
        n_articles = func.count(sa.distinct(en.c.article_id)).label("articles")
        stmt = (
            select(en.c.entity_id, func.max(en.c.name).label("name"), func.max(en.c.name_ar).label("name_ar"),
                   func.max(en.c.type).label("type"), func.max(en.c.kind).label("kind"),
                   func.max(en.c.country).label("country"), n_articles,
                   func.sum(en.c.mention_count).label("mentions"))
            .where(*conds).group_by(en.c.entity_id)
        )
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
            rows = conn.execute(stmt.order_by(sa.desc("articles"), en.c.entity_id).limit(limit).offset(offset)).all()
        return {"total": total, "entities": [
            {**dict(r._mapping), "mentions": int(r.mentions or 0)} for r in rows
        ]}

    def entity(self, entity_id: str, *, limit: int = 100) -> dict[str, Any] | None:
        """One entity: its names, mentions, quotes by and about it, events as actor and as target."""
        en, m, qt, a = S.entities, S.mentions, S.quotes, S.articles
        with self.engine.connect() as conn:
            rows = conn.execute(select(en).where(en.c.entity_id == entity_id)).all()
            if not rows:
                return None
            names = {r.name for r in rows if r.name}
            aliases: set[str] = set()
            for r in rows:
                aliases.update(json.loads(r.aliases or "[]"))
            first = rows[0]
            mention_rows = conn.execute(
                select(m.c.article_id, m.c.span_start, m.c.span_end, m.c.span_text, m.c.type, a.c.title, a.c.published)
                .select_from(m.join(a, a.c.id == m.c.article_id)).where(m.c.entity_id == entity_id)
                .order_by(a.c.published.desc(), m.c.article_id, m.c.span_start).limit(limit)
            ).all()
            quote_cols = (qt.c.article_id, qt.c.span_start, qt.c.span_end, qt.c.span_text, qt.c.speaker, a.c.title)
            quotes_by = conn.execute(
                select(*quote_cols).select_from(qt.join(a, a.c.id == qt.c.article_id))
                .where(qt.c.speaker_entity == entity_id).order_by(a.c.published.desc()).limit(limit)
            ).all()
            # "About": a mention of the entity lies inside the quoted text.
            quotes_about = conn.execute(
                select(*quote_cols).distinct().select_from(
                    qt.join(a, a.c.id == qt.c.article_id).join(m, and_(
                        m.c.article_id == qt.c.article_id, m.c.entity_id == entity_id,
                        m.c.span_start >= qt.c.span_start, m.c.span_end <= qt.c.span_end)))
                .where(or_(qt.c.speaker_entity.is_(None), qt.c.speaker_entity != entity_id)).limit(limit)
            ).all()
        ev_actor = self._events_where(S.events.c.actor1_entity == entity_id, limit)
        ev_target = self._events_where(S.events.c.actor2_entity == entity_id, limit)
        return {
            "entity_id": entity_id, "name": first.name, "name_ar": first.name_ar, "type": first.type,
            "kind": first.kind, "country": first.country, "names": sorted(names), "aliases": sorted(aliases),
            "articles": len({r.article_id for r in rows}),
            "mentions": [
                {"article_id": r.article_id, "title": r.title, "published": r.published, "type": r.type,
                 "span": {"start": r.span_start, "end": r.span_end, "text": r.span_text}}
                for r in mention_rows
            ],
            "quotes_by": [_quote_row(r) for r in quotes_by],
            "quotes_about": [_quote_row(r) for r in quotes_about],
            "events_as_actor": ev_actor,
            "events_as_target": ev_target,
        }

    def _events_where(self, cond: Any, limit: int) -> list[dict[str, Any]]:
        e, a = S.events, S.articles
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(e, a.c.title, a.c.source, a.c.published, a.c.url)
                .select_from(e.join(a, a.c.id == e.c.article_id)).where(cond)
                .order_by(e.c.date_key.desc(), e.c.event_id).limit(limit)
            ).all()
        return [_event_row(r) for r in rows]

    def incidents(self, *, type: str | None = None, country: str | None = None,
                  date_from: str | None = None, date_to: str | None = None,
                  limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """A page of incidents (newest first), each with the articles that reported it."""
        limit, offset = _clamp(limit, offset)
        i, ia, a = S.incidents, S.incident_articles, S.articles
        conds = []
        if type:
            conds.append(i.c.type == type)
        if country:
            conds.append(i.c.country == _country_code(country))
        if (d := _check_date("date_from", date_from)) is not None:
            conds.append(i.c.date >= d)
        if (d := _check_date("date_to", date_to)) is not None:
            conds.append(i.c.date <= _date_upper(d))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(i).where(*conds)).scalar_one()
            rows = conn.execute(
                select(i).where(*conds).order_by(i.c.date.desc(), i.c.id).limit(limit).offset(offset)
            ).all()
            ids = [r.id for r in rows]
            sources: dict[str, list[dict[str, Any]]] = {x: [] for x in ids}
            if ids:
                for r in conn.execute(
                    select(ia.c.incident_id, a.c.id, a.c.title, a.c.source, a.c.url, a.c.published)
                    .select_from(ia.join(a, a.c.id == ia.c.article_id)).where(ia.c.incident_id.in_(ids))
                    .order_by(a.c.published)
                ):
                    sources[r.incident_id].append(
                        {"article_id": r.id, "title": r.title, "source": r.source, "url": r.url,
                         "published": r.published})
        out = []
        for r in rows:
            item = {k: v for k, v in r._mapping.items() if k != "data"}
            item["event_ids"] = json.loads(r.data).get("event_ids", [])
            item["articles"] = sources[r.id]
            out.append(item)
        return {"total": total, "incidents": out}

    def sources(self) -> list[str]:
        """The distinct sources of stored articles."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(S.articles.c.source).where(S.articles.c.source.is_not(None))
                                .group_by(S.articles.c.source).order_by(S.articles.c.source)).scalars()
            return list(rows)

    # -------------------------------------------------------------- stats

    def stats(self) -> dict[str, Any]:
        """Counts of everything stored; duplicates split into exact and near copies."""
        a = S.articles
        orig = a.alias("orig")
        with self.engine.connect() as conn:
            def count(table: sa.Table, *where: Any) -> int:
                return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()

            total = count(a)
            duplicates = count(a, a.c.duplicate_of.is_not(None))
            exact = conn.execute(
                select(func.count()).select_from(a.join(orig, orig.c.id == a.c.duplicate_of))
                .where(a.c.content_hash == orig.c.content_hash)
            ).scalar_one()
            out: dict[str, Any] = {
                "articles": total,
                "unique_articles": total - duplicates,
                "duplicates": duplicates,
                "duplicates_exact": exact,
                "duplicates_near": duplicates - exact,
                "analyzed": count(S.analyses),
                "analysis_errors": int(conn.execute(select(func.coalesce(func.sum(S.analyses.c.errors), 0)))
                                       .scalar_one()),
                "mentions": count(S.mentions),
                "entities": conn.execute(select(func.count(sa.distinct(S.entities.c.entity_id)))).scalar_one(),
                "times": count(S.times),
                "quantities": count(S.quantities),
                "quotes": count(S.quotes),
                "statements": count(S.statements),
                "events": count(S.events),
                "incidents": count(S.incidents),
                "problems": count(S.problems),
            }
            out["by_source"] = {
                (r.source or "unknown"): r.n for r in conn.execute(
                    select(a.c.source, func.count().label("n")).group_by(a.c.source).order_by(sa.desc("n"))
                )
            }
            out["events_by_type"] = {
                r.type: r.n for r in conn.execute(
                    select(S.events.c.type, func.count().label("n")).group_by(S.events.c.type)
                    .order_by(sa.desc("n"))
                )
            }
            dates = conn.execute(select(func.min(a.c.published), func.max(a.c.published))).one()
            out["published_from"], out["published_to"] = dates[0], dates[1]
        out["backend"] = self.dialect
        return out


# ------------------------------------------------------------------ rows in and out


class _Rows:
    """The rows of every table for a batch of articles, inserted table by table."""

    def __init__(self) -> None:
        self.by_table: dict[sa.Table, list[dict[str, Any]]] = {t: [] for t in (S.articles, *S.PER_ARTICLE)}

    def add(self, art: Article, analysis: Analysis | None, signature: bytes | None) -> None:
        self.by_table[S.articles].append({
            "id": art.id, "source": art.source, "url": art.url, "published": art.published,
            "published_precision": art.published_precision, "title": art.title, "text": art.text,
            "blocks": json.dumps([[b.kind, b.start, b.end] for b in art.blocks]),
            "meta": json.dumps(art.meta, ensure_ascii=False, default=str) if art.meta else None,
            "path": art.path, "duplicate_of": art.duplicate_of, "content_hash": _content_hash(art.text),
            "signature": signature, "created": _now(),
        })
        if art.duplicate_of:
            return  # stored, never dropped; but not analyzed and not searchable twice
        self.by_table[S.search_docs].append(Store._search_row(art.id, art.title, art.text))
        if analysis is not None:
            self._analysis(art, analysis)

    def _analysis(self, art: Article, an: Analysis) -> None:
        aid = art.id
        t = self.by_table
        t[S.analyses].append({"article_id": aid, "data": json.dumps(to_dict(an), ensure_ascii=False),
                              "errors": len(an.errors)})
        mention_counts: dict[str, int] = {}
        for m in an.mentions:
            t[S.mentions].append({"article_id": aid, **_span_cols(m.span), "type": m.type, "entity_id": m.entity_id,
                                  "source": m.source, "confidence": m.confidence})
            if m.entity_id:
                mention_counts[m.entity_id] = mention_counts.get(m.entity_id, 0) + 1
        for ent in an.entities:
            t[S.entities].append({
                "article_id": aid, "entity_id": ent.id, "name": ent.name, "name_ar": ent.name_ar,
                "type": ent.type, "kind": ent.kind, "country": ent.country,
                "aliases": json.dumps(ent.aliases, ensure_ascii=False),
                "mention_count": mention_counts.get(ent.id, len(ent.mentions)),
                "name_norm": _lookup_key(ent.name, ent.name_ar, *ent.aliases, *ent.mentions),
            })
        for x in an.times:
            t[S.times].append({"article_id": aid, **_span_cols(x.span), "value": x.value, "type": x.type,
                               "precision": x.precision, "resolution": x.resolution})
        for x in an.quantities:
            t[S.quantities].append({"article_id": aid, **_span_cols(x.span), "value": float(x.value),
                                    "unit": x.unit, "approx": x.approx})
        for x in an.quotes:
            t[S.quotes].append({"article_id": aid, **_span_cols(x.span), "speaker": x.speaker,
                                "speaker_entity": x.speaker_entity, "channel": x.channel, "direct": x.direct})
        for x in an.statements:
            t[S.statements].append({"article_id": aid, "stance": x.stance, "speaker": x.speaker,
                                    "speaker_entity": x.speaker_entity, **_span_cols(x.about, "about"),
                                    **_span_cols(x.cue, "cue")})
        seen: set[str] = set()
        for i, ev in enumerate(an.events):
            eid = event_id(aid, i, ev)
            if eid in seen:  # an extractor bug must not abort the batch
                eid = f"{aid}:e{i}"
            seen.add(eid)
            place = ev.place
            where_words = " ".join(filter(None, [
                ev.evidence.text if ev.evidence else "", ev.actor1, ev.actor2,
                place.name if place else None, ev.trigger.text if ev.trigger else None,
            ]))
            t[S.events].append({
                "event_id": eid, "article_id": aid, "seq": i, "type": ev.type, "date": ev.date,
                "date_key": ev.date or art.published,
                "country": place.country if place else None, "admin1": place.admin1 if place else None,
                "place": place.name if place else None, "lat": place.lat if place else None,
                "lon": place.lon if place else None,
                "actor1": ev.actor1, "actor1_entity": ev.actor1_entity,
                "actor2": ev.actor2, "actor2_entity": ev.actor2_entity,
                "killed": ev.killed if ev.killed is not None else ev.killed_min,
                "injured": ev.injured if ev.injured is not None else ev.injured_min,
                "claim": ev.claim, "certainty": ev.certainty, "background": ev.background,
                "confidence": ev.confidence, "rule": ev.rule, **_span_cols(ev.evidence, "evidence"),
                "terms": _lookup_key(where_words, ev.actor1, ev.actor2),
            })

    def write(self, conn: Connection) -> None:
        for table, rows in self.by_table.items():  # articles first: the others reference it
            if rows:
                conn.execute(table.insert(), rows)


def _article_from_row(row: Any) -> tuple[Article, Analysis | None]:
    art = Article(
        id=row.id, text=row.text, blocks=[Block(k, s, e) for k, s, e in json.loads(row.blocks)],
        source=row.source, url=row.url, published=row.published, published_precision=row.published_precision,
        path=row.path, duplicate_of=row.duplicate_of, meta=json.loads(row.meta) if row.meta else {},
    )
    data = getattr(row, "analysis", None)
    return art, (from_dict(Analysis, json.loads(data)) if data else None)


def _body_start(text: str, title: str | None) -> int:
    """Where the body begins: snippets skip the title, which a hit shows anyway."""
    if title and text.startswith(title):
        rest = len(title)
        while rest < len(text) and text[rest].isspace():
            rest += 1
        return rest if rest < len(text) else 0
    return 0


def _event_row(r: Any) -> dict[str, Any]:
    return {
        "event_id": r.event_id, "article_id": r.article_id, "seq": r.seq, "title": r.title, "source": r.source,
        "published": r.published, "url": r.url, "type": r.type, "date": r.date, "date_key": r.date_key,
        "country": r.country, "admin1": r.admin1, "place": r.place, "lat": r.lat, "lon": r.lon,
        "actor1": r.actor1, "actor1_entity": r.actor1_entity, "actor2": r.actor2, "actor2_entity": r.actor2_entity,
        "killed": r.killed, "injured": r.injured, "claim": r.claim, "certainty": r.certainty,
        "background": bool(r.background), "confidence": r.confidence, "rule": r.rule,
        "evidence": {"start": r.evidence_start, "end": r.evidence_end, "text": r.evidence_text},
    }


def _quote_row(r: Any) -> dict[str, Any]:
    return {"article_id": r.article_id, "title": r.title, "speaker": r.speaker,
            "span": {"start": r.span_start, "end": r.span_end, "text": r.span_text}}


def _article_conds(*, source: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   country: str | None = None, event_type: str | None = None,
                   entity: str | None = None) -> list[Any]:
    """Filters on articles shared by search and listing."""
    a, e, en = S.articles, S.events, S.entities
    conds: list[Any] = []
    if source:
        conds.append(a.c.source == source)
    if date_from:
        conds.append(a.c.published >= date_from)
    if date_to:
        conds.append(a.c.published <= _date_upper(date_to))
    if country:
        # About a country: an event there, or a place in it is named.
        conds.append(or_(
            sa.exists().where(e.c.article_id == a.c.id, e.c.country == country),
            sa.exists().where(en.c.article_id == a.c.id, en.c.country == country, en.c.type == "LOC"),
        ))
    if event_type:
        conds.append(sa.exists().where(e.c.article_id == a.c.id, e.c.type == event_type))
    if entity:
        conds.append(sa.exists().where(en.c.article_id == a.c.id, or_(
            en.c.entity_id == entity, func.lower(en.c.name) == entity.lower(), _words_in(en.c.name_norm, entity))))
    return conds


__all__ = ["Store", "open_store", "event_id", "SearchSyntaxError", "engine_url"]
