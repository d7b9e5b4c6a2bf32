"""The store (SQLite by default, PostgreSQL by URL) and its Arabic full-text search."""

from rasd.store.query import SearchSyntaxError
from rasd.store.store import Store, engine_url, event_id, open_store

__all__ = ["Store", "open_store", "event_id", "engine_url", "SearchSyntaxError"]
