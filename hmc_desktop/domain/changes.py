"""What an operation changed, as the audit log names it: (entity, key) pairs such as
``("order", "K-1")`` or ``("device", "H-7")`` — after Anki's ``OpChanges``.

The unit of work collects them from every committed transaction (the audit entries it
wrote, W10, and the keys bulk writes name); the other workstations hear the same pairs
through the change feed. A view reloads when a change touches what it shows, and can tell
its own writes from another workstation's by comparing the two.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LIMIT = 10_000  # more keys than this: "everything", as a view would reload anyway


@dataclass(frozen=True, slots=True)
class Changes:
    """An immutable set of changed (entity, key) pairs; ``everything``: too many to name."""

    keys: frozenset[tuple[str, str]] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, keys: Iterable[tuple[str, str]]) -> Changes:
        """The changes naming ``keys`` (or everything, past :data:`LIMIT` of them)."""
        found = frozenset(keys)
        if len(found) > LIMIT:
            return cls(everything=True)
        return cls(found)

    def __bool__(self) -> bool:
        return self.everything or bool(self.keys)

    def __or__(self, other: Changes) -> Changes:
        """Both changes at once (merging local and remote changes, or a run of operations)."""
        if self.everything or other.everything:
            return Changes(everything=True)
        return Changes.of(self.keys | other.keys)

    def __sub__(self, other: Changes) -> Changes:
        """What is left after ``other`` (a view's own writes) is taken out."""
        if self.everything:
            return self
        if other.everything:
            return Changes()
        return Changes(self.keys - other.keys)

    def touches(self, entity: str, key: str | None = None) -> bool:
        """Whether any ``entity`` (or that one ``key`` of it) changed."""
        if self.everything:
            return True
        if key is not None:
            return (entity, key) in self.keys
        return any(e == entity for e, _k in self.keys)

    def of_entity(self, entity: str) -> frozenset[str]:
        """The changed keys of ``entity`` (empty when ``everything``: ask :meth:`touches`)."""
        return frozenset(k for e, k in self.keys if e == entity)


NOTHING = Changes()
