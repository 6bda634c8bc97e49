"""Domain errors: each carries one sentence a person understands, in English and Swedish.

The English text is what the command line prints; the GUI shows the Swedish (or
English) text from :meth:`DomainError.message`. Keeping both here, keyed, means a
rule's wording lives in one place whatever the interface.
"""

from typing import Any

from hmc_desktop.domain.messages import render


class DomainError(Exception):
    """A rule of the trade refused an action."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(render(key, "en", params))

    def message(self, lang: str = "sv") -> str:
        """The sentence in ``lang`` ('sv' or 'en')."""
        return render(self.key, lang, self.params)


class IllegalTransition(DomainError):
    """An order or device cannot move from its current status to the requested one."""


class NotAllowed(DomainError):
    """The logged-in person's role does not allow the action."""


class NotFound(DomainError):
    """No such order, device, shipment …"""


class ValidationError(DomainError):
    """Input that breaks a rule (bad personnummer, unknown type, too large attachment …)."""

    def __init__(self, key: str, /, field: str | None = None, **params: Any) -> None:
        super().__init__(key, **params)
        self.field = field


class Unusable(DomainError):
    """The database, an input or the identity cannot be used at all (the command line exits 2)."""
