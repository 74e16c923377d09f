"""More quoting conventions of real journalism, one general mechanism per test (texts the project wrote)."""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str]]:
        q = quotes_of(text)
        for r in q.itertuples():  # offsets stay exact whatever the rule
            assert text[r.start:r.end] == r.text
            if r.speaker_mention:
                assert text[r.mention_start:r.mention_end] == r.speaker_mention
        return list(zip(q["type"], q["text"], q["cue"], strict=True))
    return rows


@pytest.mark.parametrize("text, quote, cue", [
    ("Dans un communiqué, l'enseigne dit « déplorer les désagréments causés aux clients ».",
     "« déplorer les désagréments causés aux clients »", "dit"),
    ("Le président de l'agglomération a réclamé « des explications » au transporteur.", "« des explications »",
     "a réclamé"),
    ("Le sénateur a ironisé sur « une réforme écrite par des gens qui ne prennent jamais le train ».",
     "« une réforme écrite par des gens qui ne prennent jamais le train »", "a ironisé"),
    ("La direction invoque « un contexte économique dégradé ».", "« un contexte économique dégradé »", "invoque"),
    ("Le syndicat décrit « une ambiance de fin de règne ».", "« une ambiance de fin de règne »", "décrit"),
    ("Le maire a dit « déplorer » le choix du département.", "« déplorer » le choix du département", "a dit"),
    ("La directrice a dit son « immense soulagement ».", "son « immense soulagement »", "a dit"),
    ("Elle a exclu tout recours au 49.3 « à ce stade ».", "tout recours au 49.3 « à ce stade »", "a exclu"),
])
def test_quoted_fragments_after_more_verbs(rows, text, quote, cue):
    assert rows(text) == [("mixed", quote, cue)]


def test_a_second_reporting_verb_after_et_is_its_own_entry(rows):
    got = rows("L'enseigne dit « comprendre l'agacement des clients » et assure que les rayons seront réapprovisionnés.")
    assert got == [("mixed", "« comprendre l'agacement des clients »", "dit"),
                   ("indirect", "les rayons seront réapprovisionnés", "assure")]


def test_a_relay_between_the_verb_and_its_complement_is_skipped(rows):
    got = rows("Le collectif a de son côté dénoncé, selon Le Télégramme, une « succession d'incidents » sur la ligne.")
    assert got == [("mixed", "une « succession d'incidents » sur la ligne", "a de son côté dénoncé")]


def test_a_cue_before_a_colon_also_governs_its_complement(rows):
    got = rows("La porte-parole, Inès Garnier, invite les usagers à signaler chaque retard : "
               "« Plus nous aurons de témoignages, plus le dossier sera solide. »")
    assert got == [("indirect", "signaler chaque retard", "invite"),
                   ("direct", "Plus nous aurons de témoignages, plus le dossier sera solide.", "invite")]


def test_an_absolute_participle_clause_is_no_speech_act(rows):
    assert rows("Le vote a été reporté, plusieurs conseillers menaçant de démissionner.") == []


def test_pour_on_behalf_of_is_not_an_attribution_but_pour_someone_with_a_view_is(rows):
    assert rows("Pour la défense, Me Arnaud Lefranc a réclamé l'acquittement.") == []
    got = rows("Pour les scientifiques de l'institut, le réchauffement des eaux explique ce déclin.")
    assert got == [("selon", "le réchauffement des eaux explique ce déclin", "Pour")]
    got = rows("Pour la mairesse, il n'est pas question de reculer.")
    assert got == [("selon", "il n'est pas question de reculer", "Pour")]


def test_selon_spans_stop_at_the_proposition(rows):
    assert rows("Le chômage a reculé à 7,1 %, d'après l'Insee, qui publie jeudi ses chiffres.") == [
        ("selon", "Le chômage a reculé à 7,1 %", "d'après")]
    got = rows("Selon l'institut, une seconde phase de l'étude, consacrée aux adolescents, doit débuter à l'automne.")
    assert got == [("selon", "une seconde phase de l'étude, consacrée aux adolescents, doit débuter à l'automne", "Selon")]


def test_se_dire_with_a_stance_adjective_and_its_complement(rows):
    got = rows("Le Portugal et l'Irlande se sont dits prêts à contribuer financièrement.")
    assert got == [("indirect", "prêts à contribuer financièrement", "se sont dits")]
    assert rows("Le maire s'est dit inquiet.") == []


def test_content_before_an_impersonal_incise_with_an_unknown_verb(quotes_of, rows):
    got = rows("Plusieurs régions envisagent de rouvrir les lignes de nuit, a-t-on appris jeudi de sources gouvernementales.")
    assert got == [("indirect", "Plusieurs régions envisagent de rouvrir les lignes de nuit", "a-t-on appris")]
    assert quotes_of("Plusieurs régions envisagent de rouvrir les lignes, a-t-on appris de sources gouvernementales.")[
        "speaker_mention"].tolist() == ["sources gouvernementales"]


def test_words_heard_from_someone_are_theirs(quotes_of):
    q = quotes_of("Une ouvrière, Julie Marchand, affirme avoir entendu le contremaître dire, un matin : "
                  "« Pas le temps de sécuriser. »")
    assert q["type"].tolist() == ["indirect", "direct"]
    assert q["speaker_mention"].tolist() == ["Une ouvrière, Julie Marchand", "le contremaître"]
    assert q["cue"].tolist() == ["affirme", "dire"]


def test_multi_paragraph_quotation_with_its_cue_in_the_last_paragraph(quotes_of):
    q = quotes_of("« Ce drame n'est pas une fatalité.\n\n"
                  "« Quand on économise sur la sécurité, ce sont les salariés qui paient », a-t-elle poursuivi.")
    assert q["text"].tolist() == ["Ce drame n'est pas une fatalité.",
                                  "Quand on économise sur la sécurité, ce sont les salariés qui paient"]
    assert q["cue"].tolist() == ["a-t-elle poursuivi"] * 2
    assert q["speaker_mention"].tolist() == ["elle"] * 2


def test_interview_answers_after_questions_are_the_interviewees(quotes_of):
    q = quotes_of("Le gardien Yoann Perrot s'est confié après la rencontre.\n\n"
                  "Vous attendiez-vous à une telle pression ?\n\n"
                  "– Oui, on savait qu'ils allaient pousser.\n\n"
                  "Et l'égalisation ?\n\n"
                  "– Je suis déçu.\n\n"
                  "- Une liste à puces sans question n'est pas une réponse.")
    assert q["text"].tolist() == ["Oui, on savait qu'ils allaient pousser.", "Je suis déçu."]
    assert q["cue"].tolist() == ["", ""]
    assert q["speaker_mention"].tolist() == ["Le gardien Yoann Perrot"] * 2


def test_answers_printed_as_whole_quotations_are_the_interviewees_not_someone_the_question_quotes(quotes_of):
    q = quotes_of("La nouvelle maire, Julie Moreau, a pris ses fonctions lundi.\n\n"
                  "Avez-vous hésité quand le ministre Paul Roux vous a proposé de le remplacer ?\n\n"
                  "« Non, c'est un honneur et je vais jusqu'au bout. »\n\n"
                  "Comment voyez-vous la suite ?\n\n"
                  "« Avec sérénité, nous avons une équipe solide. »")
    answers = q[q["text"].str.startswith(("Non", "Avec"))]
    assert answers["speaker_mention"].tolist() == ["La nouvelle maire, Julie Moreau"] * 2


def test_a_quotation_inside_a_question_is_not_continued_by_the_answer(quotes_of):
    q = quotes_of("Selon vous, qu'a voulu dire le ministre Paul Roux quand il a affirmé que « tout est possible » ?\n\n"
                  "« Que rien n'est décidé, et nous le savons tous. »")
    answer = q[q["text"].str.startswith("Que rien")]
    assert answer["speaker_mention"].isna().all() or (answer["speaker_mention"] == "").all()


def test_live_blog_time_stamps_are_left_out(quotes_of):
    q = quotes_of("14h30 | « Nous ne reprendrons pas le travail », affirme Karim Aït-Saïd.\n\n"
                  "8h40 - Le trafic est interrompu, annonce la SNCF.")
    assert q["type"].tolist() == ["direct", "indirect"]
    assert q["text"].tolist() == ["Nous ne reprendrons pas le travail", "Le trafic est interrompu"]


def test_a_headline_quotation_points_at_the_body_quotation_it_repeats(quotes_of):
    q = quotes_of("« Tout le monde savait » : un gérant jugé à Valdonne\n\n"
                  "« Tout le monde savait. On en parlait tous les jours », a raconté un ancien salarié, Kévin Roussel.")
    assert q["type"].tolist() == ["direct", "direct"]
    assert q["speaker_mention"].tolist() == ["", "un ancien salarié, Kévin Roussel"]
    assert q["continues"].iloc[0] == q["quote_id"].iloc[1]


def test_a_subject_separated_from_its_verb_by_an_adverbial(quotes_of):
    q = quotes_of("Les assureurs, par la voix de leur fédération, appellent les sinistrés à photographier les dommages.")
    assert q["speaker_mention"].tolist() == ["Les assureurs"]


def test_a_bulleted_list_after_a_rhetorical_question_is_no_interview(quotes_of):
    q = quotes_of("Les écoles rouvrent lundi.\n\nQue faut-il savoir ?\n\n- Les cantines restent fermées jusqu'à mercredi.")
    assert q.empty


def test_pour_a_bare_group_is_a_view_only_when_the_content_judges_or_predicts(rows):
    assert rows("Pour les transporteurs, la note grimpe encore.") == []
    assert rows("Pour les économistes, la croissance ralentira l'an prochain.") == [
        ("selon", "la croissance ralentira l'an prochain", "Pour")]
    assert rows("Pour les syndicats, cette réforme est injuste.") == [("selon", "cette réforme est injuste", "Pour")]


def test_a_reworded_headline_quotation_still_finds_the_body_quotation(quotes_of):
    q = quotes_of("« On savait tous que la nacelle était usée » : un gérant jugé\n\n"
                  "« Tout le monde savait que la nacelle était usée », a raconté un ancien salarié, Kévin Roussel.")
    assert q["continues"].iloc[0] == q["quote_id"].iloc[1]
