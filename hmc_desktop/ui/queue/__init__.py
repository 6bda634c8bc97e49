"""The work-order queue: its model, filters, strip, details and the actions on the selected order."""
