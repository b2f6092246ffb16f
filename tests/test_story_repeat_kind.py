"""A silent repeat must agree on the kind of event (bot.digest.story_known, REPEAT_SAME_KIND):
a post office's robbery six hours after its closure shares the street, the town and "post
office" with it, yet is another event; it must reach the chat, while a later copy of the closure
from another outlet is still consumed silently. In the eight languages, then through the real
digest plan (`planning.decide`). Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest import planning, story_known
from bot.digest.build import Candidate, DigestOptions, fingerprint_of
from bot.digest.stories import Fingerprint, KnownStories, fingerprint
from tests.story_filler import OTHER_NEWS

T = datetime(2026, 3, 2, 9, tzinfo=UTC)
Story = tuple[str, str]

# language -> (the closure the chat had, a copy of it from another outlet, the robbery there)
POST_OFFICE: dict[str, tuple[Story, Story, Story]] = {
    "en": (
        ("Brackley Road post office in Dunmore to close in June",
         "The post office on Brackley Road in Dunmore will shut its counters on 14 June, the "
         "postal operator said; services move to a newsagent."),
        ("Dunmore's Brackley Road post office will shut in June",
         "Counters at the Brackley Road branch in Dunmore close on 14 June and move to a "
         "newsagent."),
        ("Brackley Road post office in Dunmore robbed",
         "Two masked men threatened staff at the Brackley Road post office in Dunmore and took "
         "cash from the counters on Tuesday."),
    ),
    "ru": (
        ("Почтовое отделение на улице Садовой в Верхнеозёрске закроют в июне",
         "Отделение почты на Садовой улице в Верхнеозёрске прекратит работу 14 июня, услуги "
         "перенесут в соседний магазин."),
        ("В Верхнеозёрске закроют почту на Садовой",
         "Почтовое отделение на Садовой в Верхнеозёрске перестанет работать 14 июня."),
        ("Почтовое отделение на Садовой улице в Верхнеозёрске ограбили",
         "Двое мужчин в масках угрожали сотрудникам отделения почты на Садовой улице в "
         "Верхнеозёрске, которое в июне прекратит работу, и забрали деньги из кассы."),
    ),
    "de": (
        ("Postfiliale in der Lindenstraße in Kaltenbruck wird im Juni geschlossen",
         "Die Postfiliale in der Lindenstraße in Kaltenbruck schließt am 14. Juni, die Schalter "
         "ziehen in einen Kiosk um."),
        ("Kaltenbruck: Post in der Lindenstraße schließt im Juni",
         "Die Filiale in der Lindenstraße in Kaltenbruck macht am 14. Juni zu, ein Kiosk "
         "übernimmt."),
        ("Postfiliale in der Lindenstraße in Kaltenbruck überfallen",
         "Zwei maskierte Männer bedrohten die Angestellten der Postfiliale in der Lindenstraße in "
         "Kaltenbruck, die im Juni schließt, und flohen mit Bargeld aus den Schaltern."),
    ),
    "fr": (
        ("Fermeture du bureau de poste de la rue des Tilleuls à Montvalois en juin",
         "Le bureau de poste de la rue des Tilleuls à Montvalois baissera le rideau le 14 juin, "
         "ses services passent chez un buraliste."),
        ("Montvalois : fermeture en juin de la poste de la rue des Tilleuls",
         "La poste de la rue des Tilleuls à Montvalois ferme ses guichets le 14 juin."),
        ("Braquage au bureau de poste de la rue des Tilleuls à Montvalois",
         "Deux hommes cagoulés ont menacé les employés du bureau de poste de la rue des Tilleuls "
         "à Montvalois avant de fuir avec la caisse."),
    ),
    "es": (
        ("Cierre de la oficina de correos de la calle Olmos en Villaserena en junio",
         "La oficina de correos de la calle Olmos de Villaserena cerrará el 14 de junio y sus "
         "servicios pasarán a un estanco."),
        ("Villaserena: cierre en junio de correos de la calle Olmos",
         "La oficina de la calle Olmos en Villaserena dejará de atender el 14 de junio."),
        ("Atraco en la oficina de correos de la calle Olmos en Villaserena",
         "Dos hombres encapuchados amenazaron a los empleados de la oficina de correos de la calle "
         "Olmos en Villaserena y huyeron con la caja."),
    ),
    "it": (
        ("Chiusura dell'ufficio postale di via dei Tigli a Roccalba a giugno",
         "L'ufficio postale di via dei Tigli a Roccalba abbasserà le serrande il 14 giugno, i "
         "servizi passano a una tabaccheria."),
        ("Roccalba, a giugno la chiusura della posta di via dei Tigli",
         "Lo sportello di via dei Tigli a Roccalba smetterà di funzionare il 14 giugno."),
        ("Rapina all'ufficio postale di via dei Tigli a Roccalba",
         "Due uomini incappucciati hanno minacciato gli impiegati dell'ufficio postale di via dei "
         "Tigli a Roccalba, che abbasserà le serrande a giugno, e sono fuggiti con l'incasso."),
    ),
    "pt": (
        ("Encerramento da estação de correios da rua das Acácias em Vilarinho em junho",
         "A estação de correios da rua das Acácias em Vilarinho deixa de funcionar a 14 de junho "
         "e os serviços passam para uma papelaria."),
        ("Vilarinho: encerramento em junho dos correios da rua das Acácias",
         "O balcão da rua das Acácias em Vilarinho deixa de atender a 14 de junho."),
        ("Assalto à estação de correios da rua das Acácias em Vilarinho",
         "Dois homens encapuzados ameaçaram os funcionários da estação de correios da rua das "
         "Acácias em Vilarinho, que deixa de funcionar em junho, e fugiram com o dinheiro."),
    ),
    "nl": (
        ("Postkantoor aan de Lindelaan in Oosterveen sluit in juni",
         "Het postkantoor aan de Lindelaan in Oosterveen gaat op 14 juni dicht; de balie verhuist "
         "naar een tijdschriftenwinkel."),
        ("Oosterveen: sluiting in juni van postkantoor Lindelaan",
         "Het postkantoor aan de Lindelaan in Oosterveen stopt op 14 juni."),
        ("Postkantoor aan de Lindelaan in Oosterveen overvallen",
         "Het postkantoor aan de Lindelaan in Oosterveen, dat op 14 juni sluit, is dinsdag "
         "overvallen door twee gemaskerde mannen; zij gingen er met geld van de balie vandoor."),
    ),
}  # fmt: skip


def _at(story: Story, hours: float, language: str, source: str) -> Fingerprint:
    return fingerprint(story[0], story[1], T + timedelta(hours=hours), language, source)


@pytest.mark.parametrize("language", sorted(POST_OFFICE))
def test_a_robbery_hours_after_the_closure_is_no_silent_repeat(language: str) -> None:
    """Same place, six hours later, another kind of event: shown; the closure's copy from
    another outlet at the same hour is still a silent repeat."""
    closure, copy, robbery = POST_OFFICE[language]
    known = KnownStories([_at(closure, 0, language, "gazette")])
    items = [_at(robbery, 6, language, "radio"), _at(copy, 6, language, "wire")]
    assert known.repeats(items) == [False, True]


def test_the_rule_is_the_kind_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without REPEAT_SAME_KIND the robbery is consumed as a repeat of the closure, as before."""
    closure, _, robbery = POST_OFFICE["en"]
    known = KnownStories([_at(closure, 0, "en", "gazette")])
    monkeypatch.setattr(story_known, "REPEAT_SAME_KIND", False)
    assert known.repeats([_at(robbery, 6, "en", "radio")]) == [True]


def _cand(n: int, story: Story, feed: str, hours: float) -> Candidate:
    when = T + timedelta(hours=hours)
    return Candidate(n, f"{feed}.example/{n}", story[0], f"https://{feed}.example/{n}", feed,
                     story[1], when, when, feed_id=n)  # fmt: skip


def test_the_digest_after_the_closure_shows_the_robbery() -> None:
    """Through the plan the bot makes: the chat had the closure (its story mark, as stored); the
    next digest consumes the closure's copy silently and shows the robbery (the grouping lists
    it under "More on earlier stories", beside the closure it shares the place with)."""
    closure, copy, robbery = POST_OFFICE["en"]
    had = fingerprint_of(_cand(100, closure, "gazette", 0))
    filler = [_cand(10 + n, s, "town", 5.5) for n, s in enumerate(OTHER_NEWS[:6])]
    batch = [_cand(1, robbery, "radio", 6), _cand(2, copy, "wire", 6), *filler]
    plan = planning.decide(
        batch, [], {}, [(had.text(), had.when)], "en", T + timedelta(hours=7), DigestOptions()
    )
    assert [c.title for c in plan.repeats] == [copy[0]]
    shown = [c.title for s in plan.shown for c in (s.lead, *s.items)]
    assert robbery[0] in shown + [c.title for copies in plan.later for c in copies]
    (message,) = plan.messages
    assert robbery[0] in message.html and copy[0] not in message.html
