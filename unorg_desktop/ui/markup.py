"""Text from the sources is never markup: helpers for the few Qt places that guess.

Qt shows a tooltip as rich text when ``Qt.mightBeRichText`` thinks it looks like HTML, so a unit
named ``<img src=x>`` in a plain tooltip would be rendered (and its image looked up). Tooltips
are therefore always given as explicit rich text built from escaped strings.
"""

from __future__ import annotations


def tooltip(text: str) -> str:
    """``text`` (any characters, several lines) as a safe rich-text tooltip."""
    import html  # here: the first frame makes no tooltip, and html builds a 2,500-entry table

    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"
