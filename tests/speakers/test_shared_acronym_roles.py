"""An office whose complement shares an acronym with a role the article gave someone, the rest being
common nouns (« le président du CSE de l'usine » after « X, président du CSE de Valdor »), is theirs;
another proper name among its qualifiers makes it another body's. Every text is invented for these tests."""

from __future__ import annotations

from analysis.speakers.phrases import Role
from analysis.speakers.roles import shared_acronym


def _role(text: str, head: str, *quals: str) -> Role:
    return Role(text, 0, 0, head, frozenset(quals), office=True, complement=True)


def test_a_shared_acronym_fits_when_the_rest_is_common_nouns():
    given = _role("président du CSE de Valdor", "president", "cse", "valdor")
    assert shared_acronym(_role("président du CSE de l'usine", "president", "cse", "usine"), [given]) == 1
    assert shared_acronym(_role("président du CSE de Marbel", "president", "cse", "marbel"), [given]) is None
    assert shared_acronym(_role("secrétaire du CSE de l'usine", "secretaire", "cse", "usine"), [given]) is None
    assert shared_acronym(_role("président du comité de l'usine", "president", "comite", "usine"), [given]) is None


def test_the_acronym_role_goes_to_the_person_named_with_it(resolve_text, speaker_of):
    text = ("« Nous ne couvrirons pas la manifestation », a expliqué Julie Castan, présidente du CSE de Valdor. "
            "Le directeur Paul Ribeiro a regretté cette décision. "
            "« Nous voulons protéger les équipes », a ajouté la présidente du CSE de l'usine.")
    out = resolve_text(text)
    assert speaker_of(out, "protéger les équipes") == "Julie Castan"
