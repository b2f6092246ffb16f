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
    # short articles, inline typing, auto-summaries that cannot see the group
    "already_short": "This article is already short: {count} sentences. Nothing to cut.",
    "already_short_one": "This article is already short: one sentence. Nothing to cut.",
    "inline_incomplete": "Finish the link: https://site.example/article",
    "auto_links_blind": (
        "Saved, but I only see messages meant for me here. To summarize every link, make me "
        "an admin, or disable my privacy mode in @BotFather (/setprivacy) and re-add me."
    ),
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
    "error.url_credentials": "Links with a user name or password are not supported.",
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
    "error.over_budget": "That took too long to process, so it was stopped. Try again later.",
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
    # digests (bot.digest.commands / bot.digest.jobs)
    "help_digests": (
        "\n\n<b>Digests for groups and channels</b> (admins)\n"
        "• /subscribe <i>feed or site link</i>, /unsubscribe, /subscriptions\n"
        "• /schedule <code>daily 08:00 Europe/Berlin</code>, <code>every 6h</code>, "
        "<code>weekdays 09:30</code>, <code>off</code>\n"
        "• /digest sends one now, /preview shows you the next one privately\n"
        "• /digestsettings, /export; send an .opml file to import feeds\n"
        "• A channel: in a private chat with me, <code>/subscribe @channel link</code>, or "
        "forward me a post from it first."
    ),
    "admin.not_admin": "Only admins of {chat} can manage its digests.",
    "admin.bot_cannot_post": (
        "I cannot post in {chat}: add me to it and allow me to send messages, then try again."
    ),
    "admin.bot_cannot_post_channel": (
        "I cannot post in {chat}: make me an admin of the channel with the right to post "
        "messages, then try again."
    ),
    "digest.this_chat": "this chat",
    "digest.chat_not_found": (
        "I cannot find the chat {chat}. Add me to it first (for a channel: as an admin), "
        "then try again."
    ),
    "digest.target_picked": (
        "Now managing the digests of <b>{chat}</b>: /subscribe, /unsubscribe, /subscriptions, "
        "/schedule, /digest, /preview, /digestsettings and /export apply to it."
    ),
    "digest.subscribe_usage": (
        "Send <code>/subscribe link</code> with a feed or a site link. For a channel, write to me "
        "privately: <code>/subscribe @channel link</code>."
    ),
    "digest.subscribed": "Subscribed {chat} to <b>{title}</b> ({url}).",
    "digest.already": "{chat} is already subscribed to {url}.",
    "digest.too_many": "A chat can follow up to {max} feeds; the rest were not added.",
    "digest.link_failed": "{url}: {reason}",
    "digest.schedule_hint": (
        "Digests are not scheduled yet: try <code>/schedule daily 08:00</code> or "
        "<code>/schedule every 6h</code> (or /digest to send one now)."
    ),
    "digest.unsubscribed": "Unsubscribed {chat} from {url}.",
    "digest.not_subscribed": "{chat} is not subscribed to {url}.",
    "digest.unsubscribe_pick": "Which feed should {chat} stop receiving?",
    "digest.no_subscriptions": "{chat} has no subscriptions yet. Add one with /subscribe link.",
    "digest.subscriptions_title": "<b>Subscriptions of {chat}</b>",
    "digest.subscription_line": "• {title} — {url}",
    "digest.mark_paused": " (paused)",
    "digest.mark_failing": " (failing)",
    "digest.mark_topic": " (topic {thread})",
    "digest.schedule_line": "Schedule: {schedule}; next digest {next} UTC.",
    "digest.no_schedule": "No schedule: digests are sent only with /digest.",
    "digest.schedule_set": "Digests for {chat}: {schedule}. Next one at {next} UTC.",
    "digest.schedule_off": "Scheduled digests for {chat} are off.",
    "digest.schedule_bad": (
        "{error}\nExamples: <code>/schedule daily 08:00 Europe/Berlin</code>, "
        "<code>/schedule every 6h</code>, <code>/schedule weekdays 09:30</code>, "
        "<code>/schedule mon,thu 18:00</code>, <code>/schedule off</code>."
    ),
    "digest.settings_show": (
        "<b>Digest settings of {chat}</b>\n"
        "Items per digest: {max}\nSummaries: {summaries}\nQuotes and figures: {highlights}\n"
        "A note when nothing is new: {empty}\nTime zone: {tz}\nLanguage: {language}\n\n"
        "Change one: <code>/digestsettings max 5</code>, <code>summaries off</code>, "
        "<code>highlights off</code>, <code>empty on</code>, "
        "<code>timezone Europe/Berlin</code>, <code>language ru</code>."
    ),
    "digest.settings_bad": (
        "{error}\nFor example: <code>/digestsettings max 5</code>, "
        "<code>/digestsettings highlights off</code>, "
        "<code>/digestsettings timezone Europe/Berlin</code>, "
        "<code>/digestsettings language en</code>."
    ),
    "digest.setting_saved": "Saved for {chat}.",
    "digest.sent": "The digest for {chat} was sent.",
    "digest.nothing": "Nothing new for {chat} since the last digest.",
    "digest.busy": "A digest for {chat} is being sent right now.",
    "digest.retry": "Telegram asked me to slow down; the digest for {chat} follows shortly.",
    "digest.gone": "I cannot post in {chat} any more, so its digests are paused.",
    "digest.failed": "The digest for {chat} could not be sent completely; I will retry.",
    "digest.preview_title": "Preview of the next digest for {chat}:",
    "digest.preview_empty": "Nothing new for {chat}: the next digest would be empty.",
    "digest.preview_sent": "I sent you the preview privately.",
    "digest.preview_blocked": (
        "I cannot write to you privately: open a chat with me, press Start, then try again."
    ),
    "digest.export_caption": "Subscriptions of {chat} (OPML)",
    "digest.opml_bad": "That file is not a readable OPML subscription list.",
    "digest.opml_imported": "Imported {added} new of {total} feeds into {chat}.",
    "digest.opml_credentials": (
        "Skipped {count} links with a user name or password: they are not supported."
    ),
    "digest.feed_failing": (
        "The feed {feed} has failed {count} times in a row ({error}). The digests of {chat} go on "
        "with the other feeds; I will tell you when it works again."
    ),
    "digest.feed_recovered": "The feed {feed} works again (digests of {chat}).",
    "digest.heading": "Digest",
    "digest.new": "{n} new",
    "digest.more": "+{n} more",
    "digest.empty": "Nothing new since the last digest.",
    "digest.error.schedule_empty": "Say when, for example: daily 08:00 Europe/Berlin, or every 6h.",
    "digest.error.schedule_syntax": (
        "Write schedules like: daily 08:00, weekdays 09:30, mon,thu 18:00 (time zone optional)."
    ),
    "digest.error.interval_syntax": "Write intervals like: every 6h, or every 90m.",
    "digest.error.interval_range": "The interval must be between 30 minutes and 24 hours.",
    "digest.error.unknown_zone": "Unknown time zone “{zone}”; use a name like Europe/Berlin.",
    "digest.error.unknown_day": "Unknown day “{day}”; use mon, tue, wed, thu, fri, sat, sun.",
    "digest.error.unknown_time": "Unknown time “{time}”; use 24-hour HH:MM like 08:00.",
    "digest.error.setting_help": (
        "Settings: max N (1-30), summaries on|off, highlights on|off, empty on|off "
        "(post a note when nothing is new), timezone Area/City."
    ),
    "digest.error.max_range": "max must be a number from 1 to 30.",
    "digest.error.on_off": "{name} must be on or off.",
    "digest.error.language": "Unknown language “{value}”; use auto, en or ru.",
    # digest filters and merged stories
    "digest.also": "also:",
    "digest.filtered_out": "{n} filtered out",
    "digest.later": "More on earlier stories:",
    "digest.filter.usage": (
        "Filters: /filter lists them; /filter include WORDS or /filter exclude WORDS for the "
        "whole chat; /filter include FEED_URL WORDS for one feed; /filter remove N; "
        '/filter clear. Use "quoted phrases" for words in a row, /pattern/ for a regular '
        "expression. Exclude wins over include."
    ),
    "digest.filter.title": "Filters of {chat}:",
    "digest.filter.line": "{number}. {kind} {rule}",
    "digest.filter.line_feed": "{number}. {kind} {rule} (only {url})",
    "digest.filter.none": (
        "{chat} has no filters. Add one: /filter include WORDS or /filter exclude WORDS."
    ),
    "digest.filter.added": "Filter {number} added for {chat}: {kind} {rule}",
    "digest.filter.removed": "Filter {number} removed: {kind} {rule}",
    "digest.filter.no_such": "There is no filter {number}; /filter lists them.",
    "digest.filter.cleared": "Filters removed from {chat}: {count}.",
    "digest.filter.not_subscribed": "{chat} does not follow {url}; /subscriptions lists its feeds.",
    "digest.filter.bad": "That filter cannot be used: {error}",
    "digest.filter.error.empty": "give the words to filter on.",
    "digest.filter.error.too_long": "a rule is at most {max} characters.",
    "digest.filter.error.too_many_terms": "at most {max} words per rule.",
    "digest.filter.error.no_words": "{term} has no letters or digits.",
    "digest.filter.error.unclosed_quote": "a quote is not closed.",
    "digest.filter.error.unclosed_pattern": "a /pattern/ is not closed.",
    "digest.filter.error.pattern_too_long": "a regular expression is at most {max} characters.",
    "digest.filter.error.no_regex": "regular expressions are not available on this bot.",
    "digest.filter.error.bad_pattern": (
        "this regular expression cannot be used (only linear-time RE2 syntax: no "
        "backreferences or lookarounds): {error}"
    ),
    "digest.filter.error.too_many_rules": "at most {max} filters per chat.",
    "digest.preview_filtered": "Filtered out of the next digest ({n}):",
    "cmd.filter": "Digests: include or exclude stories by keyword",
    "cmd.subscribe": "Digests: subscribe this chat to a feed",
    "cmd.unsubscribe": "Digests: remove a feed",
    "cmd.subscriptions": "Digests: list the feeds",
    "cmd.schedule": "Digests: when to post (daily 08:00, every 6h)",
    "cmd.digest": "Digests: post one now",
    "cmd.preview": "Digests: show me the next one privately",
    "cmd.digestsettings": "Digests: items, summaries, quotes, time zone",
    "cmd.export": "Digests: export the feeds as OPML",
}
