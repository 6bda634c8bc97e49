"""Recalls (återkallelser): the tab, the affected units and the dialogs."""
