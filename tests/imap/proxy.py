"""A loopback TCP proxy in front of Dovecot that can cut a connection in the middle of a server reply."""

from __future__ import annotations

import socket
import threading
from contextlib import closing


class CuttingProxy:
    """Forwards connections to ``target_port``; the first connection is cut once the server has
    sent ``cut_after_bytes`` bytes (e.g. in the middle of a FETCH literal). Later connections pass."""

    def __init__(self, target_port: int, cut_after_bytes: int):
        self._target_port = target_port
        self._cut_after = cut_after_bytes
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self.cut = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            server = socket.create_connection(("127.0.0.1", self._target_port))
            limit = self._cut_after if self.connections == 1 else None
            threading.Thread(target=self._pipe, args=(client, server, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, limit), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, limit: int | None) -> None:
        sent = 0
        with closing(source), closing(target):
            while True:
                try:
                    data = source.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                if limit is not None and sent + len(data) >= limit:
                    target.sendall(data[:limit - sent])
                    self.cut.set()
                    for sock in (source, target):
                        sock.shutdown(socket.SHUT_RDWR)
                    return
                try:
                    target.sendall(data)
                except OSError:
                    return
                sent += len(data)
