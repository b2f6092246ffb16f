"""What the fetched bytes are (sniffing) and how to turn them into text (charset).

Content-Type headers lie often enough (images served as text/html, HTML as octet-stream, a
server-wide `charset=iso-8859-1` over a Windows-1251 page) that the bytes get the last word:

* kind: magic numbers first, then a look for HTML markup, then the header, then "is this text?".
* charset: BOM, then the header (unless it fails to decode, or is the classic Latin-1 default
  contradicted by the page; a Latin-1 label on bytes that are UTF-8 loses to UTF-8), then the
  page's own `<meta charset>` / http-equiv / XML declaration, then charset-normalizer's
  detection, then UTF-8 with replacement characters.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from summarizer.text.chars import ASCII_LETTERS, count_ascii

SNIFF_BYTES = 1024

# kind -> how a user message names it
KIND_NAMES = {
    "image": "an image",
    "video": "a video",
    "audio": "an audio file",
    "archive": "an archive",
    "feed": "a news feed",
    "json": "data (JSON)",
    "binary": "a file",
}
ARTICLE_KINDS = frozenset({"html", "text", "pdf"})

_MAGIC: tuple[tuple[bytes, int, str, str], ...] = (
    (b"%PDF-", 0, "pdf", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image", "image/png"),
    (b"GIF87a", 0, "image", "image/gif"),
    (b"GIF89a", 0, "image", "image/gif"),
    (b"\xff\xd8\xff", 0, "image", "image/jpeg"),
    (b"BM", 0, "image", "image/bmp"),
    (b"II*\x00", 0, "image", "image/tiff"),
    (b"MM\x00*", 0, "image", "image/tiff"),
    (b"\x00\x00\x01\x00", 0, "image", "image/x-icon"),
    (b"WEBP", 8, "image", "image/webp"),
    (b"AVI ", 8, "video", "video/x-msvideo"),
    (b"WAVE", 8, "audio", "audio/wav"),
    (b"\x1aE\xdf\xa3", 0, "video", "video/webm"),
    (b"ID3", 0, "audio", "audio/mpeg"),
    (b"OggS", 0, "audio", "audio/ogg"),
    (b"fLaC", 0, "audio", "audio/flac"),
    (b"PK\x03\x04", 0, "archive", "application/zip"),
    (b"\x1f\x8b", 0, "archive", "application/gzip"),
    (b"BZh", 0, "archive", "application/x-bzip2"),
    (b"7z\xbc\xaf\x27\x1c", 0, "archive", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", 0, "archive", "application/vnd.rar"),
    (b"\xfd7zXZ\x00", 0, "archive", "application/x-xz"),
    (b"MZ", 0, "binary", "application/x-msdownload"),
    (b"\x7fELF", 0, "binary", "application/x-executable"),
)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|title|meta|p|div|article|h1|br"
    rb"|table|a\s|script|style|noscript|iframe|font|b[\s>]|link\s)",
    re.IGNORECASE | re.DOTALL,
)
# With no declared type (a file, stdin), markup further in: a saved page may open with a broken
# doctype ("<!DOCTYPE htm"), a damaged byte-order mark or a stray `<link>` before `<html>`.
_HTML_TAG = re.compile(
    rb"<(html|head|body|div|p|span|a|img|script|style|meta|link|table|tr|td|ul|li|form|br|h[1-6])"
    rb"[\s>/]",
    re.IGNORECASE,
)
_DOCUMENT_TAGS = frozenset((b"html", b"head", b"body"))
MIN_HTML_TAGS = 3  # different tag names in the head that make undeclared text markup
# A local file's type from its name (a saved page is ".html" whatever its first bytes are).
_SUFFIX_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".shtml": "text/html",
    ".pdf": "application/pdf",
}
_XML_START = re.compile(rb"^\s*<\?xml", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_XHTML_ROOT = re.compile(rb"<html[\s>]", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels browsers treat as a superset (WHATWG Encoding): decode with the superset.
_SUPERSETS = {
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "tis_620": "cp874",
}
_LATIN1_DEFAULTS = frozenset({"cp1252"})
# Letters and marks of Western European text as Windows-1252 has them (see _reads_as_western).
_WESTERN = frozenset(
    "àâäçéèêëîïôöùûüÿœæñáíóúãõåßÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÑÁÍÓÚÃÕÅ’‘“”„–—…€«»°·¿¡\u00a0ºª×£§©®™•"
)
_MAX_WESTERN_SHARE = 0.3  # accented letters among all letters: more is another script
_ASCII = bytes(range(0x80))


@dataclass(frozen=True, slots=True)
class Sniffed:
    kind: str  # html, text, pdf, feed, json, image, video, audio, archive, binary
    mime: str


def unsupported_message(kind: str, mime: str) -> str:
    """The reply for a link whose sniffed `kind` is not one of ARTICLE_KINDS."""
    what = KIND_NAMES.get(kind, "a file")
    return f"The link points to {what} ({mime}), not an article."


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def header_charset(content_type: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def sniff(content_type: str | None, body: bytes) -> Sniffed:
    """Decide what the body is; bytes beat the header whenever they are unambiguous."""
    declared = media_type(content_type)
    head = body[:SNIFF_BYTES]
    for magic, offset, kind, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if offset and head[:4] != b"RIFF":
                continue
            if len(magic) <= 4 and _looks_like_text(head) and b"\x00" not in magic:
                continue  # "BMW shares rose..." is text, not a bitmap
            return Sniffed(kind, declared if _kind_of(declared) == kind else mime)
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"avif", b"mif1"):
            return Sniffed("image", declared if declared.startswith("image/") else "image/heic")
        if brand.startswith(b"M4A"):
            return Sniffed("audio", "audio/mp4")
        return Sniffed("video", declared if declared.startswith("video/") else "video/mp4")
    text_head = _strip_bom(head)
    if _HTML_START.match(text_head):
        return Sniffed("html", declared if _kind_of(declared) == "html" else "text/html")
    if _XML_START.match(text_head) or declared.endswith("xml"):
        if _FEED_ROOT.search(head):
            return Sniffed("feed", declared or "application/rss+xml")
        if _XHTML_ROOT.search(head) or "xhtml" in declared:
            return Sniffed("html", declared or "application/xhtml+xml")
        if b"<svg" in head:
            return Sniffed("image", "image/svg+xml")
    if not declared and _has_markup(text_head):
        return Sniffed("html", "text/html")
    declared_kind = _kind_of(declared)
    if declared_kind not in (None, "binary"):
        if declared_kind == "text" and not _looks_like_text(head):
            return Sniffed("binary", declared)
        return Sniffed(declared_kind, declared)
    if _looks_like_text(head):
        return Sniffed("text", "text/plain")
    return Sniffed("binary", declared or "application/octet-stream")


def local_sniff(data: bytes, name: str = "-") -> Sniffed:
    """What a local file (or stdin, "-") is: its name's suffix stands for the Content-Type a
    server would send, so a saved page is HTML however its first bytes look."""
    suffix = name[name.rfind(".") :].lower() if "." in name.rsplit("/", 1)[-1] else ""
    return sniff(_SUFFIX_TYPES.get(suffix, ""), data[:SNIFF_BYTES])


def _has_markup(head: bytes) -> bool:
    """Whether text of no declared type is HTML markup: a document tag (`<html>`, `<head>`,
    `<body>`) or MIN_HTML_TAGS different tags in its first bytes; a note that names a `<b>`
    tag is still text."""
    if not _looks_like_text(head):
        return False
    names = {match[1].lower() for match in _HTML_TAG.finditer(head)}
    return bool(names & _DOCUMENT_TAGS) or len(names) >= MIN_HTML_TAGS


def _kind_of(mime: str) -> str | None:
    if not mime:
        return None
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in ("application/pdf", "application/x-pdf"):
        return "pdf"
    if mime in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if mime == "application/json" or mime.endswith("+json"):
        return "json"
    if mime.startswith("text/") or mime in ("application/xml",):
        return "text"
    top = mime.split("/", 1)[0]
    if top in ("image", "video", "audio"):
        return top
    if any(word in mime for word in ("zip", "tar", "rar", "7z", "compress", "gzip", "bzip")):
        return "archive"
    return "binary"


def _looks_like_text(head: bytes) -> bool:
    head = _strip_bom(head)
    if not head:
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= len(head) // 100


def _strip_bom(data: bytes) -> bytes:
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :]
    return data


def python_codec(label: str | None) -> str | None:
    """A Python codec name for a charset label (browser supersets applied), None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _SUPERSETS.get(name, name)


def declared_in_document(body: bytes) -> str | None:
    """The charset the document names for itself (meta charset, http-equiv, XML declaration)."""
    head = body[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    codec = python_codec(match.group(1).decode("ascii", "ignore"))
    # a page can't truthfully declare UTF-16 in bytes we just read as ASCII (WHATWG: use UTF-8)
    return "utf_8" if codec and codec.startswith("utf_16") else codec


def decode(body: bytes, charset: str | None = None) -> tuple[str, str]:
    """Text and the codec actually used. Never raises; mojibake only when every clue is wrong."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace"), codec
    from_header = python_codec(charset)
    from_document = declared_in_document(body)
    if from_header in _LATIN1_DEFAULTS and from_document and from_document != from_header:
        from_header = None  # the server-wide Latin-1 default loses to the page's own declaration
    for codec in (from_header, from_document):
        if codec in _LATIN1_DEFAULTS and (text := _as_utf8(body)) is not None:
            return text, "utf_8"
        if codec:
            try:
                return body.decode(codec), codec
            except UnicodeDecodeError:
                continue
    detected = detect(body)
    if detected:
        return body.decode(detected, errors="replace"), detected
    return body.decode("utf-8", errors="replace"), "utf_8"


def _as_utf8(body: bytes) -> str | None:
    """The text, when bytes labelled Latin-1 are UTF-8 with letters past ASCII: a page saved as
    UTF-8 that kept its old `<meta charset=iso-8859-1>`. Windows-1252 text is almost never
    valid UTF-8 ("é" alone is an invalid byte), so the label is what is wrong."""
    if body.isascii():
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def detect(body: bytes) -> str | None:
    """charset-normalizer's best guess for the first 256 KB (enough, and bounded in time)."""
    from charset_normalizer import from_bytes

    sample = body[: 256 * 1024]
    try:
        sample.decode("utf-8")
        return "utf_8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4 and len(body) > len(sample):
            return "utf_8"  # cut mid-character by the sample boundary
    if _reads_as_western(sample):
        return "cp1252"
    best = from_bytes(sample).best()
    return python_codec(best.encoding) if best is not None else None


def _reads_as_western(sample: bytes) -> bool:
    """Whether Windows-1252 reads the bytes as a Western European text: every byte past ASCII
    a letter of French, Spanish, Portuguese, Dutch or German words (most Italian ones), or their
    punctuation, and few of them among the letters. charset-normalizer, asked alone, takes
    such texts for Baltic (cp775) or Central European (cp1250): "mañana" -> "mańana".
    Central European and Cyrillic texts need characters outside the set (ą, ř, р, ...), or
    would be mostly high bytes. Nordic "ø" and Italian "ì"/"ò" are left out: read from Czech
    they are "ř", "ě" and "ň" (those texts go to charset-normalizer, as before).
    """
    high = sample.translate(None, _ASCII)  # bytes.translate: a C loop over 256 KB
    if not high:
        return False
    text = high.decode("cp1252", errors="replace")
    if not set(text) <= _WESTERN:
        return False
    letters = count_ascii(sample, ASCII_LETTERS)
    return sum(map(str.isalpha, text)) <= _MAX_WESTERN_SHARE * (letters + len(text))
