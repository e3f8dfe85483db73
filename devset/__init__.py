"""Hand-written, hand-annotated development set for the meeting extractor, and its scorer.

See devset/README.md. Nothing in this package imports the extractor: it is the yardstick.
"""
