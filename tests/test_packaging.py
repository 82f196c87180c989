"""What remote workers get: the built package, installed on its own, produces the same rows."""
import shutil
import subprocess
import sys
import venv

import pytest

from pipeline.cli import main

from tests.conftest import REPO
from tests.pipeline.test_runners import _rows

GLOBS = ("warc", "jsonl", "html", "text")


def _inputs():
    return [a for g in GLOBS for a in ("--input", str(REPO / "samples" / g / "*"))]


@pytest.fixture(scope="module")
def installed_python(tmp_path_factory):
    root = tmp_path_factory.mktemp("packaging")
    # Built from a copy: setuptools writes build/ and *.egg-info/ next to setup.py, and the
    # working tree stays as the test found it.
    source = root / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "output", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis",
        ".cache"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(root / "dist"),
                    str(source)], check=True, cwd=root, capture_output=True)
    wheels = sorted((root / "dist").glob("newscorpus-*.whl"))
    assert len(wheels) == 1
    venv.create(root / "venv", with_pip=True)
    python = root / "venv" / "bin" / "python"
    # The wheel's own pinned requirements, resolved from scratch: nothing comes from the source tree.
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheels[0])], check=True, cwd=root,
                   capture_output=True)
    return python, root


def test_wheel_carries_code_and_data(installed_python):
    python, root = installed_python
    probe = ("import transforms, transforms.newsroom.agencies as a, transforms.newsroom.places as p; "
             "print(transforms.__file__.startswith(%r), len(a.agency_ids()) >= 40, "
             "p.country_code('Iraq') == 'IQ')" % str(root / "venv"))
    out = subprocess.run([str(python), "-c", probe], check=True, cwd=root, capture_output=True, text=True)
    assert out.stdout.split() == ["True", "True", "True"]


def test_installed_package_gives_the_source_tree_rows(installed_python, tmp_path):
    python, root = installed_python
    run = subprocess.run([str(python), "-m", "pipeline", *_inputs(), "--output", str(tmp_path / "installed")],
                         cwd=root, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert main([*_inputs(), "--output", str(tmp_path / "source")]) == 0
    assert _rows(tmp_path / "installed") == _rows(tmp_path / "source")
