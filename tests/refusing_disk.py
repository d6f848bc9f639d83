"""Disks that refuse, for tests: an OS call that fails with an errno, a real file-size limit, a umask."""
from __future__ import annotations

import os
import signal
from contextlib import contextmanager
from pathlib import Path


def refuse(errno_code: int):
    def call(*_args, **_kwargs):
        raise OSError(errno_code, os.strerror(errno_code))
    return call


@contextmanager
def file_size_limit(limit: int):
    """Every write that would make a file longer than *limit* bytes fails, as on a full disk."""
    import resource
    previous_signal = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_signal)


@contextmanager
def umask(mask: int):
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
