"""Past the lede, a role points back at someone already named it fits rather than forward at a better
fit named only later; in the lede it may still point forward. Every text is invented for these tests."""

from __future__ import annotations


def test_a_role_after_the_lede_points_back_not_forward(resolve_text, speaker_of):
    text = ("Les greffes de tissus se multiplient en Europe.\n\n"
            "Le marché a doublé en cinq ans, selon les organisateurs du congrès.\n\n"
            "« Personne ne connaît encore la bonne dose », explique le Dr Marc Olivier, professeur de chirurgie à Lyon.\n\n"
            "Car « les cellules se dégradent très vite », insiste le professeur.\n\n"
            "Le professeur Kenji Arai, chercheur à Osaka, prépare une étude sur le sujet.")
    out = resolve_text(text)
    assert speaker_of(out, "se dégradent très vite") == "Marc Olivier"


def test_a_role_in_the_lede_may_name_the_person_introduced_after(resolve_text, speaker_of):
    text = ("Le ministre a promis « des mesures rapides » pour les éleveurs.\n\n"
            "Le ministre de l'Agriculture Paul Terrasse s'est rendu lundi dans une ferme du Cantal.")
    out = resolve_text(text)
    assert speaker_of(out, "mesures rapides") == "Paul Terrasse"
