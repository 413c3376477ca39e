"""A loopback HTTP server for one page's folder, and nothing outside it."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path


class _FolderHandler(http.server.SimpleHTTPRequestHandler):
    root: Path

    def translate_path(self, path: str) -> str:
        # The base class already drops `..`; resolving also rules out symlinks that lead out.
        candidate = Path(super().translate_path(path)).resolve()
        if candidate != self.root and self.root not in candidate.parents:
            return str(self.root / "__outside__")
        return str(candidate)

    def list_directory(self, path):  # type: ignore[override]
        self.send_error(404, "No listing")
        return None

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature is the base class's
        pass


class FolderServer:
    """Serves `root` on http://127.0.0.1:<free port>/ in a daemon thread."""

    def __init__(self, root: Path):
        root = Path(root).resolve()
        handler = functools.partial(type("Handler", (_FolderHandler,), {"root": root}), directory=str(root))
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="iwr-server", daemon=True)
        self._thread.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
