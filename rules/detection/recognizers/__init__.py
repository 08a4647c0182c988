"""One recognizer per module; `rules.detection.registry` decides which ones run."""
