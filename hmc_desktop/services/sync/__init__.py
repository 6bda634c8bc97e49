"""Sync with the ordering system and the other workstations: the intake folder, the outbox, the sync log and settings, and the change listener."""
