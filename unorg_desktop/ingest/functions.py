"""Functions (attributions) read out of an organisation text: lettered, numbered and dashed
lists of functions and their owner, and functions stated in prose (a mixin of
:class:`~.bulletin.BulletinReader`)."""

from __future__ import annotations

from .drafts import Draft, stem_eq
from .sentences import first_at
from .structure import Block


class FunctionsMixin:
    # -- functions ---------------------------------------------------------
    def _items(self, block: Block, subject: Draft | None, number: str) -> None:
        intro = block.intro
        if self.c.not_functions.search(intro):
            return
        for owner in self._list_owners(intro, number, subject):
            for item in block.items:
                owner.attributions.append((number, item.letter, item.text))

    def _list_owners(self, intro: str, paragraph: str, subject: Draft | None) -> list[Draft]:
        c = self.c
        m = c.functions_of.search(intro)
        if m:
            target = self._target_phrase(intro, m.end(), paragraph)
            if target:
                return target
        if c.own_functions.search(intro) or c.functions.search(intro) or intro.rstrip().endswith(":"):
            if subject is not None:
                return [subject]
            names = self.g.find_names(intro)
            if names:
                unit = self._resolve_name(names[0].name, paragraph, create=False)
                if unit is not None:
                    return [unit]
        return []

    def _target_phrase(self, text: str, pos: int, paragraph: str) -> list[Draft]:
        tokens = self.g.tokenize(text)
        tok = first_at(tokens, pos)
        if tok is None:
            return []
        nm = self.g.name_at(text, tok.start, tokens=tokens)
        if nm is not None:
            unit = self._resolve_name(nm.name, paragraph, create=False)
            if unit is None:
                for d in self.reg.live():
                    if (d.is_group or d.collective) and stem_eq(d.name, nm.name):
                        return d.members or [d]
                unit = self._resolve_name(nm.name, paragraph, create=True, kind=nm.kind)
            if unit is not None and unit.is_group:
                return unit.members
            return [unit] if unit is not None else []
        known = self._acronym_at(text, tok.start, tokens)  # "The core functions of CRD are"
        if known is not None:
            return [known]
        title = self.g.read_title(text, tok.start)
        if title is not None:
            return [self._post_subject(title, paragraph)]
        return []

    def _prose_functions(self, block: Block, subject: Draft, number: str) -> None:
        if self.c.prose_functions.search(block.intro):
            subject.attributions.append((number, "", block.intro))


