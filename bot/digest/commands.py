"""Digest management commands: /subscribe, /unsubscribe, /subscriptions, /schedule, /digest,
/preview, /digestsettings, /export and OPML import, registered here; each group lives in its
own module (subscription_commands, schedule_commands, send_commands, opml_commands;
/filter: bot.digest.filter_commands).

Every command acts on a *target* chat and first checks the sender may manage it (see
bot.digest.target, which also handles picking a channel by forwarding one of its posts).
"""

from __future__ import annotations

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.callbacks import UnsubscribeButton
from bot.digest.filter_commands import filter_command
from bot.digest.opml_commands import export, import_opml
from bot.digest.schedule_commands import digest_settings, schedule
from bot.digest.send_commands import digest_now, preview
from bot.digest.subscription_commands import (
    subscribe,
    subscriptions,
    unsubscribe,
    unsubscribe_button,
)
from bot.digest.target import forwarded_pick

COMMANDS = {
    "subscribe": subscribe,
    "unsubscribe": unsubscribe,
    "subscriptions": subscriptions,
    "schedule": schedule,
    "digest": digest_now,
    "preview": preview,
    "digestsettings": digest_settings,
    "export": export,
    "filter": filter_command,
}


def register(application: Application) -> None:
    new_message = filters.UpdateType.MESSAGE
    for name, callback in COMMANDS.items():
        application.add_handler(CommandHandler(name, callback, filters=new_message))
    unsubscribe_pick = CallbackQueryHandler(unsubscribe_button, pattern=UnsubscribeButton.PATTERN)
    application.add_handler(unsubscribe_pick)
    opml = filters.Document.FileExtension("opml") | filters.Document.MimeType("text/x-opml")
    application.add_handler(MessageHandler(new_message & opml, import_opml))
    forwarded = new_message & filters.ChatType.PRIVATE & filters.FORWARDED
    application.add_handler(MessageHandler(forwarded, forwarded_pick), group=-1)
