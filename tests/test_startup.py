"""What a one-file run (a pre-commit hook) imports: startup time is most of
its cost, so heavy modules stay out until a command needs them."""

from __future__ import annotations

import subprocess
import sys


def test_check_imports_no_heavy_modules_up_front():
    code = (
        "import sys\n"
        "from ladderlint.cli import main\n"
        "from ladderlint.checker import check_paths\n"
        "heavy = ['importlib.metadata', 'importlib.resources', 'difflib', 'jsonschema', 'jinja2',\n"
        "         'ladderlint.render', 'ladderlint.starter']\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_version_is_still_available_from_the_package():
    import ladderlint

    assert ladderlint.__version__.count(".") == 2
