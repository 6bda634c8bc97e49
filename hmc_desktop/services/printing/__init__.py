"""Printing documents: content assembled from the database, recorded in the device's history, re-printed identically."""
