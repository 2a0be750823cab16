"""Word documents (DOCX), through mammoth (the ``docx`` extra).

mammoth turns the document into clean HTML (headings from Word's heading
styles, lists, tables, bold and italics), which is read like any HTML page.
A Word document has no lines: the report's line numbers count its blocks
(paragraphs, headings, list items and table rows), from 1.
"""

from __future__ import annotations

import io
import re

from .blocks import Outline
from .document import ImportFailure

#: Ends of the blocks mammoth writes; each starts a new "line" for the report.
_BLOCK_END = re.compile(r"(</(?:p|h[1-6]|li|tr|table|ul|ol)>)")


def parse(path: str, data: bytes) -> Outline:
    try:
        import mammoth  # lazily, and optional: pip install 'ladderlint[docx]'
    except ImportError:
        raise ImportFailure(path, "reading Word documents needs mammoth: install it with "
                                  "pip install 'ladderlint[docx]'") from None
    try:
        result = mammoth.convert_to_html(io.BytesIO(data))
    except Exception as error:  # mammoth raises many kinds for a damaged file
        raise ImportFailure(path, f"cannot read the Word document: {error}") from None
    from .html_page import parse as parse_html

    html = _BLOCK_END.sub(r"\1\n", result.value)
    return parse_html(html)
