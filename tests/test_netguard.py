"""The SSRF guard: every address family refused, by URL and by resolution, without outside DNS."""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import subprocess

import httpx
import pytest

from summarizer.errors import BlockedAddressError, InvalidURLError, UnreachableError
from summarizer.web.fetch import Fetcher, FetchPolicy
from summarizer.web.netguard import (
    GuardedTransport,
    blocked_reason,
    check_url,
    parse_ip,
    parse_ipv4_loose,
    vet_host,
)
from tests.servers.http import FakeDNS, LoopbackHTTPServer, loopback_dialer

PUBLIC = "93.184.216.34"

BLOCKED_ADDRESSES = [
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.5",
    "172.16.3.4",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "169.254.0.1",
    "100.64.0.1",  # carrier-grade NAT
    "100.127.255.254",
    "224.0.0.251",  # multicast
    "239.1.2.3",
    "240.0.0.1",  # reserved
    "255.255.255.255",
    "0.0.0.0",
    "192.0.2.10",  # documentation
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",  # IPv4-mapped
    "::ffff:169.254.169.254",
    "::ffff:10.1.2.3",
    "2002:7f00:1::",  # 6to4 carrying 127.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 carrying 169.254.169.254
    "64:ff9b::a9fe:a9fe",  # NAT64 carrying 169.254.169.254
    "64:ff9b::7f00:1",
    "::127.0.0.1",  # deprecated IPv4-compatible
]


@pytest.mark.parametrize("address", BLOCKED_ADDRESSES)
def test_non_public_addresses_are_blocked(address: str) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize(
    "address", [PUBLIC, "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]
)
def test_public_addresses_pass(address: str) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) is None


def test_nat64_of_a_public_address_passes() -> None:
    assert blocked_reason(ipaddress.ip_address("64:ff9b::5db8:d822")) is None  # 93.184.216.34


@pytest.mark.parametrize(
    ("spelling", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("0177.0.0.01", "127.0.0.1"),
        ("0xA9.0xFE.0xA9.0xFE", "169.254.169.254"),
        ("2852039166", "169.254.169.254"),
        ("0", "0.0.0.0"),
        ("10.0.0.5.", "10.0.0.5"),
    ],
)
def test_loose_ipv4_spellings_are_read_like_inet_aton(spelling: str, address: str) -> None:
    assert parse_ipv4_loose(spelling) == ipaddress.IPv4Address(address)


@pytest.mark.parametrize("name", ["example.com", "1e100.net", "deadbeef", "a.b", "123.example"])
def test_names_are_not_mistaken_for_addresses(name: str) -> None:
    assert parse_ip(name) is None


@pytest.mark.parametrize("bad", ["999.1.1.1", "1.2.3.256", "08", "1..1", "4294967296"])
def test_numeric_nonsense_is_invalid(bad: str) -> None:
    with pytest.raises(InvalidURLError):
        parse_ip(bad)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://017700000001/",
        "http://127.1/",
        "http://0.0.0.0/",
        "http://[::]/",
        "http://[::1]:8080/x",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.1.1/",
        "http://localhost/",
        "http://LOCALHOST./",
        "http://app.localhost/",
        "https://10.0.0.1/",
    ],
)
def test_check_url_refuses_local_targets(url: str) -> None:
    with pytest.raises(BlockedAddressError):
        check_url(httpx.URL(url))


@pytest.mark.parametrize("url", ["ftp://example.com/", "file:///etc/passwd", "gopher://x/"])
def test_check_url_refuses_other_schemes_even_when_private_is_allowed(url: str) -> None:
    with pytest.raises(InvalidURLError):
        check_url(httpx.URL(url), allow_private=True)


def test_allow_private_lifts_the_address_checks() -> None:
    check_url(httpx.URL("http://127.0.0.1:8000/"), allow_private=True)
    check_url(httpx.URL("http://localhost/"), allow_private=True)


async def test_vet_host_refuses_a_name_resolving_to_a_private_address() -> None:
    dns = FakeDNS({"intranet.example": "10.0.0.5"})
    with pytest.raises(BlockedAddressError):
        await vet_host("intranet.example", 80, resolver=dns)
    assert dns.asked == ["intranet.example"]


async def test_vet_host_refuses_when_any_address_is_private() -> None:
    dns = FakeDNS({"mixed.example": [PUBLIC, "169.254.169.254"]})
    with pytest.raises(BlockedAddressError):
        await vet_host("mixed.example", 443, resolver=dns)


async def test_vet_host_never_resolves_localhost_or_literals() -> None:
    dns = FakeDNS({"localhost": PUBLIC, "sub.localhost": PUBLIC})
    for host in ("localhost", "sub.localhost"):
        with pytest.raises(BlockedAddressError):
            await vet_host(host, 80, resolver=dns)
    assert await vet_host("8.8.8.8", 80, resolver=dns) == ["8.8.8.8"]
    assert dns.asked == []


async def test_vet_host_passes_public_names_and_unknown_names_fail_cleanly() -> None:
    dns = FakeDNS({"news.example": [PUBLIC]})
    assert await vet_host("news.example", 80, resolver=dns) == [PUBLIC]
    with pytest.raises(UnreachableError):
        await vet_host("nowhere.example", 80, resolver=dns)


# -- through the real Fetcher and transport: nothing may reach the server ------------------------


@pytest.mark.parametrize(
    "spelling", ["127.0.0.1", "2130706433", "0x7f.1", "017700000001", "127.1", "[::ffff:127.0.0.1]"]
)
async def test_default_policy_refuses_the_loopback_server(http_server, spelling: str) -> None:
    http_server.route("/secret", "<p>internal</p>")
    async with Fetcher(FetchPolicy()) as fetcher:
        with pytest.raises(BlockedAddressError):
            await fetcher.fetch(f"http://{spelling}:{http_server.port}/secret")
    assert http_server.requests == []


@pytest.mark.parametrize("address", ["10.0.0.5", "169.254.169.254", "100.64.0.1", "::1", "fc00::5"])
async def test_a_name_resolving_to_a_blocked_address_is_never_dialed(http_server, address) -> None:
    dialer = loopback_dialer(http_server, PUBLIC)
    dns = FakeDNS({"sneaky.example": address})
    transport = GuardedTransport(resolver=dns, inner_backend=dialer)
    async with Fetcher(FetchPolicy(), transport=transport) as fetcher:
        with pytest.raises(BlockedAddressError):
            await fetcher.fetch(f"http://sneaky.example:{http_server.port}/")
    assert dns.asked == ["sneaky.example"]
    assert dialer.dialed == []
    assert http_server.requests == []


async def test_the_transport_connects_to_the_vetted_address_and_keeps_the_host_name(
    http_server,
) -> None:
    http_server.route("/a", "<p>hello</p>")
    dialer = loopback_dialer(http_server, PUBLIC)
    transport = GuardedTransport(resolver=FakeDNS({"news.example": PUBLIC}), inner_backend=dialer)
    async with Fetcher(FetchPolicy(), transport=transport) as fetcher:
        page = await fetcher.fetch(f"http://news.example:{http_server.port}/a")
    assert page.body == b"<p>hello</p>"
    assert dialer.dialed == [(PUBLIC, http_server.port)]  # the address checked is the one dialed
    assert http_server.requests[0].headers["host"] == f"news.example:{http_server.port}"


async def test_dns_rebinding_cannot_slip_through(http_server) -> None:
    """A name that answers public first and private after: each connect is vetted on its own."""
    http_server.route("/a", "<p>hello</p>", headers={"Connection": "close"})
    answers = iter([[PUBLIC], ["127.0.0.1"]])

    async def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    dialer = loopback_dialer(http_server, PUBLIC)
    transport = GuardedTransport(resolver=rebinding, inner_backend=dialer)
    async with Fetcher(FetchPolicy(), transport=transport) as fetcher:
        await fetcher.fetch(f"http://rebind.example:{http_server.port}/a")
        with pytest.raises(BlockedAddressError):
            await fetcher.fetch(f"http://rebind.example:{http_server.port}/a")
    assert dialer.dialed == [(PUBLIC, http_server.port)]


def _self_signed(tmp_path, name: str) -> tuple[str, str]:
    """A throwaway certificate for `name` made with the openssl CLI (no extra Python package)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    cert, key = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1", "-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return str(cert), str(key)


@pytest.mark.parametrize(("cert_name", "works"), [("news.example", True), ("other.example", False)])
async def test_tls_verifies_the_name_while_dialing_the_pinned_address(
    tmp_path, cert_name: str, works: bool
) -> None:
    cert, key = _self_signed(tmp_path, cert_name)
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=cert)
    with LoopbackHTTPServer(server_context) as server:
        server.route("/a", "<p>secure</p>")
        dialer = loopback_dialer(server, PUBLIC)
        transport = GuardedTransport(
            resolver=FakeDNS({"news.example": PUBLIC}), inner_backend=dialer, verify=client_context
        )
        async with Fetcher(FetchPolicy(), transport=transport) as fetcher:
            if works:
                page = await fetcher.fetch(f"https://news.example:{server.port}/a")
                assert page.body == b"<p>secure</p>"
                assert server.requests[0].headers["host"] == f"news.example:{server.port}"
            else:
                with pytest.raises(UnreachableError):
                    await fetcher.fetch(f"https://news.example:{server.port}/a")
        assert dialer.dialed == [(PUBLIC, server.port)]
        assert server.sni_names == ["news.example"]
