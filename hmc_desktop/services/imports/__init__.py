"""Importing order and device files (CONTRACT "Import format"): the ORM route per row and the bulk route for new orders."""
