"""Scorers: gold files, NER corpora, TimeML, coded event sentences."""
