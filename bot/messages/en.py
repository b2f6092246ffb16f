"""English messages (the reference catalog: every other language has exactly these keys)."""

MESSAGES: dict[str, str] = {
    "start": (
        "Hi! Send me a link to an article, or paste or forward a long text, and I will reply "
        "with its gist: a short summary, key quotes and key figures.\n\n"
        "In groups, reply to a message with /tldr, send /tldr followed by a link, or mention me. "
        "Use /settings to choose the summary length, algorithm and language."
    ),
    "help": (
        "<b>How to use me</b>\n"
        "• Send a link: I summarize the article (up to {max_links} links per message).\n"
        "• Paste or forward a long text: I summarize the text itself.\n"
        "• In groups: reply to a message with /tldr, send /tldr <i>link</i>, or mention me.\n"
        "• Inline: type <code>@{username} link</code> in any chat.\n"
        "• /settings: summary length, algorithm, quotes, figures, interface language."
    ),
    "hint_short": (
        "Send me a link to an article or a longer text (at least {min_chars} characters) "
        "and I will summarize it."
    ),
    "too_many_links": "I summarize up to {max} links per message; the rest were skipped.",
    "rate_limited": "You are sending requests too fast. Please try again in {seconds} s.",
    "text_too_long": "This text is too long: I read up to {max} characters.",
    "tldr_usage": (
        "Reply to a message that has a link or a long text with /tldr, or send /tldr followed "
        "by a link."
    ),
    "apology": "Sorry, something went wrong on my side. Please try again later.",
    "expired": "This summary has expired. Please send the link or text again.",
    "already_shortest": "This is already the shortest version.",
    "already_longest": "This is already the longest version.",
    # summary rendering
    "key_quotes": "Key quotes",
    "key_figures": "Key figures",
    "untitled": "Summary",
    "footer": "{language} · {minutes} min of reading saved · {percent}% shorter",
    "button_shorter": "➖ Shorter",
    "button_longer": "➕ Longer",
    # errors a user can cause (summarizer.errors codes)
    "error.error": "Something went wrong with this text.",
    "error.text": "This text cannot be summarized.",
    "error.empty": "There is no article text to summarize.",
    "error.not_language": "This does not look like prose in a human language.",
    "error.unsupported_language": "This language is not supported.",
    "error.fetch": "The link could not be fetched.",
    "error.invalid_url": "That is not a web link (only http and https work).",
    "error.blocked_address": "That link points to a private or local network address.",
    "error.unreachable": "The site could not be reached.",
    "error.timeout": "The site took too long to answer.",
    "error.too_large": "The page is too large to summarize.",
    "error.unsupported_content": "The link does not point to an article.",
    "error.not_article": (
        "The page has too little article text (paywall, consent wall or a list of links)."
    ),
    "error.extraction_failed": "No article text could be extracted from the page.",
    "error.http_status": "The site answered with an error (HTTP {status}).",
    "error.http_status.denied": "The site refused access (HTTP {status}).",
    "error.http_status.missing": "The page does not exist (HTTP {status}).",
    "error.http_status.limited": "The site is limiting requests right now; try again later.",
    "error.http_status.server": "The site has a server error (HTTP {status}); try again later.",
    "error.not_feed": "That link is not an RSS, Atom or JSON feed.",
    "error.busy": "Summarizing took too long. Please try again later.",
    "error_for_link": "{url}: {reason}",
    # settings
    "settings_title": "<b>Settings for this chat</b>\nTap an option to change it.",
    "settings_admins_only": "Only chat admins can change these settings.",
    "settings_saved": "Saved.",
    "settings.length": "Length",
    "settings.algorithm": "Algorithm",
    "settings.quotes": "Quotes",
    "settings.figures": "Figures",
    "settings.language": "Language",
    "settings.auto_links": "Summarize every link",
    "length.auto": "Auto",
    "length.short": "Short",
    "length.medium": "Medium",
    "length.long": "Long",
    "on": "on",
    "off": "off",
    "ui.auto": "Auto",
    "ui.en": "English",
    "ui.ru": "Русский",
    # inline mode
    "inline_hint": "Type a link to an article",
    "inline_failed": "Cannot summarize: {reason}",
    # commands (set_my_commands)
    "cmd.start": "Start and see what I can do",
    "cmd.help": "How to use the bot",
    "cmd.tldr": "Summarize a link or the message you reply to",
    "cmd.settings": "Summary length, algorithm, language",
    # article languages in the footer
    "langname.en": "English",
    "langname.ru": "Russian",
    "langname.de": "German",
    "langname.fr": "French",
    "langname.es": "Spanish",
    "langname.it": "Italian",
    "langname.pt": "Portuguese",
    "langname.uk": "Ukrainian",
}
