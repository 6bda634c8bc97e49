"""The work-order queue (P1, P2, W5): ids in order, rows by id, search, and the daily follow-up counted on the queue's own conditions."""
