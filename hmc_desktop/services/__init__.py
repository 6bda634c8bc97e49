"""Use cases: one method per user action, one transaction each; plain dataclasses out."""
