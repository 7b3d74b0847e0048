"""``frontline claims``: territorial claims in news, one JSON record a line.

INPUT is a ``.txt`` or ``.html`` file, an http(s) URL, ``-`` (stdin) or a
``.jsonl`` of documents (``{"id", "text" or "html", "published", "language",
"url"}``). Each claim record is :func:`frontline.text.claims.claim_to_record`
plus ``doc_id``; its ``char_start``/``char_end`` index the document text. For
HTML and URL inputs that text is the extracted main text, which a document
record line (``"record": "document"``, with ``text``) placed before the
document's claims makes available (``--with-text`` forces it for every input,
``--no-text`` turns it off). Lines without ``"record": "document"`` are claims.
``--explain`` writes to stderr, for each trigger word that made no claim, one
line: document, sentence offset, trigger offset, the word and the reason code
(see :mod:`frontline.text.trace`).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.table import Table

from ..errors import FrontlineError
from ..sources.documents import Document, load_documents

FORMATS = ("jsonl", "table")


def _engine() -> tuple[Any, Any]:
    from ..text.claims import claim_to_record, extract_claims

    return extract_claims, claim_to_record


def warn(where: str, message: str) -> None:
    """A one-line warning on stderr."""
    sys.stderr.write(f"frontline: warning: {where}: {message}\n")


@contextlib.contextmanager
def _output(out: Path | None) -> Iterator[IO[str]]:
    """stdout, or a file written atomically (all or nothing)."""
    if out is None:
        yield sys.stdout
        return
    target = out.expanduser()
    if target.is_dir():
        raise FrontlineError("is a directory", where=str(out))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FrontlineError("its folder does not exist", where=str(out))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _json_line(obj: dict[str, Any]) -> str:
    return orjson.dumps(obj, default=str).decode() + "\n"


def _cell(value: Any) -> str:
    if value is None or value == [] or value is False:
        return ""
    if value is True:
        return "yes"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _table(doc: Document, records: list[dict[str, Any]], console: Console) -> None:
    bits = [doc.language or "language ?"]
    bits.append(f"published {doc.published}" if doc.published else "no date")
    if doc.title:
        bits.append(doc.title)
    heading = f"{doc.id} ({', '.join(bits)})"
    if not records:
        console.print(f"{heading}: no claims", markup=False, highlight=False)
        return
    table = Table(title=heading, title_justify="left", show_lines=True)
    for name in ("kind", "gainer", "km²", "km"):
        table.add_column(
            name, no_wrap=True, justify="left" if name[0] < "l" else "right"
        )
    for name, ratio in (("places", 2), ("period", 2), ("claimant", 2), ("flags", 1)):
        table.add_column(name, ratio=ratio, overflow="fold")
    table.add_column("quote", ratio=6, min_width=30, overflow="fold")
    for rec in records:
        places = ", ".join(
            p.get("name", "") if isinstance(p, dict) else str(p)
            for p in rec.get("places") or []
        )
        start, end = rec.get("period_start"), rec.get("period_end")
        period = rec.get("period_text") or ""
        if start or end:
            period = f"{period} [{start or '…'} – {end or '…'}]".strip()
        flags = [
            name
            for name in ("negated", "hedged", "approx", "cumulative")
            if rec.get(name)
        ]
        claimant = " / ".join(
            x for x in (rec.get("claimant"), rec.get("claimant_role")) if x
        )
        table.add_row(
            _cell(rec.get("kind")),
            _cell(rec.get("gainer")),
            _cell(rec.get("area_km2")),
            _cell(rec.get("distance_km")),
            places,
            period,
            claimant,
            " ".join(flags),
            _cell(rec.get("quote")),
        )
    console.print(table)


def _explain(doc_id: str, drops: list[Any]) -> None:
    """One stderr line per trigger word that made no claim."""
    for d in drops:
        also = f" (also {', '.join(d.also)})" if d.also else ""
        sys.stderr.write(
            f"why-not\t{doc_id}\tsentence {d.sentence}\tat {d.start}\t"
            f"{d.trigger!r} [{d.family}]\t{d.reason}{also}\n"
        )


def claims_command(
    inputs: list[str],
    *,
    published: str | None = None,
    lang: str | None = None,
    fmt: str = "jsonl",
    allow_private: bool = False,
    out: Path | None = None,
    with_text: bool | None = None,
    explain: bool = False,
) -> int:
    """Run the command; returns 0, or 1 when a document could not be read."""
    if fmt not in FORMATS:
        raise FrontlineError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    docs = list(
        load_documents(
            inputs, published=published, lang=lang, allow_private=allow_private
        )
    )
    extract_claims, claim_to_record = _engine()
    failed = 0
    with _output(out) as handle:
        wide = out is not None or not handle.isatty()
        console = Console(file=handle, width=160 if wide else None, soft_wrap=False)
        for doc in docs:
            for message in doc.warnings:
                warn(doc.id, message)
            records: list[dict[str, Any]] = []
            drops: list[Any] | None = [] if explain else None
            if doc.text.strip():
                try:
                    found = extract_claims(
                        doc.text,
                        doc_id=doc.id,
                        published=doc.published,
                        language=doc.language,
                        stored=doc.stored,
                        why=drops,
                    )
                except FrontlineError as exc:
                    raise FrontlineError(exc.message, where=doc.id) from None
                except Exception as exc:  # a bug on one document: report, go on
                    warn(
                        doc.id,
                        f"claim extraction failed ({type(exc).__name__}: "
                        f"{exc}); no claims read",
                    )
                    failed += 1
                    found = []
                for claim in found:
                    rec = dict(claim_to_record(claim))
                    rec["doc_id"] = doc.id
                    records.append(rec)
            if drops:
                _explain(doc.id, drops)
            if fmt == "table":
                _table(doc, records, console)
                continue
            show_text = doc.format == "html" if with_text is None else with_text
            if show_text:
                handle.write(_json_line(doc.record()))
            for rec in records:
                handle.write(_json_line(rec))
    return 1 if failed else 0


def register(app: typer.Typer) -> None:
    """Add ``frontline claims`` to the app."""

    @app.command("claims")
    def claims(
        inputs: Annotated[
            list[str],
            typer.Argument(
                metavar="INPUT...",
                help=".txt or .html file, http(s) URL, - (stdin), or .jsonl of "
                'documents {"id", "text" or "html", "published", "language", '
                '"url"}.',
            ),
        ],
        published: Annotated[
            str | None,
            typer.Option(
                "--published",
                metavar="DATE",
                help="Publication date (YYYY-MM-DD) for relative periods; a "
                ".jsonl record's own date wins; beats HTML page metadata.",
            ),
        ] = None,
        lang: Annotated[
            str | None,
            typer.Option(
                "--lang",
                metavar="en|uk|ru",
                help="Language (default: a .jsonl record's own, else detected).",
            ),
        ] = None,
        fmt: Annotated[
            str,
            typer.Option(
                "--format",
                metavar="jsonl|table",
                help="One JSON claim a line, or a table per document.",
            ),
        ] = "jsonl",
        allow_private: Annotated[
            bool,
            typer.Option(
                "--allow-private",
                help="Allow URLs on private, loopback and link-local addresses.",
            ),
        ] = False,
        out: Annotated[
            Path | None,
            typer.Option(
                "--out", metavar="FILE", help="Write here (atomically), not stdout."
            ),
        ] = None,
        with_text: Annotated[
            bool | None,
            typer.Option(
                "--with-text/--no-text",
                help="Put a document record line (with its text) before each "
                "document's claims (default: for HTML and URL inputs only).",
            ),
        ] = None,
        explain: Annotated[
            bool,
            typer.Option(
                "--explain",
                help="On stderr, for each trigger word that made no claim: "
                "sentence offset, trigger and the reason it was dropped.",
            ),
        ] = False,
    ) -> None:
        """Extract territorial claims (area, settlements, advances, fighting)."""
        code = claims_command(
            inputs,
            published=published,
            lang=lang,
            fmt=fmt,
            allow_private=allow_private,
            out=out,
            with_text=with_text,
            explain=explain,
        )
        if code:
            raise typer.Exit(code)
