"""Articles of known length and a Russian one, written for the length, tap and language tests."""

from __future__ import annotations

LIBRARY_TITLE = "Mill Street library stays open late"
LIBRARY_PARAGRAPHS = [
    "The library on Mill Street will stay open until nine on weekdays from June. "
    "The council approved the longer hours on Tuesday after a petition from students.",
    "More than a thousand people signed it within two weeks. "
    "Students said the reading room is the only quiet place many of them have.",
    "Two new librarians will be hired to cover the evening shifts. "
    "The extra hours will cost the town about forty thousand a year.",
    "Some councillors wanted to open on Sundays instead. "
    "That idea will be discussed again in the autumn.",
    "The library also plans a small café near the entrance. "
    "It should open before the end of the year.",
]
TEN_SENTENCES = "\n\n".join(LIBRARY_PARAGRAPHS)

NOTICE_TITLE = "Pool closed on Friday"
NOTICE_PARAGRAPHS = [
    "The town pool will be closed all day on Friday while engineers from the water board carry "
    "out the routine spring check of its filters, pumps and heating system.",
    "Swimmers who hold a season ticket will get one extra day added at the end of the season, "
    "and anyone who booked a lesson for Friday will be moved to the following week.",
    "The pool reopens on Saturday at seven in the morning, with the sauna and the children's "
    "basin open as usual and the café serving breakfast from eight.",
]

RU_TITLE = "Трамвайный завод в Заречье снова заработает"
RU_PARAGRAPHS = [
    "Городской завод по ремонту трамваев в Заречье возобновит работу в марте, сообщила в "
    "понедельник администрация района. Завод стоял почти два года после пожара в главном цехе.",
    "На предприятие вернутся около 200 рабочих, которые всё это время получали половину "
    "зарплаты. Ещё 40 человек наймут до конца лета.",
    "«Мы два года ждали этого дня и почти перестали верить», — сказал мастер сборочного цеха "
    "Павел Громов. По его словам, многие коллеги за это время уехали в соседние города.",
    "Ремонт цеха обошёлся бюджету в 350 миллионов рублей. Новая линия сможет принимать до 12 "
    "вагонов в месяц, вдвое больше прежнего.",
    "«Город не может жить без своих трамваев», — заявила глава района Ольга Лебедева. Она "
    "пообещала, что первые отремонтированные вагоны выйдут на линию уже летом.",
    "Профсоюз предприятия приветствовал решение, но напомнил о долгах по зарплате. "
    "Представители завода обещают погасить их до апреля.",
]
