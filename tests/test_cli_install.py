"""Packaging: a wheel built with `pip` ships the bundled database and sources, and the
installed `unorg` finds them inside the package (not in a checkout)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import REPO


@pytest.mark.slow
def test_wheel_ships_the_bundled_data(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        if (REPO / name).exists():
            shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "unorg_desktop", src / "unorg_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data", src / "data")
    (src / "resources" / "icons").mkdir(parents=True)
    (src / "resources" / "icons" / "unorg.svg").write_text("<svg/>")
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    built = subprocess.run([*pip, "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("unorg_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"unorg_desktop/data/unorg.sqlite", "unorg_desktop/data/sources/manifest.json",
            "unorg_desktop/data/sources/004_b4990f73512842b6.txt", "unorg_desktop/cli.py",
            "unorg_desktop/resources/icons/unorg.svg"} <= names
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "unorg = unorg_desktop.cli:main" in entry_points
    assert "unorg-desktop = unorg_desktop.app:main" in entry_points

    target = tmp_path / "site"
    subprocess.run([*pip, "install", "-q", "--no-deps", "--target", str(target), str(wheel)], check=True,
                   timeout=600)
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = ("import json, unorg_desktop.paths as s; print(json.dumps([str(s.bundled_db()), "
            "s.bundled_db().is_file(), str(s.bundled_sources()), str(s.resources_dir())]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True).stdout
    db, exists, sources, resources = json.loads(out)
    assert exists and db == str(target / "unorg_desktop" / "data" / "unorg.sqlite")
    assert sources == str(target / "unorg_desktop" / "data" / "sources")
    assert resources == str(target / "unorg_desktop" / "resources")
    shown = subprocess.run([sys.executable, "-m", "unorg_desktop.cli", "show", "DOMP"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert "Département des opérations de maintien de la paix" in shown.stdout
