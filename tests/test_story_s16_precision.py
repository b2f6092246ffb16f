"""Daily precision, session 16 (docs/digest.md, "Session 16: daily precision on round 42"): at a
day's density one town's police arrest two men for two crimes, and one mayor opens a bridge in
the morning and is questioned by the police in the afternoon. Weak evidence (a weighed link, a
follow-up, a stray) never joins two items whose headlines name kinds of event that never make
one story (story_event.kinds_apart), and a follow-up's own name and event word are no police
force, no "man" and no weekday. Our own items, invented places and people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import stories, story_followup, story_strays
from bot.digest.stories import Fingerprint, fingerprint, group
from bot.digest.story_event import event_kinds, kinds_apart
from bot.digest.story_score import BatchEvidence
from tests.story_filler import OTHER_NEWS

START = datetime(2026, 4, 6, 7, tzinfo=UTC)


def _prints(items: list[tuple[str, str, float]]) -> list[Fingerprint]:
    return [fingerprint(t, lead, START + timedelta(hours=h)) for t, lead, h in items]


def _with_news(*items: tuple[str, str, float], at: float = 1.0) -> list[Fingerprint]:
    """The items, then the filler news of the day (a batch of ten or more)."""
    fillers = [(t, lead, at + n * 0.5) for n, (t, lead) in enumerate(OTHER_NEWS)]
    return _prints([*items, *fillers])


def _one(text: str, lead: str = "") -> Fingerprint:
    return fingerprint(text, lead, START)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Il sindaco Galli inaugura il nuovo ponte", "Galli interrogato dai magistrati"),
        ("Bürgermeisterin Kolb eröffnet das Hallenbad", "Polizei befragt Bürgermeisterin Kolb"),
        ("Presidente da câmara inaugura mercado", "Autarca ouvido pela Polícia Judiciária"),
        ("Le maire Rivaud inaugure la médiathèque", "Le maire Rivaud entendu par les enquêteurs"),
        ("Festival de jazz de Montalbo abre sus puertas", "Roban la caja de un bar de Montalbo"),
        ("Supermercato multato per cibi scaduti", "Furto nella notte al supermercato"),
    ],
)
def test_kinds_that_never_make_one_story(first: str, second: str) -> None:
    """An opening (inauguration) against a questioning, an arrest, a theft; a fine against a
    theft: set apart for weak evidence (story_event_lexicon.WEAK_APART)."""
    assert kinds_apart(_one(first), _one(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Cable thieves cut the Harwick line", "Harwick line reopens after cable theft repair"),
        ("Stadtbrücke nach Unfall gesperrt", "Stadtbrücke wieder eröffnet"),
        ("Il sindaco Galli inaugura il nuovo ponte", "Crolla una campata del nuovo ponte"),
        ("Police investigate Corley warehouse fire", "Fire destroys Corley warehouse"),
    ],
)
def test_kinds_that_may_be_one_story(first: str, second: str) -> None:
    """A reopening after a theft (no inauguration), an inquiry into a fire, an opening against
    a collapse: nothing to set apart for weak evidence."""
    assert not kinds_apart(_one(first), _one(second))


def test_an_inquiry_and_a_fine_are_kinds() -> None:
    """Questioning, investigation and fines name a kind of event in several languages."""
    for text, lead in (
        ("Polizei befragt den Bürgermeister", "Es geht um die Kasse der Stadt."),
        ("Untreue-Verdacht gegen Stadtrat", "Es geht um die Kasse der Stadt."),
        (
            "Il sindaco di Borgorosso indagato per abuso d'ufficio",
            "Secondo la procura della città, il sindaco avrebbe favorito una ditta negli appalti.",
        ),
        ("Alcalde investigado por la Guardia Civil", "Se trata de las cuentas del pueblo."),
        ("Мэра допросили в полиции", "Речь идёт о городском бюджете."),
        ("Wethouder verhoord door de politie", "Het gaat om de kas van de gemeente."),
    ):
        assert "inquiry" in event_kinds(_one(text, lead)), text
    for text, lead in (
        ("Bar multato dai vigili", "Il locale teneva aperto oltre l'orario."),
        ("Restaurante multado en Lugo", "El local no tenía la licencia de la terraza."),
        ("Café beboet", "Het terras was te groot voor de vergunning."),
    ):
        assert "fine" in event_kinds(_one(text, lead)), text


MAYOR_OPENS = (
    "Il sindaco Renzo Galli inaugura il nuovo ponte sul Varso",
    "Venerdì mattina il sindaco di Castelrocca Renzo Galli ha tagliato il nastro del ponte, "
    "costato due milioni.",
    0.0,
)
MAYOR_QUESTIONED = (
    "Renzo Galli interrogato dalla Guardia di Finanza sugli appalti",
    "Venerdì pomeriggio il sindaco di Castelrocca Renzo Galli è stato sentito per tre ore "
    "sugli appalti del comune.",
    7.0,
)


def _weak_kinds(monkeypatch: pytest.MonkeyPatch, on: str) -> None:
    """Every veto of weak evidence by kinds off but the one named `on`."""
    for module, name in (
        (stories, "KIND_LINKS"),
        (story_followup, "FOLLOW_KINDS"),
        (story_strays, "STRAY_KINDS"),
        (story_strays, "BIG_KINDS"),
    ):
        monkeypatch.setattr(module, name, name == on)


def test_a_mayors_opening_and_his_questioning_are_two_stories() -> None:
    """The mayor's bridge in the morning and his questioning in the afternoon share his full
    name, the town, "sindaco" and the weekday, enough for a weighed link: two stories."""
    prints = _with_news(MAYOR_OPENS, MAYOR_QUESTIONED)
    assert BatchEvidence(prints).score(0, 1) >= stories.SCORED_LINK
    assert [0] in group(prints)


def test_no_weighed_link_between_kinds_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a batch too small for strays the weighed link alone would join them: refused
    (stories.KIND_LINKS)."""
    prints = _with_news(MAYOR_OPENS, MAYOR_QUESTIONED)[:6]
    _weak_kinds(monkeypatch, "KIND_LINKS")
    assert [0] in group(prints)


def test_no_stray_joins_a_story_of_a_kind_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Were the pair's weighed evidence short of a link, the questioning would join the opening
    as a lone stray in a batch of ten: refused (story_strays.STRAY_KINDS)."""
    prints = _with_news(MAYOR_OPENS, MAYOR_QUESTIONED)
    _weak_kinds(monkeypatch, "STRAY_KINDS")
    monkeypatch.setattr(stories, "SCORED_LINK", 1.0)
    assert [0] in group(prints)


def test_a_follow_up_never_joins_a_story_of_another_kind() -> None:
    """A town hall's opening and a councillor questioned over it hours later, told by the
    same town's name and the councillor's: the follow-up's stage refuses (FOLLOW_KINDS)."""
    prints = _prints(
        [
            (
                "Ratsherr Jochen Dornbach wird von der Kripo befragt",
                "Der Ratsherr Jochen Dornbach aus Wiesenfeld musste am Nachmittag Fragen zu "
                "Spenden beantworten.",
                9.0,
            ),
            (
                "Wiesenfeld eröffnet sein neues Rathaus",
                "Ratsherr Jochen Dornbach schnitt am Morgen in Wiesenfeld das Band durch.",
                0.0,
            ),
            ("Neues Rathaus in Wiesenfeld eröffnet", "Hunderte Besucher kamen zur Feier.", 0.5),
            *((t, lead, 2.0 + n * 0.5) for n, (t, lead) in enumerate(OTHER_NEWS[:4])),
        ]
    )
    batch = BatchEvidence(prints)
    assert story_followup.own_names(prints, batch, 0, {1, 2})
    assert story_followup.followup_weight(prints, 0, {1, 2}, batch, lambda a, b: False) is None


def test_the_police_are_no_story_own_name() -> None:
    """Two men arrested by one town's police for two crimes share "Policía" and "Carabinieri"
    and nothing that is a story's own (story_followup_words.GENERIC_OFF)."""
    for single, copies in (
        (
            ("La Policía Nacional detiene a un ladrón de bicicletas", "Fue en Ribaseca.", 8.0),
            [
                ("Estafa en Ribaseca: la Policía Nacional detiene a un falso fontanero",
                 "Cobraba reparaciones que nunca hacía.", 0.0),
                ("Detenido un falso fontanero", "La Policía Nacional lo buscaba desde marzo.",
                 0.5),
            ],
        ),
        (
            ("Rapina in farmacia, i Carabinieri cercano due giovani", "A Torrebella.", 8.0),
            [
                ("Truffa agli anziani, i Carabinieri arrestano un finto tecnico",
                 "A Torrebella chiedeva soldi per la caldaia.", 0.0),
                ("Finto tecnico arrestato", "I Carabinieri lo cercavano da mesi.", 0.5),
            ],
        ),
    ):  # fmt: skip
        prints = _prints([single, *copies])
        names = story_followup.own_names(prints, BatchEvidence(prints), 0, {1, 2})
        assert not {n for n in names if n[1:4] in ("pol", "car")}, names


def test_a_man_and_a_weekday_are_no_words_of_an_event() -> None:
    """A shop's burglary and a fraud in one town share the town, "hombre" and "jueves" (its
    stem "juev", which no weekday pattern reads: story_followup_words.WEEKDAY_STEMS), and in
    Portuguese "homem" and "sexta-feira": no word of either event (GENERIC_OFF)."""
    for texts in (
        [
            ("Un hombre asalta una tienda de Villacorza el jueves",
             "El hombre huyó con la caja de la tienda.", 8.0),
            ("Detenido en Villacorza un hombre por estafa",
             "El jueves la víctima denunció al hombre.", 0.0),
            ("Estafa de un hombre en Villacorza", "El jueves lo detuvieron.", 0.5),
        ],
        [
            ("Homem assalta farmácia de Valverdinho na sexta-feira",
             "O homem fugiu a pé na sexta-feira.", 8.0),
            ("Homem burla idosos em Valverdinho", "Na sexta-feira o homem foi detido.", 0.0),
            ("Burla em Valverdinho", "O homem foi detido na sexta-feira.", 0.5),
        ],
    ):  # fmt: skip
        prints = _prints(texts)
        batch = BatchEvidence(prints)
        names = story_followup.own_names(prints, batch, 0, {1, 2})
        assert names
        words = story_followup.event_words(batch, 0, {1, 2}, names, prints)
        assert not words & {"juev", "hombr", "sext", "feir", "hom", "homem"}, words


# More news of an Italian day, for a batch of a daily digest's size (stories.BIG_BATCH).
DAY_NEWS = [
    ("Nuova pista ciclabile lungo il fiume a Pontebasso", "Il comune apre il cantiere a maggio."),
    ("Scuola media di Valfiorita, arriva la mensa", "Da settembre i ragazzi mangeranno a scuola."),
    ("Concerto d'organo nella pieve di San Lucio", "Sabato sera suona un maestro di Cremona."),
    ("Bus notturno per Collealto anche d'estate", "La linea resta attiva fino a settembre."),
    ("La squadra di volley di Marcellina promossa", "Le ragazze salgono in serie B."),
    ("Mercato contadino raddoppia a Fontesecca", "Ogni mercoledì oltre al sabato."),
    ("Biblioteca di Roccavecchia apre la sala ragazzi", "Libri e giochi per i più piccoli."),
    ("Sagra della castagna a Montecupo", "Tre giorni di stand e musica."),
    ("Lavori sull'acquedotto a Serralunga", "Acqua a singhiozzo per due giorni."),
    ("Piazza Dante torna pedonale", "Le auto fuori dal centro dal primo del mese."),
    ("Il teatro comunale di Lucignano riapre la stagione", "In cartellone dieci spettacoli."),
    ("Corsa podistica tra i vigneti di Grottalta", "Iscritti in trecento."),
]  # fmt: skip


def test_a_shops_fine_and_its_burglary_are_two_stories() -> None:
    """A minimarket fined in the morning, told twice, and burgled that night: the burglary
    comes near both copies by the street and the town, and in a day's batch the follow-ups'
    stage and the last strays' pass would join it (story_strays.BIG_STRAY_BEST); a fine and a
    theft are kinds apart (story_followup.FOLLOW_KINDS, story_strays.BIG_KINDS)."""
    prints = _prints(
        [
            (
                "Minimarket di via Garibaldi multato dai Nas",
                "A Roccalta i carabinieri del Nas hanno trovato alimenti scaduti negli scaffali "
                "del minimarket di via Garibaldi.",
                0.0,
            ),
            (
                "Alimenti scaduti, multa al minimarket di Roccalta",
                "Sanzione di tremila euro per il negozio di via Garibaldi.",
                0.7,
            ),
            (
                "Furto nella notte al minimarket di via Garibaldi",
                "A Roccalta ladri entrati dal retro del minimarket hanno portato via la cassa.",
                9.0,
            ),
            *((t, lead, 1.0 + n * 0.5) for n, (t, lead) in enumerate(OTHER_NEWS + DAY_NEWS)),
        ]
    )
    assert len(prints) >= (stories.BIG_BATCH or 0)
    groups = group(prints)
    assert [0, 1] in groups
    assert [2] in groups


def test_the_prosecution_service_is_no_story_own_name() -> None:
    """Two cases the same prosecutors bring share "Crown Prosecution Service" and nothing of
    either story's own (story_followup_lexicon.GENERIC_NAMES, session 18)."""
    prints = _prints(
        [
            ("Prosecutors under fire as Hadley fraud case collapses",
             "The Crown Prosecution Service will review how the case against two builders was "
             "handled.", 9.0),
            ("Nurse charged over stolen painkillers at Brackwell hospital",
             "The Crown Prosecution Service authorised the charge on Tuesday.", 0.0),
            ("Brackwell nurse accused of taking painkillers",
             "Jade Pollard, 31, will appear before magistrates; the Crown Prosecution Service "
             "said she denies it.", 0.5),
        ]
    )  # fmt: skip
    names = story_followup.own_names(prints, BatchEvidence(prints), 0, {1, 2})
    assert not {n for n in names if n[1:4] in ("cro", "pro", "ser")}, names
