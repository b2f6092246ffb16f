"""Test pages written for gistbot's own tests (all texts are our own), plus a tiny PDF writer."""

from __future__ import annotations

from pathlib import Path

PAGES = Path(__file__).parent


def page(name: str) -> str:
    """The text of tests/pages/<name>.html (stored as UTF-8; tests re-encode as needed)."""
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def make_pdf(lines: list[str], *, title: str | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica page, one text line per entry ("" = blank line).

    Written by hand (objects + xref table) so the test does not depend on the reader it tests.
    """

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*" if line else "T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    if title is not None:
        objects.append(b"<< /Title (" + esc(title).encode("latin-1") + b") >>")
    info = b" /Info %d 0 R" % len(objects) if title is not None else b""
    return pdf_file(objects, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", trailer=info)


def pdf_file(objects: list[bytes], *, header: bytes = b"%PDF-1.4\n", trailer: bytes = b"") -> bytes:
    """Numbered objects (the first is the catalog), the xref table and the trailer around them."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)
