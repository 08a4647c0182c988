"""Ingest: mail sources, the daemon that polls them, and the pipeline that parses,
analyses (links and detects) and stores every message exactly once.

    sources/  -> daemon -> pipeline -> parsing, analysis -> models
"""
