"""A loopback TCP proxy that stages network faults between intake and a real server.

``cut_first_after`` cuts the first connection once the server has sent that many bytes
(e.g. in the middle of an IMAP FETCH literal); ``down()`` cuts every connection and
refuses new ones until ``up()`` (a database that goes away and comes back).
"""

from __future__ import annotations

import socket
import threading
from contextlib import closing


class FaultyProxy:
    def __init__(self, target_port: int, cut_first_after: int | None = None):
        self._target_port = target_port
        self._cut_first_after = cut_first_after
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self.cut = threading.Event()
        self._up = True
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def down(self) -> None:
        with self._lock:
            self._up = False
            for sock in self._open:
                _shutdown(sock)
            self._open.clear()

    def up(self) -> None:
        with self._lock:
            self._up = True

    def close(self) -> None:
        self.down()
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:  # decided under the lock, so nothing slips through while down() cuts
                if not self._up:
                    client.close()
                    continue
                server = socket.create_connection(("127.0.0.1", self._target_port))
                self._open += [client, server]
                self.connections += 1
                limit = self._cut_first_after if self.connections == 1 else None
            threading.Thread(target=self._pipe, args=(client, server, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, limit), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, limit: int | None) -> None:
        sent = 0
        with closing(source), closing(target):
            while True:
                try:
                    data = source.recv(65536)
                    if not data:
                        return
                    if limit is not None and sent + len(data) >= limit:
                        target.sendall(data[:limit - sent])
                        self.cut.set()
                        _shutdown(source)
                        _shutdown(target)
                        return
                    target.sendall(data)
                except OSError:
                    return
                sent += len(data)


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
