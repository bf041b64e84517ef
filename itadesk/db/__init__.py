"""SQLite storage for a workspace: schema and migrations, the clock, the store API.

Nothing in this package imports Qt; the window and the command line both go through
``open_workspace`` and ``Store``.
"""

from itadesk.db.connection import APPLICATION_ID, open_workspace
from itadesk.db.schema import SCHEMA_VERSION
from itadesk.db.store import Store

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "Store", "open_workspace"]
