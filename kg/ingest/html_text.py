"""The visible text of an HTML page, for pages trafilatura cannot read.

trafilatura (through lxml) gives nothing for a page nested thousands of elements deep, and
for some pages with no recognisable main text. This reader is the standard library's
streaming `HTMLParser`: no tree, so no depth limit. Block elements end paragraphs; scripts,
styles and the head are left out.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "main", "aside",
}  # fmt: skip
_HIDDEN = {"script", "style", "noscript", "head", "template", "svg"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(html: str) -> str:
    """Paragraphs of visible text, separated by blank lines ("" when there is none)."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    paragraphs = (
        re.sub(r"\s+", " ", block).strip() for block in "".join(collector.parts).split("\n\n")
    )
    return "\n\n".join(p for p in paragraphs if p)
