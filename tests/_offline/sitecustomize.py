"""Block network access in every Python process the test suite starts (kernels included).

The test suite puts this folder first on PYTHONPATH, so Python imports it at start-up. Any
attempt to reach a non-loopback address — an ``nltk.download()``, a CDN fetch — raises
``OSError`` instead of silently succeeding on a developer's machine and failing offline.
"""

import socket

_LOOPBACK = ("127.", "::1", "localhost", "0.0.0.0")
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo


class NetworkBlockedError(OSError):
    """Raised instead of opening a network connection during the tests."""


def _check(address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith(_LOOPBACK) or host == ""):
        return
    if isinstance(host, (bytes, bytearray)) or not isinstance(host, str):
        return  # Unix domain sockets and the like are local
    raise NetworkBlockedError(f"network access blocked by the test suite: {address!r}")


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check(address)
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check(address)
    return _connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host is not None:
        _check((host if isinstance(host, str) else host.decode(),))
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo
