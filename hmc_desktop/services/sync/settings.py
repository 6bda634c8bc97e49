"""The sync settings, kept in the key/value ``settings`` table so every workstation shares them.

Keys: ``sync.intake_dir`` and ``sync.outbox_dir`` (folders; empty = not configured),
``sync.stable_seconds`` (how long a dropped file must stay unchanged before it is read,
default 2) and ``sync.interval_seconds`` (how often the window looks, default 5).
Folders on a file server should be given as UNC paths (``\\\\server\\hmc\\intake``):
a drive letter means something else on each workstation.
"""

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from hmc_desktop.db.models import Setting
from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.permissions import Action
from hmc_desktop.services.core.audit import record
from hmc_desktop.services.core.context import ServiceContext

INTAKE_DIR = "sync.intake_dir"
OUTBOX_DIR = "sync.outbox_dir"
STABLE_SECONDS = "sync.stable_seconds"
INTERVAL_SECONDS = "sync.interval_seconds"
KEYS = (INTAKE_DIR, OUTBOX_DIR, STABLE_SECONDS, INTERVAL_SECONDS)

@dataclass(frozen=True, slots=True)
class SyncSettings:
    """Where the intake and the outbox are, and how patient the intake is."""

    intake_dir: Path | None = None
    outbox_dir: Path | None = None
    stable_seconds: float = 2.0
    interval_seconds: float = 5.0

    @property
    def configured(self) -> bool:
        return self.intake_dir is not None or self.outbox_dir is not None

    def overridden(self, intake: str | Path | None = None,
                   outbox: str | Path | None = None) -> "SyncSettings":
        """These settings with folders given on the command line (``--intake``/``--outbox``)."""
        return replace(self,
                       intake_dir=Path(intake) if intake else self.intake_dir,
                       outbox_dir=Path(outbox) if outbox else self.outbox_dir)


def _seconds(text: str | None, default: float) -> float:
    try:
        value = float(text) if text else default
    except ValueError:
        return default
    return value if value >= 0 else default


def load_sync_settings(ctx: ServiceContext) -> SyncSettings:
    """The stored sync settings (defaults for whatever is not set)."""
    with ctx.db.reading() as session:
        stored = {key: value for key, value in session.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_(KEYS)))}
    intake = (stored.get(INTAKE_DIR) or "").strip()
    outbox = (stored.get(OUTBOX_DIR) or "").strip()
    return SyncSettings(
        intake_dir=Path(intake) if intake else None,
        outbox_dir=Path(outbox) if outbox else None,
        stable_seconds=_seconds(stored.get(STABLE_SECONDS), 2.0),
        interval_seconds=_seconds(stored.get(INTERVAL_SECONDS), 5.0),
    )


def save_sync_settings(ctx: ServiceContext, settings: SyncSettings) -> None:
    """Store the sync settings (administrators only; audited, W10)."""
    user = ctx.user
    user.require(Action.EDIT_SETTINGS)
    if settings.stable_seconds < 0 or settings.interval_seconds <= 0:
        raise ValidationError("sync_seconds", field="stable_seconds")
    values = {
        INTAKE_DIR: str(settings.intake_dir or ""),
        OUTBOX_DIR: str(settings.outbox_dir or ""),
        STABLE_SECONDS: f"{settings.stable_seconds:g}",
        INTERVAL_SECONDS: f"{settings.interval_seconds:g}",
    }
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        rows = {s.key: s for s in session.scalars(select(Setting).where(Setting.key.in_(KEYS)))}
        for key, value in values.items():
            row = rows.get(key)
            old = row.value if row is not None else None
            if old == value:
                continue
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            record(session, who=user.login, at=now, entity="setting", key=key,
                   action="change", field="value", old=old, new=value)
