"""Processing stages of the crawler: clean → dedupe → extract → store.

Every module here is plain Python that knows nothing of Scrapy, so the same code runs in
the Scrapy pipeline (see :mod:`pipelines.adapters`), in tests, in benchmarks and in
re-extraction over the archive.
"""
