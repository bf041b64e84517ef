"""One ITADesk per workspace, and files double-clicked while it runs sent to it.

The workspace lock (``app.lock_workspace``) keeps a second copy from writing the file. When
that second copy was started by double-clicking an ``.itadesk`` file on a USB stick, the
user still wants that file merged: so the running copy listens on a local socket named after
its workspace, and the second copy hands it the file's path instead of only refusing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 2000


def server_name(workspace: Path) -> str:
    digest = hashlib.sha1(str(workspace.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"itadesk-{digest}"


def send_to_running(workspace: Path, incoming: Path) -> bool:
    """Give ``incoming`` to the ITADesk that has ``workspace`` open; False if none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(workspace))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(str(incoming.resolve()).encode("utf-8") + b"\n")
    sent = socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(TIMEOUT_MS)
    return sent


class InstanceServer(QObject):
    """Listens for paths sent by later copies of ITADesk; emits ``file_received``."""

    file_received = Signal(str)

    def __init__(self, workspace: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(workspace)
        QLocalServer.removeServer(name)  # a socket file left by a copy that crashed
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll()))
                if buffer.endswith(b"\n"):
                    self.file_received.emit(buffer.decode("utf-8", "replace").strip())
                    socket.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
