"""/digestsettings arguments checked: `max 5`, `summaries off`, `timezone Europe/Berlin` ...

Pure parsing apart from the command (bot.digest.schedule_commands) so the rules and their
catalog codes (`digest.error.<code>`) are tested without a bot.
"""

from __future__ import annotations

from collections.abc import Sequence

SETTING_HELP = (
    "Settings: max N (1-30), summaries on|off, highlights on|off, empty on|off "
    "(post a note when nothing is new), timezone Area/City."
)
_BOOL = {"on": True, "yes": True, "true": True, "off": False, "no": False, "false": False}
_FIELDS = {
    "max": "max_items",
    "items": "max_items",
    "summaries": "summaries",
    "highlights": "highlights",
    "quotes": "highlights",
    "empty": "notify_empty",
    "timezone": "timezone",
    "tz": "timezone",
}


class SettingError(ValueError):
    """Unusable /digestsettings arguments. `code` and `params` name the problem for the bot's
    catalogs (`digest.error.<code>`); the English message is the library's own wording."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def parse_setting(args: Sequence[str]) -> tuple[str, int | bool | str]:
    """`["max", "5"]` -> ("max_items", 5): the column name and its checked value."""
    if len(args) != 2 or args[0].lower() not in _FIELDS:
        raise SettingError("setting_help", SETTING_HELP)
    name, raw = _FIELDS[args[0].lower()], args[1].strip()
    if name == "max_items":
        if not raw.isdigit() or not 1 <= int(raw) <= 30:
            raise SettingError("max_range", "max must be a number from 1 to 30.")
        return name, int(raw)
    if name == "timezone":
        from bot.digest.schedule import ScheduleError, check_zone

        try:
            return name, check_zone(raw)
        except ScheduleError as exc:
            raise SettingError(exc.code, str(exc), **exc.params) from None
    if raw.lower() not in _BOOL:
        raise SettingError("on_off", f"{args[0]} must be on or off.", name=args[0])
    return name, _BOOL[raw.lower()]
