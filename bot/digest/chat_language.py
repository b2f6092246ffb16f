"""A chat's language for what the digest jobs write into it: digest headings and feed alerts.

Apart from the jobs because two of them need it (the deliverer's headings, bot.digest.jobs; the
feed alerts, bot.digest.feed_tick) and it is a rule of its own: the chat's /settings or
/digestsettings choice, else English.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.digest.build import DigestOptions
from bot.i18n import pick_language, t
from bot.resources import BotResources
from bot.storage import chats


async def chat_language(resources: BotResources, chat_id: int) -> str:
    """A chat's interface language (its /settings or /digestsettings choice, else English)."""
    prefs = await chats.load_prefs(resources.db, chat_id)
    return pick_language(prefs.language, None)


def localizer(resources: BotResources) -> Callable[[int, DigestOptions], Awaitable[DigestOptions]]:
    async def localize(chat_id: int, options: DigestOptions) -> DigestOptions:
        lang = await chat_language(resources, chat_id)
        return replace(
            options,
            heading=t(lang, "digest.heading"),
            new_label=t(lang, "digest.new"),
            more_label=t(lang, "digest.more"),
            empty_label=t(lang, "digest.empty"),
        )

    return localize
