"""The device card: one device's history, recalls and inspections."""
