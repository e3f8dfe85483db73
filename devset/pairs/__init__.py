"""Labelled near-duplicate pairs (see build.py)."""
