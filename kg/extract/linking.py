"""Entity linking: names of the text → entities of the register, or drafted once.

The register's labels and aliases (and the entities drafted so far from this
text) are indexed word by word; a name is matched with the ending of its last
word removed (``Bakıda``, ``Koakerin``, ``Güləri``), a person also by surname
alone (``Koaker``) or by initial and surname (``F.Auld`` → Fergus Auld, named
earlier). Country names the register lacks come from the lexicon
(``Türkiyənin`` → a drafted country ``Türkiyə``). A name that matches nothing is
drafted as a new entity, once: a later mention links to it.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from kg.extract.lexicon import Lexicon
from kg.extract.model import EntityInfo
from kg.extract.morphology import Analysis, analyses
from kg.extract.text import Word, fold
from kg.facts.model import Register

SPELLING = 90  # rapidfuzz ratio (0-100) at which two spellings of a person's name are one name
INITIAL = re.compile(r"^([A-ZƏÇŞÖÜĞİ])\.(?:[A-ZƏÇŞÖÜĞİ]\.)?\s?(\w[\w-]*)$")  # "F.Auld", "A.N.Bayraktar"


def slug(text: str) -> str:
    table = str.maketrans("əğıöüşç", "egiousc")
    return re.sub(r"[^a-z0-9]+", "-", fold(text).translate(table)).strip("-") or "entity"


_REPUBLIC = {"respublikası", "respublikasının"}


class Names:
    """The names of the register (and of entities drafted so far), by their words."""

    def __init__(self, register: Register, lex: Lexicon) -> None:
        self.entities: dict[str, EntityInfo] = {}
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.known_bases: set[str] = set()
        self.taken: set[str] = set(register.entities)
        for entity in register.entities.values():
            kind = entity.type.fragment
            self.entities[entity.id] = EntityInfo(
                entity.id,
                kind,
                entity.labels.get("az", entity.labels["en"]),
                country=entity.links.get("located_in") or entity.links.get("country"),
                organization=entity.links.get("organization"),
                role=entity.attributes.get("role", {}).get("az", ""),
            )
            if kind in {"Post", "Agreement"}:  # named by titles and signings, never by a mention
                continue
            names = [entity.labels.get("az", ""), *entity.aliases.get("az", ())]
            if "az" not in entity.aliases:
                names += entity.aliases.get("en", ())
            for name in names:
                self.add(name, entity.id)
            if kind == "Organization":
                self._short_forms(names, entity.id)
            if kind == "Person":
                self.add(entity.labels.get("az", "").split()[-1], entity.id)
        self._lexicon_countries(lex)

    def _short_forms(self, names: list[str], entity_id: str) -> None:
        """ "Azərbaycan Respublikası Müdafiə Nazirliyi" is also "Azərbaycan Müdafiə Nazirliyi", and "Qazaxıstan
        Respublikasının Xarici İşlər Nazirliyi" "Qazaxıstan Xarici İşlər Nazirliyi": the country's body named
        without "Republic", unless that name is another's."""
        for name in names:
            words = name.split()
            if len(words) > 2 and fold(words[1]) in _REPUBLIC:
                short = " ".join([words[0], *words[2:]])
                if self.find(short) is None:
                    self.add(short, entity_id)

    def _lexicon_countries(self, lex: Lexicon) -> None:
        """Countries the register lacks, from the lexicon: drafted only when the text names them."""
        self.lexicon_countries: dict[str, str] = {}
        for name, formal in lex.countries.items():
            if self.find(name) is not None:
                for other in formal:
                    if self.find(other) is None:
                        self.add(other, self.find(name) or "")
                continue
            for form in (name, *formal):
                self.lexicon_countries[fold(form)] = name
                self.known_bases.add(fold(form.split()[-1]))

    def find(self, name: str) -> str | None:
        words = tuple(fold(w) for w in name.split())
        key = words[0] if len(words) > 1 else "=" + words[0] if words else ""
        return next((e for n, e in self.by_first.get(key, []) if n == words), None)

    def add(self, name: str, entity_id: str) -> None:
        words = tuple(fold(w) for w in name.split())
        if not words or not entity_id:
            return
        self.by_first.setdefault(words[0] if len(words) > 1 else "", []).append((words, entity_id))
        if len(words) == 1:
            self.by_first.setdefault("=" + words[0], []).append((words, entity_id))
        self.known_bases.add(words[-1])

    def match(self, words: tuple[Word, ...], i: int) -> tuple[str, int, Analysis] | None:
        """The longest name starting at word ``i``: (entity id, end, reading of the last word)."""
        best: tuple[str, int, Analysis] | None = None
        candidates = list(self.by_first.get(words[i].folded, []))
        for reading in analyses(words[i].text):
            candidates += self.by_first.get("=" + fold(reading.base), [])
        for name, entity_id in candidates:
            n = len(name)
            if i + n > len(words) or (best and n <= best[1] - i):
                continue
            if any(words[i + k].folded != name[k] for k in range(n - 1)):
                continue
            reading = next((a for a in analyses(words[i + n - 1].text) if fold(a.base) == name[-1]), None)
            if reading is None or not words[i].text[:1].isupper():
                continue
            best = (entity_id, i + n, reading)
        return best

    def is_surname_of_another(self, entity_id: str, first_name: str) -> bool:
        """``entity_id`` is a person of several names, and ``first_name`` is not the first of them."""
        info = self.entities.get(entity_id)
        if info is None or info.type != "Person" or len(info.label.split()) < 2:
            return False
        return fold(info.label.split()[0]) != fold(first_name)

    def spelling_variant(self, label: str) -> str | None:
        people = {e.id: fold(e.label) for e in self.entities.values() if e.type == "Person"}
        return _similar_person(label, people)

    def match_initial(self, word: Word) -> tuple[str, Analysis] | None:
        """``F.Auld``, ``V.Mustafayev``: the person named before whose first name has that initial."""
        found = INITIAL.match(word.text)
        if not found:
            return None
        initial, surname = found.groups()
        for reading in analyses(surname):
            for _name, entity_id in self.by_first.get("=" + fold(reading.base), []):
                info = self.entities.get(entity_id)
                if info and info.type == "Person" and fold(info.label)[:1] == fold(initial):
                    return entity_id, reading
        return None

    def match_country(self, words: tuple[Word, ...], i: int) -> tuple[str, int, Analysis] | None:
        """A country of the lexicon that the register lacks (``Türkiyənin``, ``Pakistan İslam Respublikası``).

        Any country followed by ``Respublikası`` is that country (``Serbiya Respublikasının``).
        """
        if i + 1 < len(words) and words[i].text[:1].isupper():
            republic = next((a for a in analyses(words[i + 1].text) if fold(a.base) == "respublikası"), None)
            country = self.lexicon_countries.get(words[i].folded) or self.find(words[i].text)
            if republic and country and (country not in self.entities or self.entities[country].type == "Country"):
                return country, i + 2, republic
        for n in (4, 3, 2, 1):
            if i + n > len(words) or not words[i].text[:1].isupper():
                continue
            head = " ".join(w.folded for w in words[i : i + n - 1])
            for reading in analyses(words[i + n - 1].text):
                name = (head + " " + fold(reading.base)).strip()
                if name in self.lexicon_countries:
                    return self.lexicon_countries[name], i + n, reading
        return None

    def new_entity(self, kind: str, label: str, evidence: str, confidence: float, **links: str | None) -> str:
        """The id of the entity so named, drafted (once) if nothing has that label (or, for a person, its spelling)."""
        for entity in self.entities.values():
            if fold(entity.label) == fold(label) and (entity.type == "Post") == (kind == "Post"):
                return entity.id
        variant = self.spelling_variant(label) if kind == "Person" else None
        if variant:
            return variant
        entity_id = base = slug(label)
        n = 2
        while entity_id in self.entities or entity_id in self.taken:
            entity_id, n = f"{base}-{n}", n + 1
        info = EntityInfo(entity_id, kind, label, True, evidence, confidence)
        for key, value in links.items():
            setattr(info, key, value)
        self.entities[entity_id] = info
        if kind not in {"Post", "Agreement"}:  # a document's name is not a name to link mentions to
            self.add(label, entity_id)
            if kind == "Person" and len(label.split()) > 1:
                self.add(label.split()[-1], entity_id)
        return entity_id


def _similar_person(label: str, people: dict[str, str]) -> str | None:  # people: id → folded name
    """The person whose name is another spelling of ``label`` (Yaşar Güler / Yaşar Gülər, Vugar / Vüqar).

    rapidfuzz's ratio over the folded names, with the same number of words, the
    same first letter and not a feminine ending on one only (Babayev is not Babayeva).
    """
    folded = fold(label)
    found = process.extractOne(folded, people, scorer=fuzz.ratio, score_cutoff=SPELLING)
    if found is None:
        return None
    other, _, entity_id = found
    feminine = (other[-1:] in "aə") != (folded[-1:] in "aə")  # Babayev / Babayeva: two people
    if len(other.split()) != len(folded.split()) or feminine or other[:1] != folded[:1]:
        return None
    return entity_id


def choose_base(word: str, known_bases: set[str], text_bases: set[str], surnames: tuple[str, ...] = ()) -> Analysis:
    """The reading of a name: a known base wins; else another form of it in the text; else the longest ending.

    Where a buffer ``n`` makes two readings (``Aydının``: Aydı + nın or Aydın + ın), the
    base in ``-an``, ``-ən``, ``-ın`` wins (Aydın, Doğan, Kənan: names seldom end in a bare
    a, ə, ı), unless the other ends like a surname (Qasımzadə + nin); after other vowels the
    vowel-final base stays (Tremble + nin, Çikovani + nin, Montero + nun), and so does a possessive
    ``-sı`` (Briqadası + nda).
    """
    readings = analyses(word)
    hits = [a for a in readings if fold(a.base) in known_bases]
    if hits:
        return max(hits, key=lambda a: len(a.ending))
    hits = [a for a in readings[1:] if fold(a.base) in text_bases]  # the text's own names: another form of it
    usable = hits or [a for a in readings if not a.bare_vowel]
    best = max(usable, key=lambda a: len(a.ending))
    buffered = next((a for a in readings if a.base == best.base + best.ending[:1] and best.ending[:1] == "n"), None)
    surname = bool(surnames) and fold(best.base).endswith(surnames)
    possessive = fold(best.base).endswith("sı")  # "Briqadasında", "Akademiyasının": Briqadası + nda, not Briqadasın
    return buffered if buffered is not None and not (surname or possessive) and fold(best.base)[-1:] in "aəı" else best
