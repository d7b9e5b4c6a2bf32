"""Named-entity tagging: features, training and the shipped CRF tagger."""
