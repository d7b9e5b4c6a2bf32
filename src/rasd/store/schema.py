"""The store's one schema (SQLAlchemy Core), shared by SQLite and PostgreSQL.

``articles`` and ``analyses`` hold everything needed to rebuild an Article and its
Analysis exactly (the analysis as the JSON of :func:`rasd.model.to_dict`). The other
tables flatten the analysis for querying; they are derived data, written in the
same transaction. ``search_docs`` holds the analyzed terms; only the full-text
index over it differs per backend (see :mod:`rasd.store.backends`).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = "1"

metadata = MetaData()


def _article_fk() -> Column:
    return Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


def _span(prefix: str = "span") -> list[Column]:
    return [Column(f"{prefix}_start", Integer), Column(f"{prefix}_end", Integer), Column(f"{prefix}_text", Text)]


meta_table = Table(
    "rasd_meta", metadata,
    Column("key", String, primary_key=True),
    Column("value", Text),
)

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("source", String),
    Column("url", Text),
    Column("published", String),  # ISO 8601 at any precision; string order is date order
    Column("published_precision", String),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("blocks", Text, nullable=False),  # JSON [[kind, start, end], ...]
    Column("meta", Text),  # JSON
    Column("path", Text),
    Column("duplicate_of", String),  # no FK: the first copy may sit later in the same batch
    Column("content_hash", String),  # of the normalized text: tells exact from near duplicates
    Column("signature", LargeBinary),  # dedup signature (MinHash), to seed the deduplicator
    Column("created", DateTime(timezone=True)),
    Index("ix_articles_published", "published"),
    Index("ix_articles_source", "source"),
    Index("ix_articles_duplicate_of", "duplicate_of"),
)

analyses = Table(
    "analyses", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("data", Text, nullable=False),  # JSON of the whole Analysis
    Column("errors", Integer, nullable=False, default=0),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    *_span(),
    Column("type", String),
    Column("entity_id", String),
    Column("source", String),
    Column("confidence", Float),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_entity", "entity_id"),
)

entities = Table(  # one row per entity per article
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("entity_id", String, nullable=False),
    Column("name", Text),
    Column("name_ar", Text),
    Column("type", String),
    Column("kind", String),
    Column("country", String),
    Column("aliases", Text),  # JSON list
    Column("mention_count", Integer),
    Column("name_norm", Text),  # normalized, lowercased names and aliases, for LIKE look-ups
    Index("ix_entities_article", "article_id"),
    Index("ix_entities_entity", "entity_id"),
    Index("ix_entities_country", "country"),
)

times = Table(
    "times", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    *_span(),
    Column("value", String),
    Column("type", String),
    Column("precision", String),
    Column("resolution", String),
    Index("ix_times_article", "article_id"),
)

quantities = Table(
    "quantities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    *_span(),
    Column("value", Float),
    Column("unit", String),
    Column("approx", String),
    Index("ix_quantities_article", "article_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    *_span(),
    Column("speaker", Text),
    Column("speaker_entity", String),
    Column("channel", Text),
    Column("direct", Boolean),
    Index("ix_quotes_article", "article_id"),
    Index("ix_quotes_speaker_entity", "speaker_entity"),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("stance", String),
    Column("speaker", Text),
    Column("speaker_entity", String),
    *_span("about"),
    *_span("cue"),
    Index("ix_statements_article", "article_id"),
    Index("ix_statements_speaker_entity", "speaker_entity"),
)

events = Table(
    "events", metadata,
    Column("event_id", String, primary_key=True),  # Event.id, else "<article_id>:e<index>"
    _article_fk(),
    Column("seq", Integer),  # index in Analysis.events
    Column("type", String),
    Column("date", String),
    Column("date_key", String),  # event date, else the article's publication date: for sorting/filtering
    Column("country", String),
    Column("admin1", String),
    Column("place", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("actor1", Text),
    Column("actor1_entity", String),
    Column("actor2", Text),
    Column("actor2_entity", String),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("claim", String),
    Column("certainty", String),
    Column("background", Boolean),
    Column("confidence", Float),
    Column("rule", String),
    *_span("evidence"),
    Column("terms", Text),  # " term term " of evidence, actors and place: the events' `q` filter
    Index("ix_events_article", "article_id"),
    Index("ix_events_type", "type"),
    Index("ix_events_country", "country"),
    Index("ix_events_date_key", "date_key"),
    Index("ix_events_actor1_entity", "actor1_entity"),
    Index("ix_events_actor2_entity", "actor2_entity"),
)

incidents = Table(
    "incidents", metadata,
    Column("id", String, primary_key=True),
    Column("type", String),
    Column("date", String),
    Column("country", String),
    Column("place", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("killed_min", Integer),
    Column("killed_max", Integer),
    Column("injured_min", Integer),
    Column("injured_max", Integer),
    Column("n_articles", Integer),
    Column("data", Text, nullable=False),  # JSON of the whole Incident
    Index("ix_incidents_date", "date"),
)

incident_articles = Table(
    "incident_articles", metadata,
    Column("incident_id", String, ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String, primary_key=True),
    Index("ix_incident_articles_article", "article_id"),
)

problems = Table(
    "problems", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text),
    Column("message", Text),
    Column("created", DateTime(timezone=True)),
)

search_docs = Table(
    "search_docs", metadata,
    Column("doc_id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("title_terms", Text, nullable=False),
    Column("body_terms", Text, nullable=False),
)

# Tables whose rows belong to one article (deleted with it, counted in stats).
PER_ARTICLE = (analyses, mentions, entities, times, quantities, quotes, statements, events, search_docs)
