"""hmc_desktop: the workstation program of a Swedish Hjälpmedelscentral (assistive-devices centre).

Importing the package does not import Qt; :func:`create_main_window` does, when called.
"""

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hmc_desktop.ui.shell.main_window import MainWindow

__all__ = ["create_main_window"]


def create_main_window(db_url: str | None = None,
                       as_of: str | datetime | None = None) -> "MainWindow":
    """The main window, not yet shown, for an existing ``QApplication`` (CONTRACT "Embedding").

    ``db_url``: SQLAlchemy URL (default: HMC_DB_URL, else the per-user SQLite file);
    ``as_of``: the program's 'now', 'YYYY-MM-DD HH:MM' local time or a datetime.
    """
    from hmc_desktop.app import create_main_window as create

    return create(db_url, as_of)
