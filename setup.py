"""Copy the repository's data/ (bundled database, sources, manifest) into the wheel.

The canonical files stay in data/ at the top of the repository; a wheel gets them as
package data under unorg_desktop/data/. Editable installs read data/ in place
(see unorg_desktop/store/paths.py). Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA = Path(__file__).resolve().parent / "data"


class BuildPyWithData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "unorg_desktop" / "data"
        for src in [DATA / "unorg.sqlite", *sorted((DATA / "sources").glob("*"))]:
            if src.is_file():
                dest = target / src.relative_to(DATA)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dest)


setup(cmdclass={"build_py": BuildPyWithData})
