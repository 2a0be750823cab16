"""Word documents (DOCX), through mammoth (the ``docx`` extra).

mammoth turns the document into clean HTML (headings from Word's heading
styles, lists, tables, bold and italics), which is read like any HTML page.
The document's Title and Subtitle styles, which mammoth leaves as plain
paragraphs, are marked as Google Docs marks them (``<p class="title">``):
the Title names the document, as a page's title heading does.
A Word document has no lines: the report's line numbers count its blocks
(paragraphs, headings, list items and table rows), from 1.
"""

from __future__ import annotations

import io

from .blocks import Outline
from .document import ImportFailure
from ..patterns import lazy

#: Word's title styles, in mammoth's style map: the classes the HTML reader knows a document's title by.
_STYLE_MAP = """
p[style-name='Title'] => p.title:fresh
p[style-name='Subtitle'] => p.subtitle:fresh
"""
#: Ends of the blocks mammoth writes; each starts a new "line" for the report.
_BLOCK_END = lazy(r"(</(?:p|h[1-6]|li|tr|table|ul|ol)>)")


def parse(path: str, data: bytes) -> Outline:
    try:
        import mammoth  # lazily, and optional: pip install 'ladderlint[docx]'
    except ImportError:
        raise ImportFailure.needs_extra(path, "reading Word documents", "mammoth", "docx") from None
    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=_STYLE_MAP)
    except Exception as error:  # mammoth raises many kinds for a damaged file
        raise ImportFailure(path, f"cannot read the Word document: {error}", 1) from None
    from .html_page import parse as parse_html

    html = _BLOCK_END.sub(r"\1\n", result.value)
    return parse_html(html)
