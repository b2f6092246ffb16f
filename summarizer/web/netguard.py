"""SSRF guard: which addresses a fetch may reach, and a transport that only connects to vetted ones.

Two layers, both applied at every redirect hop:

1. `check_url` looks at the URL alone (user name or password, scheme, `localhost` names, IP
   literals in every spelling `inet_aton` accepts: `2130706433`, `0x7f.1`, `017700000001`,
   `127.1`).
2. `GuardedTransport` resolves the host itself at connect time, refuses it if *any* address is
   not public, and connects to the address it checked (TLS SNI and the Host header keep the name).
   So DNS rebinding between a check and the connect is impossible: there is only one lookup.

`allow_private=True` lifts the address checks (tests on loopback, intranet deployments); the scheme
and syntax checks stay.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpcore
import httpx

from summarizer.errors import BlockedAddressError, InvalidURLError, UnreachableError
from summarizer.web.urls import refuse_credentials, url_host

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (host, port) -> IP address strings. Injected in tests so no outside DNS is ever used.
Resolver = Callable[[str, int], Awaitable[list[str]]]

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NUMERIC_HOST = re.compile(r"^[0-9a-fx.]+$", re.IGNORECASE)
_DIGITS = re.compile(r"^(0x[0-9a-f]*|0[0-7]*|[1-9][0-9]*)$", re.IGNORECASE)


async def system_resolve(host: str, port: int) -> list[str]:
    """Resolve with the event loop's getaddrinfo (threaded, never blocks the loop)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnreachableError(
            "The site's name could not be found.", detail=f"{host}: {exc}"
        ) from None
    seen: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = str(sockaddr[0]).split("%", 1)[0]  # drop an IPv6 zone id
        if address not in seen:
            seen.append(address)
    return seen


def parse_ipv4_loose(host: str) -> ipaddress.IPv4Address | None:
    """Read an IPv4 address the way inet_aton (and so getaddrinfo) would: 1-4 parts, any base.

    Returns None when `host` is not numeric at all; raises InvalidURLError for numeric nonsense
    such as `999.1.1.1`, which some resolvers would still turn into an address.
    """
    host = host.rstrip(".")
    if not host or not _NUMERIC_HOST.match(host) or not host[0].isdigit():
        return None
    parts = host.split(".")
    if len(parts) > 4 or not all(_DIGITS.match(p) for p in parts):
        # hex letters without 0x ("deadbeef.") are names, not numbers
        if all(p.isdigit() for p in parts if p):
            raise InvalidURLError(detail=f"not an IPv4 address: {host}")
        return None
    values = []
    for part in parts:
        low = part.lower()
        if low.startswith("0x"):
            values.append(int(low[2:] or "0", 16))
        elif len(low) > 1 and low.startswith("0"):
            values.append(int(low, 8))
        else:
            values.append(int(low))
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (5 - len(values)):
        raise InvalidURLError(detail=f"not an IPv4 address: {host}")
    number = 0
    for v in head:
        number = number * 256 + v
    number = number * 256 ** (5 - len(values)) + last
    return ipaddress.IPv4Address(number)


def parse_ip(host: str) -> IPAddress | None:
    """An IP literal in `host` (bracketed IPv6 or any IPv4 spelling), else None for a name."""
    bare = host.strip("[]")
    if ":" in bare:
        try:
            return ipaddress.IPv6Address(bare.split("%", 1)[0])
        except ValueError:
            raise InvalidURLError(detail=f"bad IPv6 literal: {host}") from None
    return parse_ipv4_loose(bare)


def blocked_reason(ip: IPAddress) -> str | None:
    """Why this address must not be fetched, or None when it is a public unicast address."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            reason = blocked_reason(embedded)
            return f"{reason} (embedded in {ip})" if reason else None
    if ip.is_unspecified:
        return "unspecified address"
    if ip.is_loopback:
        return "loopback address"
    if ip.is_link_local:
        return "link-local address (cloud metadata lives here)"
    if ip.is_multicast:
        return "multicast address"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT:
        return "carrier-grade NAT address"
    if ip.is_private:
        return "private network address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local address (fec0::/10, private by its old definition)"
    if ip.is_reserved:
        return "reserved address"
    if not ip.is_global:
        return "non-public address"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries: mapped (::ffff:), 6to4 (2002::/16), NAT64, compat."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if int(ip) >> 32 == 0 and int(ip) > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(int(ip))
    return None


def is_local_name(host: str) -> bool:
    """`localhost` and `*.localhost` always mean this machine (RFC 6761), whatever DNS says."""
    name = host.rstrip(".").lower()
    return name == "localhost" or name.endswith(".localhost")


def check_url(url: httpx.URL, *, allow_private: bool = False) -> None:
    """Refuse a URL on its face, before any lookup: credentials, scheme, local names, IP literals.

    Credentials are refused at every hop, so a redirect cannot make us send a password either.
    """
    refuse_credentials(str(url))
    if url.scheme not in ("http", "https"):
        raise InvalidURLError(detail=f"scheme {url.scheme!r}")
    host = url_host(url)
    if not host.rstrip("."):
        raise InvalidURLError(detail="no host")
    ip = parse_ip(host)  # raises InvalidURLError for numeric nonsense even when private is allowed
    if allow_private:
        return
    if is_local_name(host):
        raise BlockedAddressError(detail=f"local name {host}")
    if ip is not None and (reason := blocked_reason(ip)):
        raise BlockedAddressError(detail=f"{host}: {reason}")


async def vet_host(
    host: str, port: int, *, resolver: Resolver = system_resolve, allow_private: bool = False
) -> list[str]:
    """Addresses `host` may be reached at; BlockedAddressError if any of them is not public."""
    ip = parse_ip(host)
    if ip is not None:
        addresses = [str(ip)]
    else:
        if not allow_private and is_local_name(host):
            raise BlockedAddressError(detail=f"local name {host}")
        addresses = await resolver(host, port)
        if not addresses:
            raise UnreachableError("The site's name could not be found.", detail=host)
    if not allow_private:
        for address in addresses:
            parsed = parse_ip(address)
            reason = "unparseable address" if parsed is None else blocked_reason(parsed)
            if reason:
                raise BlockedAddressError(detail=f"{host} -> {address}: {reason}")
    return addresses


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """An httpcore backend whose connect_tcp resolves, vets, then dials the vetted IP only."""

    def __init__(
        self,
        *,
        resolver: Resolver = system_resolve,
        allow_private: bool = False,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._resolver = resolver
        self._allow_private = allow_private
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await vet_host(
                    host, port, resolver=self._resolver, allow_private=self._allow_private
                )
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        last: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectTimeout:
                raise
            except (httpcore.ConnectError, OSError) as exc:
                last = exc
        raise httpcore.ConnectError(str(last or f"could not connect to {host}"))

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddressError(detail="unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport (TLS, pooling, HTTP/1.1) on top of the guarded backend, no proxies.

    Proxies are refused by construction: a proxy would resolve names itself and defeat the pin.
    """

    def __init__(
        self,
        *,
        resolver: Resolver = system_resolve,
        allow_private: bool = False,
        inner_backend: httpcore.AsyncNetworkBackend | None = None,
        limits: httpx.Limits | None = None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        limits = limits or httpx.Limits(max_connections=50, max_keepalive_connections=10)
        super().__init__(verify=verify, trust_env=False, limits=limits)
        pool = self._pool  # built by httpx from the same arguments; we only swap its backend
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=pool._ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=GuardedNetworkBackend(
                resolver=resolver, allow_private=allow_private, inner=inner_backend
            ),
        )
