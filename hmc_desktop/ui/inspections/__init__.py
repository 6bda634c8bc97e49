"""Inspections (besiktningar): plans, booking, the protocol dialog and its tab."""
