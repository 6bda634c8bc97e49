"""Recall campaigns (R1–R5): opening, the orders in one step, where each unit is, letters, units that come back."""
