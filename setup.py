"""Copy the repository's data/ (bundled database, sources, manifest) and resources/ (icons,
.desktop file, translations) into the wheel.

The canonical files stay at the top of the repository; a wheel gets them as package data under
unorg_desktop/data/ and unorg_desktop/resources/. Editable installs read them in place
(see unorg_desktop/store/paths.py). Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
RESOURCES = ROOT / "resources"


class BuildPyWithData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "unorg_desktop"
        files = [DATA / "unorg.sqlite", *sorted((DATA / "sources").glob("*")), *sorted(RESOURCES.rglob("*"))]
        for src in files:
            if src.is_file() and "__pycache__" not in src.parts:
                dest = package / src.relative_to(ROOT)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dest)


setup(cmdclass={"build_py": BuildPyWithData})
