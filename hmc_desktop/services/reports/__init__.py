"""Lead-time compliance (C5) and the billing basis: the figures, the kept counts and the report's content."""
