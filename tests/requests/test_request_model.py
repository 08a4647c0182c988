"""The learned third reading of access and erasure (rules/request_model.py, scripts/train_request_model.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rules import request_model, subject_requests
from rules.subject_requests import find_requests, fold
from rules.vocabulary import RequestReading

ROOT = Path(__file__).resolve().parents[2]


def _probability(kind: str, subject: str, body: str) -> float:
    model = request_model.committed_model()
    return model.probability(kind, request_model.features(request_model.tokens(fold(subject)),
                                                          request_model.tokens(fold(body))))


def test_the_committed_model_loads_and_scores_both_kinds():
    model = request_model.committed_model()
    assert set(model.kinds) == {"access", "erasure"}
    assert all(0.2 <= model.threshold(kind) < 1 for kind in model.kinds)
    erase = _probability("erasure", "Hei", "Jeg vil at dere fjerner alt dere har om meg nå som prosjektet er over.")
    see = _probability("access", "Hei", "Kan dere sende meg en oversikt over alt dere har lagret om meg?")
    plain = _probability("erasure", "Tegninger", "Hei, vedlagt er tegningene av tilbygget. Passer det med møte tirsdag?")
    assert erase >= model.threshold("erasure") and see >= model.threshold("access")
    assert plain < 0.1 and _probability("access", "Tegninger", "Hei, vedlagt er tegningene. Møte tirsdag?") < 0.1


def test_the_weights_are_small_and_read_only_on_first_use():
    # The weights grow with the corpus (482 KB on 26 blind sets, 586 KB on 35, 752 KB on 50 until weights below
    # MIN_WEIGHT were dropped, 589 KB after); read on the first mail, never at import, so start-up does not pay for
    # them. The bound is there to catch a change of form or a runaway feature set, not to be raised as the corpus grows.
    assert request_model.WEIGHTS.stat().st_size < 750_000
    code = ("import sys; import rules.subject_requests, rules.request_model as m; "
            "assert m.committed_model.cache_info().currsize == 0; "
            "assert 'sklearn' not in sys.modules and 'numpy' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


@pytest.mark.parametrize(("subject", "body"), [
    ("Tilbygg – tegninger", "Hei Kari,\nVedlagt er revidert plantegning. Kan dere slette den gamle versjonen fra mappa?"
                            "\nMøtet flyttes til torsdag kl. 10.\nMvh Ola"),
    ("Faktura 2026-114", "Hei, fakturaen er betalt. Send gjerne en kvittering. Hilsen Per"),
    ("Re: Befaring", "Takk for sist! Bildene fra befaringen ligger i vedlegget. Si fra om dere trenger mer."),
    ("Site visit", "Hi, could you send me the updated drawings and remove the old garage from the plan? Thanks, Tom"),
])
def test_ordinary_project_mail_stays_silent(subject, body):
    assert find_requests(subject, body) == ()


def test_a_finding_the_rules_did_not_make_is_marked_as_learned(monkeypatch):
    """With every hand-written reading silenced, the model alone finds the erasure, quotes the sentence that asks,
    and says it was the model."""
    monkeypatch.setattr(subject_requests, "subject_request", lambda subject, body: set())
    monkeypatch.setattr(subject_requests, "_kinds_in", lambda *args, **kwargs: (set(), False))
    monkeypatch.setattr(subject_requests, "erasure_in_other_words", lambda subject, text, represents=False: None)
    body = "Hei. Vi bygde aldri hytta. Jeg vil at dere sletter opplysningene mine. Takk for hjelpen."
    found = {finding.kind: finding for finding in find_requests("Hytta", body)}
    assert found["erasure"].reading == RequestReading.LEARNED
    assert found["erasure"].sentence == "Jeg vil at dere sletter opplysningene mine."
    assert find_requests("Hytta", body, learned=False) == ()


def test_the_rules_findings_are_marked_as_rules():
    [finding] = find_requests("Hei", "Jeg ber om innsyn i alle personopplysninger dere har om meg.")
    assert finding.reading == RequestReading.RULES


@pytest.mark.parametrize(("subject", "body"), [
    # the mail asks not to delete, takes an erasure back, or is about things to be fetched
    ("Klage", "Jeg vil IKKE at dere sletter noe av det dere har om meg, det er dokumentasjon."),
    ("Sletting", "Jeg ba dere slette alt om meg i går. Jeg ber om at dere likevel IKKE sletter noe."),
    ("Pass", "Jeg vil ikke at passet mitt blir liggende hos dere, jeg henter det i morgen."),
    # the data lies with someone else; a company writes about its own details; a reply's subject asks nothing
    ("Søknad", "Jeg vil ikke at adressen min skal ligge hos kommunen lenger enn nødvendig."),
    ("Ny fakturaadresse", "Nordisk Print AS har byttet bank. Oppdater leverandørregisteret deres med nytt kontonummer "
                          "og slett den gamle fakturaadressen."),
    ("Re: Slett meg", "Takk for bekreftelsen, alt i orden."),
])
def test_the_rules_vetoes_hold_for_the_learned_reading(subject, body):
    assert "erasure" not in subject_requests.learned_requests(subject, body)


@pytest.mark.parametrize(("subject", "body", "reads"), [
    # "det" right after a question about the firm's work points at the work, not at the address named before it
    ("Tegning", "Dere har adressen min. Hva har dere tegnet så langt? Jeg vil gjerne se det.", {}),
    ("Plans", "You have my address. What have you drawn so far? I would like to see it.", {}),
    ("Garasjen", "Dere har telefonnummeret mitt. Hvor langt har dere kommet med søknaden? Send meg det.", {}),
    # pointing back at data named just before still reads
    ("Innsyn", "Dere har adressen min og telefonnummeret mitt. Jeg vil gjerne se det.", {"access"}),
])
def test_a_pronoun_after_a_question_about_the_work_points_at_the_work(subject, body, reads):
    assert set(subject_requests.learned_requests(subject, body)) == set(reads)


def test_the_training_script_fits_the_committed_weights_again():
    """scikit-learn (test extra) fits the same weights from the same mail: the committed model is what the script
    makes, not a hand-edited file."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_request_model

    committed = json.loads(request_model.WEIGHTS.read_text(encoding="utf-8"))
    # weights stored before small ones were dropped (MIN_WEIGHT) say no "min_weight": all were kept
    refitted = train_request_model.fitted_model(train_request_model.examples_of(committed),
                                                min_weight=committed["trained_on"].get("min_weight", 0.0))
    assert {kind: entry["bias"] for kind, entry in refitted["kinds"].items()} == \
        {kind: entry["bias"] for kind, entry in committed["kinds"].items()}
    assert refitted["weights"].keys() == committed["weights"].keys()
    differences = [abs(a - b) for feature, pair in committed["weights"].items()
                   for a, b in zip(pair, refitted["weights"][feature])]
    assert max(differences) <= 0.001  # one step of the third decimal, for a float rounded on the other side


def test_the_threshold_lets_one_look_alike_stand_above_it_and_no_ordinary_mail():
    """choose_threshold: a single blind look-alike must not switch a kind off for all mail to come (h47-02 alone put
    access at 0.95, the top of the range), but ordinary mail gets no allowance, and a request never holds the
    threshold up."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_request_model

    def mail(group, kinds=(), silent=False):
        return {"group": group, "kinds": set(kinds), "silent": silent}

    examples = [mail("heldout47"), mail("heldout30"), mail("heldout31"), mail("ordinary"),
                mail("heldout12", {"access"}), mail("heldout20", silent=True)]
    scores = {0: 0.955, 1: 0.548, 2: 0.31, 3: 0.42, 4: 0.99, 5: 0.97}
    choose = train_request_model.choose_threshold
    assert choose(examples, scores) == 0.55
    assert choose(examples, scores, allowed=0) == 0.95
    assert choose(examples, scores, reachable={1, 2, 3}) == 0.43  # the outlier unreachable: the next one allowed
    assert choose(examples, {**scores, 3: 0.70}) == 0.71  # an ordinary message is never the allowed one


# A model that reads every mail as access and erasure, so what keeps a mail silent is the rules' guard alone; it scores
# every sentence alike, so it quotes the first (a reply's subject is no candidate).
_READS_EVERYTHING = request_model.RequestModel({kind: request_model._Model(10.0, {}, 0.5)
                                                for kind in ("access", "erasure")})


@pytest.mark.parametrize(("subject", "body", "reads"), [
    # a right described, to anyone or to the reader, asks nothing (a refit with heldout50 read these two as access)
    ("Re: PS", "Samboeren min sier man kan be et hvilket som helst firma om kopi av personopplysningene de har om en. "
               "Det visste jeg ikke.", set()),
    ("Re: Rights", "I read that you can ask any company for a copy of the personal data they keep about you. "
                   "Interesting, I didn't know that.", set()),
    ("Re: PS", "Kona mi seier at ein kan be kva firma som helst om kopi av personopplysningane dei har om ein. Det "
               "visste eg ikkje.", set()),
    # the writer's own request, first in the mail, still reads with the same model (no erasure word, no erasure)
    ("Re: Kopi", "Kan dere sende meg en kopi av personopplysningene mine? Samboeren min sier man kan be om det.",
     {"access"}),
])
def test_a_right_described_is_no_request_for_the_learned_reading(subject, body, reads):
    assert set(subject_requests.learned_requests(subject, body, model=_READS_EVERYTHING)) == reads


def _gate_open() -> request_model.RequestModel:
    """The committed weights with both thresholds at zero: every mail passes the score, so only the rules' vetoes (and
    the weights' choice of the sentence to quote) decide what the learned reading reads."""
    committed = request_model.committed_model()
    return request_model.RequestModel({kind: request_model._Model(model.bias, model.weights, 0.0)
                                       for kind, model in committed.kinds.items()})


@pytest.mark.parametrize(("subject", "body", "reads"), [
    # a right told of in general, as hearsay or something read, asks nothing (held-out 50's look-alikes, which the
    # refitted weights read as access at 0.52-0.55)
    ("PS", "Samboeren min sier man kan be et hvilket som helst firma om kopi av personopplysningene de har om en. Det "
           "visste jeg ikke.", set()),
    ("PS", "Kona mi seier at ein kan be kva firma som helst om kopi av personopplysningane dei har om ein. Det visste "
           "eg ikkje.", set()),
    ("Rights", "I read that you can ask any company for a copy of the personal data they keep about you. Interesting, I "
               "didn't know that.", set()),
    ("GDPR", "Apparently anyone can request a copy of the data a company stores about them. Funny what you learn on the "
             "radio.", set()),
    ("Radio", "Folk kan visst kreve kopi av alt et firma har lagret om dem, hørte jeg på radioen. Morsomt.", set()),
    ("Artikkel", "Jeg leste i avisa at du har rett til å få vite hva et firma har lagret om deg. Godt å vite!", set()),
    ("Artikkel", "Eg las at ein har rett til å få innsyn i kva eit firma har lagra om ein. Spennande.", set()),
    ("Podcast", "Heard on a podcast that people can ask any business for a copy of their personal information.", set()),
    ("Spørsmål", "Stemmer det at man kan be om kopi av personopplysningene?", set()),
    ("Nyhet", "Det går visst an å be et firma om innsyn i personopplysningene det har om en.", set()),
    # (the next three pass the guard of the sentence quoted, RIGHTS_STATEMENT, and read access without this veto)
    ("Copy", "It's possible to ask any company for a copy of the personal data they store, my colleague said.", set()),
    ("Kopi", "Forbrukere kan få kopi av personopplysningene sine fra alle firmaer, står det i avisa.", set()),
    ("Info", "Firms have to give out the personal data they hold when asked, says my neighbour. Who knew.", set()),
    # a real request beside such a remark, in the same sentence or the next, still asks
    ("Innsyn", "Samboeren min sier man kan be et hvilket som helst firma om kopi av personopplysningene de har om en. "
               "Kan dere sende meg en kopi av opplysningene dere har om meg?", {"access"}),
    ("Copy", "I read that you can ask any company for a copy of the personal data they keep about you, so could you "
             "send me a copy of the data you hold about me?", {"access"}),
    ("Data", "Apparently anyone can request their data. Please tell me what information you have stored about me.",
     {"access"}),
    ("Innsyn", "Eg las at ein kan be kva firma som helst om innsyn. Kan de fortelje meg kva opplysningar de har om "
               "meg?", {"access"}),
    ("Slett", "Man har rett til å bli glemt, så slett opplysningene mine.", {"erasure"}),
    ("Slett", "Eg las at ein har rett til å bli gløymd. Eg vil at de slettar opplysningane mine.", {"erasure"}),
    # the writer's own data is no right in general, and "du"/"you" asked to do something still asks
    ("Hei", "Hi, you can delete my details from your system now that the project is done.", {"erasure"}),
    ("Hei", "Du kan slette opplysningene mine nå.", {"erasure"}),
])
def test_a_right_told_of_in_general_asks_nothing_of_the_learned_reading(subject, body, reads):
    found = set(subject_requests.learned_requests(subject, body, _gate_open()))
    if reads:
        assert reads <= found
    else:
        assert found == set()


@pytest.mark.parametrize(("folded", "general"), [
    ("samboeren min sier man kan be et hvilket som helst firma om kopi av personopplysningene de har om en.", True),
    ("i read that you can ask any company for a copy of the personal data they keep about you.", True),
    ("everyone has the right to be forgotten.", True),
    ("firmaer må gi ut personopplysninger de har.", True),
    # what the writer asks beside the remark, or their own data, is no remark
    ("man har rett til å bli glemt, så slett opplysningene mine.", False),
    ("i read that you can ask any company for a copy, so could you send me mine?", False),
    ("alle kan se opplysningene mine på nettsiden deres.", False),
    ("you can send me a copy of my data.", False),
    ("the old one can be deleted.", False),
    ("opplysningene om meg? alle kan slettes.", False),
])
def test_a_sentence_only_telling_of_a_right_in_general(folded, general):
    assert subject_requests._only_a_right_in_general(folded) is general
