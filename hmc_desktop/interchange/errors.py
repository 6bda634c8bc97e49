"""The two kinds of import problem: a file that cannot be read at all, and a bad row; and a
row as read (before validation)."""

from dataclasses import dataclass

from hmc_desktop.domain.errors import DomainError


class InterchangeError(Exception):
    """The whole file is unreadable (exit code 2): ``str(err)`` is ``FILE: reason``."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")


@dataclass(slots=True)
class RawRow:
    """One row as read: ``values`` holds only the keys present in it (normalised names)."""

    line: int
    values: dict[str, object]


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem in one row: the row is rejected, the rest of the file is not."""

    line: int
    field: str
    reason: str

    def format(self, filename: str) -> str:
        """``FILE:LINE: FIELD: reason`` on one line (CONTRACT "Import format")."""
        reason = self.reason.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
        return f"{filename}:{self.line}: {self.field}: {reason}"


def reason_of(err: DomainError) -> str:
    """A domain error's English sentence as a row-error reason (lowercase first letter)."""
    text = str(err)
    return text[:1].lower() + text[1:]
