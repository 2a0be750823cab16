"""What a one-file run (a pre-commit hook) imports: startup time is most of
its cost, so heavy modules stay out until a command needs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


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


def test_a_one_file_check_loads_only_what_it_uses():
    """The run a pre-commit hook makes, to its end: modules that only other
    commands, rare texts, or a file that fails to load (the explanations
    of YAML and schema mistakes) need are not loaded (each costs a few
    milliseconds of a run of about 150)."""
    framework = Path(__file__).parents[1] / "frameworks" / "escrowtab-mle.yaml"
    code = (
        "import sys\n"
        "from ladderlint.cli import run\n"
        f"sys.argv = ['ladderlint', 'check', {str(framework)!r}]\n"
        "try:\n"
        "    run()\n"
        "except SystemExit as exit:\n"
        "    print('exit:', exit.code)\n"
        "later = ['hashlib', 'shutil', 'decimal', 'html', 'json', 'fastjsonschema', 'jsonschema',\n"
        "         'ladderlint.loader.explain', 'ladderlint.diff', 'ladderlint.importers', 'ladderlint.render']\n"
        "print('loaded:', ','.join(m for m in later if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines()[-2:] == ["exit: 0", "loaded: "], proc.stdout


def test_a_diff_of_two_valid_files_does_not_load_every_rule(tmp_path):
    """A diff reads its files with the checker's input rules, and uses a
    few rules' helpers, but has no finding to filter by the rules a
    configuration selects: the catalogue of every rule (about 4% of a
    diff's run) is not loaded. A run that does filter loads it."""
    source = Path(__file__).parents[1] / "frameworks" / "escrowtab-mle.yaml"
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    new.write_text(source.read_text(encoding="utf-8").replace("\nname: EscrowTab", "\nname: Renamed EscrowTab", 1), encoding="utf-8")
    code = (
        "import sys\n"
        "from ladderlint.cli import run\n"
        "sys.argv = ['ladderlint'] + sys.argv[1:]\n"
        "try:\n"
        "    run()\n"
        "except SystemExit as exit:\n"
        "    print('exit:', exit.code)\n"
        "print('catalogue loaded:', 'ladderlint.rules.catalogue' in sys.modules)\n"
    )
    diff = subprocess.run([sys.executable, "-c", code, "diff", str(old), str(new)],
                          capture_output=True, text=True, check=True, cwd=tmp_path)
    assert diff.stdout.splitlines()[-2:] == ["exit: 0", "catalogue loaded: False"], diff.stdout
    check = subprocess.run([sys.executable, "-c", code, "check", str(old)],
                           capture_output=True, text=True, check=True, cwd=tmp_path)
    assert check.stdout.splitlines()[-1] == "catalogue loaded: True", check.stdout


def test_the_rules_package_still_lists_every_rule():
    import ladderlint.rules
    from ladderlint.rules import ALL_RULES, registry

    assert ladderlint.rules.ALL_RULES is ALL_RULES
    assert [rule.code for rule in registry().rules] == sorted(rule.code for rule in ALL_RULES)
