"""The one atomic writer, used for every file ladderlint writes: `import -o`
and `--report`, `check --output` and `--fix`."""

from __future__ import annotations

import os
import stat
import threading

from ladderlint.atomic import write_atomically

PAGE = """Acme Career Framework
L2 Backend Engineer
Delivery
  • I ship my work on time
"""


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_import_output_through_a_symlink_keeps_the_link(cli, write, tmp_path):
    target = write("real/framework.yaml", "old\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    run = cli("import", str(write("page.txt", PAGE)), "-o", str(link), "--no-check")
    assert run.exit_code == 0, run.stderr
    assert link.is_symlink()
    assert "ladderlint: 1" in target.read_text()


def test_check_output_through_a_symlink_keeps_the_link(cli, write, tmp_path):
    target = write("reports/report.json", "")
    link = tmp_path / "report.json"
    link.symlink_to(target)
    cli("check", "--format", "json", "-o", str(link), str(write("other.yaml", "a: 1\n")))
    assert link.is_symlink() and '"findings"' in target.read_text()


def test_existing_file_keeps_its_mode(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("old")
    os.chmod(path, 0o640)
    write_atomically(str(path), b"new")
    assert path.read_bytes() == b"new" and _mode(path) == 0o640


def test_new_file_gets_the_umask_without_the_umask_changing(tmp_path):
    seen: list[int] = []
    stop = threading.Event()

    def watch() -> None:  # another thread that reads the umask meanwhile
        while not stop.is_set():
            current = os.umask(0o027)
            os.umask(current)
            seen.append(current)

    previous = os.umask(0o027)
    try:
        watcher = threading.Thread(target=watch)
        watcher.start()
        for i in range(50):
            write_atomically(str(tmp_path / f"new-{i}.yaml"), b"x")
        stop.set()
        watcher.join()
    finally:
        os.umask(previous)
    assert {_mode(tmp_path / f"new-{i}.yaml") for i in range(50)} == {0o640}
    assert set(seen) <= {0o027}


def test_no_temporary_file_is_left_behind(tmp_path):
    write_atomically(str(tmp_path / "a.yaml"), b"x")
    assert sorted(os.listdir(tmp_path)) == ["a.yaml"]


def test_import_that_cannot_write_names_the_file_asked_for(cli, write, tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder\n")
    wanted = tmp_path / "taken" / "dir" / "x.yaml"
    run = cli("import", str(write("page.txt", PAGE)), "-o", str(wanted))
    assert run.exit_code == 2
    assert str(wanted) in run.stderr and ".tmp" not in run.stderr


def test_a_read_only_file_is_not_replaced(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("old")
    os.chmod(path, 0o444)
    try:
        write_atomically(str(path), b"new")
    except PermissionError as error:
        assert error.filename == str(path) and "read-only" in error.strerror
    else:
        raise AssertionError("a read-only file was replaced")
    assert path.read_text() == "old" and sorted(os.listdir(tmp_path)) == ["f.yaml"]


def test_import_does_not_replace_a_read_only_framework(cli, write, tmp_path):
    out = write("frameworks/acme.yaml", "kept\n")
    os.chmod(out, 0o444)
    run = cli("import", str(write("page.txt", PAGE)), "-o", str(out))
    assert run.exit_code == 2 and out.read_text() == "kept\n"
    assert f"cannot write {out}: the file is read-only" in run.stderr
