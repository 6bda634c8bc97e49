"""Logging: everything to a rotating file in the per-user log folder; the console gets sentences only."""

import logging
import logging.handlers
import os
from pathlib import Path

from hmc_desktop.paths import log_dir


def setup_logging() -> Path:
    """Configure the root logger; returns the log file's path."""
    folder = Path(os.environ.get("HMC_LOG_DIR") or log_dir())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hmc-desktop.log"
    root = logging.getLogger()
    for old in root.handlers:
        if getattr(old, "baseFilename", None) == str(path):
            return path  # already logging there (main() called again in one process)
        old.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    return path
