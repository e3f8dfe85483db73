"""The SQLite archive: schema (sqlite-utils) and the writer that stores processed articles."""
