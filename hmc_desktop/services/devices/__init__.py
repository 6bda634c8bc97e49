"""The device card and its history (D1, D3), and returned devices and their reconditioning (S4, D2)."""
