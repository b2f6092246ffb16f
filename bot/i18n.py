"""Every user-facing string comes from here: one catalog per interface language.

Catalog entries are Telegram HTML; `t` escapes the values it fills in, so a URL or a title can
never inject markup. The language is the chat's setting, else the user's Telegram language.
"""

from __future__ import annotations

import html

from bot.messages import en, ru
from summarizer.errors import GistError

CATALOGS: dict[str, dict[str, str]] = {"en": en.MESSAGES, "ru": ru.MESSAGES}
DEFAULT_LANGUAGE = "en"


def pick_language(preference: str | None, user_language_code: str | None) -> str:
    """The chat setting wins; "auto" follows the user's Telegram client language."""
    if preference in CATALOGS:
        return preference
    code = (user_language_code or "").lower().split("-")[0]
    return code if code in CATALOGS else DEFAULT_LANGUAGE


def t(lang: str, key: str, *, escape: bool = True, **values: object) -> str:
    """The message `key` in `lang` (English if missing), with `values` filled in (escaped)."""
    catalog = CATALOGS.get(lang, CATALOGS[DEFAULT_LANGUAGE])
    template = catalog.get(key) or CATALOGS[DEFAULT_LANGUAGE][key]
    if not values:
        return template
    if escape:
        values = {k: html.escape(v) if isinstance(v, str) else v for k, v in values.items()}
    return template.format(**values)


def error_message(lang: str, error: GistError) -> str:
    """The catalog text for a library error, by its `code` (generic text for unknown codes)."""
    key = f"error.{error.code}"
    status = getattr(error, "status", None)
    if error.code == "http_status" and isinstance(status, int):
        if status in (401, 403):
            key += ".denied"
        elif status in (404, 410):
            key += ".missing"
        elif status == 429:
            key += ".limited"
        elif status >= 500:
            key += ".server"
        return t(lang, key, status=status)
    return t(lang, key if key in CATALOGS[DEFAULT_LANGUAGE] else "error.error")


def language_name(lang: str, code: str) -> str:
    """A readable name of an article's language in the interface language."""
    key = f"langname.{code}"
    return t(lang, key) if key in CATALOGS[DEFAULT_LANGUAGE] else code.upper()
