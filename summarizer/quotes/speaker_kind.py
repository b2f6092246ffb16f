"""The speaker a cue's words give: a name, a pronoun or a description (`speakers.parse_speaker`
reads them; `resolve` turns pronouns and descriptions into names)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Speaker:
    """A subject phrase next to a cue: kind is "name", "pronoun" or "description"."""

    kind: str
    text: str
