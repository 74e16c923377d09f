"""The French word lists speaker resolution reads, loaded once from ``analysis/data/speaker_*.csv``.

- ``speaker_titles.csv``: titles before a name (M., Mme, MM., Dr …) with gender and number;
- ``speaker_roles.csv``: role nouns (masculine, feminine, plurals; blank plural = regular; ``office``
  1 for offices such as « ministre », blank for descriptions such as « le marin » that can
  refer back to a person just named);
- ``speaker_organisations.csv``: nouns that name a body or a medium (ministère, police, quotidien …;
  plural « - » when the plural form would be misread);
- ``speaker_media.csv``: outlet names and words found in outlet titles (News, Times …);
- ``speaker_role_domains.csv``: capitalised portfolios inside roles (« ministre de la Santé »);
- ``speaker_role_synonyms.csv``: two wordings of one office (« chef de l'État » = « président de
  la République »), so that either binds to the person the article gives the other;
- ``speaker_role_broader.csv``: a broader role and one it covers (« magistrat » → « procureur »,
  « technicien » → « entraîneur »), so that « la magistrate » can be the prosecutor just named;
- ``speaker_role_cumul.csv``: offices one person often holds together (« député » and « président »
  of a group), so that « la députée de X » can be the group president just quoted;
- ``speaker_metonyms.csv``: places that stand for the body they house (« place Beauvau » →
  « ministère de l'Intérieur »), used only when the article itself names that body;
- ``speaker_demonyms.csv``: nationality and regional nouns (« Danois », « Danoise »), read as
  descriptions of a person (:func:`demonyms`);
- ``speaker_body_kinds.csv``: the one body-kind table: nouns that can stand for a body and the kinds (« le
  musée », « l'électricien ») and that the first words of a body's name tell (« Stade olympique »;
  :func:`body_kinds`).

Every key is folded (:func:`analysis.fr.text.fold`) and split into words, so lookups
ignore case and accents. Users extend a list by adding rows to its CSV.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analysis import config
from analysis.fr.speaker_words import ELIDED_LINKS, INVARIABLE_PLURAL_ENDINGS, PLURAL_STOP_WORDS, X_PLURAL_ENDINGS
from analysis.fr.text import fold
from analysis.nlp.matcher import PhraseTable
from analysis.speakers.text import tokenize

Key = tuple[str, ...]


@dataclass(frozen=True)
class RoleForm:
    head: str  # the masculine singular form, folded: one key per role
    gender: str  # "m", "f" or "" (epicene form: the determiner decides)
    number: str  # "s" or "p"
    office: bool = False  # an office held by one person at a time (« ministre », « maire »), not an epithet


@dataclass(frozen=True)
class OrgWord:
    kind: str  # "organisation" or "media"
    gender: str
    number: str


@dataclass(frozen=True)
class Lexicon:
    """The speaker word lists, each phrase table matched on folded tokens (:class:`~analysis.nlp.matcher.PhraseTable`)."""

    titles: dict[str, tuple[str, str]]
    roles: PhraseTable[RoleForm]
    org_words: PhraseTable[OrgWord]
    outlets: PhraseTable[str]
    media_title_words: frozenset[str]
    domains: PhraseTable[str]
    synonyms: dict[str, list[str]]
    metonyms: PhraseTable[str]  # « place beauvau » → « ministère de l'Intérieur »
    narrower: dict[str, frozenset[str]]  # « magistrat » → {« procureur », « juge » …} (folded heads)
    cumul: dict[str, frozenset[str]] = field(default_factory=dict)  # « député » ↔ « président » (folded heads)


@lru_cache(maxsize=65536)
def key(text: str) -> Key:
    """Folded word tuple of ``text`` (« chef de l'État » → ``("chef", "de", "l'", "etat")``)."""
    return tuple(t.low for t in tokenize(text) if t.low not in {"-"})


def _plural(form: str) -> str:
    """Regular plural of a role noun phrase: every word before the first preposition."""
    words = form.split(" ")
    out = []
    stop = False
    for w in words:
        if w in PLURAL_STOP_WORDS or w.startswith(ELIDED_LINKS):
            stop = True
        if stop:
            out.append(w)
            continue
        head, sep, tail = w.rpartition("-")
        last = tail if sep else w
        if last.endswith(INVARIABLE_PLURAL_ENDINGS):
            plural = last
        elif last.endswith("al"):
            plural = last[:-2] + "aux"
        elif last.endswith(X_PLURAL_ENDINGS):
            plural = last + "x"
        else:
            plural = last + "s"
        out.append(f"{head}{sep}{plural}" if sep else plural)
    return " ".join(out)


def _read(name: str) -> list[dict[str, str]]:
    path: Path = config.data_file(name)
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))  # « # » lines are comments
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every list (cached for the process)."""
    titles = {fold(r["title"]).rstrip("."): (r["gender"], r["number"] or "s") for r in _read("speaker_titles.csv")}

    roles: dict[Key, RoleForm] = {}
    for r in _read("speaker_roles.csv"):
        masc = r["role"]
        fem = r["feminine"] or masc
        head = fold(masc)
        epicene = fold(fem) == fold(masc)
        forms = [
            (masc, "" if epicene else "m", "s"),
            (fem, "" if epicene else "f", "s"),
            (r["plural"] or _plural(masc), "" if epicene else "m", "p"),
            (r["feminine_plural"] or _plural(fem), "" if epicene else "f", "p"),
        ]
        office = r.get("office", "") == "1"
        for form, gender, number in forms:
            k = key(form)
            if k and k not in roles:
                roles[k] = RoleForm(head, gender, number, office)

    org_words: dict[Key, OrgWord] = {}
    for r in _read("speaker_organisations.csv"):
        word = r["word"]
        plural = r["plural"] or _plural(word)
        org_words.setdefault(key(word), OrgWord(r["kind"], r["gender"], "p" if plural == word else "s"))
        if plural != "-":  # « - »: no plural form (« cours » would be read in « au cours de »)
            org_words.setdefault(key(plural), OrgWord(r["kind"], r["gender"], "p"))

    outlets: dict[Key, str] = {}
    media_words: set[str] = set()
    for r in _read("speaker_media.csv"):
        if r["type"] == "title_word":
            media_words.add(fold(r["name"]))
        else:
            outlets[key(r["name"])] = r["name"]

    domains = {key(r["domain"]): r["domain"] for r in _read("speaker_role_domains.csv")}
    synonyms: dict[str, list[str]] = {}
    for r in _read("speaker_role_synonyms.csv"):
        synonyms.setdefault(fold(r["role"]), []).append(r["same_as"])
        synonyms.setdefault(fold(r["same_as"]), []).append(r["role"])
    metonyms = {key(r["metonym"]): r["stands_for"] for r in _read("speaker_metonyms.csv")}
    narrower: dict[str, set[str]] = {}
    for r in _read("speaker_role_broader.csv"):
        narrower.setdefault(fold(r["broader"]), set()).add(fold(r["narrower"]))
    cumul: dict[str, set[str]] = {}
    for r in _read("speaker_role_cumul.csv"):
        a, b = fold(r["role"]), fold(r["also"])
        cumul.setdefault(a, set()).add(b)
        cumul.setdefault(b, set()).add(a)
    return Lexicon(
        titles=titles,
        roles=PhraseTable(roles),
        org_words=PhraseTable(org_words),
        outlets=PhraseTable(outlets),
        media_title_words=frozenset(media_words),
        domains=PhraseTable(domains),
        synonyms=synonyms,
        metonyms=PhraseTable(metonyms),
        narrower={k: frozenset(v) for k, v in narrower.items()},
        cumul={k: frozenset(v) for k, v in cumul.items()},
    )


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, str]]:
    """Folded nationality nouns → (folded masculine head, gender): « danoise » → (« danois », "f").

    An epicene form (« Belge ») has gender ""."""
    out: dict[str, tuple[str, str]] = {}
    for row in _read("speaker_demonyms.csv"):
        masc, fem = fold(row["masculine"]), fold(row["feminine"])
        out[masc] = (masc, "" if masc == fem else "m")
        out.setdefault(fem, (masc, "f"))
    return out


@lru_cache(maxsize=1)
def body_kinds() -> dict[str, frozenset[str]]:
    """Folded body nouns → the kinds of body they can stand for (« musée » → {museum})."""
    return {fold(row["noun"]): frozenset(row["kinds"].split()) for row in _read("speaker_body_kinds.csv")}
