"""The one backend-specific piece of the store: the full-text index over ``search_docs``.

Both indexes are maintained by the database itself from ``search_docs`` (SQLite:
triggers into an external-content FTS5 table; PostgreSQL: a generated tsvector
column with a GIN index), so the Python write path is identical for both.
Titles weigh more than bodies in both rankings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event, func, literal_column, table, text
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause

from rasd.store.query import TermQuery
from rasd.store.schema import search_docs

TITLE_WEIGHT = 4.0
BODY_WEIGHT = 1.0

_SQLITE_DDL = [
    # unicode61 splits on spaces; our terms are already letters/digits, lowercased and stemmed.
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title_terms, body_terms, content='search_docs', content_rowid='doc_id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, title_terms, body_terms) VALUES (new.doc_id, new.title_terms, new.body_terms); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS search_docs_ad AFTER DELETE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) "
    "VALUES ('delete', old.doc_id, old.title_terms, old.body_terms); END",
    "CREATE TRIGGER IF NOT EXISTS search_docs_au AFTER UPDATE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms) "
    "VALUES ('delete', old.doc_id, old.title_terms, old.body_terms); "
    "INSERT INTO search_fts(rowid, title_terms, body_terms) VALUES (new.doc_id, new.title_terms, new.body_terms); "
    "END",
]

_PG_DDL = [
    "ALTER TABLE search_docs ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, title_terms), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, body_terms), 'B')) STORED",
    # fastupdate off: a bulk ingest must not leave a pending list that every search scans linearly.
    "CREATE INDEX IF NOT EXISTS ix_search_docs_tsv ON search_docs USING gin (tsv) WITH (fastupdate = off)",
]


@dataclass
class FullText:
    """How one backend matches and ranks a TermQuery against search_docs."""

    dialect: str

    def install(self, conn: Connection) -> None:
        for ddl in _SQLITE_DDL if self.dialect == "sqlite" else _PG_DDL:
            conn.execute(text(ddl))

    def prepare(self, conn: Connection) -> None:
        """Per-transaction settings for a search (call inside a transaction)."""
        if self.dialect == "postgresql":
            # The planner costs a sequential scan by table pages and ignores detoasting every
            # tsvector, so on news-sized stores it picks a seq scan that is 10x slower than the
            # GIN index. Searches always want the index.
            conn.execute(text("SET LOCAL enable_seqscan = off"))

    def optimize(self, engine: Engine) -> None:
        """Compact the index and refresh planner statistics (after a large ingest)."""
        if self.dialect == "sqlite":
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
                conn.execute(text("PRAGMA optimize"))
        else:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for name in ("articles", "search_docs", "events", "entities", "mentions"):
                    conn.execute(text(f"VACUUM ANALYZE {name}"))  # also flushes GIN's pending list

    def from_clause(self) -> FromClause:
        if self.dialect == "sqlite":
            fts = table("search_fts", literal_column("rowid"))
            return search_docs.join(fts, literal_column("search_fts.rowid") == search_docs.c.doc_id)
        return search_docs

    def match(self, query: TermQuery) -> ColumnElement[bool]:
        if self.dialect == "sqlite":
            return literal_column("search_fts").op("MATCH")(query.fts5())
        return literal_column("search_docs.tsv").op("@@")(func.to_tsquery(literal_column("'simple'"), query.tsquery()))

    def score(self, query: TermQuery) -> ColumnElement[float]:
        """Higher is better in both backends."""
        if self.dialect == "sqlite":
            return -func.bm25(literal_column("search_fts"), TITLE_WEIGHT, BODY_WEIGHT)
        # ts_rank weights are {D, C, B, A}; normalization 1 divides by 1 + log(length), like BM25 does.
        weights = f"{{0, 0, {BODY_WEIGHT / TITLE_WEIGHT}, 1.0}}"
        return func.ts_rank(
            literal_column(f"'{weights}'::float4[]"),
            literal_column("search_docs.tsv"),
            func.to_tsquery(literal_column("'simple'"), query.tsquery()),
            1,
        )


def configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys and a busy timeout on every connection."""

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; crash-safe commits
        cur.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; with WAL, never corrupt
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()
