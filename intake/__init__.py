"""intake: mail ingest, linking, personal-data detection and retention for proESS AS."""
