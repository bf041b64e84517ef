"""Errors a user can be shown: each carries one clear Thai sentence saying what is wrong.

The store and the CLI raise these instead of letting sqlite3 or OS errors escape, so the
window and the command line can show the message as it is, never a traceback.
"""

from itadesk.messages import localize


class ITADeskError(Exception):
    """Base of every error whose message is meant for the user (in Thai; in English on a
    PC set to English, through ``itadesk.messages``)."""

    def __str__(self) -> str:
        return localize(super().__str__())


class WorkspaceError(ITADeskError):
    """The workspace file cannot be opened: missing, not ours, too new, damaged."""


class DamagedWorkspaceError(WorkspaceError):
    """The workspace file is ours but damaged: a backup can be offered in its place."""


class StoreError(ITADeskError):
    """An edit could not be saved (disk full, read-only file, bad value)."""


class Cancelled(Exception):
    """Raised by a progress callback when the user cancels; the work is rolled back (no file
    written, no row changed). Not an ITADeskError: nothing went wrong."""


class WorkspaceBusyError(WorkspaceError):
    """The workspace is held by another program or another ITADesk right now: wait and try
    again. Never damage, so never a reason to offer a backup in its place."""


class WorkspaceInUseError(WorkspaceBusyError):
    """Another ITADesk (the window or a command) holds the workspace's writer lock."""


class DiskFullError(WorkspaceError):
    """The disk holding the workspace has no room left: free some and try again. Not damage."""
