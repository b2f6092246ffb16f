"""URL normalisation: one spelling per article, used as the cache key.

Lowercase scheme and host (IDNA/punycode), no default port, no fragment, no tracking parameters,
"/" for an empty path. The order of the remaining query parameters is kept: some sites give it
meaning, and a cache miss is cheaper than serving the wrong article.

The cache is shared by every user, so the normalised URL must be all that the server ever sees:
the bot fetches the normalised spelling (tracking parameters that carry a reader's identity, such
as `mc_eid`, are never sent), and a link with a user name or password is refused outright
(`CredentialsInURLError`), never stripped (see docs/security.md).
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

import httpx

from summarizer.errors import CredentialsInURLError, InvalidURLError

_TRACKING_EXACT = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "yclid", "msclkid", "twclid",
        "ttclid", "li_fat_id", "mc_cid", "mc_eid", "igshid", "igsh", "ref", "ref_src", "ref_url",
        "referrer", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "oly_anon_id",
        "oly_enc_id", "vero_id", "vero_conv", "wickedid", "rb_clickid", "s_cid", "cmpid",
        "ncid", "ocid", "sr_share", "share", "smid", "spm", "scm", "at_medium", "at_campaign",
        "__twitter_impression", "guccounter", "guce_referrer", "guce_referrer_sig", "amp",
    }
)  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "hmb_", "ga_", "itm_", "stm_")
_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _authority(url: str) -> str:
    """What stands between `//` and the path, read as RFC 3986 and httpx read it: the widest
    reading, so a backslash (a path separator to browsers) cannot hide a `user@` from us."""
    _, sep, rest = url.strip().partition("//")
    if not sep:
        return ""
    return re.split(r"[/?#]", rest, maxsplit=1)[0]


def has_credentials(url: str) -> bool:
    """Whether the link carries a user name or password (`http://user:pass@host/`)."""
    return "@" in _authority(url)


def refuse_credentials(url: str) -> None:
    """CredentialsInURLError for a link with userinfo; the error's detail is redacted."""
    if has_credentials(url):
        raise CredentialsInURLError(detail=redact_url(url))


def redact_url(url: str) -> str:
    """The link with any user name and password replaced by `***`: safe to log or echo."""
    authority = _authority(url)
    if "@" not in authority:
        return url
    head, _, tail = url.partition(authority)
    return head + "***@" + authority.rsplit("@", 1)[1] + tail


def is_tracking_param(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_EXACT or low.startswith(_TRACKING_PREFIXES)


def coerce_url(text: str) -> str:
    """Turn what a user typed into a URL: trim `<>`/quotes, add https:// to `example.com/x`."""
    text = text.strip().strip("<>\"'").strip()
    if not _SCHEME_RE.match(text):
        if text.startswith("//"):
            text = "https:" + text
        elif ":" in text.split("/", 1)[0] and not text.split("/", 1)[0].split(":")[-1].isdigit():
            return text  # mailto:, javascript:, ... : let the scheme check refuse it
        else:
            text = "https://" + text
    return text


def normalize_url(url: str) -> str:
    """The canonical spelling of an http(s) URL; InvalidURLError for anything else (and
    CredentialsInURLError for a link with a user name or password)."""
    refuse_credentials(url)
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidURLError(detail=f"{url!r}: {exc}") from None
    scheme = parsed.scheme.lower()
    host = url_host(parsed) and parsed.raw_host.decode("ascii").lower().rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host:  # "." alone is no host: "http://.//x/" is not x
        raise InvalidURLError(detail=f"{url!r}")
    if ":" in host:
        host = f"[{host}]"
    port = parsed.port
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    path = parsed.raw_path.decode("ascii").split("?", 1)[0] or "/"
    pieces = parsed.query.decode("ascii").split("&")
    query = "&".join(
        p for p in pieces if p and not is_tracking_param(unquote_plus(p.split("=")[0]))
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def url_host(url: httpx.URL) -> str:
    """The URL's host as text; InvalidURLError where httpx cannot decode it (a malformed
    punycode label such as `xn--` makes idna raise its own errors)."""
    try:
        return url.host
    except (UnicodeError, ValueError, IndexError) as exc:
        raise InvalidURLError(detail=f"bad host: {exc}") from None


def same_site(a: str, b: str) -> bool:
    """Whether two URLs belong to one site (so a page may name the other as its canonical).

    Hosts match after dropping `www.`, `m.`, `amp.` and `mobile.`; Google's AMP cache
    (`*.cdn.ampproject.org`) may point anywhere, since it only ever mirrors other sites.
    """
    ha, hb = (urlsplit(u).hostname or "" for u in (a, b))
    if not ha or not hb:
        return False
    if ha.endswith(".cdn.ampproject.org") or hb.endswith(".cdn.ampproject.org"):
        return True
    return _site_host(ha) == _site_host(hb)


def _site_host(host: str) -> str:
    host = host.lower().rstrip(".")
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            return host[len(prefix) :]
    return host
