"""The page's boxes in the text: photo captions, text adverts and a comment form's notes.

A caption that ends in a full stop reads like a sentence ("Ann Lee (C) waves to the crowd
during the final in Port Ellis, January 8."), and a summary picks it for its names; a text
advert glued into the story ("Harbour BrokersOnly £4.95 per trade, get a free trial now.")
gives the key figures a price. `cleanup` drops the units, `furniture` cuts the caption
sentences out of a paragraph. The patterns live in `furniture_boxes_lexicon`.
"""

from __future__ import annotations

from summarizer.text.furniture_boxes_lexicon import (
    advert_call,
    bare_address,
    caption_close,
    form_note,
    photo_credit,
    position_marker,
    present_subject,
    price_offer,
)
from summarizer.text.furniture_lexicon import sentence_gap

MAX_ADVERT_WORDS = 40  # a text advert is short; a longer unit with a price is prose
MAX_NOTE_WORDS = 30
MAX_AD_LINE_WORDS = 30  # a unit above an advert's display links may be the advert's text
MIN_AD_ADDRESSES = 2  # display links in a row that make a block of text adverts
_QUOTES = "\"“‘'«"
_CLOSE = tuple(".!?…\"'”’»)")
# Cheap first looks: a caption needs one of these
_CAPTION_HINTS = (
    "(",
    "/",
    "Photo",
    "photo",
    "Picture",
    "Image",
    "Getty",
    "Shutterstock",
    " during ",
    "Courtesy",
    "Credit",
)


def without_captions(unit: str) -> str:
    """The unit without the photo-caption sentences in it ("" when it is all caption)."""
    if not any(hint in unit for hint in _CAPTION_HINTS) and not unit.endswith(tuple("0123456789.")):
        return unit
    sentences = sentence_gap().split(unit)
    kept = [sentence for sentence in sentences if not is_caption_sentence(sentence)]
    return unit if len(kept) == len(sentences) else " ".join(kept)


def is_caption_sentence(sentence: str) -> bool:
    """A photo's caption: it ends in a credit ("REUTERS/Ann Lee"), says where a person stands in
    the picture ("Ann Lee (C) waves"), or tells in the present tense what the picture shows, in
    a place and on a date ("... in Port Ellis, January 8.") or during an event ("Ann Lee
    controls the ball during the final in Port Ellis.")."""
    sentence = sentence.strip()
    if not sentence:
        return False
    if photo_credit().search(sentence):  # also a quoted line: the credit makes it a caption
        return True
    if sentence[0] in _QUOTES:
        return False
    if position_marker().search(sentence):
        return True
    if not present_subject().match(sentence):
        return False
    if caption_close().search(sentence):
        return True
    return " during " in sentence and _ends_in_place(sentence)


def _ends_in_place(sentence: str) -> bool:
    """Whether the sentence closes with "in Port Ellis." (one to three capitalised words)."""
    head, found, place = sentence.rstrip(".").rpartition(" in ")
    words = place.split()
    return bool(found and head) and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def is_advert(unit: str) -> bool:
    """A text advert: short, with a sales call ("get a free trial now", "book now"), or an
    offer's price in a line that is no sentence ("Fly to Port Ellis from £99 Stopovers ...")."""
    if len(unit.split(None, MAX_ADVERT_WORDS)) > MAX_ADVERT_WORDS:
        return False
    if advert_call().search(unit):
        return True
    return not unit.rstrip().endswith(_CLOSE) and price_offer().search(unit) is not None


def is_form_note(unit: str) -> bool:
    """A comment form's limit or a paywall snippet's word count ("Limit: 1000 characters")."""
    return len(unit.split(None, MAX_NOTE_WORDS)) <= MAX_NOTE_WORDS and bool(form_note().match(unit))


def is_address(unit: str) -> bool:
    """A unit that is only a web address (an advert's display link)."""
    return " " not in unit.strip() and bool(bare_address().match(unit.strip()))


def without_advert_blocks(units: list[str]) -> list[str]:
    """Text adverts laid out as their texts, then their display links ("Harbour Brokers ...",
    "Bonds ...", "www.harbour.example", "bonds.example"): the links go, and as many short
    units just above them as there are links."""
    drop: set[int] = set()
    at = 0
    while at < len(units):
        end = at
        while end < len(units) and is_address(units[end]):
            end += 1
        if end - at >= MIN_AD_ADDRESSES:
            drop.update(range(at, end))
            above = at - 1
            while above >= 0 and at - above <= end - at:
                if len(units[above].split(None, MAX_AD_LINE_WORDS)) > MAX_AD_LINE_WORDS:
                    break
                drop.add(above)
                above -= 1
        at = max(end, at + 1)
    return [unit for at, unit in enumerate(units) if at not in drop]
