""".ci/run in a copy of the repository with fake system tools: installs only what is missing, never upgrades,
never flakes on a pipe, and runs exactly the README's test command."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIBRARIES = ["libEGL.so.1", "libGL.so.1", "libxkbcommon.so.0", "libfontconfig.so.1", "libglib-2.0.so.0"]
LIBRARIES += ["libdbus-1.so.3"]


def _tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository copy whose README test command only leaves a mark, and a PATH of fake tools."""
    for needed in ("bash", "awk", "dirname", "cat", "grep"):
        if shutil.which(needed) is None:
            pytest.skip(f"needs {needed}")
    copy = tmp_path / "repo"
    (copy / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "run", copy / ".ci" / "run")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    real_command = readme.split("<!-- test-command -->", 1)[1].split("```")[1].strip()
    assert "pytest" in real_command
    (copy / "README.md").write_text(
        readme.replace(real_command, f"echo tests-ran > {tmp_path / 'ran'}"), encoding="utf-8"
    )
    tools = tmp_path / "bin"
    tools.mkdir()
    for needed in ("bash", "awk", "dirname", "cat", "grep"):
        (tools / needed).symlink_to(shutil.which(needed))  # type: ignore[arg-type]
    _tool(tools, "apt-get", f'echo "$*" >> {tmp_path / "apt.log"}')
    return copy


def _run(repo: Path, *, libraries: list[str], tools: list[str], chinese_font: bool) -> tuple[str, list[str]]:
    bin_dir = repo.parent / "bin"
    for name in ("soffice", "pdftoppm"):
        (bin_dir / name).unlink(missing_ok=True)
        if name in tools:
            _tool(bin_dir, name, "exit 0")
    # A long ldconfig listing, as on a real desktop: a reader that stops early would make it die of SIGPIPE.
    listing = "\n".join(f"\tlibfiller{i}.so.1 (libc6,x86-64) => /lib/libfiller{i}.so.1" for i in range(20000))
    listing += "\n" + "\n".join(f"\t{lib} (libc6,x86-64) => /lib/x86_64-linux-gnu/{lib}" for lib in libraries)
    (repo.parent / "listing").write_text(
        f"{len(libraries)} libs found in cache\n{listing}\n", encoding="utf-8"
    )
    _tool(bin_dir, "ldconfig", f"cat {repo.parent / 'listing'}")
    _tool(bin_dir, "fc-list", "echo 'Noto Sans CJK SC'; echo Carlito" if chinese_font else "exit 0")
    (repo.parent / "apt.log").unlink(missing_ok=True)
    (repo.parent / "ran").unlink(missing_ok=True)
    done = subprocess.run(
        [shutil.which("bash") or "bash", str(repo / ".ci" / "run")],
        capture_output=True,
        text=True,
        env={"PATH": str(bin_dir), "HOME": str(repo.parent)},
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (repo.parent / "ran").read_text().strip() == "tests-ran"
    log = repo.parent / "apt.log"
    return done.stdout, log.read_text().splitlines() if log.exists() else []


def test_nothing_is_installed_when_everything_is_present(repo: Path) -> None:
    for _ in range(5):  # the old `ldconfig -p | grep -q` failed about one run in five
        out, apt = _run(repo, libraries=LIBRARIES, tools=["soffice", "pdftoppm"], chinese_font=True)
        assert apt == [], out
        assert "nothing installed" in out


def test_only_missing_packages_are_installed_and_nothing_upgraded(repo: Path) -> None:
    out, apt = _run(
        repo,
        libraries=[lib for lib in LIBRARIES if lib != "libGL.so.1"],
        tools=["pdftoppm"],
        chinese_font=False,
    )
    assert apt[0].split()[0] == "update"
    install = apt[1].split()
    assert install[0] == "install" and "--no-upgrade" in install
    packages = [word for word in install[1:] if not word.startswith("-")]
    assert packages == [
        "libgl1",
        "libreoffice-calc-nogui",
        "libreoffice-writer-nogui",
        "fonts-noto-cjk",
        "fonts-crosextra-carlito",
    ]
    assert len(apt) == 2
