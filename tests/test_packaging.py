"""A plain `pip install .` must ship every package and the resources (translations) the program loads."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_every_source_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "unionclerk").rglob("__init__.py")
    }
    assert found - listed == set(), "add these packages to [tool.setuptools] packages in pyproject.toml"
    assert "unionclerk.resources" in listed
    assert config["tool"]["setuptools"]["package-dir"]["unionclerk.resources"] == "resources"


def test_compiled_translation_is_shipped_with_its_source() -> None:
    translations = ROOT / "resources" / "translations"
    assert (translations / "unionclerk_en.ts").is_file()
    assert (translations / "unionclerk_en.qm").stat().st_size > 1000
