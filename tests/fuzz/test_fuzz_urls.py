"""Fuzzing what users type as links: URL normalisation and coercion, and the SSRF guard.

The guard's property is checked against the C library: every spelling of a refused address that
`socket.inet_aton` (what getaddrinfo uses for numbers) reads as that address must be refused.
"""

from __future__ import annotations

import ipaddress
import socket

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summarizer.errors import BlockedAddressError, GistError, InvalidURLError
from summarizer.web.netguard import blocked_reason, check_url, parse_ip, parse_ipv4_loose
from summarizer.web.urls import coerce_url, normalize_url

# Addresses ipaddress calls private, loopback or link-local (and carrier-grade NAT, also refused).
REFUSED_V4 = [
    "0.0.0.0/8",
    "10.0.0.0/8",
    "100.64.0.0/10",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "172.16.0.0/12",
    "192.0.0.0/29",
    "192.0.0.170/31",
    "192.0.2.0/24",
    "192.168.0.0/16",
    "198.18.0.0/15",
    "198.51.100.0/24",
    "203.0.113.0/24",
    "240.0.0.0/4",
]
REFUSED_V6 = ["::1/128", "fe80::/10", "fc00::/7", "2001:db8::/32", "100::/64"]

_URL_PIECES = st.sampled_from(
    ["http://", "https://", "HTTP://", "//", "ftp://", "javascript:", "https:/", "mailto:", "", ":"]
)
_HOST_CHARS = st.sampled_from([*"abc.-:[]@%019xX_ ", "é", "ß", "\x00", "\t", "xn--", "::1"])
_REST_PIECES = st.sampled_from(
    ["/", "?", "#", "&", "=", "%", "+", " ", "a", ".", "..", "utm_source=x", "ref=y", "é", "%zz",
     "%2F", ":80", ":443", ":8080", "@"]
)  # fmt: skip


@st.composite
def url_like(draw: st.DrawFn) -> str:
    """Text shaped like a link: a scheme-ish start, a host-ish middle, a path/query-ish end."""
    host = "".join(draw(st.lists(_HOST_CHARS, max_size=12)))
    rest = "".join(draw(st.lists(_REST_PIECES, max_size=10)))
    return draw(_URL_PIECES) + host + rest


anything = st.one_of(st.text(max_size=80), url_like())


@given(anything)
@example("https://Example.COM:443/a?utm_source=x&b=1#frag")
@example("http://[::1]:80")
def test_normalize_url_gives_one_spelling_or_invalid_url(raw: str) -> None:
    """A normalised URL is http(s) and normalises to itself: it is a stable cache key."""
    try:
        url = normalize_url(raw)
    except InvalidURLError:
        return
    assert url.startswith(("http://", "https://"))
    assert "#" not in url
    assert normalize_url(url) == url


@pytest.mark.parametrize("raw", ["http://.//victim.example/a", "HTTP://.//ref", "http://../x"])
def test_a_host_of_only_dots_is_no_host(raw: str) -> None:
    """Stripped of its dots, the path's // would read as another site's host (a cache key
    shared with `http://victim.example/a`): such a link is refused instead."""
    with pytest.raises(InvalidURLError):
        normalize_url(raw)
    with pytest.raises(InvalidURLError):
        check_url(httpx.URL(raw))


@given(anything)
def test_coerce_url_never_raises_and_is_stable(typed: str) -> None:
    """What a user typed becomes a string; coercing that again changes nothing."""
    url = coerce_url(typed)
    assert isinstance(url, str)
    assert coerce_url(url) == url


@given(anything)
def test_check_url_raises_only_library_errors(raw: str) -> None:
    """Any URL httpx accepts is let through or refused with a GistError, nothing else."""
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError, ValueError):
        return
    try:
        check_url(url)
    except GistError as exc:
        assert isinstance(exc, InvalidURLError | BlockedAddressError)


@pytest.mark.parametrize("raw", ["http://xn--", "http://xn--a", "http://xn--0/x"])
def test_a_bad_punycode_host_is_an_invalid_url(raw: str) -> None:
    with pytest.raises(InvalidURLError):
        normalize_url(raw)
    with pytest.raises(InvalidURLError):
        check_url(httpx.URL(raw))


# -- every spelling of a refused address -------------------------------------------------------


IP = ipaddress.IPv4Address | ipaddress.IPv6Address


def _is_refused_kind(ip: IP) -> bool:
    """What the guard must refuse, in ipaddress's own words (this Python's version of them)."""
    in_cgnat = ip.version == 4 and ip in ipaddress.ip_network("100.64.0.0/10")
    return ip.is_private or ip.is_loopback or ip.is_link_local or in_cgnat


def _refused(networks: list[str]) -> st.SearchStrategy[IP]:
    addresses = st.sampled_from(networks).flatmap(lambda net: st.ip_addresses(network=net))
    return addresses.filter(_is_refused_kind)


@st.composite
def _number(draw: st.DrawFn, value: int) -> str:
    """One part of an inet_aton address in decimal, octal (leading 0) or hex (0x, any case)."""
    base = draw(st.sampled_from(["dec", "oct", "hex"]))
    if base == "dec":
        return str(value)
    zeros = "0" * draw(st.integers(0, 3))
    if base == "oct":
        return "0" + zeros + format(value, "o")
    digits = format(value, "X" if draw(st.booleans()) else "x")
    return draw(st.sampled_from(["0x", "0X"])) + zeros + digits


@st.composite
def inet_aton_spelling(draw: st.DrawFn, ip: ipaddress.IPv4Address) -> str:
    """`ip` as 1 to 4 dot-separated numbers (the last one takes the remaining bytes)."""
    packed = ip.packed
    parts = draw(st.integers(1, 4))
    head = list(packed[: parts - 1])
    last = int.from_bytes(packed[parts - 1 :], "big")
    text = ".".join([*(draw(_number(v)) for v in head), draw(_number(last))])
    return text + ("." if draw(st.booleans()) else "")


@st.composite
def v4_spelling(draw: st.DrawFn) -> tuple[ipaddress.IPv4Address, str]:
    ip = draw(_refused(REFUSED_V4))
    return ip, draw(inet_aton_spelling(ip))


def _embedded_v6(ip: ipaddress.IPv4Address) -> list[str]:
    """IPv6 literals that carry `ip`: mapped, NAT64, 6to4, IPv4-compatible, long form."""
    hi, lo = int(ip) >> 16, int(ip) & 0xFFFF
    spellings = [
        f"::ffff:{ip}",
        f"::FFFF:{hi:x}:{lo:x}",
        f"0:0:0:0:0:ffff:{ip}",
        f"64:ff9b::{ip}",
        f"2002:{hi:x}:{lo:x}::1",
    ]
    if int(ip) > 1:
        spellings.append(f"::{ip}")
    return spellings


def _refuses(literal: str) -> None:
    """The URL with this host is never fetched: httpx rejects it or check_url blocks it."""
    for url_text in (f"http://{literal}/", f"https://{literal}:8443/path?q=1"):
        try:
            url = httpx.URL(url_text)
        except httpx.InvalidURL:
            continue  # never reaches a socket
        with pytest.raises(BlockedAddressError):
            check_url(url)


@given(v4_spelling())
@example((ipaddress.IPv4Address("127.0.0.1"), "0x7f.1"))
@example((ipaddress.IPv4Address("169.254.169.254"), "2852039166"))
def test_every_inet_aton_spelling_of_a_refused_ipv4_is_refused(
    case: tuple[ipaddress.IPv4Address, str],
) -> None:
    ip, spelling = case
    bare = spelling.rstrip(".")
    assert ipaddress.IPv4Address(socket.inet_aton(bare)) == ip  # the generator spells it right
    assert parse_ip(spelling) == ip
    assert blocked_reason(ip) is not None
    _refuses(spelling)


@given(_refused(REFUSED_V4))
def test_ipv4_inside_ipv6_is_refused(ip: ipaddress.IPv4Address) -> None:
    for literal in _embedded_v6(ip):
        assert blocked_reason(ipaddress.IPv6Address(literal)) is not None
        _refuses(f"[{literal}]")


@given(_refused(REFUSED_V6), st.sampled_from(["", "%25eth0", "%251"]), st.booleans())
def test_refused_ipv6_is_refused_in_any_case_and_with_a_zone(
    ip: ipaddress.IPv6Address, zone: str, upper: bool
) -> None:
    literal = (ip.exploded if upper else ip.compressed) + zone
    _refuses(f"[{literal.upper() if upper else literal}]")


def test_site_local_ipv6_is_refused() -> None:
    assert ipaddress.IPv6Address("fec0::1").is_site_local
    with pytest.raises(BlockedAddressError):
        check_url(httpx.URL("http://[fec0::1]/"))


@given(st.text(st.sampled_from("0123456789xX.abcdefABCDEF"), min_size=1, max_size=24))
@example("0x7f.1")
@example("017700000001")
@example("127.1")
def test_parse_ipv4_loose_reads_numbers_as_inet_aton_does(host: str) -> None:
    """Whatever inet_aton turns into an address, the guard turns into the same one (it may
    refuse more, never less); nothing but InvalidURLError comes out."""
    try:
        ours = parse_ipv4_loose(host)
    except InvalidURLError:
        return  # refused outright
    try:
        theirs = ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return
    assert ours == theirs
