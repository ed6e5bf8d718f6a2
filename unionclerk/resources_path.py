"""Where the resources/ folder (translations, templates) is, installed or in a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resources_root() -> Path:
    """The resources folder: the installed package `unionclerk.resources`, else <repo>/resources."""
    try:
        root = resources.files("unionclerk.resources")
    except ModuleNotFoundError:
        # Running from a checkout: pyproject maps resources/ to unionclerk.resources only when installed.
        return Path(__file__).resolve().parent.parent / "resources"
    # A normal (unzipped) install gives a real folder; Qt needs file system paths.
    return Path(str(root))


def resource_path(*parts: str) -> Path:
    """resource_path("translations", "unionclerk_en.qm") -> the file's path (it may not exist)."""
    return resources_root().joinpath(*parts)
