"""Packaging by the book (issue 13): the sdist holds the bundled data, a wheel built from that sdist
installs into a fresh virtual environment, and the installed `unorg` and `unorg-desktop` work from
outside the checkout. The slow test runs in `make test` (and CI); `-m "not slow"` skips it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from conftest import REPO
from unorg_desktop.display import XCB_LIBRARIES

DATA_PACKAGES = {"unorg_desktop.data": "data", "unorg_desktop.data.sources": "data/sources",
                 "unorg_desktop.resources": "resources",
                 "unorg_desktop.resources.translations": "resources/translations"}


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_code_package_is_listed_in_pyproject():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "unorg_desktop").rglob("__init__.py")}
    missing = sorted(found - listed)
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == set(DATA_PACKAGES)
    dirs = _pyproject()["tool"]["setuptools"]["package-dir"]
    assert {name: dirs.get(name, dirs.get(name.rsplit(".", 1)[0], "") + "/" + name.rsplit(".", 1)[1])
            for name in DATA_PACKAGES} == DATA_PACKAGES
    assert not (REPO / "setup.py").exists()  # no custom build step


def test_system_packages_for_a_linux_desktop_are_documented_and_installed_by_ci():
    readme, ci = (REPO / "README.md").read_text(encoding="utf-8"), (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for package in XCB_LIBRARIES.values():
        assert re.search(rf"\b{re.escape(package)}\b", readme), package
        assert re.search(rf"\b{re.escape(package)}\b", ci), package


def _copy_checkout(dest: Path) -> Path:
    """The files a clean clone would have (tracked, plus new files not ignored)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        src = REPO / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


def _run(cmd, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kw)
    assert done.returncode == 0, f"{cmd}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.mark.slow
def test_sdist_then_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    src = _copy_checkout(tmp_path / "src")
    dist = tmp_path / "dist"
    # `python -m build` makes the sdist, then the wheel from that sdist (not from the checkout)
    _run([sys.executable, "-m", "build", "--outdir", str(dist), str(src)])
    (sdist,) = dist.glob("unorg_desktop-*.tar.gz")
    (wheel,) = dist.glob("unorg_desktop-*.whl")
    with tarfile.open(sdist) as tar:
        in_sdist = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"data/unorg.sqlite", "data/sources/manifest.json", "resources/unorg-desktop.desktop",
            "resources/translations/unorg_fr.qm", "pyproject.toml", "unorg_desktop/cli.py"} <= in_sdist
    assert {f"data/sources/{p.name}" for p in (REPO / "data" / "sources").iterdir()} <= in_sdist
    with zipfile.ZipFile(wheel) as whl:
        in_wheel = set(whl.namelist())
        entry_points = whl.read(next(n for n in in_wheel if n.endswith("entry_points.txt"))).decode()
    assert {"unorg_desktop/data/unorg.sqlite", "unorg_desktop/data/sources/manifest.json",
            "unorg_desktop/resources/unorg-desktop.svg", "unorg_desktop/resources/unorg-desktop.png",
            "unorg_desktop/resources/unorg-desktop.desktop", "unorg_desktop/resources/translations/unorg_fr.qm",
            "unorg_desktop/ingest/__init__.py", "unorg_desktop/cli.py"} <= in_wheel
    assert "unorg = unorg_desktop.cli:main" in entry_points and "unorg-desktop = unorg_desktop.app:main" in entry_points
    print(f"\nsdist {sdist.stat().st_size / 1024:.0f} KB, wheel {wheel.stat().st_size / 1024:.0f} KB "
          f"({len(in_wheel)} files)")

    venv = tmp_path / "venv"  # fresh: no system site-packages, nothing from the checkout
    _run([sys.executable, "-m", "venv", str(venv)])
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "VIRTUAL_ENV")}
    env.update(UNORG_DESKTOP_CONFIG_DIR=str(tmp_path / "config"), UNORG_DESKTOP_CACHE_DIR=str(tmp_path / "cache"))
    run = dict(cwd=elsewhere, env=env)

    where = _run([str(venv / "bin" / "python"), "-c", "import unorg_desktop.paths as p; "
                  "print(p.bundled_db(), p.bundled_sources(), p.resources_dir(), sep='\\n')"], **run).stdout.split()
    site = venv / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages" / "unorg_desktop"
    assert where == [str(site / "data" / "unorg.sqlite"), str(site / "data" / "sources"), str(site / "resources")]
    found = _run([str(venv / "bin" / "unorg"), "search", "police"], **run).stdout
    assert "Division de la police" in found
    shown = _run([str(venv / "bin" / "unorg"), "show", "DOMP"], **run).stdout
    assert shown.startswith("Département des opérations de maintien de la paix")
    shot = elsewhere / "shot.png"
    _run([str(venv / "bin" / "unorg-desktop"), "--screenshot", str(shot), "--size", "900x600", "--lang", "fr"], **run)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(shot.read_bytes()[16:20], "big") == 900 and shot.stat().st_size > 20_000
    built = _run([str(venv / "bin" / "unorg"), "build", "--out", str(elsewhere / "rebuilt.sqlite")], **run).stdout
    assert "5 documents" in built and sorted(p.name for p in elsewhere.iterdir()) == ["rebuilt.sqlite", "shot.png"]
