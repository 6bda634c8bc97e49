"""Registering work orders by phone, fax and at the counter (W1–W3, W6–W8): drafts, previews and look-ups."""
