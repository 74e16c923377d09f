"""Safe HTML: every value written into markup goes through :func:`escape`, and every page the
suite writes carries :data:`CONTENT_SECURITY_POLICY`.

Article text, quotes, speaker names and file names are hostile input: a ``<script>`` in an
article must arrive in a report page as text. Every module that writes HTML (report pages,
the highlighted article, the concordance, widgets, chart tooltips) calls :func:`escape`; this
module sits at the bottom of the layers so that each of them can.
"""

from __future__ import annotations

import html


def escape(value: object) -> str:
    """``value`` as HTML text: None is empty, everything else is str()-ed and escaped (quotes too)."""
    return html.escape("" if value is None else str(value), quote=True)


CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
    "script-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"
)
"""What a report page may load: its own images (files beside it, or embedded), its own styles
(inline ones included: nbconvert's pages are made of them). No script at all — the report runs
none (nbconvert's CDN scripts are left out of its pages), so a ``<script>`` or an ``onerror``
that found its way into a page through data stays inert; no plugin, frame, form or base URL."""


def csp_meta() -> str:
    """The ``<meta>`` element that applies :data:`CONTENT_SECURITY_POLICY` to a page (first in its head)."""
    return f'<meta http-equiv="Content-Security-Policy" content="{escape(CONTENT_SECURITY_POLICY)}">'
