"""Русские сообщения: те же ключи, что в en.py."""

MESSAGES: dict[str, str] = {
    "start": (
        "Привет! Пришлите ссылку на статью или вставьте (перешлите) длинный текст — я отвечу "
        "его сутью: кратким пересказом, ключевыми цитатами и цифрами.\n\n"
        "В группах ответьте на сообщение командой /tldr, отправьте /tldr со ссылкой или "
        "упомяните меня. В /settings можно выбрать длину пересказа, алгоритм и язык."
    ),
    "help": (
        "<b>Как мной пользоваться</b>\n"
        "• Пришлите ссылку — я перескажу статью (до {max_links} ссылок в сообщении).\n"
        "• Вставьте или перешлите длинный текст — я перескажу сам текст.\n"
        "• В группах: ответьте на сообщение командой /tldr, отправьте /tldr <i>ссылка</i> "
        "или упомяните меня.\n"
        "• Инлайн: наберите <code>@{username} ссылка</code> в любом чате.\n"
        "• /settings — длина пересказа, алгоритм, цитаты, цифры, язык интерфейса."
    ),
    "hint_short": (
        "Пришлите ссылку на статью или текст подлиннее (не меньше {min_chars} символов), "
        "и я его перескажу."
    ),
    "too_many_links": (
        "Я пересказываю не больше {max} ссылок из одного сообщения, остальные пропущены."
    ),
    "rate_limited": "Слишком много запросов. Попробуйте снова через {seconds} с.",
    "text_too_long": "Текст слишком длинный: я читаю не больше {max} символов.",
    "tldr_usage": (
        "Ответьте командой /tldr на сообщение со ссылкой или длинным текстом или отправьте "
        "/tldr со ссылкой."
    ),
    "apology": "Извините, у меня что-то сломалось. Попробуйте позже.",
    "expired": "Этот пересказ устарел. Пришлите ссылку или текст ещё раз.",
    "already_shortest": "Это уже самая короткая версия.",
    "already_longest": "Это уже самая длинная версия.",
    # short articles, inline typing, auto-summaries that cannot see the group
    "already_short": "Статья и так короткая (предложений: {count}), сокращать нечего.",
    "already_short_one": "Статья и так короткая: одно предложение, сокращать нечего.",
    "inline_incomplete": "Допишите ссылку: https://site.example/article",
    "auto_links_blind": (
        "Сохранено, но здесь я вижу только сообщения для меня. Чтобы пересказывать "
        "все ссылки, сделайте меня админом или отключите privacy mode в @BotFather "
        "(/setprivacy) и добавьте меня заново."
    ),
    "key_quotes": "Ключевые цитаты",
    "key_figures": "Ключевые цифры",
    "untitled": "Пересказ",
    "footer": "{language} · сэкономлено {minutes} мин чтения · короче на {percent}%",
    "button_shorter": "➖ Короче",
    "button_longer": "➕ Длиннее",
    "error.error": "С этим текстом что-то не так.",
    "error.text": "Этот текст не получается пересказать.",
    "error.empty": "Здесь нет текста статьи.",
    "error.not_language": "Это не похоже на связный текст на человеческом языке.",
    "error.unsupported_language": "Этот язык не поддерживается.",
    "error.fetch": "Не удалось загрузить ссылку.",
    "error.invalid_url": "Это не веб-ссылка (работают только http и https).",
    "error.url_credentials": "Ссылки с именем пользователя или паролем не поддерживаются.",
    "error.blocked_address": "Ссылка ведёт на адрес в частной или локальной сети.",
    "error.unreachable": "Сайт недоступен.",
    "error.timeout": "Сайт слишком долго не отвечал.",
    "error.too_large": "Страница слишком большая.",
    "error.unsupported_content": "Ссылка ведёт не на статью.",
    "error.not_article": (
        "На странице слишком мало текста статьи (платный доступ, окно согласия или список ссылок)."
    ),
    "error.extraction_failed": "Не удалось извлечь текст статьи со страницы.",
    "error.http_status": "Сайт ответил ошибкой (HTTP {status}).",
    "error.http_status.denied": "Сайт отказал в доступе (HTTP {status}).",
    "error.http_status.missing": "Такой страницы нет (HTTP {status}).",
    "error.http_status.limited": "Сайт сейчас ограничивает запросы; попробуйте позже.",
    "error.http_status.server": "На сайте ошибка сервера (HTTP {status}); попробуйте позже.",
    "error.not_feed": "Это не RSS-, Atom- или JSON-лента.",
    "error.busy": "Пересказ занял слишком много времени. Попробуйте позже.",
    "error.over_budget": (
        "Обработка заняла слишком много времени и была остановлена. Попробуйте позже."
    ),
    "error_for_link": "{url}: {reason}",
    "settings_title": "<b>Настройки этого чата</b>\nНажмите на вариант, чтобы изменить его.",
    "settings_admins_only": "Менять настройки могут только администраторы чата.",
    "settings_saved": "Сохранено.",
    "settings.length": "Длина",
    "settings.algorithm": "Алгоритм",
    "settings.quotes": "Цитаты",
    "settings.figures": "Цифры",
    "settings.language": "Язык",
    "settings.auto_links": "Пересказывать все ссылки",
    "length.auto": "Авто",
    "length.short": "Коротко",
    "length.medium": "Средне",
    "length.long": "Длинно",
    "on": "вкл",
    "off": "выкл",
    "ui.auto": "Авто",
    "ui.en": "English",
    "ui.ru": "Русский",
    "inline_hint": "Введите ссылку на статью",
    "inline_failed": "Не получилось: {reason}",
    "cmd.start": "Начать и узнать, что я умею",
    "cmd.help": "Как пользоваться ботом",
    "cmd.tldr": "Пересказать ссылку или сообщение, на которое вы отвечаете",
    "cmd.settings": "Длина пересказа, алгоритм, язык",
    "langname.en": "английский",
    "langname.ru": "русский",
    "langname.de": "немецкий",
    "langname.fr": "французский",
    "langname.es": "испанский",
    "langname.it": "итальянский",
    "langname.pt": "португальский",
    "langname.uk": "украинский",
    "help_digests": (
        "\n\n<b>Дайджесты для групп и каналов</b> (для админов)\n"
        "• /subscribe <i>ссылка на ленту или сайт</i>, /unsubscribe, /subscriptions\n"
        "• /schedule <code>daily 08:00 Europe/Moscow</code>, <code>every 6h</code>, "
        "<code>weekdays 09:30</code>, <code>off</code>\n"
        "• /digest — отправить сейчас, /preview — показать следующий вам лично\n"
        "• /digestsettings, /export; пришлите файл .opml, чтобы импортировать ленты\n"
        "• Канал: в личном чате со мной <code>/subscribe @channel ссылка</code> или сначала "
        "перешлите мне пост из канала."
    ),
    "admin.not_admin": "Управлять дайджестами {chat} могут только его админы.",
    "admin.bot_cannot_post": (
        "Я не могу писать в {chat}: добавьте меня туда и разрешите отправлять сообщения, "
        "затем повторите."
    ),
    "admin.bot_cannot_post_channel": (
        "Я не могу публиковать в {chat}: сделайте меня админом канала с правом публикации, "
        "затем повторите."
    ),
    "digest.this_chat": "этот чат",
    "digest.chat_not_found": (
        "Не нахожу чат {chat}. Сначала добавьте меня туда (в канал — админом), затем повторите."
    ),
    "digest.target_picked": (
        "Теперь вы управляете дайджестами <b>{chat}</b>: к нему относятся /subscribe, "
        "/unsubscribe, /subscriptions, /schedule, /digest, /preview, /digestsettings и /export."
    ),
    "digest.subscribe_usage": (
        "Отправьте <code>/subscribe ссылка</code> на ленту или сайт. Для канала напишите мне "
        "лично: <code>/subscribe @channel ссылка</code>."
    ),
    "digest.subscribed": "{chat} подписан на <b>{title}</b> ({url}).",
    "digest.already": "{chat} уже подписан на {url}.",
    "digest.too_many": "Чат может следить не более чем за {max} лентами; остальные не добавлены.",
    "digest.link_failed": "{url}: {reason}",
    "digest.schedule_hint": (
        "Расписания пока нет: например, <code>/schedule daily 08:00</code> или "
        "<code>/schedule every 6h</code> (или /digest, чтобы отправить сейчас)."
    ),
    "digest.unsubscribed": "{chat} отписан от {url}.",
    "digest.not_subscribed": "{chat} не подписан на {url}.",
    "digest.unsubscribe_pick": "От какой ленты отписать {chat}?",
    "digest.no_subscriptions": "У {chat} пока нет подписок. Добавьте: /subscribe ссылка.",
    "digest.subscriptions_title": "<b>Подписки {chat}</b>",
    "digest.subscription_line": "• {title} — {url}",
    "digest.mark_paused": " (на паузе)",
    "digest.mark_failing": " (не открывается)",
    "digest.mark_topic": " (тема {thread})",
    "digest.schedule_line": "Расписание: {schedule}; следующий дайджест {next} UTC.",
    "digest.no_schedule": "Расписания нет: дайджесты отправляются только по /digest.",
    "digest.schedule_set": "Дайджесты для {chat}: {schedule}. Следующий в {next} UTC.",
    "digest.schedule_off": "Дайджесты по расписанию для {chat} выключены.",
    "digest.schedule_bad": (
        "Не понял расписание: {error}\nПримеры: <code>/schedule daily 08:00 Europe/Moscow</code>, "
        "<code>/schedule every 6h</code>, <code>/schedule weekdays 09:30</code>, "
        "<code>/schedule mon,thu 18:00</code>, <code>/schedule off</code>."
    ),
    "digest.settings_show": (
        "<b>Настройки дайджеста {chat}</b>\n"
        "Материалов в дайджесте: {max}\nПересказы: {summaries}\nЦитаты и цифры: {highlights}\n"
        "Сообщать, что нового нет: {empty}\nЧасовой пояс: {tz}\nЯзык: {language}\n\n"
        "Изменить: <code>/digestsettings max 5</code>, <code>summaries off</code>, "
        "<code>highlights off</code>, <code>empty on</code>, "
        "<code>timezone Europe/Moscow</code>, <code>language ru</code>."
    ),
    "digest.settings_bad": (
        "Не понял настройку: {error}\nНапример: <code>/digestsettings max 5</code>, "
        "<code>/digestsettings highlights off</code>, "
        "<code>/digestsettings timezone Europe/Moscow</code>, "
        "<code>/digestsettings language ru</code>."
    ),
    "digest.setting_saved": "Сохранено для {chat}.",
    "digest.sent": "Дайджест для {chat} отправлен.",
    "digest.nothing": "Для {chat} ничего нового с прошлого дайджеста.",
    "digest.busy": "Дайджест для {chat} отправляется прямо сейчас.",
    "digest.retry": "Telegram просит подождать; дайджест для {chat} придёт чуть позже.",
    "digest.gone": "Я больше не могу писать в {chat}, его дайджесты приостановлены.",
    "digest.failed": "Дайджест для {chat} отправлен не полностью; я попробую ещё раз.",
    "digest.preview_title": "Так будет выглядеть следующий дайджест для {chat}:",
    "digest.preview_empty": "Для {chat} ничего нового: следующий дайджест был бы пустым.",
    "digest.preview_sent": "Я прислал вам предпросмотр в личные сообщения.",
    "digest.preview_blocked": (
        "Не могу написать вам лично: откройте чат со мной, нажмите «Старт» и повторите."
    ),
    "digest.export_caption": "Подписки {chat} (OPML)",
    "digest.opml_bad": "Этот файл не похож на список подписок OPML.",
    "digest.opml_imported": "Импортировано новых лент: {added} из {total} для {chat}.",
    "digest.opml_credentials": (
        "Пропущено ссылок с именем пользователя или паролем: {count} (они не поддерживаются)."
    ),
    "digest.feed_failing": (
        "Лента {feed} не открывается уже {count} раз подряд ({error}). Дайджесты {chat} идут "
        "с остальными лентами; я скажу, когда она заработает."
    ),
    "digest.feed_recovered": "Лента {feed} снова работает (дайджесты {chat}).",
    "digest.heading": "Дайджест",
    "digest.new": "новых: {n}",
    "digest.more": "и ещё {n}",
    "digest.empty": "С прошлого дайджеста ничего нового.",
    "digest.error.schedule_empty": (
        "укажите, когда публиковать, например: daily 08:00 Europe/Moscow или every 6h."
    ),
    "digest.error.schedule_syntax": (
        "пишите так: daily 08:00, weekdays 09:30, mon,thu 18:00 (часовой пояс по желанию)."
    ),
    "digest.error.interval_syntax": "интервал пишется так: every 6h или every 90m.",
    "digest.error.interval_range": "интервал должен быть от 30 минут до 24 часов.",
    "digest.error.unknown_zone": (
        "неизвестный часовой пояс «{zone}»; укажите название вроде Europe/Moscow."
    ),
    "digest.error.unknown_day": "неизвестный день «{day}»; дни: mon, tue, wed, thu, fri, sat, sun.",
    "digest.error.unknown_time": (
        "неизвестное время «{time}»; пишите ЧЧ:ММ в 24-часовом формате, например 08:00."
    ),
    "digest.error.setting_help": (
        "настройки: max N (1-30), summaries on|off, highlights on|off, empty on|off "
        "(сообщать, что нового нет), timezone Регион/Город."
    ),
    "digest.error.max_range": "max — это число от 1 до 30.",
    "digest.error.on_off": "{name} может быть только on или off.",
    "digest.error.language": "неизвестный язык «{value}»; доступны auto, en и ru.",
    # digest filters and merged stories
    "digest.also": "также:",
    "digest.filtered_out": "отфильтровано: {n}",
    "digest.later": "Ещё о прежних сюжетах:",
    "digest.filter.usage": (
        "Фильтры: /filter показывает их; /filter include СЛОВА или /filter exclude СЛОВА для "
        "всего чата; /filter include АДРЕС_ЛЕНТЫ СЛОВА для одной ленты; /filter remove N; "
        '/filter clear. "Фраза в кавычках" ищет слова подряд, /шаблон/ задаёт регулярное '
        "выражение. Исключение сильнее включения."
    ),
    "digest.filter.title": "Фильтры для {chat}:",
    "digest.filter.line": "{number}. {kind} {rule}",
    "digest.filter.line_feed": "{number}. {kind} {rule} (только {url})",
    "digest.filter.none": (
        "У {chat} нет фильтров. Добавить: /filter include СЛОВА или /filter exclude СЛОВА."
    ),
    "digest.filter.added": "Фильтр {number} добавлен для {chat}: {kind} {rule}",
    "digest.filter.removed": "Фильтр {number} удалён: {kind} {rule}",
    "digest.filter.no_such": "Фильтра {number} нет; список: /filter.",
    "digest.filter.cleared": "Удалено фильтров у {chat}: {count}.",
    "digest.filter.not_subscribed": "{chat} не подписан на {url}; список лент: /subscriptions.",
    "digest.filter.bad": "Такой фильтр не подходит: {error}",
    "digest.filter.error.empty": "укажите слова для фильтра.",
    "digest.filter.error.too_long": "правило не длиннее {max} символов.",
    "digest.filter.error.too_many_terms": "не больше {max} слов в правиле.",
    "digest.filter.error.no_words": "в {term} нет ни букв, ни цифр.",
    "digest.filter.error.unclosed_quote": "кавычка не закрыта.",
    "digest.filter.error.unclosed_pattern": "/шаблон/ не закрыт.",
    "digest.filter.error.pattern_too_long": "регулярное выражение не длиннее {max} символов.",
    "digest.filter.error.no_regex": "регулярные выражения на этом боте недоступны.",
    "digest.filter.error.bad_pattern": (
        "это регулярное выражение не подходит (только синтаксис RE2 с линейным временем: без "
        "обратных ссылок и просмотра вперёд/назад): {error}"
    ),
    "digest.filter.error.too_many_rules": "не больше {max} фильтров на чат.",
    "digest.preview_filtered": "Отфильтровано из следующего дайджеста ({n}):",
    "cmd.filter": "Дайджесты: отбирать или скрывать материалы по словам",
    "cmd.subscribe": "Дайджесты: подписать чат на ленту",
    "cmd.unsubscribe": "Дайджесты: убрать ленту",
    "cmd.subscriptions": "Дайджесты: список лент",
    "cmd.schedule": "Дайджесты: когда публиковать (daily 08:00, every 6h)",
    "cmd.digest": "Дайджесты: опубликовать сейчас",
    "cmd.preview": "Дайджесты: показать следующий мне лично",
    "cmd.digestsettings": "Дайджесты: число материалов, пересказы, цитаты, пояс",
    "cmd.export": "Дайджесты: выгрузить ленты в OPML",
}
