"""When and how a chat's digest comes: /schedule and /digestsettings.

Both parse what the admin typed (bot.digest.schedule, bot.digest.setting_args) and answer a
mistake with the catalog's wording of it (`detail`), values escaped.
"""

from __future__ import annotations

from dataclasses import replace

from telegram import Update

from bot.context import GistContext
from bot.digest.schedule import ScheduleError, next_run, parse_schedule
from bot.digest.setting_args import SettingError, parse_setting
from bot.digest.target import begin, reply
from bot.i18n import t
from bot.storage import chats
from bot.storage.chats import UI_LANGUAGES


def detail(lang: str, exc: ScheduleError | SettingError) -> str:
    """The catalog's wording of a schedule/setting error (HTML, values escaped)."""
    return t(lang, f"digest.error.{exc.code}", **exc.params)


async def schedule(update: Update, context: GistContext) -> None:
    """Set (`daily 08:00 Europe/Berlin`, `every 6h` ...), show, or turn off (`off`) digests."""
    request = await begin(update, context)
    if request is None:
        return
    lang, target = request.lang, request.target
    digests = context.resources.digests
    text = " ".join(request.args).strip()
    if text.lower() in ("off", "stop", "none"):
        await digests.clear_schedule(target.chat.id)
        await reply(update, t(lang, "digest.schedule_off", chat=target.name))
        return
    if not text:
        due = await digests.schedule(target.chat.id)
        if due is None:
            await reply(update, t(lang, "digest.schedule_bad", error=t(lang, "digest.no_schedule")))
            return
        when = due.next_due.strftime("%Y-%m-%d %H:%M") if due.next_due else "—"
        await reply(update, t(lang, "digest.schedule_line", schedule=due.schedule.describe(),
                               next=when))  # fmt: skip
        return
    tz = (await digests.settings(target.chat.id)).timezone
    try:
        parsed = parse_schedule(text, default_tz=tz)
    except ScheduleError as exc:
        await reply(update, t(lang, "digest.schedule_bad", escape=False, error=detail(lang, exc)))
        return
    upcoming = next_run(parsed, context.resources.clock())
    await digests.set_schedule(target.chat.id, parsed, upcoming)
    await reply(
        update,
        t(lang, "digest.schedule_set", chat=target.name, schedule=parsed.describe(),
          next=upcoming.strftime("%Y-%m-%d %H:%M")),
    )  # fmt: skip


async def digest_settings(update: Update, context: GistContext) -> None:
    """Show or change one digest setting (`max 5`, `highlights off`, `language ru` ...)."""
    request = await begin(update, context)
    if request is None:
        return
    lang, target, args = request.lang, request.target, request.args
    resources = context.resources
    chat_id = target.chat.id
    if len(args) == 2 and args[0].lower() == "language":
        value = args[1].lower()
        if value not in UI_LANGUAGES:
            error = t(lang, "digest.error.language", value=value)
            await reply(update, t(lang, "digest.settings_bad", escape=False, error=error))
            return
        prefs = await chats.load_prefs(resources.db, chat_id)
        await chats.save_prefs(resources.db, chat_id, replace(prefs, language=value))
        await reply(update, t(lang, "digest.setting_saved", chat=target.name))
        return
    if not args:
        current = await resources.digests.settings(chat_id)
        prefs = await chats.load_prefs(resources.db, chat_id)

        def on_off(flag: bool) -> str:
            return t(lang, "on" if flag else "off")

        await reply(
            update,
            t(lang, "digest.settings_show", chat=target.name, max=current.max_items,
              summaries=on_off(current.summaries), highlights=on_off(current.highlights),
              empty=on_off(current.notify_empty), tz=current.timezone,
              language=t(lang, f"ui.{prefs.language}")),
        )  # fmt: skip
        return
    try:
        name, value = parse_setting(args)
    except SettingError as exc:
        await reply(update, t(lang, "digest.settings_bad", escape=False, error=detail(lang, exc)))
        return
    await resources.digests.update_setting(chat_id, name, value)
    await reply(update, t(lang, "digest.setting_saved", chat=target.name))
