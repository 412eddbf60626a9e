"""Accessible HTML pages for the documents (EN 301 549 clause 10). ReportLab's open-source
edition cannot tag a PDF, so every document can also be saved as a web page that a screen
reader reads in order: ``lang="en-GB"``, one ``h1`` then real headings, landmarks, tables with
header cells and ``scope``, a caption naming each table, states in words with their mark hidden
from speech, alt text for the logo and the chart, and print CSS for A4.

The pages are built from the same document data as the PDFs (the services gather it once) and
use the same wording: see each report module's text helpers."""

from __future__ import annotations

import base64
import html
import mimetypes
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from planner import __version__
from planner.core import i18n, wording
from planner.core.dates import uk
from planner.reports.base import Letterhead

STATE_MARK = wording.STATE_MARK


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class State:
    """A cell that holds a state: its mark (hidden from speech), then its words, on its colour."""

    state: str
    words: str  # "overdue since 3 Mar 2026"

    def html(self) -> str:
        return (
            f'<span class="mark" aria-hidden="true">{STATE_MARK[self.state]}</span> {esc(self.words)}'
            if self.words
            else ""
        )


@dataclass(frozen=True)
class Hidden:
    """Words for a screen reader only (a row header where the printed cell is left blank to
    write in)."""

    words: str

    def html(self) -> str:
        return f'<span class="visually-hidden">{esc(self.words)}</span>'


Cell = str | State | Hidden | None


CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #8a8a8a; --head: #e8e8e8; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { font-family: "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; color: var(--ink);
  background: #ffffff; line-height: 1.45; margin: 0 auto; max-width: 68rem; padding: 1.5rem; }
header.letterhead { display: flex; justify-content: space-between; align-items: center; gap: 1rem;
  border-bottom: 1px solid var(--rule); padding-bottom: .5rem; margin-bottom: 1rem; }
header.letterhead p { margin: 0; font-weight: bold; }
header.letterhead img { max-width: 10rem; max-height: 5rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
p.subtitle { margin: 0 0 1rem; }
p.small, footer { font-size: .85rem; color: var(--muted); }
blockquote { margin: .25rem 0 .75rem 1rem; font-style: italic; white-space: pre-wrap; }
table { border-collapse: collapse; margin: .25rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid var(--rule); padding: .2rem .45rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
tbody th { font-weight: normal; }
td.number, th.number { text-align: right; }
.wide { overflow-x: auto; max-width: 100%; }
img, svg { max-width: 100%; height: auto; }
.wide:focus { outline: 3px solid #1a4f8a; outline-offset: 2px; }
.signature { width: 100%; max-width: 40rem; }
.signature th { width: 12rem; }
.signature td { height: 2.6rem; }
.signature td.tall { height: 6rem; }
tr.total { font-weight: bold; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; padding: 0; }
table.signin { width: 100%; }
table.signin td { height: 2.4rem; }
table.signin td:last-child { width: 35%; }
.certificate { border: 3px double #1a4f8a; padding: 1.5rem 2rem; margin: 1rem 0 2rem; text-align: center; }
.certificate .name { font-size: 1.6rem; font-weight: bold; color: #1a4f8a; margin: .25rem 0; }
.certificate .module { font-size: 1.2rem; font-weight: bold; }
.certificate .code { font-size: 1.2rem; font-weight: bold; letter-spacing: .05em; }
.certificate table { margin: 1rem auto; }
figure { margin: .5rem 0 1rem; }
figcaption { font-size: .9rem; color: var(--muted); }
svg text { font-family: inherit; }
footer { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .5rem; }
%STATES%
@page { size: A4 %ORIENTATION%; margin: 14mm 14mm 18mm;
  @bottom-left { content: %FOOT_LEFT%; font: 7.5pt "DejaVu Sans", Verdana, sans-serif; color: #444444; }
  @bottom-right { content: %FOOT_RIGHT% counter(page) " of " counter(pages);
    font: 7.5pt "DejaVu Sans", Verdana, sans-serif; color: #444444; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .wide { overflow: visible; }
  thead { display: table-header-group; }
  tr, .keep, figure, .certificate { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  h2, h3 { break-after: avoid-page; }
  h2 + .wide, h3 + .wide, h2 + p + .wide { break-before: avoid-page; }
  tbody tr:first-child { break-before: avoid-page; }
  .record + .record { break-before: page; }
  table.signin td, table.signin th { height: 11mm; }
  table.matrix { font-size: 7.5pt; }
  .signature td { height: 10mm; }
  .signature td.tall { height: 30mm; }
  /* certificates: one landscape page each, nothing before the first */
  footer { display: none; }  /* each printed page has its own footer (@page) */
  body.certificates header.letterhead, body.certificates main > h1 { display: none; }
  .certificate { break-before: page; margin: 0; padding: 5mm 10mm; border-width: 4px; }
  .certificate:first-of-type { break-before: auto; }
  .certificate p { margin: .15em 0; }
  .certificate h2 { margin: .2em 0; }
  .certificate .name { font-size: 18pt; }
  .certificate svg { width: 24mm; height: 24mm; }
  .certificate table { margin: .4em auto; }
  a { color: inherit; text-decoration: none; }
}
"""


def _state_css() -> str:
    return "\n".join(
        f".state-{state} {{ background: {fill}; color: {wording.TEXT_ON_FILL}; }}"
        for state, fill in wording.STATE_FILL.items()
    )


class Page:
    """One HTML document: a letterhead, a main part built with the methods below, a footer."""

    def __init__(self, letterhead: Letterhead, title: str, landscape: bool = False, kind: str = "") -> None:
        self.letterhead, self.title, self.landscape, self.kind = letterhead, title, landscape, kind
        self.parts: list[str] = []

    # -- content ---------------------------------------------------------------------------
    def heading(self, text: str, level: int = 2) -> None:
        self.parts.append(f"<h{level}>{esc(text)}</h{level}>")

    def para(self, text: str, cls: str = "") -> None:
        self.parts.append(f'<p class="{cls}">{esc(text)}</p>' if cls else f"<p>{esc(text)}</p>")

    def lines(self, lines: Iterable[str], cls: str = "") -> None:
        """One paragraph, a line each."""
        body = "<br>".join(esc(line) for line in lines if line)
        self.parts.append(f'<p class="{cls}">{body}</p>' if cls else f"<p>{body}</p>")

    def quote(self, label: str, text: str) -> None:
        self.parts.append(f'<p class="small"><strong>{esc(label)}</strong></p><blockquote>{esc(text)}</blockquote>')

    def raw(self, markup: str) -> None:
        """Markup this module wrote (never text from the data without ``esc``)."""
        self.parts.append(markup)

    def open(self, tag: str, cls: str = "", label: str = "") -> None:
        attrs = (f' class="{cls}"' if cls else "") + (f' aria-label="{esc(label)}"' if label else "")
        self.parts.append(f"<{tag}{attrs}>")

    def close(self, tag: str) -> None:
        self.parts.append(f"</{tag}>")

    def table(
        self,
        caption: str,
        head: Sequence[str],
        rows: Iterable[Sequence[Cell]],
        row_header: int | None = 0,
        numbers: Sequence[int] = (),
        total: Sequence[str] | None = None,
        cls: str = "",
    ) -> None:
        """A data table: a caption, one header row (``scope="col"``), the cell in column
        ``row_header`` of each row a row header (``scope="row"``), right-aligned ``numbers``
        columns, and an optional total row last (in the body: a printed page never repeats it
        as if it were a subtotal). On a narrow screen or at a large zoom the table scrolls
        sideways inside a region the keyboard can reach, and the page itself never does."""
        numbered = set(numbers)
        rows = list(rows)
        keep = " keep" if len(rows) <= 15 else ""  # a short table prints whole, with its heading
        out = [f'<div class="wide{keep}" role="region" aria-label="{esc(caption)}" tabindex="0">']
        out.append(f'<table class="{cls}">' if cls else "<table>")
        out.append(f"<caption>{esc(caption)}</caption><thead><tr>")
        for i, name in enumerate(head):
            klass = ' class="number"' if i in numbered else ""
            out.append(f'<th scope="col"{klass}>{esc(name)}</th>')
        out.append("</tr></thead><tbody>")
        out.extend(_row(row, row_header, numbered) for row in rows)
        if total is not None:
            out.append(_row(total, row_header, numbered).replace("<tr>", '<tr class="total">', 1))
        out.append("</tbody></table></div>")
        self.parts.append("".join(out))

    def form(self, caption: str, labels: Sequence[str], tall: Sequence[str] = ()) -> None:
        """Boxes to fill in by hand on paper: a row header for each label, an empty cell."""
        tall_cell = '<td class="tall"></td>'
        rows = "".join(
            f'<tr><th scope="row">{esc(label)}</th>{tall_cell if label in tall else "<td></td>"}</tr>'
            for label in labels
        )
        self.parts.append(
            f'<div class="keep"><table class="signature"><caption>{esc(caption)}</caption><tbody>{rows}</tbody></table></div>'
        )

    # -- the whole page ----------------------------------------------------------------------
    def render(self) -> bytes:
        lh = self.letterhead
        css = (
            CSS.replace("%STATES%", _state_css())
            .replace("%ORIENTATION%", "landscape" if self.landscape else "portrait")
            .replace("%FOOT_LEFT%", css_string(shortened(f"{lh.organisation} · {self.title}", 90)))
            .replace("%FOOT_RIGHT%", css_string(f"Printed {uk(lh.printed_on)} · Page "))
            .strip()
        )
        logo = logo_img(lh)
        head = (
            f'<!DOCTYPE html>\n<html lang="{esc(i18n.language())}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="Pathway Planner {esc(__version__)}">\n'
            f'<meta name="author" content="{esc(lh.organisation)}">\n'
            f"<title>{esc(self.title)}</title>\n<style>\n{css}\n</style>\n</head>\n"
            + (f'<body class="{esc(self.kind)}">\n' if self.kind else "<body>\n")
            + ""
            f'<header class="letterhead"><p>{esc(lh.organisation)}</p>{logo}</header>\n<main>\n'
        )
        foot = (
            "\n</main>\n"
            f"<footer><p>{esc(lh.organisation)} · {esc(self.title)} · printed {esc(uk(lh.printed_on))} "
            f"by Pathway Planner {esc(__version__)}</p></footer>\n</body>\n</html>\n"
        )
        return (head + "\n".join(self.parts) + foot).encode("utf-8")


def _row(row: Sequence[Cell], row_header: int | None, numbers: set[int]) -> str:
    cells = []
    for i, cell in enumerate(row):
        classes = []
        if i in numbers:
            classes.append("number")
        if isinstance(cell, State):
            if cell.words:
                classes.append(f"state-{cell.state}")
            text = cell.html()
        elif isinstance(cell, Hidden):
            text = cell.html()
        else:
            text = esc(cell) if cell is not None else ""
        klass = f' class="{" ".join(classes)}"' if classes else ""
        if i == row_header:
            cells.append(f'<th scope="row"{klass}>{text}</th>')
        else:
            cells.append(f"<td{klass}>{text}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def shortened(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def css_string(text: str) -> str:
    """Text as a CSS string (for the printed page's footer)."""
    cleaned = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("<", "\\3C ")
    return f'"{cleaned}"'


def logo_img(letterhead: Letterhead) -> str:
    """The organisation's logo inside the page (a data URL: the file stands alone), with its
    name as alt text; nothing when there is no readable logo."""
    logo = letterhead.logo
    if logo is None:
        return ""
    try:
        data = logo.read_bytes()
    except OSError:
        return ""  # a missing or unreadable logo never stops a document
    kind = mimetypes.guess_type(logo.name)[0] or "image/png"
    encoded = base64.b64encode(data).decode("ascii")
    return f'<img src="data:{kind};base64,{encoded}" alt="{esc(letterhead.organisation)} logo">'


def state_cell(state: str, when: date | None, words: str = "") -> State:
    return State(state, words or wording.state_words(state, when))
