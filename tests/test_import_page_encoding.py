"""A web page that declares an encoding it is not written in: a clear
message, with advice for a web page."""

from __future__ import annotations

PAGE = ('<html><head><meta charset="shift_jis"><title>Ladder</title></head><body>\n<h1>Ladder</h1>\n'
        "<h2>Senior Engineer</h2>\n<ul><li>Plans projects</li></ul>\n</body></html>\n")


def test_a_page_not_in_the_encoding_it_declares_is_reported_with_advice_for_a_page(cli, write):
    """0x80 is no character in Shift JIS, nor does it start one in UTF-8:
    the message names the declared encoding, and the advice is to save the
    page as UTF-8 or declare the encoding it is in, not Excel's CSV UTF-8."""
    path = write("ladder.html", PAGE.encode("ascii").replace(b"Plans projects", b"Plans \x80projects"))
    run = cli("import", str(path), "--org", "Acme")
    assert run.exit_code == 2, run.stderr
    assert "Traceback" not in run.stderr and run.output == ""
    assert f"{path}:4:" in run.stderr
    assert "neither UTF-8 nor shift_jis text: byte 0x80 cannot be decoded in either; shift_jis is what its " \
           "<meta charset> declares: save the page as UTF-8, or declare there the encoding it is written in" \
           in run.stderr
    assert "CSV" not in run.stderr and "Excel" not in run.stderr
