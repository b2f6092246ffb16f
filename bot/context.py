"""The typed handler context: `context.resources` instead of casts out of a bot_data dict."""

from __future__ import annotations

from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.resources import BotResources


class GistContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotResources]):
    """CallbackContext whose bot_data is the shared BotResources."""

    @property
    def resources(self) -> BotResources:
        return self.bot_data


CONTEXT_TYPES = ContextTypes(context=GistContext, bot_data=BotResources)
