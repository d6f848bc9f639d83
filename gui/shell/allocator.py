"""The C allocator keeps the memory numpy frees for the next array, instead of handing it back.

A clock tick or a drag step judges every (incident, signatory) cell again: a dozen arrays of a few
megabytes each at 10,000 incidents. glibc gives blocks that large their own mapping and returns it
on free, so every new array starts as untouched pages the kernel zero-fills one fault at a time:
measured, half the engine's time on a tick. Raising the mapping and trim thresholds keeps the
freed blocks in the heap for reuse. The process's size changes little: what a tick frees, the
next one takes again.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_TRIM_THRESHOLD = -1   # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024     # glibc's own upper limit for its sliding threshold
TRIM_THRESHOLD = 128 * 1024 * 1024


def keep_freed_memory() -> bool:
    """True when the allocator was told (glibc only; elsewhere nothing changes)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):   # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
