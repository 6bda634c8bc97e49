"""PyInstaller runtime hook: runs before the program in the frozen build.

Alembic loads the migration scripts from disk as ``.py`` files; without this, Python
would try to write ``__pycache__`` folders into the installation folder (read-only
under Program Files for users, and files an uninstall would leave behind for admins).
"""

import sys

sys.dont_write_bytecode = True
