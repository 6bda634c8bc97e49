"""Reproducible, realistic demo data in bulk (CONTRACT `demo`)."""
