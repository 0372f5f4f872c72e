"""One wording for file errors, shared by the CLI, the builder and the app (no Qt).

``"out/org.sqlite: cannot write (no such folder)"``: the path the user named (never a temporary
file beside it), what could not be done, and why in a few plain words (no ``[Errno N]``).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

REASONS = {
    errno.ENOENT: "no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EISDIR: "is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "file name too long",
    errno.EEXIST: "already exists",
    errno.EBUSY: "busy",
    errno.EIO: "input/output error",
}


def reason(err: BaseException, writing: bool = False, path: str | os.PathLike[str] | None = None) -> str:
    """Why ``err`` happened, in a few lowercase words."""
    number = getattr(err, "errno", None)
    if number == errno.ENOENT and writing and path is not None and not Path(path).parent.is_dir():
        return "no such folder"
    if number in REASONS:
        return REASONS[number]
    text = getattr(err, "strerror", None) or str(err) or type(err).__name__
    return " ".join(text.split())


def file_error(path: str | os.PathLike[str], err: BaseException, writing: bool) -> str:
    """``"PATH: cannot write (REASON)"`` or ``"PATH: cannot read (REASON)"``."""
    return f"{path}: cannot {'write' if writing else 'read'} ({reason(err, writing, path)})"


def names_target(err: OSError, target: str | os.PathLike[str]) -> bool:
    """Whether ``err`` is about writing ``target``: its file name is the target, one of its
    folders, a file beside it (the temporary file of an atomic write), or none."""
    if not err.filename:
        return True
    name, path = Path(os.fsdecode(err.filename)).absolute(), Path(target).absolute()
    return name == path or name in path.parents or name.parent == path.parent
