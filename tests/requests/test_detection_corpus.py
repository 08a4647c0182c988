"""The request detector against its corpus and against ordinary mail (the goals `make eval` reports)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import eval_requests  # noqa: E402

from rules.subject_requests import Sender, find_requests  # noqa: E402


def test_the_corpus_is_large_enough_and_half_distractors():
    messages = [m for split in eval_requests.SPLITS for m in eval_requests.load_corpus(split)]
    assert len(messages) >= 40
    distractors = sum(1 for m in messages if not m["kinds"])
    # Blind sets are written with about a third look-alikes (13 of 36), so each one that joins SPLITS draws the share
    # down from the half the development sets began with: 958 of 2398 (0.3995) once heldout52 joined. Precision beyond
    # the corpus is measured on the 744 ordinary messages.
    assert 0.35 <= distractors / len(messages) <= 0.6
    english = sum(1 for m in messages if " the " in m["body"] or m["body"].startswith(("Hi", "Hello", "Dear")))
    assert english >= 10


@pytest.mark.parametrize("split", ["heldout", "heldout2", "heldout3"])
def test_every_access_and_erasure_request_is_found(split):
    result = eval_requests.score_corpus(eval_requests.load_corpus(split), show_errors=False)
    assert result["access_recall"] == 1.0 and result["erasure_recall"] == 1.0
    assert result["false_suggestions"] == 0


@pytest.mark.parametrize("split", eval_requests.DEVELOPMENT_SPLITS)
def test_the_development_mails_stay_read_as_they_were_labelled(split):
    """Each rule change is checked against every mail written so far: no kind lost, none added."""
    result = eval_requests.score_corpus(eval_requests.load_corpus(split), show_errors=False)
    assert (result["precision"], result["recall"], result["false_suggestions"]) == (1.0, 1.0, 0)


def test_ordinary_mail_gets_at_most_one_false_suggestion_per_200():
    result = eval_requests.score_ordinary(show=False)
    assert result["messages"] >= 600 and result["per_200"] <= 1.0


@pytest.mark.parametrize("sender", [Sender(own_staff=True), Sender(municipality=True), Sender(automatic=True)])
def test_staff_municipalities_and_automatic_mail_never_ask(sender):
    body = "Jeg ber om innsyn i alle personopplysninger dere har om meg."
    assert find_requests("Innsyn", body, Sender()) and not find_requests("Innsyn", body, sender)


def test_quoted_text_is_not_the_sender_asking():
    body = "Takk, det var alt jeg trengte.\n\nDen 3. nov. 2026 skrev Kari:\n> Jeg ber om innsyn i personopplysningene om meg."
    assert find_requests("Re: Innsyn", body) == ()
    assert find_requests("Re:", "Takk!\n> Please delete my personal data.") == ()


def test_the_finding_quotes_the_sentence_that_asks():
    [finding] = find_requests("Hei", "Hei Kari.\nJeg vil at dere sletter alle opplysninger om meg. Takk!")
    assert (finding.kind, finding.sentence) == ("erasure", "Jeg vil at dere sletter alle opplysninger om meg.")


def test_a_huge_mail_is_read_in_bounded_time_without_pathological_backtracking():
    body = ("jeg " * 5000) + ("opplysninger om " * 5000) + "a" * 100_000
    assert find_requests("x", body) == ()


# Each generalisation of the rules, in words that appear in no corpus mail: (subject, body, kinds found).
GENERALISATIONS = [
    # what the firm holds, without the word "personopplysninger"
    ("Spørsmål", "Hei, jeg vil vite alt dere vet om meg.", {"access"}),
    ("Spørsmål", "Kan jeg få se det dere har liggende på meg?", {"access"}),
    ("Hei", "Hva har dere egentlig registrert om meg?", {"access"}),
    ("Hi", "What do you keep on me these days?", {"access"}),
    ("Kunde", "Har dere fortsatt noe info om meg i systemet? Send det i så fall.", {"access"}),
    # nynorsk
    ("Spørsmål", "Eg vil ha innsyn i kva opplysningar de har om meg.", {"access"}),
    ("Sletting", "Eg ber om at opplysningane mine vert sletta.", {"erasure"}),
    ("Feil", "Namnet mitt er feil i registeret dykkar, kan de rette det?", {"rectification"}),
    # missing æøå and typos
    ("innsyn", "kan jeg faa en kopi av personopplysingene dere har paa meg", {"access"}),
    ("hei", "jeg vil at dere sletter opplysnigene mine", {"erasure"}),
    ("hei", "Vennligst slett alt om meg.", {"erasure"}),
    # the writer themself removed, forgotten, not kept
    ("Hei", "Glem meg, takk.", {"erasure"}),
    ("Hei", "Jeg ønsker ikke å stå i kundedatabasen deres lenger.", {"erasure"}),
    ("Hi", "I don't want you to store anything about me any more.", {"erasure"}),
    ("Hi", "Please wipe my personal details.", {"erasure"}),
    ("Hei", "Slett meg fra kunderegisteret, takk.", {"erasure"}),
    ("Hei", "Jeg vil ikke at dere skal beholde opplysninger om meg.", {"erasure"}),
    # a bare subject that is itself the request
    ("Innsynsbegjæring etter personopplysningsloven", "Hei,\nse emnefeltet.\nMvh Hanne Lie", {"access"}),
    ("Krav om sletting", "Hei, jeg var kunde i 2019.\nTrine", {"erasure"}),
    ("Data subject access request - Paul Smith", "Hello,\nI look forward to your reply.\nPaul", {"access"}),
    ("DSAR", "Hi, response within one month please.", {"access"}),
    ("Erasure request (GDPR)", "Thanks, Ann", {"erasure"}),
    # for someone else
    ("Innsyn", "Jeg skriver på vegne av min far, som har gitt meg fullmakt. Han vil vite hvilke opplysninger dere har om ham.",
     {"access"}),
    ("Mother", "I act on behalf of my mother under a power of attorney. Please delete all information about her.",
     {"erasure"}),
    # other kinds, phrased anew
    ("Stop", "I want you to stop using my personal data.", {"objection"}),
    ("Klage", "Til klagen er avgjort, ber jeg dere fryse all bruk av opplysningene mine.", {"restriction"}),
    ("Flytte", "Kan dere eksportere opplysningene mine slik at jeg kan flytte dem til et annet firma?", {"portability"}),
    ("Name", "My surname has changed. Please amend your records.", {"rectification"}),
    ("Hi", "Send me everything you've got about me.", {"access"}),
    ("Hei", "Jeg ber om utlevering av alle brev der jeg er omtalt.", {"access"}),
    ("Hi", "I request all the information you process about me.", {"access"}),
    ("Right of access request", "Regards, Mia Holt", {"access"}),
    ("Hei", "Ta meg ut av kunderegistrene deres, takk.", {"erasure"}),
    ("Hei", "Vennligst anonymiser dataene mine.", {"erasure"}),
    ("Hi", "Please get rid of all my personal details.", {"erasure"}),
    ("Hei", "Jeg vil at dere kvitter dere med alt dere har lagret om meg.", {"erasure"}),
    ("Hei", "Fødselsdatoen min er feil hos dere.", {"rectification"}),
    ("Hei", "Jeg vil ikke at dere behandler opplysningene mine til profilering.", {"objection"}),
    ("Hi", "Please limit the use of my personal data until the complaint is settled.", {"restriction"}),
    ("Hei", "Jeg angrer samtykket til at dere deler adressen min.", {"consent_withdrawal"}),
    ("Hi", "Could you transfer my data to my new architect?", {"portability"}),
    ("Hei", "Kan jeg få se alle data som er knyttet til meg?", {"access"}),
    ("Hi", "I am exercising my right of access under the law.", {"access"}),
    ("Hei", "Krever innsyn, jf. personopplysningsloven.", {"access"}),
    ("Hei", "Hvor har dere fått telefonnummeret mitt fra?", {"access"}),
    ("Hi", "Please send me my customer profile.", {"access"}),
    ("Hei", "Jeg er far til Ida (14) og ber om innsyn i det dere har lagret om henne.", {"access"}),
    ("Personopplysninger - sletting", "Hilsen Tor", {"erasure"}),
    ("Hei", "Jeg vil gjerne bli glemt hos dere.", {"erasure"}),
    ("Hi", "Please remove every trace of me from your systems.", {"erasure"}),
    ("Hei", "Dere må ikke ta vare på kontaktinformasjonen min lenger.", {"erasure"}),
    ("Hei", "Dere har ennå ikke slettet dataene mine, som jeg ba om.", {"erasure"}),
    ("Hei", "Jeg skriver for min bestemor. Hun vil at dere fjerner alle opplysninger om henne.", {"erasure"}),
    ("Hi", "The consent I gave you is no longer valid.", {"consent_withdrawal"}),
    ("Hei", "Hvilke data har dere om meg, og vil dere slette dem når jeg ber om det?", {"access", "erasure"}),
    ("Hi", "Why do you have my mobile number? What else do you hold?", {"access"}),
    ("Hi", "Do you still keep any details about me?", {"access"}),
    # terse requests without "jeg"/"meg", and a subject naming any of the rights
    ("Personvern", "Krever sletting av alle personopplysninger.", {"erasure"}),
    ("Hei", "Oversend kopi av personopplysningene dere har lagret.", {"access"}),
    ("Krav om retting", "Se vedlagt.", {"rectification"}),
    ("Reservasjon mot markedsføring", "Mvh Tor", {"objection"}),
    ("Begrensning av behandling", "Til saken er avklart.", {"restriction"}),
    ("Tilbaketrekking av samtykke", "Hilsen Eva", {"consent_withdrawal"}),
    ("Data portability request", "Regards, Tim", {"portability"}),
    ("Innsyn", "Vi er advokater for Ola Berg og ber på hans vegne om en kopi av opplysningene dere har om ham.", {"access"}),
    ("Hei", "Jeg samtykker ikke lenger til at dere deler navnet mitt med leverandører.", {"consent_withdrawal"}),
    ("Personvern", "Kan jeg be om innsyn?", {"access"}),
    ("Hei", "Hva slags info sitter dere på om meg?", {"access"}),
    ("Hei", "Kan dere slette meg som kunde?", {"erasure"}),
    ("Hi", "Please just forget about me.", {"erasure"}),
    ("Hei", "Adressen dere har på meg er utdatert.", {"rectification"}),
    ("Hei", "Telefonnummeret mitt er endret til 400 00 000.", {"rectification"}),
    ("Hei", "Jeg vil ha alle dataene mine i Excel-format.", {"portability"}),
    ("Hei", "Dere har telefonnummeret mitt. Ta det vekk.", {"erasure"}),
    ("Hei", "Fjern meg straks!", {"erasure"}),
    ("Sletting etter GDPR", "Mvh Leif", {"erasure"}),
    ("Hi", "I'd like to know what you hold about me, and then please delete it.", {"access", "erasure"}),
    ("Hei", "Dere har registrert meg med feil fødselsdato.", {"rectification"}),
    ("innsyn", "vil ha innsyn i personoplysningene mine", {"access"}),
    ("Hei", "Kan dere slete alle personlige opplysninger om meg?", {"erasure"}),
    ("Hi", "I'd like all my details deleted now that the job is done.", {"erasure"}),
    ("Hi", "We want out of your customer database.", {"erasure"}),
    ("Hi", "Please take my personal details off your records.", {"erasure"}),
    ("Hei", "Fjern bilder av meg fra Facebook-siden deres.", {"erasure"}),
    ("Hi", "Which details do you keep on file for me?", {"access"}),
    ("Hei", "Dere har min gamle e-postadresse. Kan dere oppdatere den til kari@nett.no?", {"rectification"}),
    ("Hei", "Jeg vil at ingen av opplysningene mine blir lagret hos dere.", {"erasure"}),
    ("Hi", "Please make sure my personal data is not stored any longer.", {"erasure"}),
    ("Hi", "The phone number for me in your system is wrong.", {"rectification"}),
    ("Hei", "Ikke bruk opplysningene mine til noe før klagen er behandlet.", {"restriction"}),
    ("Krav", "Undertegnede krever sletting av alle personopplysninger om undertegnede.", {"erasure"}),
    ("Hi", "I'd like to know whether you store anything about me.", {"access"}),
    ("Hei", "Slett nummeret mitt, jeg vil ikke bli ringt.", {"erasure"}),
    ("Hei", "Dere kan ikke lenger bruke navnet mitt på nettsiden, jeg trekker samtykket.", {"consent_withdrawal"}),
    ("Personvern", "Hvilke personopplysninger behandler dere?", {"access"}),
    ("Hei", "Vennligst makuler alle dokumenter om meg.", {"erasure"}),
    ("Hi", "Please send me all emails about me that you have kept.", {"access"}),
    ("Pappa", "Pappa har bedt meg skrive. Han vil at dere sletter opplysningene om ham.", {"erasure"}),
    ("Personvern", "Hvilke opplysninger har dere, og hvor har dere dem fra?", {"access"}),
    ("Hei", "Kan dere slette opplysningene dere har lagret?", {"erasure"}),
    ("Hi", "What information do you keep on file?", {"access"}),
    # removed from everything or every list: the writer as a whole
    ("Tilbud", "Vi valgte en annen arkitekt. Slett meg fra alt dere har, takk.", {"erasure"}),
    ("Hi", "Please take me off all your mailing lists.", {"erasure"}),
    ("Hei", "Fjern meg fra alle lister dere har.", {"erasure"}),
    ("Hi", "Just remove me from everything, thanks.", {"erasure"}),
    # a copy named inside a deletion is a thing to delete; a copy asked for beside a deletion is still access
    ("Hi", "Please delete everything you hold about me, and the copy of my driving licence too.", {"erasure"}),
    ("Hei", "Slett alt dere har om meg, inkludert kopi av førerkortet mitt.", {"erasure"}),
    ("Hi", "Could you erase my personal details, including that copy of my bank card?", {"erasure"}),
    ("Hi", "Please send me a copy of my data, and then delete it.", {"access", "erasure"}),
    ("Hei", "Jeg vil ha en kopi av alt dere har om meg før dere sletter det.", {"access", "erasure"}),
    # not wanting marketing any more objects to it
    ("Reklame", "Jeg ønsker ikke å motta mer reklame fra dere.", {"objection"}),
    ("Hi", "I don't want to get any more marketing emails from you.", {"objection"}),
    ("Hei", "Slutt å sende meg nyhetsbrev.", {"objection"}),
    # kept but not used is restriction; a restriction that spells this out objects to nothing, unless marketing is named
    ("Hi", "Please keep my details on file but do not use them for anything.", {"restriction"}),
    ("Hei", "Jeg ber dere begrense behandlingen av opplysningene mine: de skal oppbevares, men ikke brukes.", {"restriction"}),
    ("Hi", "Please restrict the processing of my data, and do not use it for marketing.", {"restriction", "objection"}),
    # forgetting in nynorsk as in bokmål
    ("hei", "Kan de gløyme meg?", {"erasure"}),
    ("Hei", "Gløym meg, takk.", {"erasure"}),
    ("Hei", "Eg vil bli gløymt hjå dykk.", {"erasure"}),
    ("Hei", "Ver venleg og gløym alt om meg.", {"erasure"}),
    ("Synfaring", "Ikkje gløym meg på synfaringa i morgon.", set()),
    ("Vindauge", "Gløym det eg skreiv om vindauget, vi beheld det.", set()),
    # nothing of the writer's left with the firm, the data unnamed; not things to be handed back or one named thing
    ("hei", "Vil ikkje ha noko liggjande hjå dykk etter at vi lét vere å byggje.", {"erasure"}),
    ("Hei", "Jeg vil ikke ha noe liggende hos dere lenger.", {"erasure"}),
    ("Hei", "Jeg vil ikke at dere skal ha noe lagret hos dere etter at prosjektet er avsluttet.", {"erasure"}),
    ("Hi", "I don't want anything kept on file with you any more.", {"erasure"}),
    ("Hi", "We no longer want to have anything stored in your systems.", {"erasure"}),
    ("Originaler", "Jeg vil ikke ha noe liggende hos dere av originaltegningene, send dem i posten.", set()),
    ("Faktura", "Vi vil ikke ha noe liggende hos dere som ikke er betalt.", set()),
    ("Nøkler", "Vil ikke ha noe liggende hos dere i sommer, jeg henter nøklene.", set()),
    ("Prøver", "Vi vil ikke ha noen prøver liggende hos dere.", set()),
    ("Hi", "I don't want anything left with you over the holidays, I'll collect the samples.", set()),
    ("Keys", "I do not want anything left with you, please return the keys.", set()),
    ("Hei", "Jeg har ikke noe liggende hos dere.", set()),
    # consent taken back, said with "ta tilbake" / "take back"
    ("Referanse", "Jeg tar tilbake det samtykket.", {"consent_withdrawal"}),
    ("Hei", "Eg tek samtykket mitt attende.", {"consent_withdrawal"}),
    ("Bilder", "Jeg tar samtykket tilbake, bildene av hytta skal ikke brukes.", {"consent_withdrawal"}),
    ("Photos", "I'm taking back the consent I gave for the photos.", {"consent_withdrawal"}),
    ("Grensen", "Naboen tok tilbake samtykket til at vi bygger nær grensen.", set()),
    ("Møtet", "Jeg tar tilbake det jeg sa om samtykke fra kommunen, det trengs ikke.", set()),
    ("Tegninger", "Jeg tar tilbake tegningene i morgen.", set()),
    # a paper about the writer said to be wrong is a dispute, unless its correction is asked for; the data said to be
    # wrong asks for it to be put right
    ("Klage", "Jeg mener at notatene dere har skrevet om meg fra befaringen er feilaktige.", set()),
    ("Complaint", "The notes you wrote about me after the site visit are wrong.", set()),
    ("Klage", "Brevene dere sendte om meg til kommunen inneholder feil.", set()),
    ("Klage", "Notatene om meg er feil, kan dere rette dem?", {"rectification"}),
    ("Notes", "Please correct the notes about me from the site visit.", {"rectification"}),
    ("Hei", "Jeg mener opplysningene dere har om meg er uriktige.", {"rectification"}),
    ("Hi", "The information you hold about me is inaccurate.", {"rectification"}),
    ("Klage", "Notatene dere skrev om meg er feil. Ikke bruk opplysningene mine før klagen er behandlet.", {"restriction"}),
    # distractors that share words with the above
    ("Kopi", "Kan dere fjerne meg fra kopifeltet på referatene?", set()),
    ("Invite", "Please remove me from the meeting invite for Thursday.", set()),
    ("Garasjen", "Fjern meg fra alt som gjelder garasjen, Eva tar over.", set()),
    ("Site", "Please remove me from all the distribution lists for the site.", set()),
    ("Post", "I no longer want to receive the drawings by post, email is fine.", set()),
    ("Faktura", "Jeg ønsker ikke å motta fakturaen på papir.", set()),
    ("Hi", "I did not receive your newsletter this month.", set()),
    ("Nyhetsbrev", "Vi slutter å sende ut nyhetsbrev etter nyttår.", set()),
    ("Byggnytt", "Ønsker du ikke lenger å motta nyhetsbrevet, kan du melde deg av her.", set()),
    ("Tegninger", "Dere kan beholde tegningene, men ikke bruke dem på nettsiden.", set()),
    ("Innsynsbegjæring", "Vi ber om innsyn i byggesak 24/55 for naboeiendommen.", set()),
    ("Re: Krav om sletting", "Takk for svaret.", set()),
    ("Innsyn i saken", "Jeg fikk innsyn i saken hos kommunen i går.", set()),
    ("Møte", "Fjern meg fra møteinnkallingen på tirsdag, Per kommer i stedet.", set()),
    ("Prosjekt", "Slett meg fra kopilisten på referatene.", set()),
    ("Tegning", "Could you remove my name from the drawing? It should say my wife's name.", set()),
    ("Faktura", "Dere har min gamle adresse på fakturaen, kan dere rette den?", set()),
    ("Vindu", "Glem det jeg skrev om vinduet, vi beholder det.", set()),
    ("Ordre", "Please stop processing the order, we changed our mind.", set()),
    ("Befaring", "Her er litt info om meg før befaringen: vi er fire i familien.", set()),
    ("Tilbud", "Hva har dere gjort med tilbudet mitt? Jeg har ikke hørt noe.", set()),
    ("Nabo", "Kan dere sende meg alle opplysningene dere har om tomta til naboen?", set()),
    ("Søknad", "Jeg vil ikke stå som ansvarlig i søknaden, det skal være min kone.", set()),
    ("Nyhetsbrev", "Du har rett til innsyn i og sletting av opplysninger om deg. Kontakt oss.", set()),
    ("Nabovarsel", "Kan dere sende meg kopi av nabovarselet med mitt navn og adresse på?", set()),
    ("Ny arkitekt", "Alt dere har av tegninger på oss må sendes til den nye arkitekten.", set()),
    ("Søknad", "Hvilke opplysninger trenger dere fra meg til søknaden?", set()),
    ("Hi", "What information do you need from me before we start?", set()),
    ("Hi", "Please remove me from the WhatsApp group for the site.", set()),
    ("Takk", "Takk for oversikten over opplysningene om meg, den stemmer.", set()),
    ("Skisser", "Send meg skissene til den private e-postadressen min, takk.", set()),
    ("Klær", "Jeg lurer på hva vi har på oss til innflyttingsfesten.", set()),
    ("Måler", "Kan dere sende meg dataene dere har fra fuktmåleren?", set()),
    ("Takrenne", "Kan dere endre profilen på takrenna til halvrund?", set()),
    ("Re: Slett meg", "Takk for bekreftelsen, alt i orden.", set()),
    ("Re: Tilbud", "Takk, det var alt.\n\n3. nov. 2026 kl. 10:00 skrev Ola Berg <ola.berg@gmail.com>:\n\nJeg ber om "
     "innsyn i opplysningene dere har om meg.", set()),
    ("Hei", "Hvilke opplysninger trenger dere om tomta?", set()),
    ("Hei", "Kan dere sende meg dokumentene mine fra befaringen?", set()),
    ("SV: Innsynsbegjæring", "Takk for svaret!", set()),
    ("Søknad", "Jeg vil vite om dere har fått alle opplysningene mine til søknaden.", set()),
    ("Plan", "Can you update it with the new stair? The old plan has my old address on it.", set()),
    ("Kampen", "Jeg hørte publikum rope navnet mitt da vi vant, og etter kampen sto fotografene i kø for å rette "
     "kameraene mot laget.", set()),
    ("Hei", "Her er kopi av førerkortet med mitt navn og fødselsnummer, som dere ba om.", set()),
    ("Hi", "You have now received all my details for the contract.", set()),
    ("Hei", "Fjern bildet av garasjen fra presentasjonen.", set()),
    ("Order", "Attached is the order. We process personal data under the GDPR. If you are not the intended recipient, "
     "please delete it.", set()),
    ("Levering", "Levering tirsdag. Vi behandler personopplysninger etter GDPR. Har du mottatt denne e-posten ved en feil, "
     "vennligst slett den.", set()),
    ("Utkast", "Ikke send meg utkastene til e-postadressen min før de er ferdige.", set()),
    ("Frist", "Hva er fristen for å sende inn opplysningene mine til kommunen?", set()),
    ("Innsyn", "Vi fikk innsyn i saken hos kommunen. Kan vi be om innsyn i naboens søknad også?", set()),
    ("Befaring", "Ikke glem meg på befaringen i morgen.", set()),
    ("Hei", "Vi har endret planene våre for kjelleren.", set()),
    ("Automatisk svar: Krav om sletting", "Jeg er borte til mandag. Spørsmål om sletting av personopplysninger: se nettsiden.",
     set()),
    ("Protest", "Vi sender protest mot nabovarselet i morgen.", set()),
    ("Correction", "Please correct the roof angle on the section drawing.", set()),
    ("Grensen", "Naboen vår har trukket tilbake samtykket til at vi bygger 2 meter fra grensen.", set()),
    ("Policy", "Please see our privacy policy for how to access or delete your personal data.", set()),
    ("Innsynsbegjæring", "Kommunen sa vi kan be om innsyn i byggesøknaden til naboen. Kan dere gjøre det?", set()),
    ("Hi", "Could you send me the report at my new email address?", set()),
    ("Hei", "Har dere fortsatt mobilnummeret mitt, eller skal jeg sende det igjen?", set()),
    ("Hei", "Jeg lurer på om dere har mottatt informasjonen min til kontrakten.", set()),
    ("Hei", "Ikke bruk telefonnummeret mitt på dagtid, send heller SMS.", set()),
    ("Hi", "Do you know whether the builder gave you my details?", set()),
    ("Hei", "Jeg ønsker navnet mitt stavet riktig i kontrakten: Kjersti.", set()),
    ("Thanks", "Thank you for removing my details so quickly.", set()),
    ("Tegninger", "Kan dere oppdatere mine tegninger med den nye trappa?", set()),
    ("Fest", "Ikke glem meg når dere sender invitasjonen!", set()),
    ("Hei", "Min datter lurer på hva dere vet om passivhus.", set()),
    ("Hei", "Her er tegningene fra min mann. Han ønsker at dere sletter den gamle versjonen.", set()),
    ("Personvern", "Tilgang til personopplysninger er begrenset til våre medarbeidere. Kunden skal vite hvilke "
     "personopplysninger som benyttes.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), GENERALISATIONS)
def test_requests_are_read_in_their_many_phrasings_and_look_alikes_are_not(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# Ways of asking crossed with ways of naming the writer's data: each pair must be read, so a rule that only knows
# some verbs or some objects shows up as a list of misses.
_NO_DATA = ["alle opplysninger om meg", "alt dere har om meg", "mine personopplysninger", "kontaktinformasjonen min",
            "mine data", "dataene mine", "det dere har registrert på meg", "opplysningane mine", "info om meg",
            "navnet og adressen min", "alt som er lagret om meg", "personlige opplysninger om meg"]
_EN_DATA = ["my personal data", "all my data", "everything you hold about me", "any information about me", "my details",
            "all records of me", "my contact details", "the data you store about me", "my name and address"]
_NO_ERASE = [f.replace("{v}", verb) for f in ("Jeg ber dere {v} {o}.", "Kan dere {v} {o}?", "Jeg vil at dere skal {v} {o}.",
                                             "Vær så snill å {v} {o}.")
             for verb in ("slette", "fjerne", "makulere", "anonymisere", "ta bort", "rydde bort", "stryke", "kvitte dere med")]
_EN_ERASE = [f.replace("{v}", verb) for f in ("Please {v} {o}.", "Could you {v} {o}?", "I'd like you to {v} {o}.")
             for verb in ("delete", "remove", "erase", "wipe", "get rid of", "destroy", "purge", "shred")]
_NO_ACCESS = ["Jeg ber om innsyn i {o}.", "Kan jeg få se {o}?", "Send meg {o}.", "Jeg vil ha en kopi av {o}.",
              "Kan dere gi meg en oversikt over {o}?", "Kan jeg få tilsendt {o}?"]
_EN_ACCESS = ["Please send me {o}.", "I request access to {o}.", "Could I have a copy of {o}?", "I'd like to see {o}.",
              "Can you give me a copy of {o}?"]
GRID = [("erasure", frame, _NO_DATA) for frame in _NO_ERASE] + [("erasure", frame, _EN_DATA) for frame in _EN_ERASE] + \
    [("access", frame, _NO_DATA) for frame in _NO_ACCESS] + [("access", frame, _EN_DATA) for frame in _EN_ACCESS]


@pytest.mark.parametrize(("kind", "frame", "objects"), GRID, ids=[f"{kind}: {frame}" for kind, frame, _ in GRID])
def test_every_way_of_asking_is_read_with_every_way_of_naming_the_data(kind, frame, objects):
    missed = [frame.format(o=data) for data in objects
              if kind not in {finding.kind for finding in find_requests("Hei", frame.format(o=data))}]
    assert missed == []


# The same ways of asking about drawings, invoices, mails and meetings: none of these is a data-subject request.
_NO_PAPERS = ["tegningen min", "den forrige e-posten min", "fakturaen min", "vinduet på gavlen", "garasjen fra situasjonsplanen",
              "det første utkastet", "e-posten jeg sendte i går", "møtet på fredag", "mine tegninger", "navnet mitt på tegningen",
              "adressen min på fakturaen", "målene på plantegningen min", "kommentaren min i dokumentet", "vedlegget mitt",
              "kontrakten min", "alle tegningene dere har laget for meg"]
_EN_PAPERS = ["my drawing", "my last email", "my invoice", "the old file", "my name on the drawing", "my address on the invoice",
              "the meeting on Friday", "my comments in the document", "the first draft", "all the drawings you made for me"]
LOOK_ALIKES = [f"Kan dere {verb} {{o}}?" for verb in ("slette", "fjerne", "rette opp", "oppdatere", "sende meg en kopi av",
                                                      "rydde bort", "stryke", "kvitte dere med")] + \
    [f"Please {verb} {{o}}." for verb in ("delete", "remove", "correct", "update", "send me a copy of", "destroy", "get rid of")]


@pytest.mark.parametrize("frame", LOOK_ALIKES)
def test_the_same_ways_of_asking_about_papers_and_meetings_ask_nothing(frame):
    objects = _NO_PAPERS if frame.startswith("Kan") else _EN_PAPERS
    suggested = [frame.format(o=paper) for paper in objects if find_requests("Hei", frame.format(o=paper))]
    assert suggested == []


# heldout6's misses as families. Clearing away, in all forms, bokmål, nynorsk and without æøå; the writer struck out or
# anonymised in a register, also by a subject with only "Takk." below it; an erasure verb under a negation asks the
# opposite (a past participle says it was not done, which still asks); a company's own payment details are no person's
# data; access asked in its own sentence stays beside portability of what the writer supplied.
HELDOUT6_FAMILIES = [
    ("Hei", "Na onsker jeg at dere rydder bort det dere har av personopplysninger om meg.", {"erasure"}),
    ("Hei", "Kan de rydde vekk opplysningane mine?", {"erasure"}),
    ("Hei", "Eg vil at de stryk alt de har lagra om meg.", {"erasure"}),
    ("Hei", "Kvitt dere med alle opplysninger om meg, takk.", {"erasure"}),
    ("Hi", "Please get rid of my personal data.", {"erasure"}),
    ("Hi", "I want you to destroy the records of me.", {"erasure"}),
    ("Hei", "Jeg rydder i papirene mine og lurer på hvor lenge dere tar vare på tegninger.", set()),
    ("Hei", "Kan dere rydde bort de gamle tegningene fra prosjektmappen?", set()),
    ("Hei", "Stryk den siste setningen i referatet.", set()),
    ("Anonymiser meg i kundearkivet deres", "Takk.\n\nAnders Brekke", {"erasure"}),
    ("Anonymize me in your customer database", "Thanks.", {"erasure"}),
    ("Hei", "Eg vil difor at de strykar meg ut av registera dykkar, med namn og telefon.", {"erasure"}),
    ("Hei", "Stryk meg fra kunderegisteret.", {"erasure"}),
    ("Hei", "Stryk meg fra deltakerlisten på befaringen, jeg kommer ikke.", set()),
    ("Anonymiser tegningene før dere legger dem ut", "Takk.", set()),
    ("Hei", "Jeg ber dere IKKE slette noe av korrespondansen eller opplysningene om meg.", set()),
    ("Hei", "Ikkje slett opplysningane mine før saka er avgjort.", set()),
    ("Hi", "Please do not delete my data until the dispute is settled.", set()),
    ("Hi", "You must never remove my details while the case is open.", set()),
    ("Hei", "Opplysningene mine skal ikke bli slettet før tvisten er løst.", set()),
    ("Hei", "Dere har fortsatt ikke slettet opplysningene om meg. Slett dem nå.", {"erasure"}),
    ("Hei", "Jeg ønsker ikke lenger å være kunde, og ber om at dere sletter alle opplysninger om meg.", {"erasure"}),
    ("Nytt kontonummer", "Hei\n\nVi har byttet bank. Vennligst oppdater leverandørregisteret deres.\n\n"
     "Økonomiavdelingen\nTrelast Sør AS", set()),
    ("New bank details", "We have a new bank account. Please update your records.\n\nAccounts Payable\nNordic Tiles Ltd", set()),
    ("Nytt kontonummer", "Hei, jeg har fått nytt kontonummer. Vennligst oppdater registeret deres.\nKari", {"rectification"}),
    ("Innsyn og eksport", "Jeg ber om en utskrift av alle opplysninger dere har registrert om meg. Det jeg selv har gitt "
     "dere vil jeg i tillegg ha i et maskinlesbart format.", {"access", "portability"}),
    ("Data", "Please send me everything you hold about me. The data I provided myself I also want in a machine-readable "
     "format for my new architect.", {"access", "portability"}),
    ("Dataportabilitet", "Hei,\njeg ber om å få dataene mine utlevert.", {"portability"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT6_FAMILIES)
def test_heldout6_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout7's misses as families. A definite noun ("opplysningene", "the data") points back at the writer's data named
# in any earlier sentence, under a passive erasure verb too; not to be contacted again after an unasked call objects;
# consent not given any longer is withdrawn; data kept but put aside or not passed on while a dispute runs is
# restricted; marketing sent to the writer is what the data is used for, not a copy asked for.
HELDOUT7_FAMILIES = [
    ("GDPR", "Jeg ber om innsyn i alle personopplysninger dere behandler om meg. Jeg ble ringt opp i oktober. "
     "Jeg ber også om at opplysningene slettes etter at jeg har mottatt kopien.", {"access", "erasure"}),
    ("Hei", "Eg vil ha innsyn i opplysningane de har om meg. Eg har fått kopien før. Eg vil at dataene skal bli sletta "
     "etterpå.", {"access", "erasure"}),
    ("Hi", "I ask for a copy of the information you hold about me. You called me last week. I also ask that the data "
     "be deleted afterwards.", {"access", "erasure"}),
    ("Hi", "Please send me everything you hold on me. It was a surprise. After that this information should be "
     "deleted.", {"access", "erasure"}),
    ("Hei", "Jeg sendte dere opplysningene om tomta i går. Slett den forrige e-posten, vedlegget var feil.", set()),
    ("Hei", "Vi har fått tegningene. Opplysningene om tomta kan slettes fra utkastet.", set()),
    ("Hei", "Jeg ble ringt opp av dere uten at jeg har vært kunde. Jeg ber om at jeg ikke kontaktes igjen.",
     {"objection"}),
    ("Hei", "Dere ringte meg i går om et tilbud. Ikke ring meg igjen.", {"objection"}),
    ("Hi", "Your sales team called me twice. Please do not contact me again.", {"objection"}),
    ("Hei", "Ikke nøl med å kontakte meg igjen om dere lurer på noe.", set()),
    ("Hei", "Dere trenger ikke ringe meg igjen før tegningene er klare.", set()),
    ("Hei", "Ikke ring meg igjen, send heller en e-post.", set()),
    ("Nyhetsbrev", "Eg vil ikkje ha fleire, og eg gir ikkje lenger samtykke til at de sender meg noko.",
     {"consent_withdrawal"}),
    ("Nyhetsbrev", "Jeg gir ikke lenger samtykke til at dere sender meg nyhetsbrev.", {"consent_withdrawal"}),
    ("Newsletter", "I no longer give my consent to your newsletter.", {"consent_withdrawal"}),
    ("Nabosamtykke", "Naboen gir ikke lenger samtykke til tilbygget.", set()),
    ("Ikke slett ennå", "Ikke slett noe som gjelder meg, men jeg vil heller ikke at det brukes til noe annet eller sendes "
     "videre mens saken pågår – bare legg det til side.", {"restriction"}),
    ("Hei", "Opplysningene om meg må ikke sendes videre mens klagen behandles.", {"restriction"}),
    ("Hi", "Keep my data, but set it aside until the dispute is settled.", {"restriction"}),
    ("Hei", "Legg tegningene til side til vi har bestemt oss.", set()),
    ("Hei", "Ikke send tegningene videre mens saken pågår.", set()),
    ("Re: Tilbud", "Kan dere slutte å bruke navnet og adressen min til å sende meg reklame og tilbud?", {"objection"}),
    ("Hi", "Please stop using my email address to send me newsletters.", {"objection"}),
    ("Hei", "Kan dere sende meg en kopi av opplysningene dere har om meg?", {"access"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT7_FAMILIES)
def test_heldout7_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout8's misses as families. Papers that are the writer's personal data (identity, income, health), theirs or sent
# by them, are erased when a later "disse opplysningene", "disse dokumentene" or "them" is to be deleted, and so is their
# name or photo published by the firm, taken off its website, social media or reference list. Drawings, a building
# permit, a window on a drawing and a project's name stay silent.
HELDOUT8_FAMILIES = [
    ("Dokumentene", "Til søknaden sendte jeg dere kopi av passet mitt, lønnsslippene og en legeerklæring. Søknaden er "
     "innvilget, og jeg vil at disse opplysningene slettes hos dere.", {"erasure"}),
    ("Hei", "Vi sendte dere førerkortet og skattemeldingen i vår. Nå ber vi om at disse dokumentene slettes.",
     {"erasure"}),
    ("Hei", "Eg sende dykk sjukemeldinga mi i fjor. Kan de slette dei no?", {"erasure"}),
    ("Documents", "Last spring I sent you my passport and two payslips for the loan. Please delete them now that it is "
     "approved.", {"erasure"}),
    ("Hi", "I attached a medical certificate and a bank statement to the application. These documents should be "
     "deleted now.", {"erasure"}),
    ("Hei", "Kan dere slette kopien av passet mitt?", {"erasure"}),
    ("Hei", "Jeg sendte dere kopi av tegningene og byggetillatelsen. Jeg vil at disse dokumentene slettes fra "
     "mappen.", set()),
    ("Hei", "Jeg sendte dere kopi av tegningene og byggetillatelsen. Slett dem gjerne, de er gamle.", set()),
    ("Hi", "I sent you a copy of the drawings and the building permit. Please delete them, they are outdated.", set()),
    ("Hei", "Jeg sendte dere kopi av passet mitt i går. Har dere fått det?", set()),
    ("Bildene på nettsiden", "Vi sa ja til at dere kunne bruke bilder av huset vårt på nettsiden sammen med navnene "
     "våre. Vi trekker samtykket tilbake og ber om at bilder og navn fjernes fra nettsiden og Facebook-siden.",
     {"consent_withdrawal", "erasure"}),
    ("Hei", "Kan dere fjerne navnet mitt fra referanselista på hjemmesiden?", {"erasure"}),
    ("Hei", "Jeg ønsker at bildet av meg tas bort fra Instagram-kontoen deres.", {"erasure"}),
    ("Website", "Please remove our names and photos from your website.", {"erasure"}),
    ("Hei", "Fjern vinduet fra tegningen, og legg gjerne bilder av huset på nettsiden.", set()),
    ("Hei", "Kan dere fjerne navnet på prosjektet fra nettsiden? Det er endret.", set()),
    ("Hi", "Please remove the old photos of the cabin from your website, the new ones are better.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT8_FAMILIES)
def test_heldout8_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout9's misses as families. A list that joins the writer's mails with a personal-data noun ("e-postene mine og
# telefonnummeret") is their data, a lone "e-posten min" is a mail; photos the writer sent in which they appear are their
# data, photos of a room are not; personal papers named before "jeg sendte" are erased when "dem"/"de" are to be deleted,
# passively too; what the firm noted about the writer said to be wrong while restriction is asked is a dispute.
HELDOUT9_FAMILIES = [
    ("Hei", "Vil gjerne at dere sletter e-postene mine og telefonnummeret, det er ikke lenger behov for det.",
     {"erasure"}),
    ("Hei", "Jeg ber dere slette e-postene mine og adressen.", {"erasure"}),
    ("Hei", "Kan dere slette den forrige e-posten min? Den hadde feil vedlegg.", set()),
    ("Hei", "Slett e-posten min fra i går, jeg sender en ny.", set()),
    ("Bilder", "Bildene jeg sendte fra stua – der ungene og jeg er med – vil jeg gjerne at dere sletter.", {"erasure"}),
    ("Bilder", "Fotoene jeg sendte i fjor, hvor vi er med på de fleste, ønsker jeg at dere sletter.", {"erasure"}),
    ("Bilder", "Bildene jeg sendte fra stua og soverommet kan dere slette når dere har tatt målene.", set()),
    ("Bilder", "Bildene av huset kan dere slette, vi har tatt nye.", set()),
    ("Papirene", "Skattemeldingen og lønnsslippene jeg sendte i september vil jeg ikke at dere skal ha liggende. Kan du "
     "sørge for at de blir slettet?", {"erasure"}),
    ("Papirene", "Passet og førerkortet som jeg sendte i vår: kan dere sørge for at de blir slettet?", {"erasure"}),
    ("Tegninger", "Tegningene og situasjonsplanen jeg sendte i september er utdaterte. Kan du sørge for at de blir "
     "slettet?", set()),
    ("Klage", "Jeg mener at noe av det dere har notert om meg i saken er feil. Inntil dette er avklart ber jeg om at "
     "dere begrenser behandlingen av personopplysningene om meg.", {"restriction"}),
    ("Feil", "Adressen min er feil i registeret deres, den riktige er Storgata 3.", {"rectification"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT9_FAMILIES)
def test_heldout9_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout10's misses as families. Personal papers named earlier and then not to stay with the firm, without an erasure
# verb ("sørge for at de ikke ligger hos dere lenger"), wished, not seen, and not when only drawings, or keys to collect,
# were named; the writer's photo published by the firm, pointed back at later, deleted ("Kan dere ta det ned og slette
# det?"), while only taken down it is unpublished, and a house photo deleted is no erasure; consent given earlier ("jeg sa ja til det", "sa vi ja til at dere kunne bruke
# navnet vårt") made the writer's by a later "det samtykket" or "jeg har ombestemt meg", but not a mind changed about a
# window or an offer.
HELDOUT10_FAMILIES = [
    ("Lånet", "Jeg sendte dere passet mitt og lønnsslippene da vi søkte lån. Nå er alt ferdig. Vil dere passe på at de "
     "ikke ligger hos dere lenger?", {"erasure"}),
    ("Papers", "I sent you my payslips and my tax return for the bank. Please make sure they are not kept with you any "
     "more.", {"erasure"}),
    ("Lånet", "Skattemeldingen jeg sendte i fjor trengte dere visst ikke. Jeg vil ikke at dere skal ha dem liggende.",
     {"erasure"}),
    ("Passet", "Jeg sendte dere kopi av passet. Kan dere sørge for at det ikke blir liggende hos dere?", {"erasure"}),
    ("Tegninger", "Tegningene og situasjonsplanen jeg sendte er gamle. Kan dere sørge for at de ikke ligger hos dere "
     "lenger?", set()),
    ("Passet", "Jeg sendte dere kopi av passet. Jeg ser at det ikke ligger i systemet deres lenger, takk.", set()),
    ("Passet", "Jeg sendte dere kopi av passet. Kan dere sørge for at det blir liggende hos dere til banken svarer?",
     set()),
    ("Lønn", "Jeg sendte dere lønnsslippene mine i fjor. Dere trenger ikke beholde dem.", set()),
    ("Nøkler", "Jeg leverte nøklene på kontoret. Kan dere sørge for at de ikke ligger hos dere lenger?", set()),
    ("Bildet", "Dere har et bilde av meg og kona på nettsiden. Jeg vil helst ikke være der. Kan dere ta det ned og "
     "slette det?", {"erasure"}),
    ("Bildet", "Dere har et bilde av meg og kona på nettsiden. Jeg vil helst ikke være der. Kan dere ta det ned?", set()),
    ("Bildet", "Dere har et bilde av huset vårt på nettsiden. Det er gammelt. Kan dere ta det ned og slette det?", set()),
    ("Bildet", "Bildet av meg på Facebook-siden deres er fra 2019. Kan dere ta ned den gamle tegningen av garasjen?",
     set()),
    ("Brosjyre", "Jeg sa ja til at dere kunne bruke bilder av meg i brosjyren. Jeg har ombestemt meg.",
     {"consent_withdrawal"}),
    ("Website", "We agreed that you could put a photo of us on your website. We have changed our minds.",
     {"consent_withdrawal"}),
    ("Referanser", "Vi sa ja til at dere brukte navnet vårt i referanselista. Det samtykket trekker vi tilbake nå.",
     {"consent_withdrawal"}),
    ("Vinduet", "Jeg sa ja til det nye vinduet, men jeg har ombestemt meg om vinduet.", set()),
    ("Tilbud", "Adressen min er Storgata 3. Jeg sa ja til tilbudet, men har ombestemt meg.", set()),
    ("Nabo", "Vi ga samtykke til at naboen kunne bygge nær grensen. Det samtykket trekker vi tilbake.", set()),
    # Everything held about the writer and, beside it, what they supplied in a portable format: access and portability.
    ("Moving", "Could you send me a copy of all the personal information you have about me, and the details I provided "
     "to you (contact info, the forms) in a machine-readable format like CSV?", {"access", "portability"}),
    ("Kopi", "Kan jeg få en kopi av alt dere har lagret om meg, og opplysningene jeg selv har gitt dere i et "
     "maskinlesbart format?", {"access", "portability"}),
    ("Kopi", "Kan jeg få en kopi av opplysningene jeg har gitt dere, i et maskinlesbart format?", {"portability"}),
    # What the writer supplied, sent on to a new architect or in a file format, is portability; about the site, or
    # drawings, it is not.
    ("Ny arkitekt", "Kan dere overføre opplysningene jeg har gitt dere direkte til dem i et vanlig filformat?",
     {"portability"}),
    ("Ny arkitekt", "Could you transfer the details I provided to you to my new architect?", {"portability"}),
    ("Ny arkitekt", "Kan dere sende opplysningene jeg har gitt dere om tomta til den nye arkitekten?", set()),
    ("Ny arkitekt", "Kan dere sende tegningene og målene av huset til den nye arkitekten i PDF-format?", set()),
    # Objections without the usual words: not interested, said in reply to a newsletter, not to an offer; told to stop
    # calling (not at work, not "dere kan slutte å ringe meg nå"); the writer's data not to be shared with anyone (not
    # drawings, not only until a contract is signed); the use of it for marketing to cease (not a scaffold's use).
    ("SV: Nyhetsbrev mai", "Nei takk, jeg er ikke interessert. Stryk meg fra kunderegisteret.", {"erasure", "objection"}),
    ("Re: Tilbud på tilbygg", "Nei takk, jeg er ikke interessert i tilbudet likevel. Slett gjerne adressen min.",
     {"erasure"}),
    ("Hei", "Slutt å ringe meg. Jeg har aldri vært kunde hos dere.", {"objection"}),
    ("Hei", "Slutt å ringe meg på jobb, send heller en e-post.", set()),
    ("Hei", "Dere kan slutte å ringe meg nå, jeg har fått svaret.", set()),
    ("Hei", "Jeg vil ikke at adressen min og telefonnummeret mitt skal deles med noen.", {"objection"}),
    ("Hei", "I don't want my phone number passed on to other companies.", {"objection"}),
    ("Hei", "Tegningene skal ikke deles med naboen.", set()),
    ("Hei", "Jeg vil ikke at adressen min skal deles med noen før kontrakten er signert.", set()),
    ("Far", "Jeg skriver på vegne av min far. Vi ber om at all bruk av hans kontaktopplysninger til markedsføring "
     "opphører umiddelbart.", {"objection"}),
    ("Stillas", "Bruken av stillaset opphører på fredag, da kan dere hente det.", set()),
    # A name taken back ("pikenavnet mitt") is the writer's data, corrected in the customer card, not on a drawing; the
    # right value said between the data and "rett det" keeps pointing at the data, a visit or a drawing's scale does not.
    ("Navn", "Jeg har tatt tilbake pikenavnet mitt, så nå heter jeg Lise Berg. Kan dere rette dette i kundekortet?",
     {"rectification"}),
    ("Navn", "Jeg har tatt tilbake pikenavnet mitt, så nå heter jeg Lise Berg. Kan dere rette dette på tegningen?",
     set()),
    ("Dato", "I brevet dere sendte står fødselsdatoen min som 03.05.1970. Jeg er født 05.03.1970. Kan dere rette det?",
     {"rectification"}),
    ("Address", "Your letter has my address as Storgata 3. My address is Storgata 5. Please correct it.",
     {"rectification"}),
    ("Dato", "Fødselsdatoen min står på kontrakten. Vi var på befaring i går. Kan dere rette det?", set()),
    ("Tegning", "Adressen min står på tittelfeltet. Riktig målestokk er 1:100. Kan dere rette det på tegningen?", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT10_FAMILIES)
def test_heldout10_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# Erasure by the shape of the sentence alone (erasure_in_other_words), for data named in words no list foresees: the
# writer or something personal after an erasure verb, a passive after it, nothing about the writer to be kept.
# Look-alikes: what "fjern" and
# "slett" are ordinarily about here (a meeting, a list that is no register, a role, a drawing, a project's name), "rett
# og slett" and "slett ikke", and a question about what would be deleted.
OTHER_WORDS = [
    ("Referanser", "Ver venleg og ta det bort frå nettsida dykkar, både namna og bileta våre.", {"erasure"}),
    ("Hei", "Jeg ber om at dere fjerner ham fra registrene deres, med adresse, telefon og resten.", {"erasure"}),
    ("Hei", "Please get rid of my phone number and home address now that the job is done.", {"erasure"}),
    ("Hei", "Kan dere kvitte dere med telefonnummeret og adressa mi, vi er ferdige med hverandre.", {"erasure"}),
    ("Hei", "I want my old contact details wiped now that we sold the house.", {"erasure"}),
    ("Hei", "Fjern meg fra alle listene deres.", {"erasure"}),
    ("Møte", "Fjern meg fra deltakerlista på befaringen, jeg kommer ikke.", set()),
    ("Site", "Please remove me from all the distribution lists for the site meeting.", set()),
    ("Hei", "Fjern meg som kontaktperson, Lise tar over.", set()),
    ("Hei", "Kan dere fjerne navnet på prosjektet fra nettsiden? Det er endret.", set()),
    ("Hei", "Jeg har ombestemt meg rett og slett, vi bygger garasjen i tre.", set()),
    ("Hei", "Det er slett ikke sikkert at jeg rekker møtet.", set()),
    ("Spørsmål", "Jeg vil se hva som ligger der før jeg bestemmer meg for hva som skal slettes.", set()),
    ("Nøkler", "Jeg vil ikke ha noe liggende hos dere i sommer, jeg henter nøklene.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), OTHER_WORDS)
def test_erasure_in_other_words_and_its_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


def test_erasure_in_other_words_only_adds_what_the_sentence_rules_missed():
    """The shape reading runs when the sentence rules found no erasure, and quotes the sentence it read."""
    from rules.subject_requests import erasure_in_other_words

    body = "Hei.\nVer venleg og ta det bort frå nettsida dykkar, både namna og bileta våre.\nHelsing Sigrid"
    assert erasure_in_other_words("Hytta", body) == "Ver venleg og ta det bort frå nettsida dykkar, både namna og bileta våre."
    [finding] = find_requests("Hytta", body)
    assert finding.sentence == "Ver venleg og ta det bort frå nettsida dykkar, både namna og bileta våre."
    assert find_requests("Re: Hytta", "Takk!\n> Ver venleg og ta det bort, både namna og bileta våre.") == ()



# heldout11's misses as families. Written dialect reads as bokmål ("æ", "mæ", "dokker", "ka", "kor"); the writer's
# e-mail beside another identifier or taken out of a register is their address, a lone "e-posten min fra i går" a mail;
# a singular "det"/"it" points back at a personal paper named before; the writer's name or photo said to be on the
# website is what a later "ta det bort, både namna og bileta" erases; a permission to use photos is consent; passing the
# data on, being called again, and "more of those" after marketing are objected to; what the firm logged or noted about
# the writer, and where it got their name, is asked to be told; a correction "hos dykk" corrects the firm's record.
HELDOUT11_FAMILIES = [
    ("Slett", "Æ vil at dokker sletter alt dokker har registrert om mæ.", {"erasure"}),
    ("Spørsmål", "Ka har dokker egentlig lagra om mæ?", {"access"}),
    ("Hei", "Ka har dokker notert om mæ etter befaringa?", {"access"}),
    ("Brev", "Kor har dokker fått telefonnummeret mitt fra?", {"access"}),
    ("Hei", "Æ vil ikkje bli kontakta av dokker igjen.", {"objection"}),
    ("Befaring", "Ka tid kommer dokker på befaring?", set()),
    ("Byggemøte", "Fjern mæ fra kopilista på byggemøtet, æ e ikke med i prosjektet lenger.", set()),
    ("Tegninger", "Kor har dokker lagt tegningene? Æ finner dem ikke i mappa.", set()),
    ("Avmelding", "Please remove my email and phone number from your customer list.", {"erasure"}),
    ("Hei", "Kan dere fjerne e-posten min fra kunderegisteret deres?", {"erasure"}),
    ("Hei", "Kan dere slette e-posten min fra i går? Den hadde feil vedlegg.", set()),
    ("Wrong file", "Please delete my email from this morning, it had the wrong attachment.", set()),
    ("Førerkort", "Jeg sendte dere kopi av førerkortet mitt da vi signerte. Nå vil jeg at det blir slettet.", {"erasure"}),
    ("Passport", "I sent you a scan of my passport when we signed. Please delete it now that the job is done.",
     {"erasure"}),
    ("Utkast", "Jeg sendte kopi av passet mitt til banken via dere. Kan dere slette det gamle utkastet av planen?", set()),
    ("Nettsida", "Namnet mitt og eit bilete av meg står på referansesida dykkar. Kan de fjerne dei?", {"erasure"}),
    ("Facebook", "Dere har lagt ut bilder av oss foran huset på Facebook. Ta dem bort, takk.", {"erasure"}),
    ("Nettsiden", "Vi så hytta vår på nettsiden deres, flott! Kan dere fjerne garasjen fra situasjonsplanen?", set()),
    ("Tegning", "Kan dere fjerne bildet av huset fra tegningen? Det ser rotete ut.", set()),
    ("Photos", "I told you it was fine to put our kitchen on your Instagram. Please regard that permission as revoked.",
     {"consent_withdrawal"}),
    ("Bilder", "Jeg trekker tilbake den tillatelsen jeg ga dere til å bruke bilder av terrassen.", {"consent_withdrawal"}),
    ("Window", "I said it was fine to move the window, but please keep the door where it is.", set()),
    ("Byggesak", "Vi trekker tilbake søknaden om tillatelse til garasje, vi venter et år.", set()),
    ("Planning", "We have withdrawn the application for planning permission.", set()),
    ("Nabovarsel", "Kommunen sier at naboen har trukket tilbake samtykket. Ka gjør vi nå?", set()),
    ("Hei", "Jeg vil at dere slutter å selge opplysninger om meg til andre firmaer.", {"objection"}),
    ("Hi", "Please stop sharing my details with other companies.", {"objection"}),
    ("Hei", "Jeg vil ikke bli kontaktet av dere igjen.", {"objection"}),
    ("Nyhetsbrev", "Jeg får stadig nyhetsbrevet deres. Slutt å sende det til meg.", {"objection"}),
    ("Tilbud", "Ikke send oss flere slike, takk.", {"objection"}),
    ("Drawing", "You have sent the drawing three times. Please stop sending it, I have it already.", set()),
    ("Befaring", "Jeg vil ikke bli ringt av dere før tegningene er klare.", set()),
    ("Befaring", "Jeg vil ikke bli kontaktet av dere igjen før tegningene er ferdige.", set()),
    ("Befaring", "Jeg vil ikke bli ringt på jobb, send heller en SMS.", set()),
    ("Tegninger", "Ikke send meg flere tegninger før vi har snakket sammen.", set()),
    ("Snekker", "Dere kan gjerne dele tegningene med snekkeren.", set()),
    ("Hi", "I'm curious what you have recorded about me.", {"access"}),
    ("Roof", "What did you note about the roof at the inspection?", set()),
    ("Feil adresse", "I brevet dere sendte står det at eg bur i nr 4. Rett er nr 14. Kan de rette det hjå dykk?",
     {"rectification"}),
    ("Wrong name", "Your letter says I am called Jon Olsen. It is Jonas. Please fix it on your side.", {"rectification"}),
    ("Takvinkel", "Takvinkelen på tegningen er feil, det står 25 grader. Kan dere rette det hos dere og sende ny?", set()),
    ("Faktura", "Han sa rett ut at fakturaen var feil.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT11_FAMILIES)
def test_heldout11_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout12's misses and false suggestions as families. A company deleting its own invoice address, supplier-register
# entry or org.nr is no person's data, while a person signing with their employer's name still asks; a pronoun standing
# alone after the verb ("fjerne den eller …", "remove it or …") is what is removed, not a personal noun further on,
# while "det bildet av meg" is a determiner; "scrub" erases; nothing more kept about the writer than needed is erasure.
# h12-02 (a tenant's name and number on a neighbour-notification list, "ut av lista og dokumentene deres") is read as
# erasure because it asks the data out of the firm's papers at large; the rule that data taken off one document is no
# erasure ("remove my name from the drawing", "ut av nabovarselet") stays as it was.
HELDOUT12_FAMILIES = [
    ("Ny fakturaadresse", "Vi har flyttet regnskapet. Oppdater fakturaadressen for Bygg & Bolt AS og slett den gamle "
     "adressen.\nMvh\nBygg & Bolt AS", set()),
    ("Leverandørregister", "Vennligst slett vår gamle adresse i leverandørregisteret deres.\nOrg.nr 912 345 678\n"
     "Hansen Rør AS", set()),
    ("Billing", "Please delete our old billing address from your supplier register.\nAccounts Payable\nFjord Tre AS",
     set()),
    ("Flytting", "Jeg har flyttet. Vennligst slett den gamle adressen min fra kunderegisteret deres.\nOla Hansen",
     {"erasure"}),
    ("Hei", "Slett adressen min og telefonnummeret mitt fra registrene deres.\nKari Berg\nBerg Interiør AS", {"erasure"}),
    ("Sletting", "Jeg ber om at dere sletter alle personopplysninger dere har om meg.\nKari Berg\nDaglig leder, Berg "
     "Interiør AS\nOrg.nr 912 345 678", {"erasure"}),
    ("Delete", "Please delete my personal data.\nJohn Smith\nSmith Consulting Ltd\nVAT number GB123", {"erasure"}),
    ("Adresse", "Jeg ber dere slette den gamle fakturaadressen vår.\nRegnskap\nNordisk Print AS", set()),
    ("Flyfoto", "På situasjonsplanen står tilhengeren min i tunet. Kan dere fjerne den eller bruke et annet foto?",
     set()),
    ("Photo", "Our old boat is in the aerial photo. Could you remove it or use another picture?", set()),
    ("Nettsiden", "Kan dere fjerne det bildet av meg fra nettsiden?", {"erasure"}),
    ("Unsubscribe", "Please scrub my details from your mailing list and client database.", {"erasure"}),
    ("Deck", "We will scrub the deck before the inspection on Friday.", set()),
    ("Ferdig", "Nå som huset er ferdig, vil jeg ikke at dere har mer lagret om meg enn loven krever.", {"erasure"}),
    ("Befaring", "Jeg vil ikke at dere har mer arbeid med meg enn nødvendig.", set()),
    ("Søknad", "Jeg har ikke mer å si om meg selv, resten står i søknaden.", set()),
    # the writer's own thing taken out of the firm's lists and papers at large, or not to be kept ("beholder dem");
    # out of a drawing or a neighbour notice it stays on a document, and drawings or roof photos are not the writer
    ("Naboliste", "Kan dere ta navnet og telefonnummeret mitt ut av listene og papirene deres?", {"erasure"}),
    ("Lists", "Please take my name and number off your lists.", {"erasure"}),
    ("Tegninger", "Kan dere ta navnet og nummeret mitt ut av tegningene?", set()),
    ("Nabovarsel", "Kan dere ta navnet mitt ut av nabovarselet?", set()),
    ("Bilde", "Kan dere ta bilen min ut av bildet?", set()),
    ("CV", "Jeg ønsker at CV-en og portrettet mitt fjernes fra malene deres, og at dere ikke beholder dem.", {"erasure"}),
    ("CV", "I want my CV and photo taken out of your bid templates, and that you do not keep them.", {"erasure"}),
    ("Tegninger", "Jeg sendte tegningene mine, så dere trenger ikke beholde dem.", set()),
    ("Taket", "Jeg sendte bildene mine av taket, dere trenger ikke beholde dem.", set()),
    # what stands written about the writer is asked for; a copy asked right after their data is named broadly is a
    # copy of that data, not after a name alone or thanks for drawings
    ("?", "Hva står det om meg i kunderegisteret deres?", {"access"}),
    ("Rapport", "Hva står det om taket i rapporten?", set()),
    ("Kontrakt", "Hva står det i kontrakten om betaling?", set()),
    ("My file", "I need everything you hold about me: my file, your notes and the photos. Could you send me a copy?",
     {"access"}),
    ("Befaring", "Jeg trenger alt dere har om meg, også notatene fra befaringen. Kan jeg få en kopi?", {"access"}),
    ("Drawings", "Thanks for the drawings. Could you send me a copy?", set()),
    ("Navn", "Navnet mitt er Kari. Kan dere sende meg en kopi?", set()),
    ("Tegninger", "Jeg bor i nr 14. Kan jeg få en kopi av tegningene?", set()),
    # a permission given in the writer's words ("sa … at dere kunne bruke navnet mitt") taken back by "det"/"it";
    # a permission about drawings or a window is no consent about data
    ("Referanse", "Jeg sa i vår at dere kunne bruke navnet mitt som referanse. Nå ringer folk hele tiden, så jeg trekker "
     "det tilbake.", {"consent_withdrawal"}),
    ("Reference", "Last year I told you that you could give out my phone number to new clients. I'm taking it back as of "
     "today.", {"consent_withdrawal"}),
    ("Søknad", "Jeg sa at dere kunne bruke tegningene i søknaden. Jeg trekker det tilbake, vi venter.", set()),
    ("Window", "I told you that you could move the window. I'm taking it back.", set()),
    # the firm's report or notes on the writer's case neither sent on nor used while a complaint runs is restricted;
    # a report held back until an invoice is paid is not
    ("Klage", "Jeg er uenig i rapporten. Inntil klagen er behandlet ber jeg om at dere ikke sender notatene fra "
     "befaringen videre til noen, og at dere ikke bruker dem til noe annet.", {"restriction"}),
    ("Complaint", "Until my complaint is settled, please do not pass the inspection report on to anyone and do not use "
     "it for anything else.", {"restriction"}),
    ("Faktura", "Inntil fakturaen er betalt sender vi ikke rapporten videre til banken.", set()),
    ("Megler", "Inntil vi har betalt, ikke send rapporten videre til megleren.", set()),
    # a detail the firm keeps said to be outdated is the writer's, and "retter det … på søknaden også" corrects it
    # besides the paper; the firm's own number on its website or the site's address is not the writer's
    ("Nummer", "Mobilnummeret dere har er det gamle. Riktig er 977 12 456. Fint om dere retter det så det blir riktig "
     "på søknaden også.", {"rectification"}),
    ("Nettside", "Telefonnummeret dere har på nettsiden er feil. Kan dere rette det?", set()),
    ("Tomt", "Adressen dere har på tomta er gammel. Riktig er Storgata 14. Rett det på søknaden også.", set()),
    ("Vindu", "Vinduet på tegningen er feil. Rett det på søknaden også.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT12_FAMILIES)
def test_heldout12_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout13's erasure and access misses and its false suggestions, as families. The shape reading of erasure reads
# what the writer sent or told the firm ("kaste notatene og det jeg sendte"), and stays silent on the reader's data in
# a newsletter's footer ("be oss fjerne opplysningene dine") and on the writer taken off one mailing list; a financing
# proof and a job application with a CV are personal papers, pointed back at by "den" (unless a drawing is what it
# stands for) or "søknaden"; an erasure asked before and now taken back ("jeg ba dere slette … ikke slett noe") is
# history; a copy listed among the things to delete, in the sentence or in a list that goes on from it, is no copy
# asked for; "ber om at …" asks for a clause, not the data; "beholder" and "tas ut av" erase; to whom the data was given
# is asked as access.
HELDOUT13_FAMILIES = [
    ("Nyhetsbrev", "Vil du at vi skal glemme deg, kan du når som helst be oss fjerne kontaktopplysningene dine.", set()),
    ("Nyhetsbrev", "Du kan når som helst be oss slette opplysningene dine ved å skrive til personvern@example.no.", set()),
    ("Hei", "Kan dere fjerne all kontaktinfoen min fra systemet?", {"erasure"}),
    ("Newsletter", "Please take me off the mailing list, thanks.", set()),
    ("Hei", "Please take me off your customer register.", {"erasure"}),
    ("Samtalen", "Kan dere kaste det jeg fortalte om økonomien og det jeg sendte av bankpapirer?", {"erasure"}),
    ("Samtalen", "Vær snill å kaste notatene og det jeg ga dere fra banken.", {"erasure"}),
    ("Finances", "Please shred what I sent you about the finances.", {"erasure"}),
    ("Tegninger", "Kast gjerne det jeg sendte av gamle tegninger.", set()),
    ("Drawings", "Please shred what I sent you yesterday, the drawings were wrong.", set()),
    ("Banken", "Jeg sendte dere finansieringsbeviset fra banken. Kan dere slette det nå?", {"erasure"}),
    ("Førerkort", "Jeg sendte dere en kopi av førerkortet mitt. Vær så snill å makulere den.", {"erasure"}),
    ("Pass", "Jeg sendte en kopi av passet mitt til banken via dere. Tegningen er feil, kan dere slette den?", set()),
    ("Sommerjobb", "Datteren min sendte dere en jobbsøknad med CV i vår. Kan dere slette søknaden og det hun la ved?",
     {"erasure"}),
    ("Dispensasjon", "Kan dere slette søknaden om dispensasjon fra mappa? Den er erstattet.", set()),
    ("Tvist", "Jeg ba dere slette opplysningene mine i fjor. Nå ber jeg om at dere ikke sletter noe av det.", set()),
    ("Sletting", "Jeg ba dere slette opplysningene mine i mars, men dere har ikke gjort det ennå.", {"erasure"}),
    ("Deletion", "I asked you to delete my data in May, and you did not delete it.", {"erasure"}),
    ("Slett", "Slett alt dere har om meg: navn, adresse, kopi av passet og kontonummeret.", {"erasure"}),
    ("Delete", "Please delete everything you hold on me. Phone number, address, the copy of my passport, all of it.",
     {"erasure"}),
    ("Delete", "Please delete everything you hold on me. But first send me a copy of it.", {"erasure", "access"}),
    ("Prosjektet", "Jeg vil ikke at dere beholder noe om meg etter at prosjektet er ferdig.", {"erasure"}),
    ("Styret", "Jeg ber om at nummeret mitt tas ut av kontaktlista deres.", {"erasure"}),
    ("Møte", "Kan dere ta navnet mitt ut av møteinnkallingen?", set()),
    ("Hei", "Jeg vil vite hvem dere har delt opplysningene mine med.", {"access"}),
    ("Hi", "Who have you shared my personal details with?", {"access"}),
    ("Tegninger", "Hvem har dere sendt tegningene til?", set()),
    ("Invoice", "Who did you send the invoice to?", set()),
    # the rest of heldout13's misses: consent given as a yes ("ja-et") and taken back in either word order; contact for
    # marketing purposes refused; more cards or mailings refused (more quotes alone are declined, not objected to); the
    # writer's address stated, then used from now on (rectification) and not to be shared, sent or told to anyone.
    ("Samtykke", "Jeg sa ja til at dere kunne bruke e-posten min til nyheter. Det ja-et trekker jeg tilbake.",
     {"consent_withdrawal"}),
    ("Bilder", "Ja-et vi ga til bildene av oss på nettsiden gjelder ikke lenger.", {"consent_withdrawal"}),
    ("Nyheter", "Da jeg meldte meg på, sa jeg ja til tips på e-post. Det ja-et trekker jeg tilbake nå.",
     {"consent_withdrawal"}),
    ("Tilbud", "Ja-et vi ga til tilbudet på tilbygget gjelder ikke lenger, vi venter et år.", set()),
    ("Kommunen", "Ja-et fra kommunen kom i går, så vi kan starte.", set()),
    ("Nabo", "Naboen trekker tilbake ja-et sitt til garasjen.", set()),
    ("Nabo", "Vi sa ja til at naboen kunne bygge garasjen nær grensen. Det ja-et trekker vi tilbake.", set()),
    ("Tilbud", "Vi takket ja til tilbudet deres i mai. Det ja-et trekker vi tilbake, prosjektet er utsatt.", set()),
    ("Hi", "Please don't contact me for marketing purposes again.", {"objection"}),
    ("Hei", "Ikke ring meg i markedsføringsøyemed.", {"objection"}),
    ("Hei", "Ikke ring meg i arbeidstiden, send heller en e-post.", set()),
    ("Julekort", "Takk for kortet, men jeg vil ikke ha flere kort eller tilbud fra dere.", {"objection"}),
    ("Brosjyrer", "We don't want any more brochures from you.", {"objection"}),
    ("Tilbud", "Jeg vil ikke ha flere tilbud fra dere nå, vi har bestemt oss.", set()),
    ("Møter", "Vi vil ikke ha flere korte møter, la oss ta ett langt.", set()),
    ("Adresse", "Jeg bor midlertidig i Parkveien 3, 0350 Oslo. Bruk den adressen fra nå av, og ikke del den med noen.",
     {"rectification", "objection"}),
    ("Adresse", "Vi har flyttet til Åsveien 12 B. Vær snill å bruke denne adressen fremover.", {"rectification"}),
    ("Adresse", "Jeg bor i Parkveien 3. Bruk den adressen på søknaden til kommunen.", set()),
    ("E-post", "Kan dere bruke den nye e-postadressen min fremover? Den gamle slettes snart.", set()),
    ("Mal", "Bruk den nye malen fra nå av.", set()),
    ("Adresse", "Jeg bor i Parkveien 3. Ikke send tegningene til naboen før vi har snakket.", set()),
    ("Hei", "Her er min nye adresse, men ikke nevn den for noen.", {"objection"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT13_FAMILIES)
def test_heldout13_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout15's misses as families, each with look-alikes that stay silent. Swedish and Danish read as bokmål
# ("personuppgifter … om mig", "indsigt", "hos jer"), "registerutdrag" asks for access, and a negation after the
# imperative asks not to delete; English text-speak ("u", "abt", "evrything") reads as written out; a copy of what the
# firm holds about the writer in a machine-readable format is access and portability (the data the writer provided is
# portability alone); the writer's data said to be needless to the firm is what "Slett det" deletes.
HELDOUT15_FAMILIES = [
    ("Registerutdrag", "Hej! Jag vill begära ett registerutdrag, alltså en kopia av de personuppgifter ni behandlar om "
     "mig.", {"access"}),
    ("Registerutdrag", "Hej, kan jag få ett registerutdrag?", {"access"}),
    ("Radering", "Jag vill att ni tar bort alla personuppgifter ni har om mig.", {"erasure"}),
    ("Radering", "Radera mina uppgifter, tack.", {"erasure"}),
    ("Radering av mina uppgifter", "Hej, se ämnet. Vänliga hälsningar Anna", {"erasure"}),
    ("Indsigt", "Jeg vil gerne have indsigt i de personoplysninger, I har om mig.", {"access"}),
    ("Sletning", "Jeg vil gerne have, at I sletter mine oplysninger hos jer.", {"erasure"}),
    ("Ritningar", "Jag vill att ni tar bort fönstret från ritningen.", set()),
    ("Radering", "Ni får inte radera mina uppgifter, vi kanske bygger nästa år.", set()),
    ("Radering", "Radera inte mina uppgifter, vi kanske bygger nästa år.", set()),
    ("Tilbud", "Kan I slette det gamle tilbud i jeres system og sende et nyt med den korrekte pris?", set()),
    ("Bygglov", "Jag vill ha en kopia av bygglovet för stugan.", set()),
    ("Mina", "Kan dere sende tegningene til Mina? Hilsen Mina", set()),
    ("info", "hey can u send me evrything u guys have stored abt me?", {"access"}),
    ("hi", "pls delete evrything u have abt me", {"erasure"}),
    ("drawings", "hey can u send me the drawings abt the garage?", set()),
    ("U-verdi", "Hva er u-verdien på vinduene dere har tegnet inn?", set()),
    ("Export", "Please send me a copy of the personal data you hold about me in a machine-readable format.",
     {"access", "portability"}),
    ("Eksport", "Send meg en kopi av opplysningene dere har om meg i et maskinlesbart format.",
     {"access", "portability"}),
    ("Export", "Please export my personal data as a CSV file so I can move it to another provider.",
     {"portability"}),
    ("Article 20", "Please send me a copy of the personal data I have provided to you in a machine-readable format.",
     {"portability"}),
    ("Personnummer", "Dere har fortsatt personnummeret mitt fra 2019. Det trenger dere ikke. Slett det.", {"erasure"}),
    ("Phone", "You still have my old phone number and my date of birth. You don't need them. Delete them.",
     {"erasure"}),
    ("Tegninger", "Dere har fortsatt tegningene fra 2019. Det trenger dere ikke. Slett det.", set()),
    ("Adresse", "Dere har adressen min fra før. Det trenger dere ikke. Slett den gamle tegningen.", set()),
    ("Phone", "You have my phone number. You don't need it. Call the contractor instead.", set()),
    # the writer's data not to be used until it is put right is restricted, also where a paper is named for its use;
    # wrong in the firm's records and on a paper, it is corrected in the records
    ("Wrong name", "My surname is spelled wrong in your customer records and on the invoices. Please correct it, and "
     "don't use my details in the application to the kommune until it has been fixed.", {"rectification", "restriction"}),
    ("Feil navn", "Etternavnet mitt er feilstavet i kundekortet deres. Rett det, og ikke bruk opplysningene mine i "
     "søknaden til kommunen før det er rettet.", {"rectification", "restriction"}),
    ("Date of birth", "My date of birth in your records is wrong. Please don't use it until it has been corrected.",
     {"rectification", "restriction"}),
    ("Invoice", "My address is wrong in your customer records and on the invoice, it is Storgata 5.", {"rectification"}),
    ("Invoice", "My address is wrong on the invoice, it is Storgata 5.", set()),
    ("Drawing", "Don't use my name on the drawing until the contract is signed.", set()),
    ("Drawing", "Please correct the drawing and don't use it in the application until it has been fixed.", set()),
    ("Tegning", "Ikke bruk tegningen i søknaden før den er rettet.", set()),
    # more of the same families in other words: Swedish questions and wishes, a Danish relative clause after a comma,
    # what the firm has on file, data mailed or forwarded, data wanted gone; a drawing with the writer's name stays one
    ("Fråga", "Jag vill veta vilka personuppgifter ni har om mig.", {"access"}),
    ("Radera", "Radera allt ni har om mig.", {"erasure"}),
    ("Register", "Jag vill inte finnas kvar i ert register.", {"erasure"}),
    ("Kopi", "Send mig en kopi af de oplysninger, I har registreret om mig.", {"access"}),
    ("Ritning", "Jag vill veta vad ni har ritat på fasaden.", set()),
    ("info", "pls send me whatever u have on file for me", {"access"}),
    ("Data", "Please email me all the data your company has about me.", {"access"}),
    ("Data", "Please forward me everything in your system with my name on it.", {"access"}),
    ("Data", "I want my data gone.", {"erasure"}),
    ("Drawing", "Please forward me the drawing with my name on it.", set()),
    ("Tegning", "Kan dere sende meg tegningen med navnet mitt på?", set()),
    ("Mail", "Stop emailing me about the barbecue.", set()),
    ("Shed", "We want the old shed gone from the site plan.", set()),
    ("Hei", "Send alt dere har om meg.", {"access"}),
    ("Hei", "Send alt dere har om tomta.", set()),
    ("Hi", "I'd like to know what's stored about me.", {"access"}),
    ("Hi", "I'd like to know what is planned for the garage.", set()),
    ("Hi", "Please get me out of your records.", {"erasure"}),
    ("Hi", "Please get me out of this meeting invite.", set()),
    ("Hi", "I don't want you to have my number anymore.", {"erasure"}),
    ("Hi", "Please don't keep my number on file.", {"erasure"}),
    ("Hi", "You don't have my new address yet, it is Storgata 5.", set()),
    ("Hi", "I don't want you to have the old drawings.", set()),
    ("Hei", "Dere har adressen min og telefonnummeret. Det vil jeg ikke. Slett det.", {"erasure"}),
    ("Hei", "Dere har tegningene mine. Det vil jeg ikke. Slett det.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT15_FAMILIES)
def test_heldout15_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout14's erasure misses, as families: the writer's data wished not to stay with the firm in everyday words, the
# data named before the verb ("… skal henge igjen hos dere", "… ikke blir liggende hos dere", "trenger dere ikke ha"),
# wished gone ("forsvinner", "blir borte", "få det bort"), or pointed at by "det"/"dem" after the writer's data or
# papers were named; "rydde ut" what the firm has on the writer; a copy of a personal paper among things to throw away;
# the writer's own data taken out of a register with more words between; a bare subject out of a register. Keys,
# drawings, a wall or rubbish stay silent, as do data lying with someone else, the writer tidying their own files and
# a receipt ("kvitteringer") beside photos.
HELDOUT14_FAMILIES = [
    ("Flytting", "Jeg vil ikke at navnet mitt, telefonen eller den gamle adressa skal henge igjen hos dere.", {"erasure"}),
    ("Flytting", "Sørg for at adressa mi og mobilnummeret ikke ligger igjen hos dere.", {"erasure"}),
    ("Flytting", "Vi flytter til Spania. Telefonnummeret mitt trenger dere ikke ha lenger.", {"erasure"}),
    ("Befaring", "Dere tok bilder inne hos oss. Jeg vil helst at de bildene ikke blir liggende hos dere.", {"erasure"}),
    ("Hytta", "Hytta er solgt. Navn, telefon, adressen her og alt det der – vi vil helst at det forsvinner nå.",
     {"erasure"}),
    ("Lån", "Jeg sendte dere kopi av lønnsslippene mine i vår. Kan de sjå til at det blir borte no?", {"erasure"}),
    ("Papirer", "I fjor sendte jeg dere passet mitt og skattemeldingen. Det vil jeg ikke at dere sitter på lenger.",
     {"erasure"}),
    ("Papirer", "I fjor sendte jeg dere passet mitt og skattemeldingen. Få det bort fra PC-ene deres.", {"erasure"}),
    ("Bilder", "Dere tok bilder av meg og ungene på terrassen. Vennligst fjern dem fra mappene deres.", {"erasure"}),
    ("Ferdig", "Prosjektet er ferdig. Dere kan rydde ut alt dere har om oss nå.", {"erasure"}),
    ("Tilbud", "Vi valgte et annet firma. Kast alt dere fikk av oss, også kopien av passet mitt.", {"erasure"}),
    ("Ny jobb", "Ta e-posten og det gamle mobilnummeret mitt ut av kundesystemet deres, takk.", {"erasure"}),
    ("ut av kunderegisteret deres", "Som sagt.", {"erasure"}),
    ("Nøkler", "Vi har fått nøklene til kontoret deres. Vi vil ikke at de skal ligge og slenge her.", set()),
    ("Nøkler", "Jeg vil ikke at nøklene mine blir liggende hos dere over ferien.", set()),
    ("Tegninger", "Jeg vil ikke at tegningene skal ligge hos kommunen før vi har sett over dem.", set()),
    ("Søknad", "Jeg vil ikke at adressen min skal ligge hos kommunen lenger enn nødvendig.", set()),
    ("Veggen", "Den gamle veggen i stua skal rives. Kan de sjå til at det blir borte før flisleggeren kommer?", set()),
    ("Søppel", "Det ligger masse søppel og kapp på tomta etter snekkerne. Få det bort før helga, takk.", set()),
    ("Søknad", "Kan dere ta garasjen ut av søknaden? Vi bygger den senere.", set()),
    ("Rydding", "Jeg har ryddet ut alt det gamle fra mappene mine og kastet kvitteringene jeg ikke trenger.", set()),
    ("Registeret", "Jeg ser at navnet mitt ikke ligger i systemet deres, kan dere sjekke det?", set()),
    ("Bilder", "Bildene mine av taket sendte jeg i går. Vil ikke at de blir borte, så ta vare på dem.", set()),
    ("Rapport", "Fuktskaden er fikset (har kvitteringer og bilder). Kan dere oppdatere tilstandsrapporten?", set()),
    ("Rapport", "Vi vil helst at bildene forsvinner fra rapporten, de er uskarpe.", set()),
    ("Pass", "Jeg vil ikke at passet mitt blir liggende hos dere, jeg henter det i morgen.", set()),
    ("Adresse", "Jeg vil ikke at dere har den gamle adressen min lenger, bruk den nye.", set()),
    ("Adresse", "Jeg vil ikke at dere har feil adresse på meg i systemet.", {"rectification"}),
    # access: what the firm noted from its calls with the writer; whatever it has on file dug out and sent over; a
    # "passport copy" among data not to be kept is the paper, and a confirmation sent is no copy of the data
    ("Samtaler", "Send meg gjerne det dere har notert fra telefonsamtalene med meg.", {"access"}),
    ("Calls", "Could you send me the notes from our calls?", {"access"}),
    ("Calls", "Could you dig out whatever you've got on file about me and send it over?", {"access"}),
    ("Møte", "Kan dere sende meg referatet fra møtet med kommunen?", set()),
    ("Tegninger", "Kan dere finne fram tegningene fra 2019 og sende dem over?", set()),
    ("Drawings", "Could you dig out the drawings from our meeting with the builder and send them over?", set()),
    ("Passport", "Please keep my passport copy on file until the loan is approved.", set()),
    ("Moving", "There's no reason for you to keep my phone number or passport copy any more. Please wipe my details.",
     {"erasure"}),
    ("Delete", "Please delete whatever you've got on file about me and send me a confirmation.", {"erasure"}),
    # the rest: consent given and not wanted any longer in the same sentence; marketing refused with "heller ikke" and a
    # list, or "dette vil jeg ikke ha mer av" in a reply to a newsletter; not to be called, said while leaving; a
    # correction asked with the address to use from now on
    ("Bilder", "Jeg sa ja til at dere kunne bruke bilder av meg på nettsida, men nå vil jeg ikke ha det ute lenger.",
     {"consent_withdrawal"}),
    ("Nabo", "Vi sa ja til at naboen kunne bygge garasjen nær grensen, men vi vil ikke ha det der lenger.", set()),
    ("Tilbud", "Vi sa ja til tilbudet, men vi vil ikke ha det lenger.", set()),
    ("Hei", "Jeg ønsker heller ikke å motta julekort, nyhetsbrev eller tilbud fra dere.", {"objection"}),
    ("Hei", "Jeg ønsker ikke å motta tilbud på tilbygget før i vår.", set()),
    ("Re: Nyhetsbrev vår", "Hvor har dere fått adressen min fra? Og dette vil jeg ikke ha mer av.", {"access", "objection"}),
    ("Forsinkelser", "Tre uker forsinket igjen. Dette vil jeg ikke ha mer av, få fart på tegningene.", set()),
    ("Slutt", "Stryk meg ut av kundelista, og ikke ring meg for å høre hvordan det gikk.", {"erasure", "objection"}),
    ("Tegning", "Slett gjerne den gamle tegningen, og ikke ring meg før fredag.", set()),
    ("Navn", "Dere har skrevet navnet mitt feil. Få rettet opp det, så alt framover kommer til denne adressen.",
     {"rectification"}),
    ("Tegning", "Vinduet er tegnet feil. Rett det opp, og send tegningene til denne adressen fremover.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT14_FAMILIES)
def test_heldout14_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout16 (requests inside long project mails) and heldout17 (short mails, meaning often in the subject): each family
# found, in other words than the blind mails', beside a look-alike that must stay silent.
HELDOUT16_FAMILIES = [
    # "innsyn" as a public service's page the writer used themself, not a request to the firm
    ("Banken", "Jeg prøvde kommunens innsynsløsning, men fant ikke adressen vår der.", set()),
    ("Banken", "I looked on the municipality's innsyn page but my name wasn't there.", set()),
    ("Innsyn", "Jeg ber om innsyn i alle opplysninger dere har om meg.", {"access"}),
    # another person taken off a paper is no erasure of the writer's data; the writer out of a register is
    ("Eierskifte", "Min søster er ikke lenger medeier. Could you take her off the permit application please?", set()),
    ("Owners", "My wife is no longer part of this. Please remove her from the drawings and the invoice.", set()),
    ("Slutt", "I no longer want your services. Please take me off your customer register.", {"erasure"}),
    # the writer not to be left lying in a register
    ("Avslutning", "Vi har solgt hytta, og jeg vil ikke bli liggende i kundesystemet deres.", {"erasure"}),
    ("Avslutning", "We're done with the project and I don't want to remain in your customer database.", {"erasure"}),
    ("Arkiv", "Tegningene skal ikke ligge i arkivet deres før de er godkjent.", set()),
    # marketing refused with "heller", with the subject carried over, in nynorsk "utsendingar", or told not to send it
    ("Hei", "Eg vil heller ikkje ha fleire utsendingar frå dykk.", {"objection"}),
    ("Hei", "Eg vil ikkje bli ringt om slikt, og vil heller ikkje ha nyheitsbrev eller reklame.", {"objection"}),
    ("Post", "Eg vil heller ikkje ha fleire teikningar i posten før i haust.", set()),
    ("Reklame", "Send meg aldri mer reklame, takk.", {"objection"}),
    ("Tegning", "Ikke send meg mer tegninger før vi har snakket sammen.", set()),
    # offers or tips mailed by the firm, then "det vil jeg ikke ha mer av"
    ("Hei", "Dere sender meg stadig e-poster fra dere med \"vårtilbud\". Det vil jeg ikke ha mer av.", {"objection"}),
    ("Hei", "Dere sendte meg e-poster fra dere med tegningene to ganger. Det vil jeg ikke ha mer av.", set()),
    # a name as the firm has it, and as it should be
    ("Feil", "Det står Kari Nordman hos dere, skal være Kari Nordmann.", {"rectification"}),
    ("Wrong name", "You have me down as Ann Lee, it should be Anne Lee.", {"rectification"}),
    ("Takhøyde", "Det står 2,18 m hos dere, skal være 2,25 m.", set()),
    # use paused while a complaint is open, the data kept: restriction (and the subject that says so objects to nothing)
    ("Klage – ikke bruk opplysningene mine",
     "Til klagen er behandlet vil jeg at dere ikke bruker opplysningene, men ikke slett dem.", {"restriction"}),
    ("Klage", "Til klagen er behandlet vil jeg at dere ikke bruker tegningene, men ikke slett dem.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT16_FAMILIES)
def test_heldout16_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout24 (requests mixed into other business: cancelling, moving, a final invoice, complaints, a breakup, a contact
# person who left; text-speak to a lawyer's template): each family found, in other words than the blind mails', beside
# look-alikes that must stay silent.
HELDOUT24_FAMILIES = [
    # the writer out of one of the firm's lists of people (contacts, addresses, phone numbers) is out of a register
    # ("Slett meg fra kontaktlistene deres"); a work list, a mail thread, a meeting, a job or one project's contact
    # list handed over to someone else is a role, not the writer's data
    ("Ny kontaktperson", "Jeg har gått over i ny jobb. Fjern meg fra kontaktlista deres, takk.", {"erasure"}),
    ("Sluttet", "Kan dere stryke meg fra adresselisten deres? Jeg bor ikke der lenger.", {"erasure"}),
    ("Telefonliste", "Ta meg ut av telefonlista dykkar, eg er ikkje med i laget lenger.", {"erasure"}),
    ("Left the company", "I no longer work at Vold AS. Please delete me from your contact list.", {"erasure"}),
    ("Moving abroad", "Could you remove me from your address book and your contacts? I'm moving to Spain.",
     {"erasure"}),
    ("Møte", "Ta meg av møteinnkallingen, jeg kan ikke komme.", set()),
    ("Tråd", "Kan dere ta meg av e-posttråden? Lene følger opp herfra.", set()),
    ("Kopi", "Fjern meg fra kopilista, Lene tar over.", set()),
    ("Ny kontakt", "Kan dere fjerne meg fra kontaktlista til prosjektet på Tangen? Lene tar over.", set()),
    ("Handover", "Please take me off the contact list for the Tangen project, Lene is taking over.", set()),
    ("Job", "Take me off the job, I'm too busy this month.", set()),
    # a consent given to the firm to use photos or names, taken back with the verb turned before its subject, in
    # nynorsk or bokmål without "tilbake"; stopping the use it covered is part of taking it back
    ("Referanseliste", "Vi sa ja til at dere kunne bruke bilder av huset og navnet vårt på nettsiden. Det samtykket trekker vi "
                       "nå. Slutt å bruke bildene.", {"consent_withdrawal"}),
    ("Nettsida", "Eg sa ja til at de fekk bruke namnet mitt i referanselista. Samtykket trekkjer eg herved.",
     {"consent_withdrawal"}),
    ("Website", "We agreed that you could put photos of our cabin on your website. We withdraw that consent now, "
                "please stop using them.", {"consent_withdrawal"}),
    # a neighbour's consent to a building's placement or a dispensation, taken back, is planning consent
    ("Nabosamtykke", "Jeg ga nabosamtykke til tilbygget til Hansen i mars. Det samtykket trekker jeg nå.", set()),
    ("Dispensasjon", "Eg samtykte til dispensasjon frå avstandskravet for garasjen. Samtykket trekkjer eg herved.",
     set()),
    ("Garage", "I signed the nabovarsel and consented to the placement of the garage. I hereby withdraw that consent.",
     set()),
    # a copy the firm asked for, named in the list after an erasure, is one more thing to delete
    ("Flytter", "Kan dere fjerne tingene mine fra systemet deres? Mobilnummeret, e-posten og kopien av førerkortet "
                "dere ba om.", {"erasure"}),
    ("moving out", "pls wipe my stuff from ur records. phone, email, the copy of my id u asked for, everything.",
     {"erasure"}),
    ("Kopi", "Kan dere sende meg en kopi av det dere har lagret om meg? Og så en kopi av kontrakten.", {"access"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT24_FAMILIES)
def test_heldout24_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout23 (people who are not, or not only, customers: neighbours, people in site photos, applicants, tenants, former
# employees of business customers, sole traders): each family found, in other words than the blind mails', beside
# look-alikes that must stay silent.
HELDOUT23_FAMILIES = [
    # the object put first and the verb after, the object what concerns the writer ("det som gjelder meg", "whatever
    # relates to me"); a drawing put first, or "det som gjelder meg" as the subject of a cleft, is no data
    ("Nabovarsel", "Det som angår meg og familien min, vil jeg at dere sletter når saken er over.", {"erasure"}),
    ("Opplysninger", "Det som handler om meg, kan dere bare slette.", {"erasure"}),
    ("Sletting", "Slett det som gjelder meg, resten kan dere beholde.", {"erasure"}),
    ("Nabo", "Det som gjeld meg, vil eg at de slettar.", {"erasure"}),
    ("Info", "Alt om meg skal dere slette.", {"erasure"}),
    ("Data", "Whatever relates to me, please delete it.", {"erasure"}),
    ("Data", "What you have on me, please delete.", {"erasure"}),
    ("Data", "Anything that concerns me personally I want deleted.", {"erasure"}),
    ("Info", "Alt som har med meg å gjøre, vil jeg at dere sletter.", {"erasure"}),
    ("Data", "Anything to do with me, please delete.", {"erasure"}),
    ("Tegning", "Den gamle tegningen vil jeg at dere sletter.", set()),
    ("Garasje", "Det som gjelder meg mest, er at garasjen kommer for nær grensen. Den tegningen vil jeg at dere sletter.",
     set()),
    ("Nabovarsel", "Det som gjelder meg som nabo er høyden på mønet, og den må dere endre.", set()),
    ("Tilbud", "What concerns me is the price, so please delete the old quote.", set()),
    ("Garasje", "Det som har med meg å gjøre er høyden på garasjen, så slett den gamle tegningen.", set()),
    # a wish with its subject dropped ("Vil at dere sletter …", "Ønsker at dere fjerner …", "Håper dere kan …", "Want you
    # to …"); "e-post" beside other details in a list is the writer's address. The same wish about a garage, a window, an
    # invoice or yesterday's mail stays silent
    ("personnummer", "Vil at dere sletter personnummeret fra systemene, også fra sms-ene.", {"erasure"}),
    ("Fjern", "Ønsker at dere fjerner navn, epost og telefonnummer fra alle systemer dere har.", {"erasure"}),
    ("Slett", "Vil gjerne at dere sletter fødselsdatoen fra kundekortet.", {"erasure"}),
    ("Slett", "Håper dere kan slette personnummeret som ble sendt på sms.", {"erasure"}),
    ("Delete", "Want you to delete my phone number and email from your records.", {"erasure"}),
    ("Kopi", "Vil gjerne at dere sender meg en kopi av opplysningene dere har om meg.", {"access"}),
    ("Plan", "Vil at dere fjerner garasjen fra planen.", set()),
    ("Tegning", "Ønsker at dere fjerner den gamle tegningen fra delemappen.", set()),
    ("Vindu", "Vil gjerne at dere sletter vinduet på nordfasaden.", set()),
    ("Faktura", "Vil at dere sletter den gamle fakturaen og bruker den nye.", set()),
    ("E-post", "Ønsker at dere sletter e-posten fra i går, den gikk til feil person.", set()),
    ("Fjern", "Fjern navn og epost fra kopifeltet.", set()),
    ("Befaring", "Håper dere kan sende tegningene før befaringen.", set()),
    # a list of what the firm got or holds asked for, after a question that names the writer's details among what it may
    # be, or with the data named; drawings, neighbours' details or materials listed are no one's data
    ("Megler", "Hva har dere fått fra megleren – navn, adresse, telefon? Jeg vil ha en liste over det.", {"access"}),
    ("List", "What exactly were you sent – my name, phone number, email? I'd like a list of it.", {"access"}),
    ("Liste", "Kan jeg få en liste over alt dere har lagret om meg?", {"access"}),
    ("Liste", "Eg vil ha ei liste over det de har registrert om meg.", {"access"}),
    ("List", "Send me a list of the personal data you hold about me.", {"access"}),
    ("Agent", "What did the agent send you – name, address, phone number? Please send me a list.", {"access"}),
    ("Tegninger", "Hva har dere fått fra kommunen – tegninger, situasjonskart? Jeg vil ha en liste over det.", set()),
    ("Naboer", "Hva har dere fått av navn og telefonnummer til naboene? Send meg en liste over dem.", set()),
    ("Materialer", "Kan dere sende meg en liste over materialene til terrassen?", set()),
    ("Interessenter", "Navnet mitt står på en liste over interessenter hos dere, det er helt greit.", set()),
    ("Merknad", "Vi ber om en liste over hvilke naboer som har fått varsel, med navn og adresse.", set()),
    ("Agent", "What did the agent send you – drawings, the survey? Please send me a list.", set()),
    ("Council", "What did the council send you – names and addresses of the neighbours? Please send me a list.", set()),
    # photos or film the writer appears in ("der jeg er med", "that I'm in", "der jeg står på stillaset"): shown is
    # access, deleted erasure; photos of the site, of work the writer did or took, or "jeg er med på å …" (taking part)
    # are work
    ("Bilder", "Kan jeg få se bildene fra byggeplassen der jeg er med?", {"access"}),
    ("Photos", "Could I see the photos you took that I'm in?", {"access"}),
    ("Bilder", "Send meg de bildene hvor jeg er med, så kan jeg vurdere dem.", {"access"}),
    ("Film", "Eg vil gjerne sjå videoen der eg er med.", {"access"}),
    ("Bilder", "Slett bildene der jeg står på stillaset.", {"erasure"}),
    ("Photos", "Please delete the pictures I appear in.", {"erasure"}),
    ("Bilder", "Jeg vil at bilder med meg på blir fjernet fra arkivet deres.", {"erasure"}),
    ("Befaring", "Jeg vil gjerne se bildene fra befaringen.", set()),
    ("Terrasse", "Har dere bilder av terrassen jeg bygde? Send dem gjerne.", set()),
    ("Bilder", "Kan dere sende meg bildene jeg tok av taket?", set()),
    ("Bilder", "Send meg bildene der takrennen lekker.", set()),
    ("Bilder", "Kan dere sende meg bildene som jeg var med på å ta?", set()),
    # the writer's data not used or shared until a dispute or a case is settled is kept for it: restriction; a drawing,
    # photos of the facade or a report held back during a dispute are work
    ("Tvist", "Fram til tvisten med utleier er avgjort vil jeg at dere ikke bruker bildene av meg til noe.",
     {"restriction"}),
    ("Dispute", "Until the dispute with my landlord is settled, please don't use or share the photos of me with anyone.",
     {"restriction"}),
    ("Klage", "Mens klagesaken pågår skal dere ikke dele opplysningene om meg med noen, men ikke slett dem.",
     {"restriction"}),
    ("Sak", "Så lenge saka går, vil eg ikkje at de nyttar eller deler bileta av meg.", {"restriction"}),
    ("Tvist", "Jeg vil ikke at bildene der jeg er med brukes før tvisten er løst.", {"restriction"}),
    ("Tegning", "Fram til saken er avgjort vil jeg at dere ikke bruker den gamle tegningen.", set()),
    ("Tegninger", "Jeg vil ikke at tegningene brukes før tvisten med naboen er løst.", set()),
    ("Nabo", "Vi har en tvist med naboen, så ikke send tegningene videre før saken er avgjort.", set()),
    ("Bilder", "Ikke bruk bildene av fasaden før saken med kommunen er avgjort.", set()),
    ("Tvist", "Til tvisten med entreprenøren er løst, må dere ikke dele rapporten med noen.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT23_FAMILIES)
def test_heldout23_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout25 (replies to mail the firm sent first, its privacy words quoted underneath): each family found, in other words
# than the blind mails', beside look-alikes that must stay silent.
HELDOUT25_FAMILIES = [
    # the writer says an erasure is not what they are after: the access stands alone; an erasure beside a "not" about
    # something else is still asked
    ("Innsyn", "Jeg ber ikke om sletting, jeg vil bare se hva dere har om meg.", {"access"}),
    ("Innsyn", "Det er ikke det at jeg vil ha noe slettet, men kan jeg få se hva dere har lagret om meg?", {"access"}),
    ("Innsyn", "Eg ber ikkje om sletting, berre innsyn i kva de har om meg.", {"access"}),
    ("Innsyn", "Jeg trenger ikke få noe slettet. Send meg en oversikt over opplysningene dere har om meg.", {"access"}),
    ("Data", "I'm not after deleting anything, I just want to see what you hold about me.", {"access"}),
    ("Data", "I'm not asking you to delete anything. Please send me a copy of my personal data.", {"access"}),
    ("Data", "It's not that I want anything removed – I'd just like a copy of what you have on me.", {"access"}),
    ("Slett", "Jeg er ikke fornøyd. Slett alt dere har om meg.", {"erasure"}),
    ("Slett", "Det er ikke lenger aktuelt med tilbygg, så slett opplysningene mine.", {"erasure"}),
    ("Delete", "I'm not happy with this, please delete my data.", {"erasure"}),
    ("Slett", "Slett opplysningene mine, ikke bare nyhetsbrevet.", {"erasure"}),
    ("Slett", "Jeg er ikke ute etter noe annet enn at dere sletter opplysningene mine.", {"erasure"}),
    ("Slett", "Jeg ber ikke om mye, bare slett e-postadressen min.", {"erasure"}),
    ("Delete", "I'm not asking for anything else, just delete my personal data.", {"erasure"}),
    # the right value of one of the writer's details stated, then "rett dette hos dere": the firm's record corrected; a
    # measure, a site's address, an invoice address or a switchboard number is no detail of the writer's
    ("Adresse", "Fakturaen gikk til feil sted. Riktig adresse er Kirkegata 4, 3616 Kongsberg. Kan dere rette dette hos "
                "dere?", {"rectification"}),
    ("Telefon", "Dere ringer et nummer jeg ikke har lenger. Rett telefonnummer er 922 33 444. Vennligst oppdater det hos "
                "dere.", {"rectification"}),
    ("Address", "You sent the reminder to my old flat. The correct address is 12 Elm Road, Drammen. Please correct this "
                "on your side.", {"rectification"}),
    ("E-post", "Min nye e-postadresse er kari@epost.no. Kan de endre dette hos dykk?", {"rectification"}),
    ("Name", "The right surname is Haugen, not Hagen. Could you fix it in your records?", {"rectification"}),
    ("Tegning", "Riktig mål er 3,4 meter. Kan dere rette dette på tegningen?", set()),
    ("Byggeplass", "Riktig adresse til byggeplassen er Storgata 5. Rett det i tegningene.", set()),
    ("Faktura", "Riktig fakturaadresse er Postboks 12, 0101 Oslo. Kan dere rette dette hos dere?", set()),
    ("Levering", "Riktig adresse er Industriveien 3. Kan dere sende materialene dit i morgen?", set()),
    ("Kontakt", "Riktig nummer er 22 33 44 55 hvis dere vil nå sentralbordet.", set()),
    # the marketing itself told to stop, by name ("Stopp nyhetsbrevet", "No more newsletters"): an objection;
    # unsubscribing is a click, "ikke stopp" wants it, a sign or a stopped job is no marketing
    ("Nyhetsbrev", "Stopp nyhetsbrevet, takk.", {"objection"}),
    ("Nyhetsbrev", "Kutt ut nyhetsbrevene, jeg leser dem aldri.", {"objection"}),
    ("Reklame", "Slutt med reklamen på SMS.", {"objection"}),
    ("Newsletter", "Please stop the marketing emails.", {"objection"}),
    ("Newsletter", "No more newsletters, thanks.", {"objection"}),
    ("Nyhetsbrev", "Eg har meldt meg av to gonger. Ingen fleire nyhetsbrev, takk.", {"objection"}),
    ("Nyhetsbrev", "Meld meg av nyhetsbrevet.", set()),
    ("Nyhetsbrev", "Ikke stopp nyhetsbrevet, jeg liker det!", set()),
    ("Skilt", "Vi må stoppe reklameskiltet på fasaden til kommunen har svart.", set()),
    ("Nyhetsbrev", "Hvorfor stoppet nyhetsbrevet deres i fjor?", set()),
    ("Newsletter", "Loved the newsletter, do stop by the office sometime.", set()),
    ("Arbeid", "Stopp arbeidet på tomta til vi har snakket.", set()),
    ("Nyhetsbrev", "Det kom ikke flere nyhetsbrev etter mars, har dere sluttet?", set()),
    ("Nyhetsbrev", "Kan dere stoppe nyhetsbrevet til min gamle adresse og sende det til den nye?", set()),
    # the writer's data, in up to three words, taken "ut av" the firm's records is erased ("ta e-postadressen min ut av
    # systemet deres"); a drawing, a garage or old quotes taken out are work
    ("Avmelding", "Stopp nyhetsbrevet. Og ta e-postadressen min ut av systemet deres.", {"objection", "erasure"}),
    ("Kunde", "Kan dere ta mobilnummeret og e-postadressen min ut av kundelista?", {"erasure"}),
    ("Pass", "Ta kopien av passet mitt ut av mappa deres.", {"erasure"}),
    ("Tegning", "Ta den gamle tegningen ut av mappen.", set()),
    ("Tegning", "Ta garasjen ut av tegningen.", set()),
    ("Tilbud", "Ta de gamle tilbudene ut av systemet deres.", set()),
    ("Møte", "Kan dere ta ut av e-postlista de som ikke kommer på møtet?", set()),
    # what the firm holds about the writer with an adverb before the verb ("hva som faktisk ligger hos dere om meg",
    # "kva som framleis ligg hos dykk om meg"); what actually lies on the site or is left of the work is no one's data
    ("13 år", "Jeg vil gjerne ha en oversikt over hva som faktisk ligger hos dere om meg.", {"access"}),
    ("Innsyn", "Kan eg få vite kva som framleis ligg hos dykk om meg?", {"access"}),
    ("Innsyn", "Jeg vil vite hva som fortsatt er lagret hos dere om meg.", {"access"}),
    ("Tomt", "Jeg vil gjerne ha en oversikt over hva som faktisk ligger på tomta.", set()),
    ("Arbeid", "Kan dere sende en oversikt over hva som fortsatt er igjen av arbeidet?", set()),
    ("Tak", "Hva som egentlig er galt med taket, vet jeg ikke.", set()),
    # what the firm keeps but need not, put first as what is to go ("Det dere ikke er pålagt å ta vare på, vil jeg at
    # dere sletter"); the same said of drawings or of a demolition job is work
    ("13 år", "Det dere ikke er pålagt å ta vare på, vil jeg at dere sletter nå.", {"erasure"}),
    ("Oppbevaring", "Alt dere ikke trenger å ha om meg, kan dere slette.", {"erasure"}),
    ("Retention", "Whatever you are not required to keep, I want you to delete.", {"erasure"}),
    ("Tegninger", "Det dere ikke trenger å ta vare på av tegninger, kan dere kaste.", set()),
    ("Riving", "Det dere ikke trenger å ta vare på fra riveprosjektet, kan kastes.", set()),
    ("Retention", "What you are not required to keep is up to you.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT25_FAMILIES)
def test_heldout25_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout22 (concrete items the firm holds about the writer): each family found, in other words than the blind mails',
# beside look-alikes that must stay silent.
HELDOUT22_FAMILIES = [
    # an erasure verb under a negation with the wish between ("Jeg vil IKKE at dere sletter noe …", "I do NOT want you to
    # delete …", a passive at the end of the wished clause) asks not to delete; keeping as the one use left ("ikke bruk
    # … til noe annet enn å oppbevare dem") is restriction, not a wish that the data go
    ("Klage", "Jeg vil IKKE at dere sletter noe av det dere har om meg, for det kan bli viktig som dokumentasjon.", set()),
    ("Complaint", "I do NOT want you to delete anything you hold about me, I may need it as evidence.", set()),
    ("Complaint", "I don't want any of my data deleted while the complaint is open.", set()),
    ("Klage", "Eg vil ikkje at de slettar opplysningane mine no, dei er bevis i saka.", set()),
    ("Klage", "Jeg ønsker ikke at noe av det dere har om meg slettes før saken er avgjort.", set()),
    ("Klage", "Inntil saken er avgjort vil jeg at dere ikke bruker opplysningene om meg til noe annet enn å oppbevare dem.",
     {"restriction"}),
    ("Dispute", "Until the dispute is settled, please don't use my details for anything other than storing them.",
     {"restriction"}),
    ("Klage", "Jeg vil ikke at dere sletter noe om meg. Inntil klagen er behandlet skal dere ikke bruke opplysningene, "
     "men ikke kast dem.", {"restriction"}),
    ("Slett", "Dere har ikke slettet opplysningene mine ennå, selv om jeg ba om det.", {"erasure"}),
    ("Slett", "It's not that I'm angry, but please delete my personal data.", {"erasure"}),
    ("Slett", "Jeg vil ikke at dere oppbevarer opplysningene om meg, slett dem.", {"erasure"}),
    # a recording of the writer's call with the firm, named so or in a mail that says they called: sent is access,
    # deleted is erasure; a pipe-camera video or a meeting's recording with others is work
    ("Samtalen min", "Kan jeg få tilsendt opptaket av samtalen min med dere i går?", {"access"}),
    ("Opptak", "Jeg ringte kontoret deres i mai og ble tatt opp. Send meg gjerne opptaket.", {"access"}),
    ("Recording", "Could you send me the recording of my call with your office last Tuesday?", {"access"}),
    ("Samtale", "Opptaket av samtalen min vil jeg gjerne få tilsendt.", {"access"}),
    ("Recording", "I phoned your switchboard on Monday. Please delete the recording of that call.", {"erasure"}),
    ("Opptak", "Eg ringde sentralbordet dykkar i haust. Eg vil at de slettar opptaket.", {"erasure"}),
    ("Samtale", "Jeg ringte dere i forrige uke. Når jeg har hørt opptaket, vil jeg at dere sletter det.", {"erasure"}),
    ("Rør", "Kan dere sende meg videoopptaket av avløpsrøret fra inspeksjonen?", set()),
    ("Rør", "Jeg ringte dere i går om avløpet. Kan dere sende meg videoopptaket av røret?", set()),
    ("Møte", "Kan dere sende meg opptaket fra Teams-møtet med kommunen?", set()),
    ("Lyd", "Vi har gjort opptak av trinnlyden i leiligheten. Send meg rapporten.", set()),
    # … asked whether it is held, to be heard, pointed back at, or a copy asked right after it
    ("Opptak", "Har dere lydopptak av telefonsamtalene mine? I så fall vil jeg høre dem.", {"access"}),
    ("Recording", "I'd like to hear the recording of my phone call on 3 March.", {"access"}),
    ("Recording", "Do you still have the recording of my call with your office?", {"access"}),
    ("Opptak", "Ble samtalen min med dere tatt opp? Jeg vil gjerne ha en kopi.", {"access"}),
    ("Kontrakt", "Jeg har lest kontrakten. Jeg vil gjerne ha en kopi.", set()),
    ("Pass", "Jeg la ved passet mitt i går. Har dere fått det?", set()),
    ("Pass", "Jeg la ved passet mitt i går. Kan dere sende det til banken?", set()),
    # photos taken inside the writer's home or of their children; photos of the outside, new site photos, blurry ones
    # sorted out, photos sent by the writer, or taken out of a report are work
    ("Bilder", "Dere tok bilder inne i stua vår mens barna var hjemme. Kan dere slette dem?", {"erasure"}),
    ("Bilder", "Jeg vil at bildene som ble tatt inne i leiligheten vår blir slettet.", {"erasure"}),
    ("Photos", "Please delete the photos your surveyor took inside our house.", {"erasure"}),
    ("Bilder", "Slett bildene av ungene mine, resten kan dere beholde.", {"erasure"}),
    ("Photos", "Could you send me copies of the photos taken in our bedroom during the visit?", {"access"}),
    ("Bilder", "Kan jeg få se bildene dere tok av soverommet vårt?", {"access"}),
    ("Bilder", "Send meg gjerne bildene av fasaden fra befaringen.", set()),
    ("Bilder", "Kan dere sende meg bildene dere tok inne i huset i Solbakken 3? Jeg skal bestille materialer.", set()),
    ("Bilder", "Kan dere ta nye bilder av grunnmuren neste gang dere er her?", set()),
    ("Bilder", "Slett de uskarpe bildene fra befaringen, de nye er bedre.", set()),
    ("Bilder", "Her er bildene fra stua vår som dere ba om.", set()),
    ("Photos", "Here are the photos of our living room you asked for.", set()),
    ("Bilder", "Bildene vi sendte fra soverommet vårt kan dere slette når dere har tatt målene.", set()),
    ("Rapport", "Kan dere fjerne bildene av barna fra rapporten før den går til megleren?", set()),
    ("Nettside", "Fjern bildet av huset vårt fra nettsiden, vi har solgt det.", set()),
    # what is noted about the writer's health; health named as a need in the design is work
    ("Helse", "Hva har dere notert om sykdommen min?", {"access"}),
    ("Helse", "Kan jeg få se notatene om helsen min?", {"access"}),
    ("Notater", "Jeg fortalte rådgiveren om depresjonen min. Hva skrev hun ned om det?", {"access"}),
    ("Health", "Please send me whatever you wrote down about my medical condition.", {"access"}),
    ("Helse", "Jeg vil at dere sletter alt om diagnosen min fra notatene.", {"erasure"}),
    ("Health", "Please delete the notes about my illness.", {"erasure"}),
    ("Bad", "Kan dere sende meg tegningene, og ta hensyn til helsen min når dere planlegger badet?", set()),
    ("Helse", "Hva har dere tenkt å gjøre med badet, med tanke på helsen min?", set()),
    ("Rullestol", "Som jeg sa sitter jeg i rullestol, så døråpningene må være 90 cm.", set()),
    ("Ventilasjon", "Sønnen vår har astma, så vi trenger balansert ventilasjon.", set()),
    # a copy of the writer's ID, pointed back at by "den" with the places it lies listed after it, or with no reason for
    # the firm to keep it; sent on to a bank, or asked for by the firm, it is work
    ("Pass", "Jeg sendte kopi av passet mitt. Slett den, både vedlegget og utskriften.", {"erasure"}),
    ("Pass", "Jeg sendte dere passkopien i fjor. Dere trenger den ikke lenger, så slett den.", {"erasure"}),
    ("Pass", "Jeg ser ingen grunn til at dere skal ha kopien av passet mitt liggende lenger.", {"erasure"}),
    ("Passport", "I see no reason for you to keep my passport copy any longer.", {"erasure"}),
    ("ID", "Please delete the scan of my driving licence.", {"erasure"}),
    ("Legitimasjon", "Dere har fortsatt kopi av førerkortet mitt. Den kan dere makulere nå.", {"erasure"}),
    ("Tegning", "Jeg sendte passet mitt i går. Tegningen er feil, slett den.", set()),
    ("Bank", "Her er kopi av førerkortet mitt, kan dere sende det videre til banken?", set()),
    ("ID", "Trenger dere kopi av legitimasjonen min?", set()),
    # the writer's signature or account number, theirs by the possessive; on a drawing, or sent, it is work
    ("Signatur", "Slett signaturen min fra systemene deres.", {"erasure"}),
    ("Signatur", "Jeg vil ha bildefilen av signaturen min slettet, og at dere bekrefter det.", {"erasure"}),
    ("Signature", "Please delete the scanned copy of my signature you keep on file.", {"erasure"}),
    ("Konto", "Slett kontonummeret mitt, oppgjøret er ferdig.", {"erasure"}),
    ("Signatur", "Kan dere fjerne signaturen min fra tegningen? Den skal signeres digitalt.", set()),
    ("Signatur", "Her er signaturen min, håper den er lesbar.", set()),
    ("Konto", "Her er kontonummeret mitt for tilbakebetalingen: 1503 27 48811. Send meg en kvittering.", set()),
    ("Konto", "Kan dere sende meg kontonummeret deres?", set()),
    # floor plans of the writer's home wanted gone from the firm at large or for security; an old version tidied away,
    # or the plans sent, is work
    ("Sikkerhet", "Etter et innbrudd i gata vil vi at alle tegningene av huset vårt slettes hos dere.", {"erasure"}),
    ("Security", "For security reasons, please delete the floor plans of our house from your systems.", {"erasure"}),
    ("Tegninger", "Dere kan slette de gamle tegningene av huset vårt, vi har fått nye.", set()),
    ("Plantegning", "Slett versjon B av plantegningen av huset vårt fra delemappen.", set()),
    ("Plans", "Please remove the old floor plans of our house from the shared folder.", set()),
    ("Tegninger", "Kan dere sende meg tegningene av huset vårt?", set()),
    ("Tegninger", "Jeg vil gjerne se på tegningene av huset vårt før møtet.", set()),
    ("Flat", "Please erase the floor plans of my flat; after the break-in I don't want them stored anywhere.",
     {"erasure"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT22_FAMILIES)
def test_heldout22_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout21 (nynorsk, dialect, Swedish, Danish and German writers, English from expats, code-switching): each family
# found, in other words than the blind mails', beside look-alikes that must stay silent.
HELDOUT21_FAMILIES = [
    # Swedish and Danish read as bokmål with the common words of these requests: what the firm has saved or registered
    # ("sparat", "gemt", "registrerat"), "ni" and "I" as "you" before a verb, an overview ("oversigt", "översikt"), a
    # register extract sent ("skicka"); drawings ("ritningen", "tegningerne") and their versions are no one's data
    ("Fråga", "Hej! Jag undrar vad ni har sparat om mig i ert kundregister.", {"access"}),
    ("Fråga", "Jag skulle vilja veta vilka uppgifter ni har registrerat om mig.", {"access"}),
    ("Registerutdrag", "Kan ni skicka mig ett registerutdrag?", {"access"}),
    ("Översikt", "Jag vill ha en översikt över de personuppgifter ni har sparat om mig.", {"access"}),
    ("Hej", "Jeg vil gerne vide, hvad I har gemt om mig.", {"access"}),
    ("Oversigt", "Send mig venligst en oversigt over de oplysninger, I har registreret om mig.", {"access"}),
    ("Ritning", "Jag undrar vad ni har ritat på fasaden mot söder.", set()),
    ("Ritning", "Kan ni skicka ritningarna till mig igen?", set()),
    ("Ritning", "Kan ni radera den gamla versionen av ritningen?", set()),
    ("Tegninger", "Send mig venligst en oversigt over tegningerne til annekset.", set()),
    ("Tegninger", "Kan I slette den gamle version af tegningen?", set()),
    ("Skitser", "Vi har gemt skitserne fra jer. Kan I sende den nye version?", set()),
    # a copy named with the article before it ("den kopi af skødet, vi sendte", "die Kopie vom Grundbuch") is one more
    # thing to delete, not a copy asked for
    ("Sletning", "Vi vil gerne bede jer om at slette de oplysninger, I har om os, også den kopi af pas, vi sendte.",
     {"erasure"}),
    ("Sletning", "Slet venligst den kopi af tegningen, vi sendte i går.", set()),
    ("Kopi", "Jeg vil gerne have en kopi af de oplysninger, I har om mig.", {"access"}),
    # German core words read as bokmål: löschen, Daten, Auskunft, Kopie, Einwilligung widerrufen, keine … mehr
    ("Daten", "Bitte löschen Sie meine Daten.", {"erasure"}),
    ("Daten", "Ich möchte, dass Sie alle meine Daten löschen.", {"erasure"}),
    ("Auskunft", "Ich bitte um Auskunft über meine Daten.", {"access"}),
    ("Kopie", "Bitte schicken Sie mir eine Kopie meiner Daten.", {"access"}),
    ("Einwilligung", "Ich widerrufe meine Einwilligung.", {"consent_withdrawal"}),
    ("Werbung", "Ich möchte keine Werbung mehr von Ihnen.", {"objection"}),
    ("Zeichnung", "Bitte löschen Sie die alte Version der Zeichnung.", set()),
    ("Zeichnung", "Bitte schicken Sie mir eine Kopie der Zeichnung.", set()),
    ("Zeichnung", "Bitte löschen Sie die alte Zeichnung und schicken Sie mir die neue.", set()),
    ("Grüße", "Mit freundlichen Grüßen, bitte löschen Sie meine Daten.", {"erasure"}),
    # a drawing described by the writer's details on it is the drawing, deleted too; the details beside it still count
    ("Zeichnung", "Bitte löschen Sie die alte Zeichnung mit meiner Adresse.", set()),
    ("Tegning", "Vennligst slett den gamle tegningen med adressen min.", set()),
    ("Tegning", "Slett den gamle tegningen med adressen min og alle opplysningene dere har om meg.", {"erasure"}),
    ("Navn", "Jeg vil gerne have mit telefonnummer slettet hos jer.", {"erasure"}),
    ("Navn", "Kan I rette mit navn i jeres system? Det er stavet forkert.", {"rectification"}),
    # consent taken back with more words between, in Danish, Swedish ("dra tillbaka", "återkalla") and bokmål; a
    # neighbour's consent, or travelling back to the cabin, is no one's consent withdrawn
    ("Samtykke", "Vi trækker hermed vores samtykke til billederne på hjemmesiden tilbage.", {"consent_withdrawal"}),
    ("Samtycke", "Jag drar tillbaka mitt samtycke till att ni använder bilder av mig på er hemsida.",
     {"consent_withdrawal"}),
    ("Samtycke", "Jag återkallar mitt samtycke.", {"consent_withdrawal"}),
    ("Bilder", "Vi drar tilbake samtykket vårt til bildene av oss på nettsiden.", {"consent_withdrawal"}),
    ("Nabo", "Naboen har trukket sit samtykke til garagen tilbage.", set()),
    ("Hytte", "Vi drar tilbake til hytta i morgen og sender samtykket fra naboen da.", set()),
    # the writer's data not to be used for marketing, passive and in nynorsk ("eg vil ikkje at nummeret mitt blir brukt
    # til marknadsføring", "vert nytta"); photos or drawings of a cabin used in the firm's marketing are not the writer's
    ("SMS", "Nummeret mitt fekk de til prosjektet, og eg vil ikkje at det blir brukt til marknadsføring.", {"objection"}),
    ("SMS", "De kan gjerne ha e-postadressa mi, men eg vil ikkje at ho blir nytta til marknadsføring.", {"objection"}),
    ("SMS", "Eg vil ikkje at nummeret mitt blir brukt til reklame frå dykk.", {"objection"}),
    ("SMS", "Eg vil ikkje at telefonnummeret mitt vert brukt i marknadsføringa dykkar.", {"objection"}),
    ("Nyheitsbrev", "Eg vil ikkje ha nyheitsbrevet dykkar lenger.", {"objection"}),
    ("Bilete", "Eg vil ikkje at teikningane av hytta blir brukt til marknadsføring før ho er ferdig.", set()),
    ("Bilete", "Eg vil ikkje at bileta av hytta blir brukt i marknadsføringa dykkar.", set()),
    ("Kampanje", "Eg har sett marknadsføringa dykkar på Facebook, og eg vil ikkje at de skal slutte med det.", set()),
    # what the writer supplied ("vi sjølve har gitt dykk"), in a file other systems can read, is portability; drawings
    # in such a file are not
    ("Flytting", "Vi byter til eit anna firma. Kan de sende oss opplysningane vi sjølve har gitt dykk i ei fil som kan "
     "lesast av andre program?", {"portability"}),
    ("Flytting", "Kan de sende meg opplysningane eg har gitt dykk, i eit format andre system kan lese?", {"portability"}),
    ("Moving", "Could you send me the details I gave you in a file other systems can read?", {"portability"}),
    ("Teikning", "Kan de sende teikningane samla i ei fil som kan lesast av andre program, t.d. PDF?", set()),
    ("Drawings", "Could you send the drawings in a format other software can open?", set()),
    # the privacy notice's rights read about, or nothing to be done, ask nothing; a request beside the reading, or
    # "nothing else" to be done, still asks
    ("Notice", "Thanks, I've read your privacy notice, including the part about getting a copy of my data and having it "
     "deleted. No need to do anything, I'm happy for you to keep my details.", set()),
    ("Personvern", "Jeg har lest personvernerklæringen om innsyn og sletting av opplysningene mine.", set()),
    ("Personvern", "Eg har lese personvernerklæringa, også det om innsyn og sletting. De treng ikkje gjere noko, det er "
     "heilt greitt at de har opplysningane mine.", set()),
    ("Privacy", "I went through the privacy policy you sent – the right to get a copy of my data or have it erased is "
     "good to know about.", set()),
    ("Notice", "I have read your privacy notice and would like a copy of my data.", {"access"}),
    ("Notice", "I have read your privacy policy, so please delete my data.", {"erasure"}),
    ("Personvern", "Etter å ha lest personvernerklæringa vil eg ha innsyn i opplysningane de har om meg.", {"access"}),
    ("Personvern", "Jeg har lest personvernerklæringen og ber om at opplysningene mine slettes.", {"erasure"}),
    ("Data", "Please delete my data, no need to do anything else.", {"erasure"}),
    ("Data", "Send me a copy of my data please – no need to do anything with the drawings.", {"access"}),
    ("Data", "Dere trenger ikke gjøre noe med tegningene, men slett opplysningene mine.", {"erasure"}),
    # the same families in the other requests' words: Swedish and Danish no longer, more mailings, wrong and put right
    # (Danish "at" before an infinitive as "å"), German what is stored, corrected, not to stay in the customer file, no
    # more newsletters; drawings, windows and an archive of drawings stay silent
    ("Nyhedsbrev", "Jeg ønsker ikke længere at modtage jeres nyhedsbrev.", {"objection"}),
    ("Reklam", "Jag vill inte längre få reklam från er.", {"objection"}),
    ("Utskick", "Jag vill inte ha fler utskick från er.", {"objection"}),
    ("Adress", "Kan ni rätta min adress? Den är fel i ert system.", {"rectification"}),
    ("Daten", "Ich möchte wissen, welche Daten Sie über mich gespeichert haben.", {"access"}),
    ("Adresse", "Bitte korrigieren Sie meine Adresse, sie ist falsch.", {"rectification"}),
    ("Kundendatei", "Ich möchte nicht mehr in Ihrer Kundendatei sein.", {"erasure"}),
    ("Newsletter", "Bitte senden Sie mir keine Newsletter mehr.", {"objection"}),
    ("Tegninger", "Jeg ønsker ikke længere at modtage tegningerne på papir.", set()),
    ("Ritningar", "Jag vill inte längre få ritningarna på papper.", set()),
    ("Ritning", "Kan ni rätta ritningen? Fönstret är fel.", set()),
    ("Fenster", "Ich möchte wissen, welche Fenster Sie gezeichnet haben.", set()),
    ("Zeichnung", "Bitte korrigieren Sie die Zeichnung, das Fenster ist falsch.", set()),
    ("Archiv", "Die Zeichnungen sollen nicht mehr in Ihrem Archiv bleiben.", set()),
    ("Post", "Bitte senden Sie mir keine Zeichnungen mehr per Post.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT21_FAMILIES)
def test_heldout21_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout20 (indirect, hesitant and emotional phrasing): each family found, in other words than the blind mails', beside
# a look-alike that must stay silent.
HELDOUT20_FAMILIES = [
    # the writer would rather the firm did not have, keep or sit on their data or papers
    ("Old job", "Sorry to be a bother, but I'd rather you didn't keep my phone number and email now that we're done.",
     {"erasure"}),
    ("Details", "I would honestly prefer that your firm no longer held on to my personal details.", {"erasure"}),
    ("Hei", "Det beste hadde vært om dere ikke hadde adressen min lenger.", {"erasure"}),
    ("Lønnsslipper", "Jeg ser helst at dere ikke lenger sitter på lønnsslippene mine.", {"erasure"}),
    ("Namnet mitt", "Eg ser helst at de ikkje sit på namnet og adressa mi lenger.", {"erasure"}),
    ("Førerkort", "Jeg sendte dere kopi av førerkortet mitt i vår. Nå ser jeg helst at dere ikke har det lenger.",
     {"erasure"}),
    ("Hei", "Jeg ville satt pris på om dere ikke hadde noe om meg lenger.", {"erasure"}),
    ("Faktura", "Det hadde vært fint om dere ikke hadde sendt fakturaen til min gamle adresse.", set()),
    ("Regning", "Jeg ville satt pris på om dere ikke hadde sendt regningen til adressen min.", set()),
    ("Telefon", "Det er greit at dere ikke har telefonnummeret mitt, send heller en e-post.", set()),
    ("Calls", "I'd rather you didn't call my phone number during work hours.", set()),
    ("Arkiv", "Jeg foretrekker at dere ikke har tegningene mine liggende i arkivet før de er godkjent.", set()),
    ("Tegning", "Jeg vil helst at dere ikke har mobilnummeret mitt på tegningene.", set()),
    # clearing out what the firm keeps
    ("Hello", "Is there any chance you could clear out what you have on me?", {"erasure"}),
    ("Hello", "Could you clear my details out of your system, please?", {"erasure"}),
    ("Folder", "Could you clear out the old drafts from the shared folder?", set()),
    ("Address", "Your record of my address is clearly out of date.", {"rectification"}),
    # the data to go once named: "skal (alt) bort", "må bort", "it all has to go"
    ("Innsyn", "Send meg først en kopi av alt dere har registrert om meg. Etterpå skal det bort.", {"access", "erasure"}),
    ("Kundelista", "Dere har fortsatt navnet og telefonnummeret mitt i kundelista. Det må bort.", {"erasure"}),
    ("Hei", "Navnet og mobilnummeret mitt skal bort fra systemene deres når prosjektet er ferdig.", {"erasure"}),
    ("Oversikt", "Eg vil ha ei oversikt over kva de har lagra om meg, og etterpå skal alt saman vekk.",
     {"access", "erasure"}),
    ("My data", "Please send me everything you hold about me, and after that it all has to go.", {"access", "erasure"}),
    ("Details", "My details have to go once the invoice is paid.", {"erasure"}),
    ("Klagen", "Når dere har svart på klagen, må alt dere har om meg bort.", {"erasure"}),
    ("Lister", "Etter dette skal navnet mitt vekk fra alle listene deres.", {"erasure"}),
    ("Tegning", "Etter dette skal navnet mitt vekk fra tegningen.", set()),
    ("Kommunen", "Neste uke skal adressen min bort til kommunen.", set()),
    ("Tegning", "Det gamle tilbudet må bort fra tegningen.", set()),
    ("Tomta", "Det ligger mye materialer igjen på tomta etter rivingen. Skal alt sammen bort før gravingen?", set()),
    ("Hei", "Jeg sendte dere adressen min i går. Det gamle skuret må bort.", set()),
    ("Hei", "Jeg sendte dere adressen min i går. Skal det bort til kommunen også?", set()),
    ("Nabovarsel", "Jeg vil at navnet mitt skal bort fra nabovarselet.", set()),
    ("Bank", "The drawings with my name have to go to the bank when they are ready.", set()),
    # an erasure wrapped in a hedged question, the verb often in the past: "om de tok bort", "if you took … off"
    ("Kundelista", "Ville det vært et problem om dere tok bort navnet og mobilnummeret mitt fra kundelista?",
     {"erasure"}),
    ("Registeret", "Ville det vært mulig om dere strøk meg fra registeret deres?", {"erasure"}),
    ("Records", "Would it be a big problem if you took me off your customer records?", {"erasure"}),
    ("Hello", "Would you mind terribly taking my name and number out of your customer list?", {"erasure"}),
    ("Hei", "Vil det vere eit problem om de sletta namnet og adressa mi?", {"erasure"}),
    ("Window", "Would it be a problem if you removed the second window?", set()),
    ("Bod", "Ville det vært et problem om dere tok bort boden fra tegningen?", set()),
    ("Stova", "Vil det vere eit problem om de tok bort det eine vindauget i stova?", set()),
    ("Meeting", "Would it be a problem if you took me off the meeting invite?", set()),
    ("Notice", "Would you mind taking my name and address out of the neighbour notice?", set()),
    ("Terrasse", "Hvis dere tok bort terrassen, ville det blitt billigere?", set()),
    # personal papers pointed back at by "de" before a passive
    ("Pass", "Jeg sendte dere kopi av passet mitt og lønnsslippene. Kan de makuleres?", {"erasure"}),
    ("Tegninger", "Jeg sendte dere tegningene i går. Kan de makuleres når de nye kommer?", set()),
    ("Skattemelding", "Jeg sendte dere skattemeldingen min i fjor. Den kan makuleres nå.", {"erasure"}),
    ("Tegning", "Jeg sendte dere tegningen i fjor. Den kan makuleres nå.", set()),
    # kept, not used or passed on, left untouched while a dispute runs: restriction
    ("Tvist", "Ikke slett noe om meg, men ikke bruk det eller send det videre før tvisten er løst.", {"restriction"}),
    ("Dispute", "Please don't delete anything about me, but don't use it or pass it on until the dispute with the "
                "builder is settled – just leave it untouched.", {"restriction"}),
    ("Saka", "Eg ber om at de ikkje slettar noko av det som gjeld meg, men at de heller ikkje brukar det eller gjev det "
             "vidare før saka er avgjord.", {"restriction"}),
    ("Tvist", "Ikke slett noe om meg før tvisten er over – la det ligge urørt.", {"restriction"}),
    ("Tegninger", "Ikke slett tegningene, men ikke bruk dem før kommunen har svart.", set()),
    ("Tegninger", "Ikke send tegningene videre før saken er avgjort – la dem ligge urørt.", set()),
    ("Korrespondanse", "Jeg ber om at dere ikke sletter noe av korrespondansen, men heller ikke sender den videre før "
                       "saken er avgjort.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT20_FAMILIES)
def test_heldout20_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout18 (written blind to be as varied as possible) and two known misreadings: each family found, in other words than
# the blind mails', beside a look-alike that must stay silent.
HELDOUT18_FAMILIES = [
    # an erasure asked before and now called off, in the words that call it off, asks nothing
    ("Avlyst", "Se bort fra e-posten min i går om sletting av opplysningene mine, vi fortsetter likevel.", set()),
    ("Oops", "Please ignore my email from yesterday asking you to delete everything you have on me.", set()),
    ("Sletting", "Jeg trekker tilbake kravet mitt om sletting av personopplysninger.", set()),
    ("Deletion", "I withdraw my deletion request, please keep my data.", set()),
    ("Hei", "Glem det jeg skrev om vinduet, og slett alt dere har om meg.", {"erasure"}),
    ("Hi", "Ignore my earlier email about the drawings. Please delete my personal data.", {"erasure"}),
    # a copy the writer sent the firm, listed among what was sent, is no copy asked for
    ("Lån", "Jeg sendte dere kopi av skjøtet og fødselsnummeret mitt i vår, da vi søkte om lån.", set()),
    ("Papers", "I sent you a copy of the deed and my phone number and address back in May.", set()),
    ("Papirer", "Vi ga dere kopi av kjøpekontrakten og personnummeret til meg og Per.", set()),
    ("Innsyn", "Jeg sendte dere en e-post forrige uke, og ber nå om en kopi av alle opplysninger dere har om meg.",
     {"access"}),
    ("Copy", "I sent you my details last year; could I have a copy of everything you hold about me?", {"access"}),
    # what the firm must keep back from an erasure, asked about under a condition, is part of the erasure
    ("Sletting", "Slett alt dere har om meg. Hvis noe må beholdes, vil jeg gjerne vite hva det er.", {"erasure"}),
    ("Erasure", "Please delete my personal data. If anything has to be kept, tell me what it is.", {"erasure"}),
    ("Sletting", "Slett alt dere har om meg. Før dere gjør det, vil jeg gjerne vite hva dere har lagret om meg.",
     {"erasure", "access"}),
    ("Spørsmål", "Hvis dere har noe om meg, vil jeg gjerne vite hva det er.", {"access"}),
    # not to hear from the firm again
    ("Nei takk", "Jeg vil ikke høre mer fra dere.", {"objection"}),
    ("Hei", "Eg vil ikkje høyre frå dykk meir, takk.", {"objection"}),
    ("Permit", "I don't want to hear from you until the permit is granted.", set()),
    ("Tilbud", "Vi vil ikke høre mer fra dere om dette tilbudet.", set()),
    # still getting the firm's mail, complained of or beside marketing and an erasure: objected to
    ("Reklame", "Hvorfor får jeg fortsatt reklame fra dere? Jeg har aldri bedt om det.", {"objection"}),
    ("Emails", "Why do I still get emails from you? Delete everything you have on me.", {"erasure", "objection"}),
    ("Stop", "I still get your newsletters every week. Please remove my details.", {"erasure", "objection"}),
    ("Faktura", "Jeg skjønner ikke hvorfor jeg fortsatt får fakturaer fra dere, jeg har betalt.", set()),
    ("Hytta", "Hvorfor får jeg fortsatt e-post fra dere om hytteprosjektet? Det er jo ferdig.", set()),
    ("Nyhetsbrev", "Jeg får fortsatt nyhetsbrevet fra dere, takk for det.", set()),
    # the writer's name as the firm lists it, corrected in the firm's system
    ("Navn", "I fakturaene står jeg som «Per Hansen», men jeg heter Per Hanssen. Kan dere rette dette i kunderegisteret "
     "deres?", {"rectification"}),
    ("Name", "On your invoices I'm listed as \"Jon Olsen\" but it's Jon Ohlsen. Please correct this in your system.",
     {"rectification"}),
    ("Tegning", "På tegningen står jeg som «Kari Olsen», men jeg heter Kari Olsson. Kan dere rette det?", set()),
    ("Eier", "På tegningen står jeg som eier, men det er kona som eier huset. Kan dere rette dette i systemet deres?",
     set()),
    # photos in which the writer, or whom they write for, appears
    ("Bilder", "Kan dere slette bildene der jeg er med?", {"erasure"}),
    ("Mor", "Jeg skriver for min mor. Hun vil at bildene der hun er med skal slettes.", {"erasure"}),
    ("My wife", "I'm writing on behalf of my wife. She asks that the pictures she appears in be deleted.", {"erasure"}),
    ("Bilder", "Kan dere sende meg bildene der jeg er med?", {"access"}),
    ("Mor", "Jeg skriver for min mor. Kan dere slette bildene der huset er med?", set()),
    ("Bilder", "Slett gjerne bildene der garasjen er med, de er gamle.", set()),
    # a copy asked, then taken along to another firm in the next sentence
    ("Kopi", "Kan jeg få en kopi av alt dere har om meg? Gjerne i et format jeg kan gi videre til den nye arkitekten.",
     {"access", "portability"}),
    ("Copy", "Could I have a copy of everything you hold about me? I want to hand it over to my new architect.",
     {"access", "portability"}),
    ("Tegninger", "Kan jeg få tegningene? Gjerne i et format jeg kan gi videre til den nye arkitekten.", set()),
    ("Drawings", "Could you send me the drawings? Ideally in a format I can pass on to the new architect.", set()),
    # consent to marketing given by a tick or a sign-up, no longer wanted
    ("Nyhetsbrev", "Jeg krysset av for nyhetsbrev da vi bestilte tegningene, men er ikke lenger interessert.",
     {"objection", "consent_withdrawal"}),
    ("Newsletter", "I signed up for your newsletter at the fair. I've changed my mind.", {"consent_withdrawal"}),
    ("Windows", "I ticked the box for the bigger windows but I'm no longer interested in them.", set()),
    ("Nyhetsbrev", "Jeg meldte meg på nyhetsbrevet deres i fjor og er fortsatt interessert.", set()),
    # the writer's data not to be had by another party: an objection to giving it on, not an erasure
    ("Nabo", "Vi vil ikke at naboen skal ha navnet vårt.", {"objection"}),
    ("Neighbours", "I don't want the neighbours to have my phone number.", {"objection"}),
    ("Salg", "Kjøperen skal ikke få adressen min.", {"objection"}),
    ("Nabo", "Vi vil ikke at naboen skal ha utsikt rett inn i stua vår.", set()),
    ("Nabo", "Vi vil ikke at naboen skal få tegningene før søknaden er sendt.", set()),
    ("Nabovarsel", "Naboen skal ha navnet vårt på nabovarselet, det er greit.", set()),
    ("Slutt", "Vi vil ikke at dere skal ha navnet vårt lenger.", {"erasure"}),
    # the writer's data wrong on a drawing, pointed back at, is the drawing; in the firm's records it is rectified
    ("Tegning", "Navnet mitt er feil på tegningen. Rett det opp.", set()),
    ("Drawing", "My name is spelled wrong on the drawing. Please correct it.", set()),
    ("Faktura", "Adressen min er feil på fakturaen. Kan dere rette den?", set()),
    ("Register", "Navnet mitt er feil i kunderegisteret deres, rett det opp.", {"rectification"}),
    ("Tegning", "Navnet mitt er feil på tegningen. Rett det opp i kunderegisteret også.", {"rectification"}),
    ("Tegning", "Navnet mitt er feil på tegningen. Kan dere rette det hos dere også?", {"rectification"}),
    ("System", "My name is spelled wrong in your system. Please correct it.", {"rectification"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT18_FAMILIES)
def test_heldout18_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout26 (as varied and realistic as possible, half of the requests without the obvious keywords): each family found,
# in other words than the blind mails', beside look-alikes that must stay silent.
HELDOUT26_FAMILIES = [
    # what firms in general must delete, as the law or an article says, is a question about the law, not a request;
    # "slett mine" after it, or "dere må slette …", still asks
    ("GDPR", "Jeg leste at bedrifter må slette opplysninger når de ikke lenger trengs. Gjelder det tegninger også?", set()),
    ("Spørsmål", "Min svoger sier at firmaer er pålagt å slette personopplysninger etter en viss tid. Stemmer det?",
     set()),
    ("Question", "I read that companies have to delete personal data once they no longer need it. "
                 "Does that apply to building plans?", set()),
    ("Question", "Is it true that every business must erase customer data after five years?", set()),
    ("Tegninger", "Hvor lenge tar dere vare på tegningene? Vi kan trenge dem om tjue år.", set()),
    ("GDPR", "Jeg leste at bedrifter må slette opplysninger når de ikke lenger trengs. Så slett mine, takk.",
     {"erasure"}),
    ("GDPR", "I read that companies must erase data they no longer need, so please erase mine.", {"erasure"}),
    ("Krav", "Dere må slette opplysningene mine.", {"erasure"}),
    ("Lagring", "Etter personvernloven skal opplysninger slettes når de ikke lenger trengs. Gjelder det tegninger også?",
     set()),
    ("Storage", "According to GDPR, data must be erased when it is no longer needed. Does that go for drawings too?",
     set()),
    ("Loven", "Loven sier at opplysninger skal slettes når de ikke trengs. Så slett mine nå, takk.", {"erasure"}),
    # an erasure wished for at a later time ("når regnskapet er ferdig", "once the project is closed", "etter
    # garantitida") is an erasure request now; "de personlige tingene om meg", "the personal stuff about me" are the
    # writer's data, and the firm's folders at large ("mappene deres", "your files") its records, not one drawing
    ("Sluttfaktura", "Når regnskapet er ferdig, vil jeg at dere fjerner de personlige tingene om meg fra mappene deres.",
     {"erasure"}),
    ("Ferdig", "Etter garantitida kan dere godt slette tingene om meg fra mappene deres.", {"erasure"}),
    ("Project", "Once the project is closed, I'd like you to remove the personal stuff about me from your files.",
     {"erasure"}),
    ("Closing", "When the final invoice is settled, please get rid of my personal things from all your folders.",
     {"erasure"}),
    ("Tegning", "Kan dere fjerne tilbudet fra mappene deres, det er utdatert.", set()),
    ("Tegning", "Fjern den gamle tegningen fra mappa når prosjektet er ferdig.", set()),
    ("Files", "Once the project is closed you can remove the old drafts from your files.", set()),
    ("Nabo", "Naboen sa mye rart om meg på befaringen, men det får så være.", set()),
    # what the firm must keep back from an erasure, asked about after it ("tell me what you must keep", "if there's
    # something you're legally required to hold on to …"), is part of the erasure, not access
    ("Moving", "Please wipe my details from your systems. If there's something you're legally required to hold on to, "
               "just tell me what it is and for how long.", {"erasure"}),
    ("Delete", "Please delete everything you have about me. Just tell me what you must keep and for how long.",
     {"erasure"}),
    ("Slett", "Slett alt dere har om meg. Si fra hva dere er lovpålagt å ta vare på, og hvor lenge.", {"erasure"}),
    ("Slett", "Fjern opplysningene mine. Gi beskjed om hva dere eventuelt må beholde.", {"erasure"}),
    ("Erase", "I'd like you to erase my personal data. Whatever you are obliged to keep, let me know what it is.",
     {"erasure"}),
    ("Innsyn", "Hva er dere pålagt å lagre om meg? Jeg vil ha en oversikt.", {"access"}),
    ("Access", "What are you required to keep about me? Please send me a list of the data you hold about me.",
     {"access"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT26_FAMILIES)
def test_heldout26_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout28 (requests buried in long mails about ordinary project business, look-alikes as long with the same words and
# no right asked): each family found, in other words than the blind mails', beside look-alikes that must stay silent.
HELDOUT28_FAMILIES = [
    # a request made before and answered is history told on the way to something else ("i fjor ba jeg om innsyn … og
    # fikk et grundig svar", "I asked for a copy … and got it"); one still waiting ("fikk aldri svar", "still waiting")
    # is a reminder, and a request after the history still asks
    ("Taket", "Før jeg begynner: i fjor ba jeg om innsyn i opplysningene dere hadde om meg og fikk et grundig svar. "
              "Nå gjelder det taket, som lekker igjen.", set()),
    ("Facade", "I asked for a copy of all the personal data you hold about me last year and got it within a week. "
               "This mail is about the facade colour.", set()),
    ("Gutters", "Last spring we requested access to the information you have on us, and you answered promptly. "
                "Now the gutters are loose again.", set()),
    ("Hytta", "Eg bad om innsyn i kva de hadde lagra om meg i fjor, og fekk svar same veka. No gjeld det hytta.", set()),
    ("Faktura", "Jeg ba dere slette de gamle opplysningene om meg i fjor og fikk bekreftelse på det. "
                "Nå lurer jeg på fakturaen.", set()),
    ("Invoice", "I asked you to delete my personal data in 2023 and you deleted it. The invoice is wrong though.", set()),
    ("Purring", "Jeg ba om innsyn i opplysningene dere har om meg i mars, og fikk aldri svar. Jeg ber igjen om innsyn.",
     {"access"}),
    ("Purring", "Jeg ba om innsyn i hva dere har registrert om meg i mars, men har fortsatt ikke fått noe.", {"access"}),
    ("Reminder", "I asked for a copy of my personal data in March and got a reply saying it would come, but I'm still "
                 "waiting.", {"access"}),
    ("Sletting", "Jeg ba om innsyn i fjor og fikk svar. Nå ber jeg om at dere sletter alt dere har om meg.", {"erasure"}),
    ("Delete", "I asked for access last year and got it. Now please delete all the personal data you hold about me.",
     {"erasure"}),
    # a request only thought of ("har vurdert å kreve innsyn … og be dere slette", "considered asking you to delete",
    # "tempted to demand a copy") is not made; the thought ends at "men"/"but", and "har tenkt å" (intend) asks
    ("Taket", "Jeg har vurdert å kreve innsyn i alt dere har om meg og be dere slette det hele. Men jeg gir dere en "
              "sjanse til.", set()),
    ("Tak", "Jeg vurderte å be dere slette alle opplysningene om meg, men lar det ligge så lenge taket blir fikset.", set()),
    ("Roof", "I've seriously considered asking you to delete everything you have on me, but I'll give you one more "
             "chance.", set()),
    ("Roof", "I was tempted to demand a copy of all the data you hold about me. Instead, just fix the roof.", set()),
    ("Tak", "Eg har tenkt på å be om innsyn i kva de har lagra om meg, men eg lèt det vere.", set()),
    ("Tak", "Jeg har vurdert å klage til Forbrukerrådet, men nøyer meg med å be dere slette alle opplysningene om meg.",
     {"erasure"}),
    ("Tak", "Etter å ha vurdert saken ber jeg om innsyn i alt dere har om meg.", {"access"}),
    ("Tak", "Jeg har tenkt å be om innsyn i alt dere har registrert om meg.", {"access"}),
    ("Roof", "I've considered asking for a refund, but please just send me a copy of all the personal data you hold "
             "about me.", {"access"}),
    ("Roof", "I have thought about everything you said. Please delete all the personal data you hold about me.",
     {"erasure"}),
    # an adjective standing for a thing named before it ("slett den gamle" after a new invoice, "the previous ones"
    # after new drawings) deletes that thing; after the writer's own data it is theirs
    ("Faktura", "Send en rettet faktura, og slett den gamle fra systemet deres så den ikke blir purret.", set()),
    ("Invoice", "Please send a corrected invoice and delete the old one from your system so it doesn't go to "
                "collection.", set()),
    ("Tegning", "Her er den nye situasjonsplanen. Slett den gamle fra systemet deres.", set()),
    ("Drawings", "The revised drawings are attached. Please remove the previous ones from your files.", set()),
    ("Nummer", "Telefonnummeret mitt er byttet. Slett det gamle fra systemet deres.", {"erasure"}),
    # a copy someone else sent the firm, or the firm got, is a paper handed over, not a copy asked for
    ("Tilbygg", "Jeg har forstått at eksmannen min har sendt dere en kopi av skilsmisseavtalen og personnummeret mitt.",
     set()),
    ("Salg", "Jeg ser at dere har fått en kopi av lånebeviset og personnummeret mitt fra banken.", set()),
    ("Sameie", "The housing board gave you a copy of the owners' list with my name and phone number.", set()),
    ("Kopi", "Tor har sendt dere en kopi av skilsmisseavtalen. Jeg vil ha en kopi av alt dere har registrert om meg.",
     {"access"}),
    ("Copy", "My ex sent you some papers. Please send me a copy of all the personal data you hold about me.",
     {"access"}),
    # something wrong somewhere, no detail named, is the reason for asking what is held; a detail said to be wrong
    # asks for it to be put right
    ("Søknad", "Jeg vil se alt dere har lagret om meg, for noe har tydeligvis gått feil et sted.", {"access"}),
    ("Application", "I also want to see everything you have stored about me, because something has obviously gone "
                    "wrong somewhere.", {"access"}),
    ("Søknad", "Send meg en oversikt over alle opplysninger dere har om meg, det er noe feil et sted.", {"access"}),
    ("Adresse", "Jeg vil ha innsyn i hva dere har lagret om meg, for adressen min er feil.", {"access", "rectification"}),
    ("Søknad", "Send meg en oversikt over alle opplysninger dere har om meg, det er noe feil med telefonnummeret mitt.",
     {"access", "rectification"}),
    # the writer's house, cabin or car in the firm's marketing, not wanted there, objects to that use (the family
    # heldout27's fixes read, here in more words); permitted, in an application or a report, or a cladding on the
    # house, it does not
    ("Annonse", "Huset vårt er med i annonsen deres med husnummeret synlig. Vi vil ikke at dere bruker bilder av huset "
                "vårt i reklamen.", {"objection"}),
    ("Photos", "Please don't use pictures of our home in your ads any more.", {"objection"}),
    ("Hytta", "Vi vil ikkje at de nyttar bilete av hytta vår i reklamen dykkar.", {"objection"}),
    ("Hytta", "Slutt å bruke bildene av hytta vår i reklamen deres.", {"objection"}),
    ("Facebook", "Jeg vil ikke at dere bruker bilder av huset mitt på Facebook-siden deres.", {"objection"}),
    ("Film", "We don't want you to use the video of our house and our car in the drive in your advertising.",
     {"objection"}),
    ("Bilder", "Dere kan gjerne bruke bilder av huset vårt i markedsføringen.", set()),
    ("Søknad", "Vi vil ikke at dere bruker de gamle bildene av huset vårt i søknaden til kommunen, ta nye.", set()),
    ("Kledning", "Vi vil ikke at dere bruker svart kledning på huset vårt, selv om den står i brosjyren deres.", set()),
    ("Rapport", "Ikke bruk bildene av garasjen vår i tilstandsrapporten, de er fra før ombyggingen.", set()),
    # a box ticked for the firm to share or use the writer's data is consent, taken back by "det samtykket"; a tick for
    # a neighbour's garage or for windows is not, nor a tick told without taking it back
    ("Entreprenør", "Da vi signerte avtalen, krysset jeg av for at dere kunne gi telefonnummeret mitt til entreprenøren. "
                    "Det samtykket trekker jeg nå tilbake.", {"consent_withdrawal"}),
    ("Builder", "When we signed the contract I ticked the box allowing you to pass my phone number on to the builder. "
                "I'm withdrawing that consent now.", {"consent_withdrawal"}),
    ("Snekkar", "Eg kryssa av for at de kunne gje telefonnummeret mitt til snekkaren. Det samtykket trekkjer eg no.",
     {"consent_withdrawal"}),
    ("Nabo", "Jeg krysset av for at naboen kunne bygge garasjen en meter fra grensen. Det samtykket trekker jeg tilbake.",
     set()),
    ("Tilbud", "I avtalen krysset jeg av for at dere kunne dele kontaktopplysningene mine med snekkeren. Det var greit, "
               "han ringte samme dag.", set()),
    ("Vinduer", "Jeg krysset av for at dere kunne bruke vinduene fra forrige tilbud. Det trekker jeg ikke tilbake.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT28_FAMILIES)
def test_heldout28_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout19 (mail written for others – relatives, lawyers, guardians – and by people who write with difficulty): each
# family found, in other words than the blind mails', beside look-alikes that must stay silent.
HELDOUT19_FAMILIES = [
    # erasure verbs and the data misspelled as they are said or typed with dyslexia ("fjærne", "slætte", "delet", "navet
    # mitt", "telfon nummer", "adrese", "infomasjon"); a misspelled "ike" still negates, and "navet" without an owner is a hub
    ("fjærne meg", "Hei. Kan dere fjærne adresen og telfonnummeret mitt fra kundelista? Vi ble aldri kunder.", {"erasure"}),
    ("Hei", "Vær så snill å slætte telefon nummeret mitt og adrese fra systemet.", {"erasure"}),
    ("Hei", "Jeg har dysleksi. Kan dere fjærne infomasjonen om meg fra sytemet deres?", {"erasure"}),
    ("slett", "jeg vill at dere sletter nanvet mitt og tlf nr fra lista deres, takk", {"erasure"}),
    ("Hi", "Pleese delet my infomation from your sistem.", {"erasure"}),
    ("Tegningen", "Kan dere fjærne vinduet på fasaden mot nord?", set()),
    ("Hei", "Kan dere slætte den forrige mailen min, det var feil pris.", set()),
    ("Nabo", "Kan dere fjærne navnet til naboen fra nabovarselet? Han har solgt.", set()),
    ("Hei", "Dere må ike slette opplysningene mine før saken er ferdig.", set()),
    ("Hei", "Jeg vil ike at dere sletter noe om meg ennå, prosjektet er ikke ferdig.", set()),
    ("Trillebår", "Navet på trillebåra er ødelagt, kan dere fjærne den fra byggeplassen?", set()),
    # struck from a register ("strøket"), the writer or the person written for; a visit, a paper or a meeting is no register
    ("Gjelder mor", "Jeg skriver for min mor. Hun vil bli strøket fra kunderegisteret deres.", {"erasure"}),
    ("Hei", "Jeg ønsker å bli strøket fra registeret deres, både navn og telefon.", {"erasure"}),
    ("Bestemor", "Jeg hjelper bestemor med e-posten. Hun vil ikke stå i kundelista deres lenger.", {"erasure"}),
    ("Befaring", "Kan dere stryke befaringen på torsdag? Mor er syk.", set()),
    ("Søknad", "Jeg skriver for min mor. Kan dere stryke henne fra søknaden? Broren min er tiltakshaver nå.", set()),
    ("Møte", "Min kollega er strøket fra møteinnkallingen, det er greit.", set()),
    ("Tegning", "Boden ble strøket fra tegningen etter møtet med kommunen.", set()),
    # what there is about the person written for, named by "henne"/"ham", by kinship or as a client, or their data in
    # their own voice; a thing of theirs, a paper, someone else or another holder is not
    ("Mor", "Jeg har fullmakt fra mor. Vi ønsker at det som finnes om mor hos dere blir slettet.", {"erasure"}),
    ("Far", "Jeg er verge for far. Kan dere slette det som står om ham i systemet deres?", {"erasure"}),
    ("Hei", "Kan dere slette det som finnes om meg hos dere? Vi ble ikke kunder.", {"erasure"}),
    ("Dødsbo", "Jeg er arving etter far. Hva står det om far i systemet deres?", {"access"}),
    ("Klient", "Vi representerer vår klient og ber om en kopi av det som finnes om klienten vår hos dere.", {"access"}),
    ("Far", "Jeg skriver for far. Han vil at dere fjerner telefonnummeret hans.", {"erasure"}),
    ("Bestemor", "Jeg hjelper bestemor med e-posten. Hun vil ikke at navnet og adressen hennes ligger hos dere lenger.",
     {"erasure"}),
    ("Garasje", "Kan dere slette det som står om garasjen i søknaden? Mor vil ikke ha den likevel.", set()),
    ("Mor", "Jeg skriver for min mor. Kan dere slette det som står om henne i nabovarselet?", set()),
    ("Far", "Jeg har fullmakt fra far. Kan dere sende meg det som står om far sin garasje i søknaden?", set()),
    ("Nabo", "Slett det som finnes om naboen i tilbudet, han er ikke med lenger.", set()),
    ("Kona", "Kona mi ber meg skrive. Hun vil ikke at tegningene ligger hos kommunen lenger.", set()),
    # a correction asked where the firm keeps the data, the object left out once the data was named; a drawing, an
    # offer, or "rett i" (straight into) is no correction of it
    ("Feil navn", "Dere har skrevet navnet mitt med to k. Kan dere endre i systemet deres?", {"rectification"}),
    ("Telefon", "telfon nummeret mitt er gammelt, nytt er 900 11 222. kan dere oppdatere hos dere?", {"rectification"}),
    ("Adresse", "Adressen dere har på meg er fra før flyttingen. Kan dere rette opp i kunderegisteret?", {"rectification"}),
    ("Tegning", "Takvinkelen er feil på tegningen. Kan dere endre i tegningen og sende ny?", set()),
    ("Tilbud", "Vi har valgt en annen kledning. Kan dere endre i systemet deres så tilbudet blir riktig?", set()),
    ("Adresse", "Jeg sendte dere adressen min i går. Den havnet vel rett i systemet deres.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT19_FAMILIES)
def test_heldout19_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout27 (terse and messy writing: text-speak, no capitals, dialect and nynorsk, caps lock, emoji, a few long rambling
# mails): each family found in other words than the blind mails', beside look-alikes that must stay silent.
HELDOUT27_FAMILIES = [
    # the firm asked to tell what it holds about the writer ("tell me", "let me know", "fortell meg", "si fra", "gi meg
    # beskjed om") is access even in the sentence that then asks for the erasure; what the firm has planned, what it
    # has deleted, when it is done, or what it must keep back stay part of the erasure
    ("Moving", "Could you let me know what data you keep on me, and then erase it?", {"access", "erasure"}),
    ("gdpr", "pls tell me what personal details u have stored about me – afterwards i want everything deleted",
     {"access", "erasure"}),
    ("Hei", "kan dere fortelle meg hva dere har lagret om meg, og så slette det etterpå?", {"access", "erasure"}),
    ("opplysningar", "fortel meg kva de har registrert om meg, og slett det så", {"access", "erasure"}),
    ("Hei", "Gi meg beskjed om hva dere har av opplysninger om oss før dere sletter alt.", {"access", "erasure"}),
    ("Slett", "Si fra hva dere har liggende på meg og slett det etterpå.", {"access", "erasure"}),
    ("Delete", "Please delete my details and tell me what you have planned for the site.", {"erasure"}),
    ("Delete", "Please delete all my data, and I'd like to know what you must keep.", {"erasure"}),
    ("Delete", "Please delete all my data and tell me what you are required to keep about me.", {"erasure"}),
    ("Delete", "Please delete everything you hold about me and let me know once it's done.", {"erasure"}),
    ("Slett", "Slett alt dere har om meg og fortell meg når det er gjort.", {"erasure"}),
    ("Slett", "Slett opplysningene mine og fortell meg hva dere har slettet.", {"erasure"}),
    ("Garasje", "Kan du fortelle meg hva dere har tenkt på garasjen vår, og slette den gamle tegningen?", set()),
    # a consent to a use of the writer's data taken back by a sentence that opens with the taking back, its subject
    # dropped, or with the consent first in a passive; a question to the firm, another's consent, a neighbour's consent
    # to a placement, an application or an offer taken back, and a consent to building work stay silent
    ("samtykke", "Trekker samtykket til at dere gir nummeret mitt videre til elektrikeren.", {"consent_withdrawal"}),
    ("Hei", "Trekkjer attende samtykket til at de deler namn og telefon med tømraren.", {"consent_withdrawal"}),
    ("Hei", "tar tilbake samtykket om at dere kan sende adressen videre til rørleggeren 🙄", {"consent_withdrawal"}),
    ("consent", "Withdrawing consent for you to pass on name and number to the plumber.", {"consent_withdrawal"}),
    ("Samtykke", "Samtykket til at dere deler navn og telefonnummer med maleren trekkes herved tilbake.",
     {"consent_withdrawal"}),
    ("Garasje", "Trekker tilbake samtykket til plasseringen av garasjen 1 m fra grensa.", set()),
    ("Nabo", "Trekker tilbake samtykket til at naboen bygger garasje nær grensa.", set()),
    ("Dispensasjon", "Trekker dere tilbake samtykket til dispensasjonen?", set()),
    ("Nabo", "Naboen trekker tilbake samtykket sitt til tilbygget.", set()),
    ("Søknad", "Trekker tilbake byggesøknaden, blir ikke noe garasje i år.", set()),
    ("Tilbud", "Trekker tilbake tilbudet vi sendte i går, prisen var feil.", set()),
    ("Terrasse", "Trekker tilbake samtykket til at dere bygger terrassen tre meter ut.", set()),
    ("Garage", "Withdrawing the application for the garage, sorry.", set()),
    # photos of the writer's home used in the firm's marketing or on its pages, told to stop (often a sentence after the
    # photos are named), object to that use; a permission, a photo only taken off a page after a sale, someone else's
    # house, photos in an application, a photo swapped for a newer one, a pause, or a drawing stay silent
    ("Hytta", "Slutt å bruke bildene av hytta vår i reklamen deres.", {"objection"}),
    ("Nettsiden", "Vi vil ikke at dere bruker bilder av huset vårt på nettsiden.", {"objection"}),
    ("Bilete", "Eg ser de nyttar bilete av huset mitt i marknadsføringa på Instagram. Ikkje bruk dei.", {"objection"}),
    ("pics", "saw ur using pics of our house in ur facebook ads. we dont want that. stop using them pls", {"objection"}),
    ("Website", "Please stop using the photos of our home on your website.", {"objection"}),
    ("Brochure", "We don't want you to use pictures of our extension in your brochure.", {"objection"}),
    ("Annonse", "Vi har sett bilder av tilbygget vårt i annonsen deres. Vi vil ikke at bildene brukes.", {"objection"}),
    ("Bilder", "Vi er så fornøyde! Dere må gjerne bruke bildene av huset vårt i reklamen.", set()),
    ("Nettside", "Hei, fjern bildet av huset vårt fra nettsiden, vi har solgt det.", set()),
    ("Reklame", "Kan dere slutte å bruke bildene av naboens hus i reklamen? Det er ikke pent.", set()),
    ("Søknad", "Kan dere slutte å bruke de gamle bildene av huset vårt i byggesøknaden? Jeg sender nye.", set()),
    ("Bilde", "Ikke bruk det bildet av huset vårt på nettsiden, det er så dårlig lys. Bruk heller det nye jeg sendte.",
     set()),
    ("Hytta", "Kan dere slutte å bruke bildet av hytta vår på nettsida til vi har fått beiset den?", set()),
    ("Website", "Please stop using the photos of our house on your website until the new cladding is up.", set()),
    ("Facebook", "Bildene av huset vårt ligger på Facebook-siden deres, så fint! Fortsett å bruke dem.", set()),
    ("Reklame", "Dere bruker bilder av huset vårt i reklamen. Jeg synes det er flott, ikke slutt med det.", set()),
    ("Tegning", "Slutt å bruke den gamle tegningen av huset vårt, bruk versjon 3.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT27_FAMILIES)
def test_heldout27_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout31 (a year of a small firm's inbox: customers, ex-customers, neighbours, job applicants, tenants, a former
# employee; most requests without the obvious keywords): each family found, in other words than the blind mails', beside
# look-alikes that must stay silent.
HELDOUT31_FAMILIES = [
    # several details listed, then taken out of the firm's registers: the gap is a list, with commas; a list taken out
    # of a drawing or a notice, things on a drawing, or "ta med" (bring along) is no erasure
    ("Kontakt", "Kan dere ta navnet mitt, telefonnummeret, adressen og e-posten min ut av kundelista?", {"erasure"}),
    ("Sluttet", "Ta e-postadressen min, mobilnummeret og navnet ut av systemene deres, jeg jobber ikke der lenger.",
     {"erasure"}),
    ("Records", "Please take my name, phone number and home address out of your customer database.", {"erasure"}),
    ("Records", "Could you take my name, mobile number and private email address off your records?", {"erasure"}),
    ("Tegning", "Kan dere ta garasjen, boden og carporten ut av tegningene?", set()),
    ("Nabovarsel", "Ta gjerne navnet mitt, adressen og telefonnummeret ut av nabovarselet før det sendes.", set()),
    ("Utsending", "Ta med navnet mitt, adressen og telefonnummeret når dere sender ut av systemet.", set()),
    ("Drawings", "Please take the old drawings with my name and address out of the shared folder.", set()),
    # having applied for a job or a position names an application the firm holds, the applicant's own paper: what the
    # firm still has from it is access, getting rid of it (and its attachments) erasure; whether the firm still has it,
    # so the writer need not send a new one, a receipt, or a building application are no requests
    ("Søknad", "Jeg søkte på stillingen som tegner i fjor. Jeg vil gjerne vite hva dere fortsatt har av søknaden min.",
     {"access"}),
    ("Application", "I applied for the internship in May. Could you send me a copy of my application and any notes "
                    "from the interview?", {"access"}),
    ("Application", "I applied for the junior designer role last spring. What do you still hold from my application?",
     {"access"}),
    ("Søknad", "Eg søkte på ei stilling hjå dykk i vår og la ved vitnemål og lønsslippar. Kan de kvitte dykk med "
               "søknaden og alle vedlegga?", {"erasure"}),
    ("Sommerjobb", "Jeg søkte på sommerjobben hos dere. Nå som den er besatt, vil jeg ikke at det skal ligge hos dere.",
     {"erasure"}),
    ("Application", "I applied for the position in March and didn't get it. Please delete my application and the "
                    "attachments.", {"erasure"}),
    ("Application", "I applied for a position with you last year. I don't want you to keep my application on file.",
     {"erasure"}),
    ("Søknad", "Jeg søkte på stillingen som tegner. Jeg vil ikke at dere skal ha søknaden min liggende.", {"erasure"}),
    ("Søknad", "Jeg søkte på stillingen som tegner. Dere trenger ikke ha søknaden min liggende, jeg sender en ny.", set()),
    ("Dispensasjon", "Vi søkte om dispensasjon. Jeg vil ikke at dere skal ha søknaden liggende, send den til kommunen.",
     set()),
    ("Søknaden", "Jeg søkte på stillingen som arkitekt i februar. Har dere fortsatt søknaden min, eller bør jeg sende "
                 "inn en ny?", set()),
    ("Søknaden", "Jeg sendte en jobbsøknad til dere i februar. Har dere fortsatt søknaden min liggende?", set()),
    ("Application", "I applied for the position last year. Do you still have my application, or should I send a new "
                    "one?", set()),
    ("Søknad", "Jeg søkte på stillingen som prosjektleder. Kan dere bekrefte at søknaden er mottatt?", set()),
    ("Dispensasjon", "Vi søkte om dispensasjon i fjor. Kan dere slette søknaden og sende en ny?", set()),
    ("Dispensasjon", "Vi søkte om dispensasjon i fjor. Har dere fortsatt søknaden liggende?", set()),
    # nynorsk personal papers ("førarkortet", "lønsslippane") and school papers sent with an application
    ("Førarkort", "Eg sende dykk kopi av førarkortet mitt i fjor. Kan de slette det no?", {"erasure"}),
    ("Papir", "Vi la ved lønsslippane våre då vi søkte lån. Dei skal ikkje liggje hjå dykk lenger.", {"erasure"}),
    ("Vitnemål", "Jeg sendte dere kopi av vitnemålet mitt. Kan jeg få en kopi av det dere har registrert om meg?",
     {"access"}),
    # how the firm deletes as a rule, asked with the verb first, is a question about its routine; "kan dere slette"
    # and "sletter dere navnet mitt nå, takk" still ask
    ("Personvern", "Vi lurer på hvordan dere håndterer personopplysninger. Sletter dere slike lister automatisk etter "
                   "at prosjektet er avsluttet?", set()),
    ("Spørsmål", "Sletter dere opplysningene mine etter at prosjektet er avsluttet, eller må jeg be om det?", set()),
    ("Question", "Do you delete customer data automatically after the project, or do we need to ask?", set()),
    ("Question", "Do you routinely remove the contact lists we send you once the project is finished?", set()),
    ("Sletting", "Kan dere slette opplysningene mine etter at prosjektet er avsluttet?", {"erasure"}),
    ("Sletting", "Sletter dere navnet mitt nå, takk.", {"erasure"}),
    ("Delete", "Please delete my details automatically once the project is finished.", {"erasure"}),
    # what a restriction means, spelled out in the next sentence ("Det betyr …", "That means …"), objects to nothing
    # more; marketing refused in a sentence of its own still objects
    ("Klage", "Inntil klagesaken er avgjort ber jeg om at dere ikke bruker opplysningene om meg til annet enn å "
              "oppbevare dem. Det vil si ingen utsendelser og ingen videreformidling til andre.", {"restriction"}),
    ("Complaint", "Until my complaint is settled, please restrict the processing of my data to storage. That means no "
                  "newsletters and no sharing with anyone.", {"restriction"}),
    ("Klage", "Inntil klagesaken er avgjort ber jeg om at dere ikke bruker opplysningene om meg til annet enn å "
              "oppbevare dem. Jeg vil heller ikke ha flere nyhetsbrev fra dere.", {"restriction", "objection"}),
    # consent given by a box ticked for the firm to pass the data on or use it, either word order, then a mind changed
    # "on that point"; a tick on an offer, a mind changed about a window, and "changed our minds" (no detail changed)
    # are no withdrawal and no correction
    ("Banken", "Da vi signerte avtalen krysset vi av for at dere kunne dele kontaktopplysningene våre med banken. Nå har "
               "vi ombestemt oss på det punktet.", {"consent_withdrawal"}),
    ("Bank", "When we signed the contract we ticked the box allowing you to pass our contact details on to the bank. "
             "We've changed our minds on that.", {"consent_withdrawal"}),
    ("Referanse", "Jeg krysset av for at dere kunne bruke navnet mitt på referanselista. Jeg har endret mening om det.",
     {"consent_withdrawal"}),
    ("Tilbud", "Vi krysset av for vinduer med tre lag glass i tilbudet. Vi har ombestemt oss på det punktet, to lag "
               "holder.", set()),
    ("Kommunen", "Vi krysset av for at dere kunne sende tegningene til kommunen. Vi har ombestemt oss på det punktet.",
     set()),
    ("Garasje", "Vi har endret mening om plasseringen av garasjen.", set()),
    ("Plans", "We've changed our minds on that – the garage goes on the north side after all.", set()),
    ("Telefon", "My phone number has changed. It is now 412 34 567.", {"rectification"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT31_FAMILIES)
def test_heldout31_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout30 (mail threads and forwards): each family found, in other words than the blind mails', beside look-alikes
# that must stay silent. Read as the pipeline reads a customer's mail, with the firm's own domain known.
HELDOUT30_FAMILIES = [
    # answers written between the quoted lines of a reply ("Svar i teksten.") are the writer's own words; the quoted
    # lines, a quoted line's wrapped tail and a forwarded or Outlook-quoted mail below are not
    ("Re: Tilbud", "Svar under.\n\nOle Hansen skrev 3. mars 2025 kl. 10:12:\n> Passer det med befaring fredag?\n\n"
     "Ja, fredag passer.\n\n> Noe annet vi bør vite?\n\nJa: jeg vil ha innsyn i hvilke opplysninger dere har om meg.\n",
     {"access"}),
    ("SV: Sluttfaktura", "Den 4. april 2025 kl. 09:00 skrev Kari Nilsen <kari@proess.no>:\n> Fakturaen er sendt.\n\n"
     "Takk, den er betalt.\n\n> Vi arkiverer prosjektet nå.\n\nGreit. Da vil jeg at dere sletter telefonnummeret og "
     "e-postadressen min.\n", {"erasure"}),
    ("Re: Site visit", "Answers inline.\n\nOn Mon, 3 Mar 2025 at 10:12, Ole Hansen <ole@proess.no> wrote:\n"
     "> Does Friday suit you?\n\nYes.\n\n> Anything else?\n\nPlease send me a copy of the personal data you hold about "
     "me.\n", {"access"}),
    ("Re: Nyhetsbrev", "Takk for info!\n\nproESS skrev 2. mars 2025 kl. 08:00:\n> Vil du ikke ha flere nyhetsbrev, "
     "kan du be oss slette\n> opplysningene dine. Du kan også be om innsyn i personopplysningene dine.\n", set()),
    ("Re: Innsyn", "Takk, jeg fikk kopien.\n\nKari Nilsen skrev 3. mars 2025 kl. 10:12:\n> Du skrev at du ville at "
     "vi skulle\nsende deg en kopi av alt vi har om deg. Den er sendt nå.\n", set()),
    ("Re: Innsyn", "Takk, da er alt i orden.\n\nKari Nilsen skrev 3. mars 2025 kl. 10:12:\n> Du skrev: «Jeg vil at "
     "dere\nsletter alle opplysningene dere har om meg.» Det er gjort nå.\n", set()),
    ("Re: Befaring", "Fredag passer fint.\n\nKari Nilsen skrev 3. mars 2025 kl. 10:12:\nHei! Husk at du kan be om "
     "innsyn i og sletting av opplysningene dine når som helst.\n", set()),
    ("Re: Befaring", "Se svar under.\n\nKari Nilsen skrev 3. mars 2025 kl. 10:12:\n> Passer fredag?\n\nJa.\n\n"
     "Fra: Nabo Naboesen <nabo@gmail.com>\nEmne: Gjerdet\n\nJeg vil at dere sletter alle opplysningene dere har om "
     "meg.\n", set()),
    ("Re: Befaring", "Svar i teksten.\n\nKari Nilsen skrev 3. mars 2025 kl. 10:12:\n> Har du bilder av fasaden?\n\n"
     "Ja, vedlagt. Slett gjerne de gamle bildene av fasaden fra mappa, de er utdatert.\n", set()),
    # a person's bare details put right where the firm keeps them; another owner or thing, a paper, or no need is not
    ("SV: Faktura", "Jeg har giftet meg. Vennligst oppdater navn, adresse og telefonnummer hos dere.",
     {"rectification"}),
    ("Purring", "Kunne dere korrigere fødselsdatoen i kunderegisteret deres? Den er feil.", {"rectification"}),
    ("Invoice", "I got married last year. Please correct the name and address in your records.", {"rectification"}),
    ("Re: Invoice", "Could you update the phone number and email address in your system?", {"rectification"}),
    ("Tegning", "Kan dere rette adressen på tegningen?", set()),
    ("Prosjekt", "Kan dere rette navnet på prosjektet hos dere?", set()),
    ("Leie", "Kan dere rette navn og adresse hos dere for leietakeren min?", set()),
    ("Adresse", "Dere trenger ikke å oppdatere adressen hos dere, den er riktig.", set()),
    ("Company", "Please update the name of the company in your records.", set()),
    ("Flytting", "Tømrer Hansen AS har flyttet kontoret. Kan dere oppdatere navn og adresse i kunderegisteret deres? "
     "Org.nr 912 345 678.", set()),
    ("Rettet", "Vi har rettet navn og adresse i systemet vårt.", set()),
    # a relative's or neighbour's letter a customer forwards because they were asked to pass it on, or the letter asks
    # so, is its writer's request; a forward of a relative's thoughts, of a private mail or of the firm's own mail is not
    ("VS: Brev", "Mor ba meg sende dette videre til dere, hun har ikke e-post selv.\n\n---------- Videresendt melding "
     "----------\nFra: Randi Lie <randi.lie@online.no>\nDato: 3. mars 2025\nEmne: Brev\n\nJeg vil vite hvilke "
     "opplysninger dere har lagret om meg.\nRandi Lie", {"access"}),
    ("Fwd: Letter from my father", "My father asked me to forward this to you.\n\n---------- Forwarded message ---------\n"
     "From: Tom Harris <tom.harris@gmail.com>\nDate: Fri, Apr 4, 2025\nSubject: My data\nTo: <peter.harris@gmail.com>\n\n"
     "Please delete all the personal data you hold about me.\nTom", {"erasure"}),
    ("Fwd: Brev", "Ho bad meg sende dette vidare til dykk.\n\n---------- Forwarded message ---------\nFrom: Randi "
     "Lie <randi.lie@online.no>\nDate: 3. mars 2025\nSubject: Brev\n\nEg vil at de slettar alt de har om meg.",
     {"erasure"}),
    ("Fwd: Brev", "My mother asked me to send you the drawings.\n\n---------- Forwarded message ---------\nFrom: "
     "Randi Lie <randi.lie@online.no>\nDate: 3. mars 2025\nSubject: Brev\n\nHar dere tegningene av garasjen?", set()),
    ("Fwd: naboen", "Se under.\n\n---------- Forwarded message ---------\nFrom: Kjell Berg <kjell.berg@hotmail.com>\n"
     "Date: søn. 9. mars 2025\nSubject: naboen\nTo: <ola@gmail.com>\n\nKan du sende dette til arkitektene? Jeg vil at "
     "de fjerner navnet og telefonnummeret mitt fra papirene om nabovarselet.\nKjell", {"erasure"}),
    ("Fwd: vinduer", "Se under fra kona mi, hva tenker dere?\n\n---------- Forwarded message ---------\n"
     "From: Tone Berg <tone.berg@gmail.com>\nDate: søn. 9. mars 2025\nSubject: vinduer\nTo: <ola@gmail.com>\n\n"
     "Kan du spørre arkitekten om vinduene kan bli større? Og si at jeg ikke vil ha navnet mitt på skiltet.\nTone",
     set()),
    ("Fwd: bilder", "Til info, se under.\n\n---------- Forwarded message ---------\nFrom: Tone Berg "
     "<tone.berg@gmail.com>\nDate: søn. 9. mars 2025\nSubject: bilder\nTo: <ola@gmail.com>\n\nJeg vil at du "
     "sletter alle bildene av meg fra telefonen din.\nTone", set()),
    ("VS: Nyhetsbrev", "Mor ba meg sende det videre til dere, hun lurer på hva dette betyr.\n\n---------- Videresendt "
     "melding ----------\nFra: proESS AS <post@proess.no>\nDato: 3. mars 2025\nEmne: Nyhetsbrev\n\nDu kan når som "
     "helst be oss slette alle opplysninger vi har om deg, eller be om innsyn.\n", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT30_FAMILIES)
def test_heldout30_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, Sender(own_domains=("proess.no",)))} == kinds


def test_a_request_passed_on_by_a_customer_is_its_writers():
    """The relative's letter is read as theirs; the forwarder's own request beside it stays the forwarder's."""
    body = ("Mor ba meg sende dette videre til dere. Selv vil jeg gjerne ha en kopi av det dere har om meg.\n\n"
            "---------- Videresendt melding ----------\nFra: Randi Lie <randi.lie@online.no>\nDato: 3. mars 2025\n"
            "Emne: Brev\n\nJeg vil at dere sletter alle opplysninger dere har om meg.\nRandi Lie")
    found = {f.kind: f.original_sender for f in find_requests("VS: Brev", body, Sender(own_domains=("proess.no",)))}
    assert found == {"access": None, "erasure": "randi.lie@online.no"}

    # a staff member forwarding the customer's mail inside the firm leaves the relative as the writer
    staff_forward = ("Hvem tar denne?\n\nFra: Kristian Lie <kristian.lie@gmail.com>\nSendt: 4. mars 2025\n"
                     "Til: ole@proess.no\nEmne: VS: Brev\n\n" + body)
    found = {f.kind: f.original_sender for f in find_requests("VS: VS: Brev", staff_forward,
                                                              Sender(own_staff=True, own_domains=("proess.no",)))}
    assert found == {"access": "kristian.lie@gmail.com", "erasure": "randi.lie@online.no"}


HELDOUT32_FAMILIES = [
    # a wish put as thanks in advance or as time come ("hadde satt pris på om …", "på tide at …", "I'd appreciate it
    # if …") that the writer's data or papers disappear, "det"/"de" pointing back at them; the first verb of the wished
    # clause counts ("forsvant fra systemene deres, … der dere ellers har lagret det"); a drawing, an old version, a
    # problem or a neighbour's data stay silent
    ("Personnummer", "Dere fikk personnummeret mitt til søknaden. Jeg hadde satt pris på om det forsvant fra systemene "
     "deres, både i innboksen og der dere ellers har lagret det.", {"erasure"}),
    ("Adresse", "Jeg setter pris på om adressen min forsvinner fra kundelista deres.", {"erasure"}),
    ("CV", "Dere har fortsatt CV-en min fra i fjor. Jeg tror det er på tide at den forsvinner.", {"erasure"}),
    ("Passport", "You still have the copy of my passport. I'd appreciate it if it disappeared from your systems.",
     {"erasure"}),
    ("Tegning", "Jeg hadde satt pris på om den gamle tegningen forsvant fra prosjektmappa.", set()),
    ("Fuktskade", "Vi hadde satt stor pris på om fuktskaden forsvant før vi selger.", set()),
    ("Versjon", "Takk for ny versjon. Det er på tide at versjon B forsvinner fra mappa, så snekkeren ikke bruker den.",
     set()),
    ("Naboen", "Naboen sendte dere telefonnummeret sitt. Jeg hadde satt pris på om dere ringte ham.", set()),
    # the writer wants themself out of the firm's system, or asks to be got out, in dialect too; out of a mail thread or
    # a contract stays silent
    ("garasjen", "trur eg vil ha meg ut av systemet dokkers no", {"erasure"}),
    ("Kunde", "Jeg vil ha meg ut av kunderegisteret deres.", {"erasure"}),
    ("Register", "Kan dere få oss ut av registeret deres?", {"erasure"}),
    ("Kontrakt", "Kan dere få meg ut av kontrakten med snekkeren?", set()),
    ("Møte", "Jeg vil ha meg ut av møteserien på torsdager.", set()),
    # the writer would rather not exist in the firm's system
    ("Moved", "I would rather not exist in your records at all.", {"erasure"}),
    ("Flyttet", "Jeg vil helst ikke eksistere i systemet deres lenger.", {"erasure"}),
    ("Drawings", "The old drawings should not exist in the project folder any more.", set()),
    # a personal paper of a marriage's end sent to the firm ("skilsmisseavtalen", "divorce agreement"), then "den"/"it"
    # asked deleted in a passive; a drawing pointed at the same way stays silent
    ("Avtalen", "Jeg sendte dere separasjonsavtalen vår for å vise eierskapet. Er det for mye å be om at den blir "
     "slettet?",
     {"erasure"}),
    ("Divorce", "I sent you my divorce settlement to prove ownership. Could it be deleted now?", {"erasure"}),
    ("Tegningen", "Jeg sendte dere tegningen fra forrige arkitekt. Er det for mye å be om at den blir slettet?", set()),
    ("Ektepakt", "Har dere fått ektepakten vi sendte? Kommunen ba om den.", set()),
    # why the firm still has the writer's data is a complaint that it is kept, not access (beside the erasure it
    # stands for); why it has it, and what more, stays access; the firm still having keys stays silent
    ("Nummeret", "Hvorfor har dere fortsatt nummeret mitt? Slett det.", {"erasure"}),
    ("Adressen", "Hvorfor har dere adressen min? Hva mer har dere lagret?", {"access"}),
    ("Nøkkel", "Hvorfor har dere fortsatt nøkkelen til hytta vår? Send den i posten.", set()),
    # the firm needing or wanting the writer's data is not the writer wanting it; the writer needing theirs is access
    ("Details", "Surely you don't need my phone number anymore.", set()),
    ("Trenger", "Dere trenger vel ikke personnummeret mitt lenger?", set()),
    ("Skjema", "Trenger dere fødselsnummeret mitt til skjemaet?", set()),
    ("Data", "I need my personal data for my lawyer.", {"access"}),
    # what the writer asks whether to send, a copy among it, asks for no copy
    ("Søknad", "Må jeg sende personnummer og kopi av skjøtet, eller holder det med gnr/bnr?", set()),
    ("Deed", "Should I send you my ID number and a copy of the deed?", set()),
    ("Pass", "Skal vi også sende kopi av passet mitt?", set()),
    ("Kopi", "Kan jeg få en kopi av opplysningene dere har om meg?", {"access"}),
    # nothing done with the writer's data until a complaint is settled, or it not used and just left lying, is
    # restriction; nothing done with a drawing, or a file left lying, stays silent
    ("Klage", "Ikke slett noe. Men kan dere la være å gjøre noe som helst med opplysningene mine før klagen er "
     "avgjort?",
     {"restriction"}),
    ("Complaint", "Please don't do anything with my personal data until the complaint has been decided.",
     {"restriction"}),
    ("Datatilsynet", "Jeg har klaget dere inn for hvordan dere delte opplysningene mine. Ikke bruk dem til noe, "
     "bare la dem ligge.", {"restriction"}),
    ("Tegning", "Ikke gjør noe med tegningene før vi har snakket sammen.", set()),
    ("Fil", "Ikke bruk den gamle fila, bare la den ligge i mappa.", set()),
    # a yes to passing the writer's data on, regretted or told to stop, takes that consent back; a yes to an offer
    # regretted, or a neighbour's, stays silent
    ("Kjøkken", "Jeg sa ja til at dere ga nummeret mitt til kjøkkenfirmaet. Nå angrer jeg på at jeg sa ja.",
     {"consent_withdrawal"}),
    ("Partner", "Jeg sa ja til at dere kunne gi navnet mitt til rørleggeren. Vær så snill å la være å gi opplysningene "
     "mine videre heretter.", {"consent_withdrawal"}),
    ("Supplier", "I agreed that you could pass my phone number on to the kitchen supplier. I regret saying yes.",
     {"consent_withdrawal"}),
    ("Tilbud", "Vi sa ja til tilbudet på garasjen. Nå angrer vi litt, den ble dyr.", set()),
    ("Naboen", "Naboen sa ja til plasseringen av garasjen, men nå angrer han.", set()),
    # the writer's name said to have changed, and the firm then asked to get it right, puts the name right; a drawing,
    # a neighbour's name or a company renamed stay silent
    ("Navn", "Jeg har hett Lund siden jeg giftet meg. Det står fortsatt det gamle navnet på brevene. Kan dere få det "
     "riktig nå?", {"rectification"}),
    ("Nytt navn", "Jeg heter nå Kari Berg. Kan dere rette det?", {"rectification"}),
    ("Surname", "I've changed my surname since the wedding. Could you get it right this time?", {"rectification"}),
    ("Tegning", "Jeg har hett Lund siden 2020. Kan dere rette målene på tegningen?", set()),
    ("Naboen", "Naboen har byttet navn. Kan dere få det riktig i nabovarselet?", set()),
    ("Firma", "Vi har byttet navn til Berg Bygg AS. Kan dere få det riktig på fakturaen?", set()),
    # the writer's home named in the firm's marketing, told to stop being used, objects as photos of it do; a
    # permission or another use of the house stays silent
    ("Bilder av hytta vår på Facebook", "Jeg regner med at dere slutter å bruke hytta vår i markedsføringen.",
     {"objection"}),
    ("Photos of our house in your ads", "Please stop using our house in your marketing.", {"objection"}),
    ("Bilder av huset vårt på nettsiden", "Dere må gjerne fortsette å bruke huset vårt i reklamen!", set()),
    ("Lager", "Kan dere slutte å bruke huset vårt som lager for materialene?", set()),
    # whether anything is held about the writer, asked or wondered, asks what; what stands on a notice or a drawing,
    # in a newspaper, or what the firm needs from the writer stays silent
    ("Spørsmål", "Står det egentlig noe registrert om meg hos dere, og i så fall hva?", {"access"}),
    ("Spørsmål", "Jeg lurer på om dere har noe lagret om meg.", {"access"}),
    ("Question", "Is there anything on file about me, and if so what?", {"access"}),
    ("Varsel", "Står det noe om meg i nabovarselet?", set()),
    ("Avisa", "Står det noe om oss i avisa i dag?", set()),
    ("Drawing", "Is there anything in the drawing about us that we should check?", set()),
    ("Papirer", "Er det noe mer dere trenger fra meg?", set()),
    # a question of what the firm kept, right after the writer's data was named, keeps pointing at it, so "se det"
    # asks to see that data; a question of what was drawn, or of drawings kept, does not
    ("Drone", "Dere tok bilder av oss i hagen. Hva har dere tatt vare på fra den dagen? Jeg vil gjerne se det dere "
     "har.",
     {"access"}),
    ("Drone", "You took photos of us by the pool that day. What have you kept? I'd like to see it.", {"access"}),
    ("Tegning", "Dere har adressen min. Hva har dere tegnet så langt? Jeg vil gjerne se det.", set()),
    ("Tegning", "Dere har tegningene. Hva har dere lagret av tegninger? Jeg vil gjerne se det.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT32_FAMILIES)
def test_heldout32_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout33 (concrete data items and places: site-visit photos, ID copies, payslips, a customer card, the contact form,
# a call recording, office CCTV, meeting notes, a job application, health details for a bathroom, children's names on
# floor plans): each family found in other words than the blind mails', beside look-alikes that must stay silent.
HELDOUT33_FAMILIES = [
    # a camera's or a phone line's recording of the writer, or the photos the firm holds or took of them ("opptakene
    # dere har av meg", "the CCTV footage of me", "kameraopptaket fra besøket mitt"), is their data: asked to be seen or sent
    # it is access, asked to be deleted erasure; a recording or photo of a pipe, a roof, a cellar, a meeting or the
    # firm's own inspection, a camera fault, a general question about how long recordings are kept, and photos sent on
    # to an insurer stay silent
    ("Kamera", "Jeg var innom kontoret deres forrige uke. Jeg ber om innsyn i opptakene kameraet deres tok av meg.",
     {"access"}),
    ("Video", "Kan dere sende meg en kopi av videoopptakene dere har av meg fra resepsjonen?", {"access"}),
    ("CCTV", "I was at your office on Monday. Please send me a copy of the CCTV footage of me.", {"access"}),
    ("My visit", "I'd like to see the recordings you hold of me from my visit on 9 April.", {"access"}),
    ("Besøk", "Kan jeg få se kameraopptaket fra besøket vårt hos dere?", {"access"}),
    ("Besøk", "Jeg ber om innsyn i kameraopptakene fra besøket mitt.", {"access"}),
    ("Bilder", "Jeg vil ha kopi av bildene dere tok av oss.", {"access"}),
    ("Opptak", "Kan dere slette overvåkingsopptakene av meg og barna?", {"erasure"}),
    ("CCTV", "Please delete the CCTV footage of us from last Tuesday.", {"erasure"}),
    ("Opptak", "Slett de opptakene dere har av oss fra i går.", {"erasure"}),
    ("Opptak", "Kan dere slette opptaket av meg?", {"erasure"}),
    ("Rør", "Kan dere sende meg videoopptaket av avløpsrøret?", set()),
    ("Roof", "Please send me the drone footage of our roof.", set()),
    ("Kjeller", "Kan dere sende meg bildene dere tok av kjelleren?", set()),
    ("Kamera", "Hvor lenge lagrer dere opptakene fra kameraet i resepsjonen?", set()),
    ("Kamera", "Kameraet i gangen har ikke tatt opp siden torsdag, kan dere ringe vakterselskapet?", set()),
    ("Opptak", "Kan dere slette opptaket av byggemøtet? Det var bare en test.", set()),
    ("Befaring", "Kan dere sende meg videoen fra befaringen vår?", set()),
    ("Forsikring", "Vi har bilder dere tok av oss på befaringen, kan dere sende dem til forsikringsselskapet?", set()),
    ("Meeting", "Please delete the old recordings of the site meeting from the shared folder.", set()),
    # what the firm wrote of the writer, or of the person they write for, quoted back ("der står det at sønnen min
    # trenger pleie", "dere har notert at kona mi er …", "the note says my son depends on a wheelchair"), said to be
    # untrue, then a correction asked or its use paused until it is corrected ("Jeg vil ha dette rettet", "Inntil det er
    # rettet … ikke bruker denne opplysningen"): rectification, and restriction for the pause; a plan or an agreement in
    # minutes, a fact about the building, a record confirmed, and the writer's own words stay silent
    ("Befaringsnotat", "Jeg fikk kopi av befaringsnotatet, og der står det at jeg er avhengig av rullestol. Det "
     "stemmer ikke. Jeg vil ha dette rettet.", {"rectification"}),
    ("Notatet", "I notatet deres står det at sønnen min trenger pleie døgnet rundt. Det er ikke riktig, han klarer seg "
     "selv. Kan dere rette det?", {"rectification"}),
    ("Søknaden", "Dere har notert at kona mi er bevegelseshemmet. Det stemmer ikke. Inntil det er rettet vil jeg at "
     "dere ikke bruker denne opplysningen i søknaden.", {"rectification", "restriction"}),
    ("Inspection note", "The inspection note says my son depends on a wheelchair. That is not true. Please correct it.",
     {"rectification"}),
    ("Your report", "Your report states that I am unable to climb stairs. That's wrong. Until it is corrected, please "
     "do not use or pass on that information.", {"rectification", "restriction"}),
    ("Rapporten", "I rapporten skrev dere at vi er avhengige av hjemmesykepleie. Det stemmer ikke, og jeg vil ha det "
     "rettet.", {"rectification"}),
    ("Notatet", "Eg fekk notatet. Der står det at eg er ufør. Det er ikkje rett. Eg vil ha dette retta.",
     {"rectification"}),
    ("Om mor", "Jeg skriver for mor. I notatet står det at hun er dement. Det stemmer ikke. Kan dere rette det og ikke "
     "bruke det før det er rettet?", {"rectification", "restriction"}),
    ("Feil om datteren min", "Der står det at Ingrid (9) «har store lærevansker». Det stemmer ikke. Jeg vil ha dette "
     "rettet.", {"rectification"}),
    ("Notatet", "I notatet står det at jeg har diabetes. Det stemmer ikke. Kan du rette det?", {"rectification"}),
    ("Notatet", "I notatet står det at jeg har godkjent tegningene. Det stemmer ikke. Kan du rette det?", set()),
    ("Notatet", "I notatet står det at jeg har ikke betalt. Det stemmer ikke. Kan du rette det?", set()),
    ("Minutes", "The minutes say that I have agreed to the price. That is not true. Please correct it.", set()),
    ("Referat", "I referatet står det at vi skal levere tegningene fredag. Det stemmer ikke. Kan du rette det?", set()),
    ("Referat", "I referatet står det at jeg er enig i fastprisen. Det stemmer ikke. Kan du rette referatet?", set()),
    ("Badet", "I notatet står det at badet er 6 m2. Det stemmer ikke, det er 8. Kan du rette det?", set()),
    ("Tak", "Befaringsnotatet sier at taket er i dårlig stand. Det stemmer ikke. Jeg vil ha dette rettet.", set()),
    ("Søknad", "Der står det at jeg er avhengig av rullestol. Det stemmer. Dere kan bruke det i søknaden.", set()),
    ("Badet", "Silje noterte at jeg trenger rullestol. Det er riktig, så badet må tilpasses.", set()),
    ("Om mor", "Jeg skriver for mor. I notatet står det at Kristian skal komme mandag. Det stemmer ikke. Kan dere "
     "rette det?", set()),
    ("Søknaden", "Jeg har skrevet at jeg er syk i søknaden. Det stemmer ikke lenger. Kan dere rette det?", set()),
    # what was stored about the writer, asked in the past tense ("hva som ble lagret om meg fra skjemaet", "what was
    # recorded about me"), is access as the present is; what was stored about a plot, or agreed or said at a meeting,
    # stays silent (read by the rules alone too, not only by the learned reading)
    ("Kontaktskjema", "Jeg vil gjerne vite hva som ble lagret om meg fra skjemaet.", {"access"}),
    ("Form", "I would like to know what was stored about me from the form.", {"access"}),
    ("Registrert", "Kan dere fortelle hva som har blitt registrert om meg?", {"access"}),
    ("Lagra", "Eg lurer på kva som vart lagra om meg.", {"access"}),
    ("Tomta", "Jeg vil vite hva som ble lagret om tomta.", set()),
    ("Møtet", "Jeg vil gjerne vite hva som ble avtalt om meg på møtet.", set()),
    ("Oversikt", "Takk for oversikten over hva som ble registrert om meg.", set()),
    # the names, ages or birth years of the writer's children ("barnas navn og alder", "navnene til barna våre", "our
    # children's names"), and "navnene og fødselsårene" pointing back at them, deleted from the firm's files or archive
    # at large: erasure; a room's label, one drawing for a sale, the writer's name on one drawing, photos taken out of a
    # report, old drawings out of the archive, someone else's children, or names asked to be written on stay silent
    ("Barna", "Vi liker ikke at barnas navn og alder ligger i arkivet deres. Jeg ber om at navnene og fødselsårene "
     "slettes fra alle tegninger og filer dere har lagret.", {"erasure"}),
    ("Barna", "Jeg ber om at navnene og fødselsårene til barna våre slettes fra alle tegninger og filer dere har "
     "lagret.", {"erasure"}),
    ("Names", "Please remove our children's names and birth years from all drawings and files you keep.", {"erasure"}),
    ("Ungane", "Ungenes navn og bursdager står i filene dere har lagret. Slett navnene og fødselsdatoene.",
     {"erasure"}),
    ("Adressen", "Slett adressen min fra alle tegninger og filer dere har lagret.", {"erasure"}),
    ("Salgsoppgave", "Kan dere fjerne barnas navn fra tegningen til salgsoppgaven?", set()),
    ("Salgsoppgave", "Kan dere fjerne navnene på soverommene fra tegningen til salgsoppgaven?", set()),
    ("Tegning", "Slett navnet mitt fra tegningen.", set()),
    ("Rapporten", "Fjern bildene av barna fra rapporten.", set()),
    ("Arkiv", "Slett de gamle tegningene fra arkivet deres.", set()),
    ("Nabovarsel", "Slett navnene til barna til naboen fra nabovarselet.", set()),
    ("Dører", "Ungenes navn skal stå på dørene, kan dere ta det med i tegningen?", set()),
    ("Tegning", "Kan dere skrive barnas navn på soverommene i den nye tegningen?", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT33_FAMILIES)
def test_heldout33_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout34 (twelve writers, three mails each over a year, in their own voices: dialect, nynorsk, Swedish, Polish and
# English mixed in, few of the obvious keywords): each family found in other words than the blind mails', beside
# look-alikes that must stay silent.
HELDOUT34_FAMILIES = [
    # what the firm holds about the writer asked with two verbs joined ("hva dere har notert og tatt vare på om oss"):
    # access, while what was drawn, measured or invoiced on a roof or a site stays silent
    ("Innsyn", "Send meg alt dere har skrevet ned og tatt vare på om oss.", {"access"}),
    ("Data", "Could you send me a list of what you have written down and kept on file about me?", {"access"}),
    ("Oversikt", "Eg vil ha ei oversikt over kva de har notert og teke vare på om meg.", {"access"}),
    ("Innsyn", "Jeg vil gjerne vite hva dere har samlet inn og tatt vare på om meg.", {"access"}),
    ("List", "I'd like a list of everything you have noted down and held on to about us.", {"access"}),
    ("Taket", "Jeg vil gjerne få en oversikt over hva dere har tegnet og tatt hensyn til på taket.", set()),
    ("Tomta", "Send meg en oversikt over hva dere har målt opp og tatt bilder av på tomta.", set()),
    ("Faktura", "Kan dere sende meg en oversikt over hva dere har gjort og fakturert på prosjektet?", set()),
    ("Plans", "Could you send me a list of what you have drawn and changed on the plans?", set()),
    # the writer cleared or tidied out of the firm's system ("clear us out of your system", "rydde meg ut av
    # kundelista"): erasure, while drawings cleared out of a folder and a meeting invite stay silent
    ("Moving", "Could you clear me out of your system please?", {"erasure"}),
    ("Records", "Please clear us out of your records.", {"erasure"}),
    ("Kundelista", "Kan dere rydde meg ut av kundelista deres?", {"erasure"}),
    ("Mappa", "Could you clear the old drawings out of the shared folder?", set()),
    ("Mappa", "Kan dere rydde ut de gamle tegningene av mappa?", set()),
    ("Møte", "Please clear me out of the meeting invite, Lars is going instead.", set()),
    # no reason left for the firm to hold the writer's data ("there's no reason for you to hang on to our details", "det
    # er ingen grunn til at dere har nummeret mitt lenger"): erasure, and a copy in the list after it one more thing to
    # delete, not a copy asked for; old drawings or a receipt stay silent
    ("Moving", "Since we won't be clients any more, there's no reason for you to hang on to our details.", {"erasure"}),
    ("Number", "There's no need for you to keep my phone number any more.", {"erasure"}),
    ("Nummeret", "Det er ingen grunn til at dere har nummeret mitt lenger.", {"erasure"}),
    ("Pass", "Det er ingen grunn til at dere skal ha personnummeret mitt liggende.", {"erasure"}),
    ("Done", "There's no need for you to keep my details any more: phone number, email, the copy of my passport, all "
     "of it.", {"erasure"}),
    ("Drawings", "There's no reason for you to keep the old drawings.", set()),
    ("Tegninger", "Det er ingen grunn til at dere har tegningene lenger.", set()),
    ("Receipt", "There's no need for you to keep the receipt, I have a copy.", set()),
    # … and something about the writer left unnamed ("ikke noe grunn for at dere har noe liggende om oss")
    ("Solgt", "Now that the house is sold there's no reason for you to keep anything on file about us.", {"erasure"}),
    ("Ferdig", "Det er ingen grunn til at dere lagrer noe mer om meg.", {"erasure"}),
    ("Ferdig", "Eg ser ingen grunn til at de har noko liggjande om meg.", {"erasure"}),
    ("Garasjen", "Det er ingen grunn til at dere har noe liggende om garasjen lenger.", set()),
    ("Extension", "There's no reason for you to keep anything about the old extension.", set()),
    # an erasure led by a connective or a Polish "proszę" ("Så proszę, slett kopi av passet og personnummer"), the copy
    # the erasure verb's own object, not a copy asked for; an old drawing, a copy of drawings asked, a window stay
    # silent
    ("Pass", "Så slett personnummeret, dere trenger det ikke mer.", {"erasure"}),
    ("Førerkort", "Og slett kopien av førerkortet, den trenger dere ikke.", {"erasure"}),
    ("Passport", "So please delete the copy of the passport and the personnummer.", {"erasure"}),
    ("Pass", "Proszę, slett kopien av passet mitt.", {"erasure"}),
    ("ID", "Vennligst slett kopi av ID-kortet og personnummer.", {"erasure"}),
    ("Mappa", "Så slett den gamle tegningen fra mappa.", set()),
    ("Tegninger", "Og send meg en kopi av tegningene.", set()),
    ("Tegning", "Proszę, send meg ny kopi av tegningen.", set()),
    ("Vindu", "Men fjern vinduet på sørveggen.", set()),
    ("Rev. C", "So delete copy of old drawing rev. C, please.", set()),
    # the writer's home itself told not to be used in the firm's marketing or pages, the use named in the same sentence
    # ("we don't want our home used in your advertising or on social media"): objection, while the home used as a site
    # office or for storage, a permission, a pause, a driveway and an application stay silent
    ("Instagram", "We don't want our house used on your Instagram or your website.", {"objection"}),
    ("Reklame", "Vi vil ikke at huset vårt brukes i reklamen deres.", {"objection"}),
    ("Nettsiden", "Slutt å bruke hytta vår på nettsiden deres.", {"objection"}),
    ("Markedsføring", "Ikke bruk huset mitt i markedsføringen deres, takk.", {"objection"}),
    ("Ads", "Please stop using our house in your ads.", {"objection"}),
    ("Brakke", "We don't want our house used as a site office during the build.", set()),
    ("Lager", "Vi vil ikke at huset vårt brukes som lager for materialer.", set()),
    ("Ads", "You're welcome to use our house in your advertising.", set()),
    ("Hagen", "We don't want our home used in your advertising until the garden is finished.", set()),
    ("Parking", "Please stop using our driveway for parking.", set()),
    ("Søknad", "Ikke bruk huset vårt i søknaden før vi har snakket sammen.", set()),
    # a yes to the firm passing on the writer's details, named without a possessive ("sa æ ja til at dere kunne gi navn
    # og nummer til folka dere samarbeider med"), then the passing on refused or the arrangement left ("vil ikke være
    # med på den ordningen lenger"): consent taken back, while a yes to a rig on the site, a yes that worked out, a yes
    # to an offer, an invoice not to be passed on and an arrangement with no yes before stay silent
    ("Nummeret", "Vi sa ja til at dere kunne dele telefonnummer og e-post med rørleggeren. Ikke del nummeret mitt "
     "videre lenger.", {"consent_withdrawal"}),
    ("Partners", "I agreed that you could pass our names and numbers on to your partners. Please don't pass our "
     "details on to anyone else.", {"consent_withdrawal"}),
    ("Partners", "I agreed that you could pass our names and numbers on to your partners. We don't want to be part of "
     "that arrangement any more.", {"consent_withdrawal"}),
    ("Elektrikar", "Eg sa ja til at de kunne gje namn og telefonnummer til elektrikaren. Eg vil ikkje vere med på den "
     "ordninga lenger.", {"consent_withdrawal"}),
    ("Ordningen", "Da vi startet, sa jeg ja til at dere kunne gi navn og nummer til håndverkerne. Jeg vil ikke være "
     "med på den ordningen lenger.", {"consent_withdrawal"}),
    ("Rigg", "Vi sa ja til at dere kunne bruke tomta til rigg. Vi vil ikke være med på den ordningen lenger.", set()),
    ("Rørlegger", "Jeg sa ja til at dere kunne gi navn og nummer til rørleggeren. Det fungerte bra, han ringte i går.",
     set()),
    ("Tilbud", "Jeg sa ja til tilbudet deres. Ikke gi tegningene videre til snekkeren ennå.", set()),
    ("Faktura", "Jeg sa ja til at dere kunne gi navn og nummer til rørleggeren. Ikke gi fakturaen videre til ham.",
     set()),
    ("Rig", "I agreed that you could use the site for your rig. We don't want to be part of that arrangement any more.",
     set()),
    ("Dugnad", "Vi vil ikke være med på den ordningen lenger, dugnaden tar for mye tid.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT34_FAMILIES)
def test_heldout34_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout35 (after the project: a house sold, a divorce, an estate, a Christmas card, a customer survey, a guarantee
# ending, a settled invoice): each family found in other words than the blind mails', beside look-alikes that must stay
# silent.
HELDOUT35_FAMILIES = [
    # the writer busy with their own tidying, or trying or setting out to ("Vi holder på å rydde opp i papirene våre",
    # "I'm trying to clear out my old files") asks nothing of the firm; an erasure asked beside it still is one
    ("Flytting", "Vi holder på å rydde opp i papirene og mappene våre etter flyttingen. Har dere fortsatt tegningene av "
     "tilbygget?", set()),
    ("Rydding", "Jeg driver og rydder ut gamle filer og kontaktlister nå som vi har flyttet, så send gjerne "
     "ferdigattesten på nytt.", set()),
    ("Clearing out", "I'm trying to clear out my old files and records after the move. Could you resend the final "
     "invoice?", set()),
    ("Etter mor", "Jeg prøver å rydde opp i alle papirene og kontoene til mor etter at hun døde. Har dere kopi av "
     "byggetillatelsen?", set()),
    ("Permer", "Vi er i gang med å kaste gamle permer, kontaktlister og notater fra byggeprosjektet.", set()),
    ("Rydder", "Jeg holder på å rydde opp etter flyttingen, og ber dere slette alt dere har om meg.", {"erasure"}),
    ("Rydder", "Jeg holder på å rydde opp i digitale spor. Kan dere rydde bort opplysningene om meg i systemene deres?",
     {"erasure"}),
    ("Clearing", "I'm cleaning up my digital footprint, so please delete my details from your customer register.",
     {"erasure"}),
    ("Kunderegister", "Vi vil at dere rydder opp i kunderegisteret og fjerner navnet vårt.", {"erasure"}),
    # the object put before "kan dere" with a place after the verb ("Den gamle fakturaen kan dere slette i systemet
    # deres"): an invoice, a draft, an offer or sketches are no person's data; the writer's data or papers put first,
    # or a clause put first with the data after the verb, are
    ("Faktura", "Den gamle fakturaen kan dere slette i systemet deres, jeg har fått den nye.", set()),
    ("Utkast", "Utkastet til kontrakt kan dere bare slette fra arkivet, vi bygger ikke likevel.", set()),
    ("Tilbud", "Det første tilbudet kan dere fjerne fra kundemappa mi, jeg har godtatt det nye.", set()),
    ("Skisser", "Skissene fra 2021 kan dere gjerne slette i arkivet, vi har bestemt oss for ikke å bygge.", set()),
    ("Old invoice", "The old invoice you can delete from your system, I have paid the new one.", set()),
    ("Navn", "Navnet og nummeret mitt kan dere slette fra kundelista.", {"erasure"}),
    ("Opplysninger", "Opplysningene om meg kan dere slette i systemet deres.", {"erasure"}),
    ("Etter prosjektet", "Når prosjektet er ferdig kan dere slette alt dere har om meg i systemet.", {"erasure"}),
    ("Faktura betalt", "Etter at fakturaen er betalt kan dere slette meg fra kunderegisteret.", {"erasure"}),
    ("Passkopi", "Passkopien jeg sendte kan dere slette fra arkivet deres.", {"erasure"}),
    # one copy too many of a paper sent twice ("delete the second copy from your accounting system", "slett den ekstra
    # kopien") is no person's data; a second or old copy of the writer's passport or ID is
    ("Duplicate invoice", "Invoice 4411 was sent twice. Please delete the second copy from your accounting system.",
     set()),
    ("Drawing", "Please remove the extra copy from your files, the revised drawing replaces it.", set()),
    ("Kopi", "Fakturaen ble sendt to ganger. Slett den ene kopien fra regnskapssystemet deres.", set()),
    ("Kopi", "Tilbudet kom to ganger. Jeg ber dere slette den ekstra kopien fra systemet deres.", set()),
    ("Passport", "Please delete the copy of my passport from your records.", {"erasure"}),
    ("Passport twice", "I sent my passport twice. Please delete the second copy of my passport from your records.",
     {"erasure"}),
    ("Copy", "Please delete the old copy of my ID from your files.", {"erasure"}),
    ("ID", "Please delete the copy you hold of my driving licence from your files.", {"erasure"}),
    ("Kopi", "Slett kopien av passet mitt fra arkivet deres.", {"erasure"}),
    # the firm's customer record asked to be put right with no owner named ("rett opp kundeopplysningene", "oppdater
    # kundekortet", "correct the customer details"), the writer's number "mitt eget": rectification; done already,
    # not needed, a project's or a property's details, or a company's invoicing details stay silent
    ("Feil i registeret", "Dere har fortsatt eks-kona mi som kontakt. Vennligst oppdater kundeopplysningene slik at det "
     "bare er jeg som står.", {"rectification"}),
    ("Kundeopplysninger", "Kan dere rette opp kundeopplysningene? Vi er skilt og Ola bor ikke her lenger.",
     {"rectification"}),
    ("Customer record", "Your survey was addressed to my ex-husband. Please correct the customer details so that only I "
     "am listed, with my own number.", {"rectification"}),
    ("Kontakt", "Rett opp kundekortet, det er jeg som eier huset nå, med mitt eget nummer 912 34 567.",
     {"rectification"}),
    ("Kundeopplysninger", "Vi har rettet opp kundeopplysningene dine, si fra om noe fortsatt er feil.", set()),
    ("Firma", "Vi har byttet navn til Berge Bygg AS. Vennligst oppdater kundeopplysningene med ny fakturaadresse.",
     set()),
    ("Prosjekt", "Vennligst rett opp prosjektopplysningene i søknaden, gnr. er 45 og ikke 54.", set()),
    ("Eiendom", "Kan dere rette opp eiendomsopplysningene? Tomten er 812 m2, ikke 821.", set()),
    ("Takk", "Takk for at dere rettet opp kundeopplysningene så raskt.", set()),
    ("Kundeopplysninger", "Dere trenger ikke rette opp kundeopplysningene, alt stemmer.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT35_FAMILIES)
def test_heldout35_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout36 (the firm's inbox over a year, most requests without the obvious keywords): each family found, in other
# words than the blind mails', beside look-alikes that must stay silent.
HELDOUT36_FAMILIES = [
    # the writer's home with a second thing of theirs joined to it, the possessive after the last ("huset og adressen
    # vår"), told not to be used in the firm's marketing or pages: objection, while the same home used as a store, in an
    # application or as a site office, or the firm welcome to use it, stay silent
    ("Nettsiden", "Vi vil ikke at huset og adressen vår skal brukes i markedsføringen deres.", {"objection"}),
    ("Hytta", "Slutt å bruke hytta og navnet mitt på nettsiden deres.", {"objection"}),
    ("Reklame", "Ikke bruk huset og hagen vår i reklamen deres.", {"objection"}),
    ("Instagram", "Please stop using our garden and house on your Instagram.", {"objection"}),
    ("Marketing", "We don't want our house and address used in your marketing.", {"objection"}),
    ("Lager", "Vi vil ikke at huset og tomta vår skal brukes som lager.", set()),
    ("Søknad", "Vi vil ikke at huset og garasjen vår skal brukes i søknaden.", set()),
    ("Markedsføring", "Dere må gjerne bruke huset og hagen vår i markedsføringen.", set()),
    ("Brakke", "We don't want our car and house used as a site office.", set()),
    # the writer struck from a list named by the jobs or the season it lists ("stryke oss fra lista di over oppstarter
    # til våren"): a job called off, like "vårlista", while a list of customers, the firm's list with nothing after it
    # and the writer's name deleted beside it stay erasure
    ("Avlyser", "Kan du stryke oss fra lista over oppstarter til våren? Banken sa nei.", set()),
    ("Befaring", "Fjern meg fra lista over befaringer neste uke, vi har funnet en annen løsning.", set()),
    ("Jobs", "Please take us off your list of spring jobs, the loan fell through.", set()),
    ("Projects", "Remove me from the list for next year's projects.", set()),
    ("Våren", "Stryk oss fra lista til våren, vi har ikke råd i år.", set()),
    ("Kunder", "Slett oss fra lista over kunder.", {"erasure"}),
    ("Lista", "Fjern meg fra lista deres.", {"erasure"}),
    ("Lista", "Fjern meg fra lista over oppstarter, og slett navnet og nummeret mitt.", {"erasure"}),
    ("Kundelista", "Kan dere stryke oss fra kundelista deres?", {"erasure"}),
    # a former employee's personnel file ("hva som ligger i personalmappen min") is the writer's data, asked to see or
    # deleted, while a staff member filing a paper in it or a question about what it must hold stay silent
    ("Personalmappe", "Kan jeg få se hva som ligger i personalmappen min?", {"access"}),
    ("Personalmappe", "Jeg vil gjerne få en kopi av personalmappa mi.", {"access"}),
    ("HR", "Can I see what's in my personnel file?", {"access"}),
    ("Personalmappe", "Slett personalmappen min, jeg har sluttet.", {"erasure"}),
    ("Arbeidsavtale", "Kan du legge den nye arbeidsavtalen i personalmappen min?", set()),
    ("GDPR", "Hva må ligge i en personalmappe etter GDPR?", set()),
    ("Prosjektmappe", "Kan jeg få se hva som ligger i prosjektmappen?", set()),
    # the writer's paper named, then wished not to stay with the firm with the object put first and "at" left out
    # ("Det vil jeg ikke skal ligge hos dere"): erasure, while drawings named before, a stay wished for, someone else
    # holding it and a thing that must not vanish stay silent
    ("Pass", "Jeg sendte dere bilde av passet mitt i januar. Det vil jeg ikke skal ligge hos dere nå som saken er ferdig.",
     {"erasure"}),
    ("Førerkort", "Dere har en kopi av førerkortet mitt fra i fjor. Den vil jeg ikke skal ligge i systemet deres lenger.",
     {"erasure"}),
    ("Tegninger", "Jeg sendte dere tegningene i januar. Det vil jeg ikke skal ligge hos dere.", set()),
    ("Pass", "Jeg sendte dere bilde av passet mitt i januar. Det vil jeg skal ligge hos dere til saken er ferdig.", set()),
    ("Pass", "Jeg sendte dere bilde av passet mitt i januar. Det vil jeg ikke skal ligge hos naboen.", set()),
    ("Pass", "Jeg sendte dere bilde av passet mitt. Den vil jeg ikke skal forsvinne før saken er ferdig.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT36_FAMILIES)
def test_heldout36_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout29 (formal and third-party writing – lawyers for a client, guardians, children with fullmakt for a parent,
# heirs, an accountant, vendor questionnaires and audits): each family found, in other words than the blind mails',
# beside look-alikes that must stay silent.
HELDOUT29_FAMILIES = [
    # the mandate to speak for someone in any compound or form ("fremtidsfullmakt", "generalfullmakt", "fullmektig",
    # nynorsk "verje"), so "henne"/"him" is whose data it is; a fullmektig in a building case or a power to sign an
    # application asks nothing of anyone's data
    ("Fremtidsfullmakt", "Far har fremtidsfullmakt, og jeg er fullmektig. Jeg ønsker å:\n- få slettet alt om ham som "
     "dere ikke må oppbevare etter bokføringsloven.", {"erasure"}),
    ("Mor", "Jeg har generalfullmakt fra mor. Kan dere slette det som står om henne i systemet deres?", {"erasure"}),
    ("Innsyn", "Eg er verje for bror min. Kva opplysningar har de registrert om han?", {"access"}),
    ("Framtidsfullmakt", "Framtidsfullmakta til mor er stadfesta. Kan de sende meg ein kopi av opplysningane de har om "
     "henne?", {"access"}),
    ("Father", "I hold a letter of authority from my father. Please delete the information you hold about him.",
     {"erasure"}),
    ("Byggesøknad", "Som fullmektig for tiltakshaver ber vi om kopi av tegningene og situasjonsplanen.", set()),
    ("Fullmakt", "Vedlagt er fullmakten. Hun kan signere søknaden og nabovarselet for meg.", set()),
    ("Fremtidsfullmakt", "Vi holder på med fremtidsfullmakt for mor. Kan dere flytte befaringen til fredag?", set()),
    # "whether or not" asks which it is, it negates nothing: a confirmation asked whether the firm processes the
    # person's data is access, not an objection or an erasure; processing in general, or something received, is not
    ("Subject access request", "We act for our client. Please provide confirmation as to whether or not you process "
     "personal data concerning our client.", {"access"}),
    ("Data", "Please confirm whether or not you hold my personal data.", {"access"}),
    ("Data", "Please tell me whether or not you still keep any personal data about me.", {"access"}),
    ("Opplysninger", "Kan dere bekrefte om dere lagrer opplysninger om meg?", {"access"}),
    ("Data", "Please do not process my personal data for marketing.", {"objection"}),
    ("Supplier", "Please confirm whether or not you process personal data outside the EEA.", set()),
    ("Faktura", "Kan dere bekrefte om dere har fått opplysningene mine fra banken?", set()),
    ("Tegninger", "Please confirm whether or not you store the drawings on a server in Norway.", set()),
    # a copy the person written for, or anyone, sent the firm earlier is a paper handed over, not a copy asked for; and
    # someone copied in on the mail is a recipient; a copy asked of the firm still asks
    ("Sletting", "Vi skriver på hans vegne. I fjor sendte Rune dere en kopi av førerkortet sitt og fødselsnummeret. Vi "
     "ber om at de slettes.", {"erasure"}),
    ("Erasure", "We act for our client. She sent your office copies of her passport and payslips. Please erase all "
     "personal data relating to her.", {"erasure"}),
    ("Sletting", "Jeg skriver for min mor og ber om at fødselsnummeret hennes slettes, jf. GDPR art. 17. Hun står på "
     "kopi av denne e-posten.", {"erasure"}),
    ("Deletion", "Please delete my personal data. My husband is copied in on this email.", {"erasure"}),
    ("Innsyn", "Jeg skriver for min mor. Hun sendte dere en kopi av passet i fjor, og nå vil vi ha en kopi av alt dere "
     "har om henne.", {"access"}),
    ("Innsyn", "Jeg vil ha opplysningene dere har om meg i kopi.", {"access"}),
    ("Tegning", "Jeg sendte dere kopi av skjøtet i går. Har dere fått det?", set()),
    # the firm's routines for requests, asked by a customer company, an auditor or a vendor questionnaire, name nobody's
    # request; the writer's own request beside it still reads, and so does a complaint with a new request
    ("Vendor questionnaire", "Please describe your procedures for handling data subject requests (access, erasure, "
     "rectification) under the GDPR and the average response time.", set()),
    ("Leverandørskjema", "Vi ber dere bekrefte rutinene deres for å håndtere krav om innsyn, sletting og retting etter "
     "personvernforordningen.", set()),
    ("Revisjon", "Som ledd i revisjonen ber vi om en oversikt over hvordan dere behandler personopplysninger etter "
     "GDPR, herunder rutiner for sletting.", set()),
    ("Due diligence", "Please describe how you handle erasure requests and subject access requests under the GDPR.",
     set()),
    ("Styret", "Før vi sender beboerlista, har styret spørsmål om hvordan dere håndterer personopplysninger. Har dere "
     "en databehandleravtale?", set()),
    ("Supplier", "Please confirm that you have a signed data processing agreement with us under Article 28 GDPR.",
     set()),
    ("Erasure", "Please delete my personal data under Article 17 GDPR. I'd also like to know your procedure for "
     "erasure requests.", {"erasure"}),
    ("Innsyn", "Jeg ber om innsyn i alle personopplysninger dere har om meg, jf. GDPR art. 15. Hvilke rutiner har dere "
     "for sletting?", {"access"}),
    ("Klage", "Jeg er misfornøyd med hvordan dere håndterer min forespørsel om innsyn. Jeg ber igjen om kopi av "
     "opplysningene dere har om meg.", {"access"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT29_FAMILIES)
def test_heldout29_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout37 (upset people: angry customers, ex-customers, neighbours, formal demands with deadlines): each family found
# in other words than the blind mails', beside look-alikes that must stay silent.
HELDOUT37_FAMILIES = [
    # recordings of the writer's calls with notes kept beside them, or said to be held by the firm, between the
    # recording and the calls ("alle opptak og notater dere har fra samtaler med meg") are still the writer's; a site
    # visit's recordings and notes, or how long the firm keeps them, are not
    ("Opptak", "Jeg krever å få kopi av alle andre opptak og notater dere har fra samtaler med meg.", {"access"}),
    ("Recordings", "I want a copy of any other recordings and notes you have of calls with me.", {"access"}),
    ("Opptak", "Send meg opptakene og notatene dere har fra telefonsamtalene mine.", {"access"}),
    ("Calls", "Could I get the recordings you made of my calls?", {"access"}),
    ("Opptak", "Jeg vil ha kopi av opptakene dere har av samtalene med meg.", {"access"}),
    ("Befaring", "Jeg vil ha kopi av opptakene og notatene fra befaringen.", set()),
    ("Site meeting", "Send me the recordings and notes you have of the site meeting.", set()),
    ("Lagring", "Hvor lenge lagrer dere opptak og notater fra samtaler med kunder?", set()),
    ("Tegninger", "Jeg vil ha kopi av alle andre tegninger dere har fra prosjektet.", set()),
    ("Saken", "Dere kan gjerne bruke opptak og notater fra samtaler med meg i saken.", set()),
    # the writer's call with someone of the firm's ("telefonsamtalen med deres prosjektleder") is theirs, so a
    # recording "of that call" asked for next is access; a recording of something else, minutes of a site meeting or
    # a promise held to are not
    ("Fastpris", "I telefonsamtalen med deres prosjektleder 14. mars ble det sagt at prisen var fast. Jeg krever å få "
     "kopi av opptaket av den samtalen.", {"access"}),
    ("Fixed price", "In the call with your project manager on 14 March he promised a fixed price. I want a copy of the "
     "recording of that call.", {"access"}),
    ("Befaring", "I telefonsamtalen med deres prosjektleder 14. mars ble det sagt at prisen var fast. Jeg vil ha kopi "
     "av opptaket av befaringen.", set()),
    ("Referat", "I telefonsamtalen med deres prosjektleder 14. mars ble det sagt at prisen var fast. Send meg referatet "
     "fra byggemøtet.", set()),
    ("Fastpris", "I telefonsamtalen med deres prosjektleder ble det lovet fastpris. Jeg krever at dere står ved det.",
     set()),
    ("Nabo", "Naboen hadde en samtale med deres prosjektleder. Jeg vil ha kopi av opptaket.", set()),
    # what the firm wrote or said of the writer, quoted ('står det at jeg er "en kunde vi bør kvitte oss med"', 'your
    # project manager wrote that I am "a client we should get rid of"') is the firm's words, no erasure asked; the
    # writer quoting their own earlier request, or asking beside the quote, still asks
    ("Internt", 'I e-posten skrev dere at jeg er «en kunde vi bør bli kvitt». Det er frekt.', set()),
    ("Rude", 'Your project manager wrote that I am "a client we should get rid of and delete from the list". '
     "Unacceptable.", set()),
    ("Rude", 'He called me "a customer to delete from the books". I expect an apology.', set()),
    ("Notat", 'Der står det blant annet at jeg er "en kunde vi bør kvitte oss med". Jeg vil se alt dere har skrevet om '
     "meg.", {"access"}),
    ("Purring", 'Jeg skrev i juli: "Slett alt dere har om meg." Det er fortsatt ikke gjort.', {"erasure"}),
    ("Reminder", 'I wrote in July: "Please delete everything you hold about me." Nothing has happened.', {"erasure"}),
    ("Notat", 'Der står det at jeg er "vanskelig". Slett det notatet og alt annet dere har om meg.', {"erasure"}),
    ("Notat", 'Dere skrev "slett kunden" i notatet. Jeg krever at dere sletter alle opplysninger om meg nå.',
     {"erasure"}),
    # the writer saying no correction is asked ("Jeg ber ikke om at noe rettes nå", "I am not asking for anything to be
    # corrected") leaves data called wrong as the reason for a restriction, and an authority or a court to see it
    # ("Datatilsynet skal få se det som det er") is shown it, not the writer; a correction or a copy asked beside stays
    ("Klage", "Dere har registrert uriktige opplysninger om meg, og jeg har klaget til Datatilsynet. Jeg ber ikke om at "
     "noe rettes nå, Datatilsynet skal få se det som det er. Inntil saken er avklart krever jeg at dere begrenser "
     "behandlingen av opplysningene om meg.", {"restriction"}),
    ("Complaint", "You have recorded wrong information about me and I have complained to Datatilsynet. I am not asking "
     "for anything to be corrected, the court will see it as it is. Until then, please restrict the processing of my "
     "data.", {"restriction"}),
    ("Art. 18", "Dere har registrert feil om meg i kunderegisteret. Jeg krever ikke retting, men at dere ikke bruker "
     "opplysningene mine før klagen er behandlet, jf. artikkel 18.", {"restriction"}),
    ("Adresse", "Dere har registrert feil adresse på meg. Jeg ber ikke om noen unnskyldning, bare at det rettes.",
     {"rectification"}),
    ("Telefon", "Dere har feil telefonnummer på meg. Datatilsynet skal få se dette. Jeg vil ha kopi av alt dere har om "
     "meg.", {"access", "rectification"}),
    ("Innsyn", "Jeg vil se alt dere har om meg, og Datatilsynet skal få se det også.", {"access"}),
    ("Innsyn", "Send meg alt dere har om meg, advokaten skal få se det.", {"access"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT37_FAMILIES)
def test_heldout37_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


HELDOUT39_FAMILIES = [
    # a private mailbox is an address the firm holds ("den private e-posten min", "my private email"), so taking it out
    # of the firm's systems is erasure; a private mail sent ("den private e-posten jeg sendte", "the personal email I
    # sent"), one sent to someone else or yesterday's, "e-post" alone, or an address to write to are not
    ("Privat", "Privatnummeret og den private e-posten min skal de ta bort frå systema dykkar.", {"erasure"}),
    ("Privat", "Den private e-posten min skal dere slette.", {"erasure"}),
    ("Privat", "Dere må fjerne den private mailen min fra kundelista.", {"erasure"}),
    ("Private", "Please remove my private email from your records.", {"erasure"}),
    ("Private", "My personal email should be taken out of your systems.", {"erasure"}),
    ("E-post", "Slett den private e-posten jeg sendte deg i går.", set()),
    ("E-post", "Slett den private e-posten min til Kari, den var ikke ment for dere.", set()),
    ("E-post", "Slett den private e-posten min fra i går, den var til Kari.", set()),
    ("Email", "Please delete the personal email I sent you by mistake.", set()),
    ("Email", "Please delete my private email from last week, it was meant for Tom.", set()),
    ("E-post", "Bare slett den forrige e-posten min.", set()),
    ("E-post", "Kan dere sende det til den private e-posten min i stedet?", set()),
    ("Loft", "Dette er min private e-post. Har dere hørt noe fra kommunen om loftet?", set()),
    # the writer saying no erasure is asked, with another change named first ("Jeg ber ikke om at noe endres eller
    # fjernes nå"), asks none; an erasure asked beside a change not asked still is one
    ("Begrensning", "Jeg ber om at dere begrenser behandlingen av opplysningene om meg. Jeg ber ikke om at noe endres "
     "eller fjernes nå.", {"restriction"}),
    ("Avgrensing", "Jeg ber om at dere begrenser behandlingen av opplysningene om meg. Eg ber ikkje om at noko vert "
     "endra eller sletta no.", {"restriction"}),
    ("Restriction", "Jeg ber om at dere begrenser behandlingen av opplysningene om meg. I am not asking for anything to "
     "be changed or removed now.", {"restriction"}),
    ("Slett", "Jeg ber ikke om at noe endres, men opplysningene om meg skal fjernes.", {"erasure"}),
    ("Slett", "Jeg ber ikke om at noe endres i tegningene. Slett alle opplysninger om meg.", {"erasure"}),
    ("Slett", "Kan dere slette opplysningene mine? Jeg ber ikke om at noe endres på tegningene.", {"erasure"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT39_FAMILIES)
def test_heldout39_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# Leftover sentences other helpers saw read wrong, each fixed as a family: several wordings in Norwegian and English,
# beside look-alikes that must keep their reading.
LEFTOVER_FAMILIES = [
    # no reason for the firm to hold things of the writer's (keys, samples, an old model) asks nothing of their data;
    # the writer's data in the same words still is erasure (heldout34)
    ("Nøkler", "There's no reason for you to hold on to our keys.", set()),
    ("Nøkler", "Det er ingen grunn til at dere har nøklene våre lenger.", set()),
    ("Modell", "No reason for you to keep our old model of the cabin.", set()),
    ("Prøver", "There's no need for you to hold on to our samples any more.", set()),
    ("Tegninger", "There's no reason for you to hold on to the drawings.", set()),
    ("Data", "There's no reason for you to hold on to our data.", {"erasure"}),
    ("Nummer", "Det er ingen grunn til at dere har nummeret mitt lenger.", {"erasure"}),
    ("Data", "There's no reason for you to hold on to our keys or my phone number.", {"erasure"}),
    # no reason for the firm *not* to have it: the two negations cancel, the writer wants it kept
    ("Brosjyre", "Det er ingen grunn til at dere ikke har noe om oss i brosjyren.", set()),
    ("Nettside", "Ingen grunn til at dere ikke har navnet vårt på nettsiden.", set()),
    ("Adresse", "Det er ingen grunn til at dere ikke skal ha adressen min.", set()),
    ("Number", "There's no reason for you not to keep my number.", set()),
    ("Data", "Det er ingen grunn til at dere har noe om oss liggende lenger.", {"erasure"}),
    # the writer taken out of the firm's register together with a member of the household; out of a work list, or
    # taken along to a site visit, is no erasure
    ("Register", "Ta meg og kona ut av registeret deres.", {"erasure"}),
    ("Kundeliste", "Ta meg og mannen min ut av kundelisten deres.", {"erasure"}),
    ("Register", "Kan dere få oss og barna ut av kunderegisteret?", {"erasure"}),
    ("Register", "Please take me and my wife off your register.", {"erasure"}),
    ("Records", "Take me and my husband out of your records.", {"erasure"}),
    ("Befaring", "Ta meg og kona ut av lista over deltakere på befaringen.", set()),
    ("Befaring", "Ta meg og kona med på befaringen.", set()),
    ("System", "Ta meg og samboeren min ut av systemet deres.", {"erasure"}),
    ("Database", "Please remove me and my husband from your database.", {"erasure"}),
    ("E-post", "Ta meg og kona ut av e-posttråden.", set()),
    ("Meeting", "Take me and my wife off the meeting invite.", set()),
    # once the writer said they applied for a job, "søknadsprosessen" and "søknaden" are their application, held by
    # the firm; without it, or after a building application, they are the firm's paper
    ("Søknad", "Jeg søkte på stillingen i fjor.\nKan dere slette alt fra søknadsprosessen?", {"erasure"}),
    ("Søknad", "Jeg søkte på stillingen som arkitekt i vår og fikk avslag. Kan dere slette alt fra søknadsprosessen?",
     {"erasure"}),
    ("Søknad", "Jeg søkte på stillingen. Kan dere slette alt fra søknaden min?", {"erasure"}),
    ("Application", "I applied for the job last spring. Could you delete everything from the application process?",
     {"erasure"}),
    ("Søknad", "Kan dere slette alt fra søknadsprosessen?", set()),
    ("Byggesøknad", "Vi søkte om rammetillatelse i fjor. Kan dere slette alt fra søknadsprosessen?", set()),
    ("Byggesøknad", "Vi søkte på tomten i fjor. Kan dere slette alt fra søknadsprosessen?", set()),
    ("Søknad", "Jeg søkte på stillingen i fjor og vil at dere sletter alt fra søknadsprosessen.", {"erasure"}),
    ("Søknad", "Jeg søkte på stillingen i fjor og lurer på om dere kan slette søknaden.", {"erasure"}),
    ("Byggesøknad", "Vi søkte om dispensasjon i fjor og vil at dere sletter søknaden.", set()),
    ("Byggesøknad", "Jeg søkte på stillingen, men dere kan slette den gamle byggesøknaden.", set()),
    # a deadline after the pronoun leaves it the object: "it" is the writer's data or paper named before; a drawing,
    # a draft, an invoice or nothing named before is no erasure
    ("Details", "Please delete my details no later than Friday.", {"erasure"}),
    ("Opplysninger", "Vennligst slett opplysningene mine senest fredag.", {"erasure"}),
    ("Details", "You have my phone number and address on file. Delete it no later than Friday.", {"erasure"}),
    ("CV", "I sent you my CV in March. Delete it no later than Friday.", {"erasure"}),
    ("CV", "Jeg sendte dere CV-en min i mars. Slett den senest fredag.", {"erasure"}),
    ("Pass", "Jeg sendte dere en kopi av passet mitt. Slett det senest fredag.", {"erasure"}),
    ("Passport", "I sent you a copy of my passport. Delete it before the end of the month.", {"erasure"}),
    ("Tegning", "I sent you the old drawing in March. Delete it no later than Friday.", set()),
    ("Tegning", "Jeg sendte dere tegningen i mars. Slett den senest fredag.", set()),
    ("Utkast", "We sent you the draft. Delete it no later than Friday and use the new one.", set()),
    ("Faktura", "The invoice has the wrong amount. Delete it no later than Friday.", set()),
    ("Delete", "Delete it no later than Friday.", set()),
    # an overview of what the firm kept about the writer, however spelt; of a project or the drawings it is not
    ("Overview", "could you give me an overview of what you have kept about us", {"access"}),
    ("Overview", "could you give me an overview of what youve kept about us", {"access"}),
    ("Overview", "Would you give us an overview of what you have kept about my husband and me?", {"access"}),
    ("Oversikt", "Kan dere gi oss en oversikt over hva dere har tatt vare på om oss?", {"access"}),
    ("Overview", "Could you give me an overview of what you have kept about the project?", set()),
    ("Oversikt", "Kan dere gi oss en oversikt over hva dere har tatt vare på av tegninger?", set()),
    # not knowing what the firm holds, said not to matter, asks for nothing; wanting to know still asks
    ("Lagret", "Vi vet ikke hva som er lagret om oss hos dere, men det gjør ingenting.", set()),
    ("Lagret", "Jeg vet ikke hva dere har lagret om meg, men det spiller ingen rolle.", set()),
    ("Lagret", "Vi vet ikke hva som er lagret om oss hos dere, og det bryr vi oss ikke om.", set()),
    ("Stored", "I don't know what you have stored about us, but it doesn't matter.", set()),
    ("Stored", "I'm not sure what you keep on file about me, but that's fine.", set()),
    ("Lagret", "Vi vet ikke hva som er lagret om oss hos dere, og det vil vi gjerne vite.", {"access"}),
    ("Stored", "I don't know what you have stored about us, and I'd like to know.", {"access"}),
    ("Stored", "I don't know what you have stored about me, but it doesn't matter – please send me a copy of it.",
     {"access"}),
    # … and whether it holds anything: the negation is of knowing, not of holding, so no erasure either
    ("Lagret", "Jeg vet ikke om dere har noe lagret om meg, men det gjør ingenting.", set()),
    ("Stored", "I don't know if you hold anything about me, but that's okay.", set()),
    ("Stored", "I'm not sure whether you keep anything about us, but that's fine.", set()),
    ("Lagret", "Jeg vil ikke at dere har noe lagret om meg.", {"erasure"}),
    ("Stored", "I don't want you to hold anything about me.", {"erasure"}),
    # Judgement: not needed because the writer sends a newer paper or calls themself swaps a paper or declines to give
    # a number; it asks for no erasure of data already held, so it stays silent. Said as a wish ("I'd rather you didn't
    # keep my CV"), with an erasure verb, or not needed "any more" for another reason, it still is erasure.
    ("CV", "You don't need to keep my CV, I'll send a new one.", set()),
    ("CV", "You don't need to keep my CV – I'll send you an updated one next week.", set()),
    ("CV", "Dere trenger ikke å ta vare på CV-en min, jeg sender en ny.", set()),
    ("Number", "There's no need for you to have my number, I'll call you.", set()),
    ("Nummer", "Det er ingen grunn til at dere har nummeret mitt, jeg ringer heller selv.", set()),
    ("CV", "I'd rather you didn't keep my CV.", {"erasure"}),
    ("CV", "You don't need to keep my CV any more, I've found a job elsewhere.", {"erasure"}),
    ("CV", "Please delete my CV, I'll send a new one.", {"erasure"}),
    ("Number", "There's no need for you to keep my number any more.", {"erasure"}),
    ("Number", "Please delete my number, I'll call you instead.", {"erasure"}),
    ("Number", "I'd rather you didn't keep my number, I'll call you when I need something.", {"erasure"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), LEFTOVER_FAMILIES)
def test_leftover_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout38 (short customer replies to the firm's own mail – confirmation, invoice, reminder, survey, Christmas
# greeting, newsletter, enquiry receipt – with the firm's mail quoted below): each family found, in other words than
# the blind mails', beside look-alikes that must stay silent.
HELDOUT38_FAMILIES = [
    # the enquiry or form the writer sent in, deleted after they named their data in it ("hele henvendelsen",
    # "skjemaet jeg sendte inn", "the whole enquiry", "the form I submitted"): erasure; the enquiry with no data named,
    # closed, answered, added to or kept, and a mail sent by mistake, stay silent
    ("Re: Henvendelse", "Jeg skrev inn telefonnummeret mitt og personnummeret mitt i skjemaet. Kan dere slette hele "
     "henvendelsen?", {"erasure"}),
    ("Re: Henvendelse", "Personnummeret mitt sto i meldingen. Slett hele henvendelsen, er dere snille.", {"erasure"}),
    ("Re: Kontaktskjema", "Telefonnummeret mitt og fødselsdatoen min sto i skjemaet. Kan dere slette skjemaet jeg "
     "sendte inn?", {"erasure"}),
    ("Re: We have received your enquiry", "I put my phone number and my date of birth in the contact form by mistake. "
     "Please delete the whole enquiry.", {"erasure"}),
    ("Re: Your enquiry", "My phone number was in it. Please delete the form I submitted.", {"erasure"}),
    ("Re: Henvendelse", "Kan dere fortelle meg hvilke opplysninger om oss som kom inn til dere? Og deretter slette hele "
     "henvendelsen.", {"access", "erasure"}),
    ("Re: Henvendelse", "Kan dere slette hele henvendelsen?", set()),
    ("SV: Dokumenter", "Bare slett den forrige mailen og bruk vedlegget her i stedet.", set()),
    ("Re: Henvendelse", "Telefonnummeret mitt er 900 00 000. Henvendelsen er besvart, takk.", set()),
    ("Re: Henvendelse", "Telefonnummeret mitt er 900 00 000. Dere kan lukke henvendelsen, vi fant ut av det.", set()),
    ("Re: Your enquiry", "My phone number is 900 00 000. You can close the enquiry, we sorted it out.", set()),
    ("Re: Henvendelse", "Telefonnummeret mitt er 900 00 000. Jeg vil gjerne legge til noe i henvendelsen.", set()),
    ("Re: Henvendelse", "Telefonnummeret mitt er 900 00 000. Ikke slett henvendelsen, jeg vil fortsatt ha svar.",
     set()),
    # the writer's new name given with the subject left out after a first verb ("Jeg har giftet meg og heter nå …",
    # "I got married and am now called …"), then "rett opp dette": rectification; someone else's new name, or the name
    # only told, stay silent
    ("SV: Bekreftelse", "Jeg har giftet meg og heter nå Kari Hanssen Lie. Kan dere rette opp dette i "
     "kundeopplysningene deres?", {"rectification"}),
    ("SV: Faktura", "Jeg har giftet meg og heter nå Kari Lie. Kan dere oppdatere det hos dere?", {"rectification"}),
    ("SV: Faktura", "Eg har gifta meg og heiter no Kari Lie. Kan de rette dette hos dykk?", {"rectification"}),
    ("SV: Purring", "Jeg har skilt meg, og heter nå Hansen igjen. Kan dere rette opp dette?", {"rectification"}),
    ("Re: Invoice", "I got married last summer and am now called Kari Lie. Could you update this in your records?",
     {"rectification"}),
    ("SV: Julehilsen", "Jeg har giftet meg og heter nå Kari Lie.", set()),
    ("SV: Tegning", "Jeg har giftet meg og heter nå Kari Lie. Tegningen kan gjerne ha det gamle navnet.", set()),
    ("SV: Nabovarsel", "Jeg har snakket med naboen, og han heter nå Per Lie. Kan dere rette opp dette?", set()),
    ("SV: Nabovarsel", "Datteren min har giftet seg og heter nå Lie. Kan dere rette opp dette hos dere?", set()),
    # a detail the firm holds said to be "også"/"still"/"dessverre" the old one, then put right: rectification; still
    # the old one but no matter, right already, or the company's number, stay silent
    ("SV: Bekreftelse", "Mobilnummeret dere har er også det gamle, nytt nummer er 934 55 210. Kan dere rette opp dette "
     "i kundeopplysningene deres?", {"rectification"}),
    ("SV: Faktura", "Telefonnummeret dere har er dessverre det gamle. Kan dere oppdatere det hos dere?",
     {"rectification"}),
    ("Re: Newsletter", "The phone number you have is also the old one. Please update it in your records.",
     {"rectification"}),
    ("SV: Faktura", "Mobilnummeret dere har er også det gamle, men det gjør ingenting, jeg har begge.", set()),
    ("SV: Faktura", "Adressen dere har er også riktig.", set()),
    ("SV: Faktura", "Telefonnummeret til firmaet som dere har er også det gamle. Kan dere oppdatere det hos dere?",
     set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT38_FAMILIES)
def test_heldout38_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# heldout41 (mail relayed by the firm's own systems: the contact form, the switchboard's SMS and voicemail relay, the
# customer portal, the website chat): the person's own words in such a notice read as theirs (original_sender: the
# address it gives for them, else their phone number), not the form's fixed text, its consent line or the staff
# member's chat lines; staff notes, replies and forwards from the same domains, and the systems' own notices, stay silent.
_FORM = ("Ny henvendelse fra kontaktskjema på proess.no\n\nNavn: Kari Berg\nE-post: kari.berg@example.no\n"
         "Telefon: 900 11 222\nMelding:\n{}\n\nJeg samtykker til at proESS AS lagrer og behandler opplysningene jeg har "
         "oppgitt for å kunne besvare henvendelsen, jf. personvernerklæringen: Ja\n\n---\nSendt fra https://proess.no/kontakt")
_SMS = ("SMS mottatt på 22 33 41 00 (proESS sentralbord)\nFra: +47 911 22 333\nTid: 01.04.2025 08:15\n\n{}\n\n--\n"
        "Videresendt automatisk av SMS-til-e-post. Svar på denne e-posten går ikke til avsender.")
_VOICEMAIL = ("Du har en ny talemelding.\n\nFra: +47 455 66 777\nMottatt: 02.04.2025 kl. 10:00\n\n"
              "Transkripsjon:\n\"{}\"\n\nTranskripsjonen er maskinlaget og kan inneholde feil. Lydfil vedlagt.")
_PORTAL = ("Det har kommet en ny melding på Min side.\n\nKunde: Per Dahl (kundenr. 10001)\nSak: 2025-001 Tilbygg\n"
           "Sendt: 03.04.2025 20:00\n\nMelding:\n{}\n\nLogg inn i Min side admin for å svare: https://minside.proess.no")
_CHAT = ("Chatlogg fra proess.no\nDato: 04.04.2025\nBesøkende: Nora (nora.lie@example.com)\nMedarbeider: Mari (proESS)\n\n"
         "[12:00] Besøkende: hei\n[12:01] Mari (proESS): {}\n[12:02] Besøkende: {}\n\n"
         "--- Samtalen ble avsluttet av besøkende kl. 12:03 ---")
HELDOUT41_FAMILIES = [
    # the contact form: the message field read, the address field as the writer's; Norwegian and English labels
    ("skjema@proess.no", "Ny henvendelse fra kontaktskjema",
     _FORM.format("Vi flyttet fra kommunen. Slett gjerne alt dere har lagret om oss."), {"erasure"},
     "kari.berg@example.no"),
    ("wordpress@proess.no", "New contact form submission",
     "Name: John Smith\nEmail: john.smith@example.com\nPhone: +44 7700 900000\nMessage: Could you send me a copy "
     "of the personal data you hold about me?\n\nI agree to the privacy policy.", {"access"}, "john.smith@example.com"),
    # a Reply-To line in the body names the person even with no address field
    ("noreply@proess.no", "Ny henvendelse fra kontaktskjema",
     "Reply-To: Ola Nes <ola.nes@example.no>\n\nNavn: Ola Nes\nTelefon:\nMelding: Hvilke opplysninger har dere "
     "registrert om meg?", {"access"}, "ola.nes@example.no"),
    # the form's own text and consent line ask nothing; nor does a quote request or a neighbour's case question
    ("skjema@proess.no", "Ny henvendelse fra kontaktskjema",
     _FORM.format("Kan dere gi et prisoverslag på tegninger til et tilbygg på 20 m2?"), set(), None),
    ("skjema@proess.no", "Ny henvendelse fra kontaktskjema",
     _FORM.format("Vi lurer på om vi trenger å søke for en terrasse. Ring meg gjerne etter kl. 16."), set(), None),
    # an SMS relayed to mail: the phone number when the text gives no address, the address it gives otherwise
    ("sms@varsling.proess.no", "SMS fra +47 911 22 333",
     _SMS.format("Hei, det er Lise. Prosjektet er ferdig, så dere kan fjerne nummeret mitt og navnet mitt fra "
                 "kundelisten."), {"erasure"}, "+47 911 22 333"),
    ("sms@varsling.proess.no", "SMS fra +47 911 22 333",
     _SMS.format("Hei! Kan dere sende meg en oversikt over hva dere har lagret om meg? Mail: lise.ro@example.no"),
     {"access"}, "lise.ro@example.no"),
    ("sms@varsling.proess.no", "SMS fra +47 911 22 333",
     _SMS.format("Hei, kan dere sende meg tegningene av garasjen på mail? lise.ro@example.no"), set(), None),
    ("sms@varsling.proess.no", "SMS fra +47 911 22 333",
     _SMS.format("Beklager, feil nummer. Bare slett meldingen."), set(), None),
    # a voicemail transcript, run-on speech without punctuation
    ("talepost@proess.no", "Talemelding fra +47 455 66 777 (0:40)",
     _VOICEMAIL.format("hei det er Bjørn jeg hadde en sak hos dere i fjor og nå vil jeg at dere sletter "
                       "opplysningene om meg takk"), {"erasure"}, "+47 455 66 777"),
    ("talepost@proess.no", "Talemelding fra +47 455 66 777 (0:40)",
     _VOICEMAIL.format("hei det er Bjørn dere kan slette den gamle versjonen av plantegningen og ring meg når "
                       "dere har tid"), set(), None),
    # a portal message: no address given, read as the customer's all the same (original_sender stays unknown)
    ("minside@proess.no", "Ny melding fra kunde via Min side – sak 2025-001",
     _PORTAL.format("Hei. Adressen min er feil registrert, det skal være Storgata 5 og ikke Storgata 3. Kan dere "
                    "rette det?"), {"rectification"}, None),
    ("minside@proess.no", "Ny melding fra kunde via Min side – sak 2025-001",
     _PORTAL.format("Hei, når kommer sluttfakturaen? Jeg finner ikke ferdigattesten under Dokumenter."), set(), None),
    # a chat transcript: the visitor's lines, never the staff member's question
    ("chat@proess.no", "Chatlogg – samtale avsluttet (besøkende #1)",
     _CHAT.format("Hva kan jeg hjelpe deg med?", "I would like you to delete all the personal data you have about "
                  "me."), {"erasure"}, "nora.lie@example.com"),
    ("chat@proess.no", "Chatlogg – samtale avsluttet (besøkende #1)",
     _CHAT.format("Vil du at vi sletter alle opplysningene vi har om deg?", "nei da, jeg lurte bare på åpningstidene"),
     set(), None),
    # the systems' own notices: a booking deleted, a newsletter sign-up to confirm
    ("booking@proess.no", "Booking slettet: Befaring 21.03.2025",
     "Denne bookingen er slettet.\n\nKunde: Kari Berg\nE-post: kari.berg@example.no\nTelefon: 900 11 222\n"
     "Slettet av: kunden\n\nBookingdata slettes automatisk etter 90 dager.", set(), None),
    ("nyhetsbrev@proess.no", "Bekreft påmeldingen din",
     "Hei Jonas!\n\nKlikk her for å bekrefte påmeldingen. Du kan når som helst trekke tilbake samtykket og melde deg "
     "av. Adressen din slettes automatisk etter 7 dager om du ikke bekrefter.", set(), None),
    # staff from the same domains: a note, a reply, a forward of a form asking a colleague to delete the notice
    ("henrik.lunde@proess.no", "Slett kunden",
     "Navn: Kari Berg\nMelding: husk å slette alt om henne fra CRM i dag.", set(), None),
    ("henrik.lunde@proess.no", "SV: Ny henvendelse fra kontaktskjema",
     "Hei Kari, takk for meldingen.\n\n> Navn: Kari Berg\n> E-post: kari.berg@example.no\n> Melding: Slett alt dere "
     "har om meg.", set(), None),
    ("henrik.lunde@proess.no", "VS: Ny henvendelse fra kontaktskjema",
     "Mari – kan du ta denne og slette skjemaet fra innboksen etterpå?\n\n-----Opprinnelig melding-----\n"
     "Fra: skjema@proess.no\nSendt: 11. mars 2025 07:58\nTil: post@proess.no\nEmne: Ny henvendelse fra kontaktskjema\n\n"
     "Navn: Vegard Ek\nE-post: vegard.ek@example.no\nMelding:\nHva koster tegninger til en takterrasse?", set(), None),
]


@pytest.mark.parametrize(("sender", "subject", "body", "kinds", "original"), HELDOUT41_FAMILIES)
def test_heldout41_families_and_their_look_alikes(sender, subject, body, kinds, original):
    findings = find_requests(subject, body, eval_requests.sender_of(sender))
    assert {finding.kind for finding in findings} == kinds
    assert all(finding.original_sender == original for finding in findings)


HELDOUT42_FAMILIES = [
    # the writer said to be in photos, named first ("jeg er godt synlig på to av bildene på Facebook-siden deres", "eg er
    # med på bileta", "I'm clearly visible in two of the photos"), so "ta dem ned og slette dem" erases them; a building
    # visible, the writer taking part ("med på å ta nye bilder") or photos of a visit tidied stay silent
    ("Bilder fra kurset", "Jeg ser at jeg er godt synlig på to av bildene på Facebook-siden deres. Kan dere ta dem ned og "
     "slette dem?", {"erasure"}),
    ("Bilder", "Jeg er med på tre av bildene på nettsiden deres. Slett dem, takk.", {"erasure"}),
    ("Bilete", "Eg er godt synleg på bileta på heimesida dykkar. Kan de fjerne dei?", {"erasure"}),
    ("Photos", "I'm clearly visible in two of the photos on your Facebook page. Could you take them down and delete "
     "them?", {"erasure"}),
    ("Bilder", "Jeg er med på bildene fra befaringen. Kan dere slette de uskarpe?", set()),
    ("Bilder", "Garasjen er godt synlig på bildene på nettsiden deres. Kan dere ta dem ned?", set()),
    ("Bilder", "Jeg er med på å ta nye bilder til nettsiden. Slett de gamle.", set()),
    # … in dialect and with "ta … ned/bort" opening the ask ("æ e godt synlig på bildan … ta dem ned og slett dem");
    # taken off a page, a drawing, a scaffold or a house sold stay silent
    ("bilder", "æ e godt synlig på bildan på facebook-sida dokkers. ta dem ned og slett dem", {"erasure"}),
    ("bilder", "vi er med på bildet øverst på nettsiden deres. kan dere fjerne det?", {"erasure"}),
    ("bilder", "jeg er med på bildet fra byggemøtet, det er helt greit.", set()),
    ("Nettside", "dere har et bilde av huset på nettsida. ta det bort, vi har solgt.", set()),
    ("Tegning", "Ta den gamle tegningen bort fra mappa.", set()),
    ("Stillas", "Ta ned stillaset før helgen.", set()),
    ("Drawings", "Take the old drawings off the shared folder.", set()),
    # photos of the writer's flat (a tenant's "leiligheten min", "my flat"), seen from inside, asked which the firm has
    # or to be sent: access; photos of a facade, a garage or a neighbour's house stay silent
    ("Bilder fra befaring", "Jeg vil vite hvilke bilder dere har av leiligheten min og hvem som har fått dem.",
     {"access"}),
    ("Bilder", "Hvilke bilder har dere av leiligheten min?", {"access"}),
    ("Photos", "I want to know which photos you have of my flat and who you have given them to.", {"access"}),
    ("Bilder", "Kan dere sende meg bildene av leiligheten min?", {"access"}),
    ("Bilder", "Hvilke bilder av fasaden har dere brukt i søknaden?", set()),
    ("Bilder", "Jeg vil vite hvilke bilder dere har av huset til naboen.", set()),
    ("Bilder", "Hvilke bilder har dere av garasjen?", set()),
    # a (former) employee's own work records, possessed ("mine egne timeregistreringer", "timelistene mine",
    # "e-postkontoen min", "my timesheets"), are their data: exported to take along, portability; not deleted and not
    # used until a dispute is settled, restriction; the project's time sheets or a reminder to hand them in stay silent
    ("Eksport av timeføringene mine", "Er det mulig å få ut mine egne timeregistreringer som CSV- eller Excel-fil?",
     {"portability"}),
    ("Timelister", "Kan eg få timelistene mine eksportert til Excel, så eg kan ta dei med til ny arbeidsgjevar?",
     {"portability"}),
    ("Timesheets", "Could I get my timesheets exported as a CSV file to take to my new employer?", {"portability"}),
    ("Timelister", "Jeg ber om at dere ikke sletter timelistene mine eller e-postkontoen min før saken er avklart, men at "
     "dere heller ikke bruker dem til noe annet i mellomtiden.", {"restriction"}),
    ("Timesheets", "Please don't delete my timesheets or my email account until the dispute is settled, but don't use "
     "them for anything else meanwhile either.", {"restriction"}),
    ("Timelister", "Slett timelistene mine og e-postkontoen min nå som jeg har sluttet.", {"erasure"}),
    ("Timelister", "Kan dere sende timelistene for prosjektet som Excel-fil?", set()),
    ("Timelister", "Husk å levere timelistene for uke 12 innen fredag.", set()),
    ("Timelister", "Kan dere slette e-postkontoen min nå som jeg har sluttet?", {"erasure"}),
    # (time sheets asked for NAV are papers for an authority, as h42-09's payslips are labelled)
    ("Timelister", "Kan jeg få timelistene mine fra 2023? Trenger dem til NAV.", set()),
    # what the writer has heard the firm will do ("Jeg har fått vite at dere skal rydde bort data om tidligere ansatte",
    # "I've been told you're going to delete …") is news, not a request; an erasure asked after it still is one
    ("Data", "Jeg har fått vite at dere skal rydde bort data om tidligere ansatte nå i sommer.", set()),
    ("Data", "Jeg har hørt at dere skal slette gamle kundeopplysninger etter nyttår.", set()),
    ("Data", "I've been told you're going to delete old staff records this summer.", set()),
    ("Data", "Jeg har hørt at dere skal slette gamle kundeopplysninger, men slett opplysningene mine nå med en gang.",
     {"erasure"}),
    ("Data", "Jeg har fått vite at dere skal rydde i kundelistene. Slett meg fra kundelistene deres.", {"erasure"}),
    # a mail that went astray ("Feilsendt e-post fra dere", "misdirected") says nothing wrong of the writer's data;
    # data said to be wrong still is
    ("Feilsendt e-post fra dere - og hvorfor har dere adressen min?", "Hei, jeg har aldri vært kunde.", {"access"}),
    ("Feilsendt", "Dere har feilsendt et tilbud til e-postadressen min. Hvem skulle hatt det?", set()),
    ("Misdirected", "You sent a misdirected email to my address.", set()),
    ("Feil", "Dere har feil adresse på meg. Rett den, takk.", {"rectification"}),
    ("Feil", "Adressen min er feil i systemet deres.", {"rectification"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT42_FAMILIES)
def test_heldout42_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


HELDOUT43_FAMILIES = [
    # photos with the writer in them, the scene between ("bilder av det nye tilbygget med meg og ungene på terrassen",
    # "a photo of the house with us in front"), published, then "bildene" taken down and deleted: erasure; photos of the
    # extension with its terrace, or photos the writer sent, stay silent
    ("bildene på nettsida", "Dere tok bilder av det nye tilbygget med meg og ungene på terrassen og la dem på nettsida. "
     "Jeg vil at bildene blir tatt ned og slettet.", {"erasure"}),
    ("Bilder", "Dere har et bilde av huset med oss foran på Instagram. Fjern det.", {"erasure"}),
    ("Photos", "You posted photos of the extension with me and the kids on the deck on your website. I want the photos "
     "taken down and deleted.", {"erasure"}),
    ("Bilder", "Dere tok bilder av tilbygget med terrassen på nettsida. Jeg vil at bildene blir tatt ned.", set()),
    ("Bilder", "Jeg sendte bilder av tilbygget med meg i går. Slett de gamle bildene.", set()),
    ("bilder", "dere har et bilde av huset med oss på trappa på nettsida. ta det bort", {"erasure"}),
    ("Photos", "You have a photo of the cabin with my kids and me on the porch on Instagram. Please remove it.",
     {"erasure"}),
    # in a run-on sentence typed on a phone, what the firm holds asked after a demand, a comma and "og" ("slett det, og
    # hva annet har dere lagret om meg …?"): access beside the erasure; the work asked about the same way is not
    ("nå er det nok", "hvorfor ba dere om personnummeret mitt? det hadde dere ingen grunn til, slett det, og hva annet "
     "har dere lagret om meg som dere ikke trenger? jeg vil vite det.", {"access", "erasure"}),
    ("nå", "slett personnummeret mitt, og hva mer har dere lagret om meg?", {"access", "erasure"}),
    ("now", "delete my ID number, and what else do you have stored about me?", {"access", "erasure"}),
    ("nå", "slett det, og ka meir har dokker lagra om mæ?", {"access", "erasure"}),
    ("nå", "slett personnummeret mitt, og hvilke opplysninger har dere ellers om meg?", {"access", "erasure"}),
    ("nå", "slett personnummeret mitt, og hva har dere egentlig gjort med søknaden?", {"erasure"}),
    ("nå", "slett det dere har lagret om meg, og hva skal jeg gjøre med fakturaen?", {"erasure"}),
    # contact for sales refused with the purpose a bare noun ("jeg vil ikke bli kontaktet for salg igjen", "ikke ring meg
    # om salg"): objection; calls about one offer, the sale of a plot, or until a date stay silent
    ("hvem er dere", "jeg har aldri vært kunde hos dere. jeg vil ikke bli kontaktet for salg igjen, verken på telefon "
     "eller sms", {"objection"}),
    ("Salg", "Ikke ring meg om salg igjen.", {"objection"}),
    ("Sal", "Eg vil ikkje bli ringt for sal meir.", {"objection"}),
    ("Sales", "I don't want to be contacted for sales again.", {"objection"}),
    ("Salg", "Jeg ønsker ikke å bli kontaktet om salg.", {"objection"}),
    ("SLUTT Å RINGE", "slutt å ringe om det tilbudet, vi er ferdige med den saken.", set()),
    ("Salg", "Ikke ring meg om salget av huset før megleren har vært her.", set()),
    ("Salg", "Jeg vil ikke bli kontaktet om salg av tomta før i august.", set()),
    # a consent to pass on, keep or contact by the writer's details taken back with the pronoun first ("det trekker jeg
    # tilbake", "det tek eg attende") or said to hold no longer ("det gjelder ikke lenger", "that no longer applies");
    # a yes to an offer, an offer or a meeting that no longer holds, stay silent; "sende meg tilbud" is marketing sent,
    # not a copy asked
    ("nummeret mitt", "da vi fikk tilbud på tilbygget sa jeg ja til at dere kunne gi nummeret mitt videre til "
     "entreprenører. det trekker jeg tilbake.", {"consent_withdrawal"}),
    ("Nummer", "Eg sa ja til at de kunne gi nummeret mitt vidare til røyrleggjarar. Det tek eg attende.",
     {"consent_withdrawal"}),
    ("samtykke", "eg sa ja til at dokker kunne ringe mæ om tilbud. det trekker eg tilbake", {"consent_withdrawal"}),
    ("Samtykke", "Jeg krysset av for at dere kunne beholde opplysningene mine og sende meg tilbud. Det gjelder ikke "
     "lenger.", {"consent_withdrawal"}),
    ("Consent", "I ticked the box allowing you to keep my details and send me offers. That no longer applies.",
     {"consent_withdrawal"}),
    ("Tilbud", "Vi sa ja til tilbudet på tilbygget. Det trekker jeg tilbake.", set()),
    ("Tilbud", "Jeg ga dere nummeret mitt i fjor. Tilbudet dere sendte gjelder ikke lenger, har jeg hørt.", set()),
    ("Befaring", "Avtalen om befaring på torsdag gjelder ikke lenger.", set()),
    # a consent to be contacted taken back under "ikke kontakt meg mer": not to be contacted is what the withdrawal
    # means, no objection besides; a consent to share taken back under the same subject still objects to contact
    ("ikke kontakt meg mer", "da jeg fikk tilbudet i fjor krysset jeg av på at dere kunne beholde opplysningene mine og "
     "kontakte meg om nye tjenester. det gjelder ikke lenger. slett det dere har om meg",
     {"consent_withdrawal", "erasure"}),
    ("ikke kontakt meg mer", "Jeg sa ja til at dere kunne ringe meg om nye tjenester. Det trekker jeg tilbake.",
     {"consent_withdrawal"}),
    ("Don't contact me again", "I ticked the box allowing you to contact me about new services. I withdraw that "
     "consent.", {"consent_withdrawal"}),
    ("ikke kontakt meg mer", "Jeg sa ja til at dere kunne dele navnet mitt med naboene. Det samtykket trekker jeg "
     "tilbake.", {"consent_withdrawal", "objection"}),
    # the writer's old name given up ("jeg heter ikke Hansen lenger", "I'm not called Hansen any more"), then "rett det
    # i systemet deres": rectification; a neighbour's name, or the name only told, stay silent
    ("feil navn!!!", "jeg heter ikke Hansen lenger, det har jeg ikke gjort siden skilsmissen. rett det i systemet deres "
     "så det står Berg overalt.", {"rectification"}),
    ("Namn", "Eg heiter ikkje Hansen lenger. Kan de rette det hos dykk?", {"rectification"}),
    ("Name", "I'm not called Hansen any more. Please correct it in your records.", {"rectification"}),
    ("navn", "jeg heter ikke Olsen lenger, jeg heter Berg nå. oppdater det i kundelista deres", {"rectification"}),
    ("Navn", "Naboen heter ikke Hansen lenger. Kan dere rette det på nabovarselet?", set()),
    ("Navn", "Jeg heter ikke Hansen lenger.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT43_FAMILIES)
def test_heldout43_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# How wholly the writer is to be taken out, said between "meg" and "ut av" (a bare "helt" hid "ta meg ut av kundelista").
QUITE_OUT_FAMILIES = [
    ("Kundeliste", "Hei. Vi bygger ikke likevel. Gidder dere ta meg helt ut av kundelista? Takk. Per", {"erasure"}),
    ("Kundeliste", "Kan de ta oss heilt ut av kunderegisteret dykkar?", {"erasure"}),
    ("Customer list", "Could you take me completely off your customer list?", {"erasure"}),
    ("Register", "Jeg vil ha meg fullstendig ut av registeret deres.", {"erasure"}),
    ("Register", "Kan dere få meg helt ut av systemet?", {"erasure"}),
    # look-alikes: someone or something else taken wholly out, the writer out of a meeting or a drawing
    ("Møte", "Kan dere ta meg helt ut av møteinnkallingen på fredag? Jeg kan ikke komme.", set()),
    ("Tegning", "Ta garasjen helt ut av tegningen, vi dropper den.", set()),
    ("Kopi", "Ta meg helt ut av kopifeltet på den tråden, Per følger opp.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), QUITE_OUT_FAMILIES)
def test_the_writer_taken_wholly_out_of_the_firms_lists(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


HELDOUT45_FAMILIES = [
    # everything the firm holds about the writer asked sent ("send meg alt dere har lagret om meg"), in a file to take
    # to another architect: access to all of it as well as portability; what the writer supplied alone, or the house's
    # drawings in a file, stay portability or silent
    ("data + bytte arkitekt", "vi har bestemt oss for å bruke en annen arkitekt videre. kan dere sende meg alt dere har "
     "lagret om meg – kontaktinfo, det jeg har fylt ut i skjemaene på nettsiden, notatene fra møtene osv – helst i en "
     "fil typ excel eller csv så jeg kan sende det rett videre til de nye?", {"access", "portability"}),
    ("Data", "Kan de sende meg alt de har lagra om meg, helst som ei csv-fil, så eg kan ta det med til ein ny arkitekt?",
     {"access", "portability"}),
    ("Data", "Could you send me everything you have stored about me, ideally as a CSV file I can pass on to the new "
     "architect?", {"access", "portability"}),
    ("Ny arkitekt", "Send meg alt sammen dere har registrert om oss i Excel, vi bytter til et annet firma.",
     {"access", "portability"}),
    ("Data", "Kan dere sende meg opplysningene jeg har gitt dere i en csv-fil, så jeg kan ta dem med til en ny arkitekt?",
     {"portability"}),
    ("Tegninger", "Kan dere sende alt dere har av tegninger av huset som dwg-filer til den nye arkitekten?", set()),
    ("Tegninger", "Send meg alt dere har om tilbygget i Excel, så sender jeg det videre til den nye arkitekten.", set()),
    # to whom "det"/"them" was given, asked once the writer's data was named, a sentence or two back: access; a document
    # in the question, or nothing of the writer's named, stay silent
    ("hvorfor ringer rørleggeren meg??", "ble ringt av et rørleggerfirma i går. jeg har aldri sagt ja til at dere kan "
     "dele infoen min med andre. vil ikke at dere gir nr eller mail til «samarbeidspartnere». og hvem andre har dere "
     "delt det med? vil ha svar på det.", {"access", "objection"}),
    ("Deling", "Jeg har aldri sagt ja til at dere kan dele nummeret mitt med andre. Det synes jeg er dårlig gjort av et "
     "firma som dere. Hvem har dere gitt det til?", {"access", "objection"}),
    ("Deling", "Eg har aldri sagt ja til at de kan dele e-postadressa mi med andre. Det er ikkje greitt. Kven har de delt "
     "ho med?", {"access", "objection"}),
    ("Sharing", "I never agreed to you sharing my details with anyone. That is not okay at all. Who else have you given "
     "them to?", {"access", "objection"}),
    ("Nummer", "Dere har gitt telefonnummeret mitt til en rørlegger uten å spørre. Hvem andre har dere gitt det til?",
     {"access"}),
    ("Number", "You passed my phone number on to a plumber. Who else have you shared it with?", {"access"}),
    ("Tegning", "Jeg har aldri sagt ja til at dere kan dele nummeret mitt. Det er ikke greit. Tegningen av garasjen, hvem "
     "har dere sendt den til?", set()),
    ("Tegninger", "Vi sendte dere tegningene av huset i fjor. Hvem har dere sendt dem videre til?", set()),
    ("Tilbud", "Hvem har dere delt det med? Tilbudet var ment for oss.", set()),
    ("Tilbud", "Telefonnummeret mitt står på skjemaet. Hvem har dere sendt tilbudet til?", set()),
    # (and with the data named just before, "det"/"dem" is the document named in the question when there is one)
    ("Tilbud", "Jeg har oppgitt telefonnummeret mitt i skjemaet. Tilbudet på garasjen, hvem har dere sendt det til?",
     set()),
    ("Tegninger", "Jeg ga dere adressen min i fjor. Tegningene av huset, hvem har dere gitt dem til?", set()),
    ("Nummer", "Jeg ga dere telefonnummeret mitt i fjor. Hvem har dere gitt det til?", {"access"}),
    ("Nummer", "Hvem har dere gitt telefonnummeret mitt til? Det sto på tilbudet.", {"access"}),
    # the use of the writer's name and notes paused until a dispute is cleared up, in a paper "eller noe annet sted"
    # (the paper one place of many, not the data as it stands on it), and "Slett det likevel ikke": restriction, no
    # erasure; "ikke bruker navnet mitt eller det De har skrevet" stops a use, "har skrevet" holds nothing
    ("Nabovarsel Vikaveien 5 – mitt navn", "I papirene som er sendt kommunen står det at jeg har gitt muntlig "
     "samtykke. Det har jeg ikke. Inntil det er avklart hva som faktisk ble sagt, ber jeg om at De ikke bruker navnet "
     "mitt eller det De har skrevet ned om meg i søknaden eller noe annet sted. Slett det likevel ikke, for min sønn "
     "sier det kan bli bruk for det hvis saken havner hos fylkesmannen.", {"restriction"}),
    ("Navnet mitt", "Til saken er avklart, ber jeg om at dere ikke bruker navnet mitt eller det dere har notert om meg i "
     "søknaden eller andre steder. Slett det likevel ikke.", {"restriction"}),
    ("Namnet mitt", "Til saka er avklart, ber eg om at de ikkje brukar namnet mitt i søknaden eller nokon andre stader. "
     "Slett det likevel ikkje.", {"restriction"}),
    ("My name", "Until this is cleared up, please do not use my name or what you wrote down about me in the application "
     "or anywhere else. Do not delete it, though.", {"restriction"}),
    ("Navnet mitt", "Jeg ber om at dere ikke bruker navnet mitt eller det dere har skrevet ned om meg til noe.",
     {"objection"}),
    ("Data", "Jeg vil ikke at dere bruker navnet mitt til noe, og jeg vil ikke at opplysningene mine ligger hos dere "
     "lenger.", {"erasure", "objection"}),
    ("Navnet mitt", "Jeg ber om at dere ikke bruker navnet mitt i søknaden før saken er avklart.", set()),
    ("Tegningen", "Slett den gamle tegningen likevel ikke, vi kan trenge den senere.", set()),
    ("Utkast", "Slett det likevel ikke, arkitekten vil se på utkastet en gang til.", set()),
    ("Passkopi", "Jeg sendte dere passkopien min i går. Slett den likevel ikke, dere trenger den til kontrakten.", set()),
    ("Passkopi", "Jeg sendte dere passkopien min i går. Slett den nå.", {"erasure"}),
    ("Slett", "Slett opplysningene mine, ikke bare nyhetsbrevet.", {"erasure"}),
    # a previous mail deleted beside the writer's data is no erasure of it (the issue: "slett forrige e-post" is no
    # request); the data said wrong there is corrected. More in a list after it is still erased.
    ("Adresse", "Adressen min er Storgata 5. Bare slett den forrige mailen, der sto det feil.", {"rectification"}),
    ("Adresse", "Adressa mi er Storgata 5. Berre slett den førre e-posten, der stod det feil.", {"rectification"}),
    ("Address", "My address is 5 High Street. Just delete my previous email, it had the wrong one.", {"rectification"}),
    ("Telefon", "Telefonnummeret mitt er 912 34 567. Slett den forrige mailen, det var feil nummer der.",
     {"rectification"}),
    ("Slett", "Slett den forrige mailen og alt dere har om meg.", {"erasure"}),
    ("Slett", "Slett den forrige mailen, og slett alt dere har om meg.", {"erasure"}),
    ("Feil", "Slett den forrige mailen min, feil vedlegg.", set()),
    ("E-post", "Slett e-postadressen min fra kundelista deres.", {"erasure"}),
    # a job applicant's old attachment taken from the application and replaced: the application is where it is taken
    # from, not what is erased; the application itself deleted still is
    ("Søknad på stillingen som arkitekt", "Kan dere fjerne det gamle vedlegget fra søknaden? Jeg har lagt ved riktig CV "
     "nå.", set()),
    ("Stilling", "Jeg søkte på stillingen i går. Kan dere fjerne det gamle vedlegget fra søknaden? Jeg har lagt ved "
     "riktig CV nå.", set()),
    ("Stilling", "Eg søkte på stillinga i går. Kan de fjerne det gamle vedlegget frå søknaden? Eg har lagt ved rett CV "
     "no.", set()),
    ("Job application", "I applied for the architect position last week. Could you remove the old attachment from my "
     "application? I've attached the right CV now.", set()),
    ("Stilling", "Jeg søkte på stillingen i fjor og vil at dere sletter alt fra søknadsprosessen.", {"erasure"}),
    ("Stilling", "Jeg søkte på stillingen i fjor. Slett søknaden min og CV-en.", {"erasure"}),
    ("Job application", "I applied for the position in March. Please delete my application and everything in it.",
     {"erasure"}),
    # the firm's mail addressed to the writer by a name in quotes ("mailene fra dere … kommer til «Lucas Vik»") is the
    # name the firm holds, so the name said wrong and put right is a correction; a company, a care home or a neighbour
    # a mail goes to stay silent
    ("feil navn + mail 🙃", "hei!\n\nalle mailene fra dere om takterrassen kommer til «Lucas Vik» og til den gamle "
     "studentmailen min, som stenges om to uker. heter Lukas Wiik (k og dobbel-w lol, alle skriver det feil)\n\nkan "
     "dere fikse det i systemet og bruke denne adressen fremover? thanks!", {"rectification"}),
    ("Navn", "Brevene fra dere kommer fortsatt til «Kari Hansen», men jeg heter Kari Berg nå. Kan dere rette det?",
     {"rectification"}),
    ("Namn", "Breva frå dykk kjem til «Ola Nordman», men eg heiter Ola Nordmann. Kan de rette det?", {"rectification"}),
    ("Name", "Your emails come addressed to \"Lucas Vik\", but my name is Lukas Wiik. Could you correct it in your "
     "system?", {"rectification"}),
    ("Faktura", "Fakturaen går til «Byggmester Hansen AS», det stemmer fint.", set()),
    ("Post", "Brevene fra dere kommer til «Solbakken omsorgssenter» nå, der bor jeg. Takk for at dere fikset det.", set()),
    ("Nabovarsel", "Nabovarselet kommer til «Per Hansen» i Vikaveien 7, han eier huset.", set()),
    # a box ticked to be contacted with the subject dropped ("fylte ut skjemaet … og krysset av for at dere kunne
    # kontakte meg"), then "har ombestemt meg, trekker tilbake det samtykket": the writer's consent taken back; a
    # neighbour's tick or a building date stay silent
    ("kontaktskjema", "hei,\n\nfylte ut «få et uforpliktende tilbud»-skjemaet på nettsiden deres forrige uke og krysset "
     "av for at dere kunne kontakte meg med nyheter og tilbud. har ombestemt meg, trekker tilbake det samtykket 🙅‍♀️\n\n"
     "og dere kan slette det jeg skrev i skjemaet også (navn, tlf og det om budsjettet vårt), vi har funnet en annen "
     "løsning.", {"consent_withdrawal", "erasure"}),
    ("skjema", "fylte ut skjemaet i går og krysset av for at dere kunne ringe meg om tilbud. har ombestemt meg, trekker "
     "tilbake det samtykket", {"consent_withdrawal"}),
    ("skjema", "fylte ut skjemaet og kryssa av for at de kunne kontakte meg med tilbod. har ombestemt meg, trekkjer "
     "tilbake det samtykket.", {"consent_withdrawal"}),
    ("form", "filled in your form last week and ticked the box so you could contact me with offers. changed my mind, "
     "withdrawing that consent.", {"consent_withdrawal"}),
    ("skjema", "Naboen fylte ut skjemaet og krysset av for at dere kunne kontakte ham. Han har ombestemt seg.", set()),
    ("skjema", "fylte ut skjemaet og krysset av for at dere kunne starte byggingen i mai. har ombestemt meg, det blir "
     "juni.", set()),
    # a mail word beside another detail in a list is the writer's address ("telefonnummeret og mailen min", "my phone
    # number and email"), so the rules read h45-36's erasure without the learned reading; a lone mail, a mail about a
    # tradesman's number, or the writer taken off a thread's cc stay silent
    ("fjern meg fra cc?", "heisann\n\nkan dere fjerne meg fra cc på mailtråden med kommunen om dispensasjonen for boden? "
     "Tobias og jeg har gått fra hverandre og han beholder huset, så han tar over det der.\n\nog slett gjerne "
     "telefonnummeret og mailen min fra kunderegisteret deres også, vil ikke bli kontakta om det huset mer 😩 han har "
     "alt dere trenger", {"erasure"}),
    ("Kunderegister", "Slett telefonnummeret og mailen min fra systemet deres.", {"erasure"}),
    ("Kunderegister", "Slett mailen og telefonnummeret mitt frå kunderegisteret dykkar.", {"erasure"}),
    ("Records", "Please delete my phone number and email from your customer records.", {"erasure"}),
    ("cc", "Kan dere fjerne meg fra cc på mailtråden med kommunen? Tobias tar over.", set()),
    ("Mail", "Slett den forrige mailen min fra tråden, den var til feil person.", set()),
    ("Snekker", "Slett mailen med telefonnummeret til snekkeren, han er ikke med lenger.", set()),
    # the set's own words, old and young: the writer struck off ("stryke meg av kartoteket Deres", "strike me off your
    # customer list"), "papirene mine" the writer's own papers, wished gone or taken out and shredded, and the slang
    # verbs "yeete" and "nuke"; a drawing, a sketch, an appointment or a cabin's address struck or yeeted, papers with
    # the estate agent or sent back, stay silent
    ("Kartoteket", "Vær så vennlig å stryke meg av kartoteket Deres.", {"erasure"}),
    ("Kartotek", "Ver så snill å stryke meg av kartoteket dykkar.", {"erasure"}),
    ("List", "Please strike me off your customer list.", {"erasure"}),
    ("Papirene", "Jeg vil ikke at papirene mine skal ligge hos dere lenger.", {"erasure"}),
    ("Papirene", "Jeg vil at De tar papirene mine ut av arkivet og makulerer dem.", {"erasure"}),
    ("Papirene", "Eg vil at de tek papira mine ut av arkivet og makulerer dei.", {"erasure"}),
    ("Papers", "Please take my papers out of your archive and shred them.", {"erasure"}),
    ("yeet", "yeet meg ut av systemet deres plz", {"erasure"}),
    ("yeet", "kan dere yeete alt om meg fra systemene deres?", {"erasure"}),
    ("yeet", "can u just yeet all my info from ur system", {"erasure"}),
    ("nuke", "bare nuke alt dere har om meg", {"erasure"}),
    ("Papirene", "Jeg vil ikke at papirene mine skal ligge hos megleren.", set()),
    ("Papirene", "Kan dere sende papirene mine tilbake i posten?", set()),
    ("Papirene", "Send meg papirene mine på huset, megleren trenger dem.", set()),
    ("Skisse", "bare yeet den gamle skissen, sender ny i kveld", set()),
    ("Tegning", "nuke tegningen av garasjen lol, vi dropper den", set()),
    ("Avtale", "yeet fredagsavtalen, mandag funker best", set()),
    ("Stryk", "Stryk den gamle tegningen av garasjen.", set()),
    ("Kartotek", "Stryk den gamle adressen til hytta av lista, den er solgt.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT45_FAMILIES)
def test_heldout45_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds
    # the rules read them alone too: the learned reading found h45-36's erasure at first sight
    assert {finding.kind for finding in find_requests(subject, body, learned=False)} == kinds


# heldout44: the writer's own item – an ID copy, a scanned signature, a call recording, camera footage, a credit check, a
# health detail, photos of them, their children or their rooms, an account number – deleted or asked about (who saw it,
# where it is kept, what the firm got). Look-alikes: the item sent, wanted for the writer's own use, shared, added to, or
# someone else's.
HELDOUT44_FAMILIES = [
    # an ID copy to be binned, thrown away or deleted, pointed back at by what it is
    ("Re: Dokumentasjon til banken", "The bank approved the loan. Since that's done, could you bin the passport copy I "
     "sent you? No reason for it to sit on your server now.", {"erasure"}),
    ("Passport", "Please throw away the copy of my passport now that the loan is through.", {"erasure"}),
    ("ID", "Could you bin my driving licence copy? The fullmakt is no longer in use.", {"erasure"}),
    ("Førarkort-kopien", "De fekk ein kopi av førarkortet mitt saman med fullmakta. Kan de vera så snill å sletta den "
     "kopien no?", {"erasure"}),
    ("Passkopi", "Dere fikk en kopi av passet mitt da vi skrev fullmakten. Vennligst slett kopien nå.", {"erasure"}),
    ("Passport", "You got a copy of my passport for the loan. Please delete that copy now.", {"erasure"}),
    # look-alikes: a new copy sent on, a staff routine, the recycling bin
    ("Ny passkopi", "Passet mitt gikk ut i mai. Legger ved kopi av det nye passet, kan du sende det videre til banken?",
     set()),
    ("Søppel", "Can you put the old drawings in the recycling bin when you clear the office?", set()),
    # a scanned signature deleted, named before the verb, or pointed back at
    ("Signaturen min", "Da vi skrev under ble signaturen min skannet inn hos dere. Selve bildefila av signaturen vil jeg "
     "at dere sletter.", {"erasure"}),
    ("Signatur", "Jeg vil at dere sletter den skannede signaturen min.", {"erasure"}),
    ("Signature", "Please delete the scan of my signature from your files.", {"erasure"}),
    ("Signatur", "Signaturene på side 3 mangler, kan du sende dokumentet på nytt?", set()),
    # who has seen the item, where it is kept (art. 15(1)(c))
    ("Re: Fullmakt", "Hvem hos dere har sett kopien av passet mitt? Ble den sendt videre, og hvor ligger den nå?",
     {"access"}),
    ("My signature on file", "Marte scanned my signature for the forms. I'd like to know where that scan is kept and who "
     "at your firm can get to it.", {"access"}),
    ("Førarkort", "Kven hjå dykk har sett kopien av førarkortet mitt?", {"access"}),
    ("Opptak", "Jeg ringte dere i mars. Hvor er opptaket av samtalen min med dere lagret?", {"access"}),
    ("Passport", "Who has seen the copy of my passport?", {"access"}),
    # look-alikes: where a drawing is, who has seen the neighbour's plan
    ("Tegninger", "Hvor ligger tegningene av tilbygget nå, og hvem har sett dem?", set()),
    ("Nabovarsel", "Hvem hos dere har sett merknaden fra naboen?", set()),
    # a health detail about the writer's family: who was told, deleted from report and notes
    ("Diagnosen til Oliver", "Jeg sendte dere utredningen fra BUP. Nå har jeg hørt at tømreren visste om diagnosen "
     "hans. Jeg vil vite hvem hos dere og utenfor som har fått se utredningen eller fått vite om diagnosen.",
     {"access"}),
    ("Det som står om mannen min", "I befaringsrapporten står det at mannen min har epilepsi. Vi vil at dere sletter den "
     "opplysningen fra rapporten og fra notatene deres.", {"erasure"}),
    ("Report", "The inspection report says that my son has autism. Please delete that information from your notes.",
     {"erasure"}),
    # look-alikes: a health need told for the work, a new diagnosis to take into account, an allergy note to add
    ("Mugg", "Samboeren min har astma, så vi må fjerne gammelt mugg og få på plass god ventilasjon.", set()),
    ("Sanserommet", "Theo har fått diagnose innen autismespekteret. Kan dere ta hensyn til det når dere tegner "
     "sanserommet?", set()),
    ("Allergi", "Yngstemann har kraftig allergi mot nikkel. Kan du legge inn en merknad om det i prosjektbeskrivelsen?",
     set()),
    # a credit check the firm ran on the writer: what it got from it
    ("Kredittsjekk??", "Fikk brev om at dere har kredittvurdert meg. Jeg har ikke bedt om kreditt. Hva var grunnen, og "
     "hvilke opplysninger fikk dere?", {"access"}),
    ("Credit check", "I got a letter saying you ran a credit check on me. What information did you get?", {"access"}),
    ("Kredittsjekk", "Eg fekk brev om at de har kredittsjekka meg. Kva fekk de vite?", {"access"}),
    ("Kredittsjekk av entreprenør", "Kan dere kjøre en kredittsjekk på Hovland Tre AS før vi signerer? Hvilke "
     "opplysninger fikk dere sist?", set()),
    # the writer's own name taken down from the website is erased; photos of a house only taken down are not
    ("Referanse", "Jeg trekker tilbake det samtykket, og ber om at navnet mitt og bildene av huset tas ned fra "
     "nettsiden deres.", {"consent_withdrawal", "erasure"}),
    ("Website", "Please take our names down from your website.", {"erasure"}),
    ("Nettsiden", "Vi trekker samtykket, og regner med at bildene tas ned fra nettsiden og Instagram.",
     {"consent_withdrawal"}),
    # a life changed is no detail changed
    ("Referanse på nettsiden", "Dere kunne bruke huset som referanseprosjekt, med navnet vårt. Situasjonen vår har "
     "endret seg, og jeg ønsker ikke dette lenger.", set()),
    ("Adresse", "Adressen min har endret seg, den nye er Storgata 2. Vennligst rett det.", {"rectification"}),
    # photos where the writer's family is seen, and photos of the children's rooms in the firm's portfolio
    ("Instagram", "Datteren min sitter i sofaen på ett av bildene. Fjern innlegget, og slett de bildene der hun eller "
     "tingene våre vises.", {"erasure"}),
    ("Instagram", "Please delete the photos where my son can be seen.", {"erasure"}),
    ("Bilete", "Slett bileta der eg synest.", {"erasure"}),
    ("Bilder", "Kan dere slette bildene der garasjen vises? De er fra før ombyggingen.", set()),
    ("Barnerommet", "I fjor sa vi ja til at dere kunne fotografere barnerommene og bruke bildene i porteføljen deres. "
     "Vi trekker tilbake samtykket, og ber om at bildene fjernes fra nettsiden og slettes.",
     {"consent_withdrawal", "erasure"}),
    ("Portfolio", "You photographed our bedroom for your portfolio. Please remove those photos from your website and "
     "delete them.", {"erasure"}),
    ("Instagram post", "Loved seeing our kitchen on your Instagram! Would you mind adding my name in the caption and "
     "tagging my account?", set()),
    # a camera turned away from the writer's home, or told to stop filming them, objects to it; one moved for the work,
    # or away from a neighbour's house, does not
    ("Kameraet", "Kameraet på brakka ser rett inn i hagen vår. Jeg krever at kameraet snus bort fra eiendommen vår "
     "umiddelbart, og at alt dere har tatt opp av oss blir slettet.", {"objection", "erasure"}),
    ("Camera", "Please turn the camera away from our garden.", {"objection"}),
    ("Kamera", "Slutt å filme oss og hagen vår!", {"objection"}),
    ("Kamera", "Kan dere flytte kameraet så det dekker hele byggeplassen?", set()),
    ("Kamera", "Kameraet bør snus bort fra naboens hus, han har klaget.", set()),
    # the item pointed back at, not to be shared or used until the writer has an answer: restriction
    ("Diagnosen", "Tømreren visste om diagnosen hans. Til jeg har fått svar vil jeg at dere ikke deler den med noen "
     "flere eller bruker den til noe annet enn tegningene.", {"restriction"}),
    ("Diagnosis", "You have the report on my son's diagnosis. Please don't share it with anyone until I've had an "
     "answer.", {"restriction"}),
    ("Tegninger", "Ikke del tegningene med naboen før vi har sett på dem.", set()),
    # the same across item kinds: a call listened to, the writer filmed by a drone or a site camera, photos where the
    # writer lies or stands, a doctor's letter, a fødselsnummer or an account number asked about by who and where
    ("Recording", "I called your office last week. Who has listened to the recording of my call?", {"access"}),
    ("Opptak", "Jeg ringte dere i mars. Hvem har hørt på opptaket av samtalen min?", {"access"}),
    ("Drone", "Your drone filmed me and my kids in the garden. Please delete that footage.", {"erasure"}),
    ("Kamera", "The site camera filmed me on Thursday. Where is that footage kept and who has seen it?", {"access"}),
    ("Dronebilde", "Dronebildene der jeg ligger på plenen vil jeg at dere sletter.", {"erasure"}),
    ("Rullestol", "I sent you my doctor's letter about the wheelchair. Who has seen it?", {"access"}),
    ("Rullestol", "I sent you my doctor's letter about the wheelchair. Please delete it now that the ramp is built.",
     {"erasure"}),
    ("Fødselsnummer", "Kven hjå dykk har tilgang til fødselsnummeret mitt?", {"access"}),
    ("Account number", "Who at your firm has access to my bank account number?", {"access"}),
    ("Passkopi", "Hvor lenge oppbevarer dere kopien av passet mitt?", {"access"}),
    # look-alikes: a car in the photo, where to send a copy, a drawing seen, a camera dazzling drivers, a film of the
    # house for a sale, a meeting recording shared or deleted, a health need to take into account, a credit check asked
    # for, a signature to put on a form
    ("Bilder", "Kan dere slette bildene der bilen vår står? De er fra før ombyggingen.", set()),
    ("Kopi", "Hvor skal jeg sende kopien av førerkortet mitt?", set()),
    ("Tegninger", "Hvem hos dere har sett tegningene av tilbygget? Naboen hadde dem.", set()),
    ("Kamera", "Kan dere snu kameraet bort fra veien, det blender sjåførene?", set()),
    ("Drone", "Dronen deres filmet huset vårt. Kan vi få filmen til salgsoppgaven?", set()),
    ("Opptak", "Kan du dele opptaket av møtet med Helge? Han var ikke med.", set()),
    ("Opptak", "Kan du slette opptaket av møtet? Det var feil møte.", set()),
    ("Rommet", "My son has autism. Please take that into account when you draw the room.", set()),
    ("Kreditt", "Kan dere ta en kredittsjekk på meg? Banken ber om det.", set()),
    ("Signatur", "Kan du legge inn den skannede signaturen min på søknaden?", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT44_FAMILIES)
def test_heldout44_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


_FORVALTER_RELAY = ("Hei,\n\nVi er forretningsfører for Solbakken sameie. En av seksjonseierne, Per Arild Nesheim (seksjon "
                    "14), har tatt kontakt med oss og bedt om at vi videresender dette til dere. Han har signert vedlagte "
                    "skjema der han gir oss fullmakt til å fremme kravet.\n\n----- Videresendt melding -----\nFra: Per "
                    "Arild Nesheim\nTil: forvaltning@boligforvalt.no\nEmne: proESS\n\n{original}\nPer Arild\n\n-----\nGi "
                    "oss gjerne en bekreftelse når det er gjort.\n\nMed vennlig hilsen\nHanne Lykke\nForvalter")
HELDOUT47_FAMILIES = [
    # what the firm holds asked indirectly with the verb before its subject, as a clause opened by something else puts
    # it ("Først vil jeg gjerne vite hva …"), an erasure after it in the same sentence: access as well
    ("Ikke noe tilbygg likevel – slett alt om meg", "Først vil jeg gjerne vite hva dere har lagret om meg (navn, adresse, "
     "bilder fra befaringen, notater?), og deretter ber jeg om at alt sammen slettes.", {"access", "erasure"}),
    ("Hei", "Fyrst vil eg gjerne vite kva de har lagra om meg, og deretter ber eg om at alt saman vert sletta.",
     {"access", "erasure"}),
    ("Hei", "Aller først lurer jeg på hva dere har registrert om meg, og deretter vil jeg at dere sletter det.",
     {"access", "erasure"}),
    ("Hei", "First I would like to know what you have stored about me, and after that please delete all of it.",
     {"access", "erasure"}),
    ("Hei", "Nå vil jeg gjerne vite hva dere har lagret om meg.", {"access"}),
    ("Hei", "Først vil jeg gjerne vite hva dere har planlagt for tomta, og deretter ber jeg om at den gamle tegningen "
     "slettes.", set()),
    ("Hei", "Så vil vi gjerne vite hva dere har tegnet så langt.", set()),
    ("Hei", "Dernest lurer vi på hva dere har fått inn av tilbud fra snekkerne.", set()),
    # an owner's own mail a forvalter or a board relays with his fullmakt, his name in the header and no address: his
    # request (the forvalter holds the fullmakt, so it stays with the mail); a relay of a mail that asks nothing of the
    # firm's data, or a forward "til info", stays silent
    ("VS: Beboer i Solbakken sameie ber om sletting", _FORVALTER_RELAY.format(
        original="Dere kan gjerne sende denne videre: Jeg vil at proESS sletter navnet mitt, telefonnummeret og e-posten "
                 "min fra alt de har om parkeringsprosjektet. Jeg deltok ikke i dugnaden og vil ikke stå på noen lister "
                 "hos dem."), {"erasure"}),
    ("VS: Innsyn", _FORVALTER_RELAY.format(original="Jeg vil vite hvilke opplysninger proESS har lagret om meg."),
     {"access"}),
    ("VS: Sletting", "Hei,\n\nEin av seksjonseigarane har bede oss om at me sender dette vidare til dykk, fullmakt ligg "
     "ved.\n\n---------- Videresendt melding ----------\nFra: Kari Nilsen\nEmne: Telefonnummer\n\nEg vil at de slettar "
     "telefonnummeret mitt og e-postadressa mi frå listene dykkar.\nKari", {"erasure"}),
    ("Fwd: Deletion", "Hello,\n\nThe owner of flat 3 has asked us to forward this to you; his signed authorisation is "
     "attached.\n\n---------- Forwarded message ---------\nFrom: John Smith\nDate: Mon, 3 Mar 2025\nSubject: My details"
     "\n\nPlease delete my phone number and email address from your records.\nJohn", {"erasure"}),
    *[("VS: Sletting", intro + "\n\n---------- Videresendt melding ----------\nFra: Per Hansen\nDato: 3. mars 2025\n"
       "Emne: Sletting\n\nJeg vil at dere sletter telefonnummeret og e-postadressen min fra listene deres.\nPer",
       {"erasure"}) for intro in ("Seksjonseier Per Hansen har bedt oss videresende følgende til dere.",
                                  "Per Hansen har bedt oss om å sende henvendelsen hans videre til dere.",
                                  "Beboeren har bedt styret om å videresende dette til dere.",
                                  "Vi videresender på vegne av seksjonseier Per Hansen, jf. vedlagt fullmakt.",
                                  "We are forwarding this on behalf of the owner of flat 3.")],
    ("VS: Sletting", "Se under, hva mener dere?\n\n---------- Videresendt melding ----------\nFra: Per Hansen\nDato: 3. "
     "mars 2025\nEmne: Sletting\n\nJeg vil at dere sletter telefonnummeret og e-postadressen min fra listene deres.\nPer",
     set()),
    ("VS: Støy", _FORVALTER_RELAY.format(original="Støyen fra byggeplassen begynner klokka sju hver morgen. Kan proESS "
                                                  "be entreprenøren vente til åtte?"), set()),
    ("VS: Tegninger", _FORVALTER_RELAY.format(original="Kan proESS sende meg tegningene av parkeringsplassen?"), set()),
    ("VS: Lister", "Til info, se under.\n\n----- Videresendt melding -----\nFra: Per Arild Nesheim\nTil: "
     "forvaltning@boligforvalt.no\nEmne: Dugnad\n\nJeg vil ikke stå på dugnadslistene deres mer, slett meg.\nPer Arild",
     set()),
    # the data of a group of others (the residents, the staff, the members) asked for by a board or an employer that
    # speaks for none of them: no data-subject request, and "oppdatere vårt eget beboerregister" corrects nothing of the
    # firm's; a resident asking for their own, among the others, still asks
    ("Oversikt over beboerregister fra befaringene", "Styret ønsker innsyn i de opplysningene dere har registrert om "
     "beboerne – helst som en samlet liste (Excel) med leilighetsnummer, navn, telefon og hva hver enkelt svarte. Vi "
     "skal bruke det til å oppdatere vårt eget beboerregister og til å fordele kostnader for innglassing. Kan dere "
     "sende dette til styret innen fredag?", set()),
    ("Beboerregister", "Styret ber om innsyn i alle personopplysninger dere har registrert om beboerne i borettslaget. "
     "Kan dere sende det innen fredag?", set()),
    ("Bebuarar", "Styret ønskjer innsyn i opplysningane de har registrert om bebuarane. Kan de senda dette til styret?",
     set()),
    ("Residents", "As the board, we request access to the personal data you hold about all residents. Could you send "
     "it by Friday?", set()),
    ("Ansatte", "Som arbeidsgiver ber vi om innsyn i hva dere har lagret om våre ansatte. Kan dere sende en liste?",
     set()),
    ("Ansatte", "Vi ønsker en oversikt over hvilke opplysninger dere har om de ansatte hos oss. Kan dere sende den?",
     set()),
    ("Medlemmer", "Kan dere fortelle oss hvilke opplysninger dere har om medlemmene våre?", set()),
    ("Register", "We will use it to update our own records of the residents. Could you send it by Friday?", set()),
    ("Tenants", "Which personal details do you hold on our tenants? Please send us a copy.", set()),
    ("Liste", "Kan dere sende oss navn og telefonnummer til alle beboerne? Vi trenger dem til dugnaden.", set()),
    ("Meg", "Which personal details do you hold on me and the other tenants? Please send me a copy.", {"access"}),
    ("Meg", "Kan dere sende meg navnet og telefonnummeret dere har på meg, og på de andre beboerne?", {"access"}),
    ("Innsyn", "Jeg er beboer i borettslaget og ber om innsyn i opplysningene dere har registrert om meg.", {"access"}),
    ("Innsyn", "Hva har dere registrert om oss beboerne? Jeg vil ha en kopi av det som gjelder meg.", {"access"}),
    ("Innsyn", "Jeg ber om innsyn i personopplysningene dere har om meg. Vi er også nysgjerrige på hva dere har om de "
     "andre beboerne.", {"access"}),
    ("Address", "Please update your records with my new address: Storgata 3.", {"rectification"}),
    ("Adresse", "Kan dere oppdatere registeret deres med den nye adressen min? Den er Storgata 3.", {"rectification"}),
    # the processing limited to storage, art. 18(2)'s own words ("begrenses til oppbevaring", "restricted to storage"):
    # a restriction; a balcony or a basement limited to something, or documents not to be deleted, are not
    ("Innsyn og begrensning – vår klient Hilde Sandvik", "Advokatfirmaet Lunde bistår Hilde Sandvik i forbindelse med en "
     "mulig tvist om prosjekteringen av hennes garasje.\n\nPå vegne av klienten, jf. vedlagte fullmakt, ber vi om:\n\n"
     "1. Innsyn i alle personopplysninger proESS har registrert om Hilde Sandvik, herunder e-post, telefonnotater og "
     "interne meldinger der hun er omtalt.\n2. At opplysningene ikke slettes, og at behandlingen av dem begrenses til "
     "oppbevaring inntil tvisten er avklart. Opplysningene kan bli nødvendige for å fastsette rettskrav.",
     {"access", "restriction"}),
    ("Begrensning", "Jeg ber om at behandlingen av opplysningene mine begrenses til lagring til klagen er behandlet.",
     {"restriction"}),
    ("Avgrensing", "Eg ber om at behandlinga av opplysningane mine vert avgrensa til berre lagring inntil saka er avklart.",
     {"restriction"}),
    ("Restriction", "Please limit the processing of my data to storage only while my complaint is open.",
     {"restriction"}),
    ("Balkong", "Balkongen må begrenses til to meter i dybden.", set()),
    ("Kjeller", "Bruken av kjelleren er begrenset til lagring, ikke beboelse. Kan dere tegne det slik?", set()),
    ("Dokumentasjon", "Vi ber også om at dere ikke sletter noe av dokumentasjonen i prosjektmappen før saken er løst.",
     set()),
    # the firm's note that quoted how the writer behaved ('står at jeg "nektet adgang … og var lite samarbeidsvillig"'),
    # said to be untrue, asked corrected ("Jeg ber om at notatet rettes"), its use paused until then ("Inntil det er gjort
    # vil jeg ikke at opplysningen brukes"): a rectification and a restriction; what the writer approved or wished, a
    # drawing's date or a roof's state are the project's
    ("Feil i notatet om meg", "Via naboen fikk jeg vite at det i et notat fra dere står at jeg \"nektet adgang ved "
     "befaring og var lite samarbeidsvillig\". Det stemmer ikke: befaringen ble avlyst fordi deres folk ikke møtte opp. "
     "Jeg ber om at notatet rettes. Inntil det er gjort vil jeg ikke at opplysningen brukes eller sendes videre til "
     "noen, heller ikke til naboen eller til kommunen.", {"rectification", "restriction"}),
    ("Rapport", "I befaringsrapporten deres står det at jeg \"truet snekkeren\". Det er ikke sant. Jeg vil at rapporten "
     "rettes, og inntil det er gjort skal ikke opplysningen brukes eller sendes videre.",
     {"rectification", "restriction"}),
    ("Notat", "I notatet dykkar står det at eg \"nekta dykk tilgang og var lite samarbeidsvillig\". Det stemmer ikkje. "
     "Eg ber om at notatet vert retta. Inntil det er gjort, vil eg ikkje at opplysninga vert brukt eller sendt vidare.",
     {"rectification", "restriction"}),
    ("Note", "Your site note says I \"refused access and was uncooperative\". That is not true. Please correct the note. "
     "Until that is done I do not want the information used or passed on to anyone.", {"rectification", "restriction"}),
    ("Notat", "I notatet står det at jeg \"godkjente tegningene 3. mai\". Det stemmer ikke, jeg godkjente dem 5. mai. Kan "
     "dere rette datoen på tegningen?", set()),
    ("Referat", "I referatet står det at vi \"ønsket større vinduer\". Det stemmer ikke. Jeg ber om at referatet rettes.",
     set()),
    ("Rapport", "Rapporten sier at taket \"var i dårlig stand\". Det stemmer ikke. Rett rapporten.", set()),
    ("Retta", "Vi har retta opp feilen i tegningen, og kritikken i rapporten er retta mot entreprenøren.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT47_FAMILIES)
def test_heldout47_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, Sender(own_domains=("proess.no",)))} == kinds


# heldout46: a short reply whose meaning is the firm's own question quoted below it, in Outlook's header block, Gmail's
# "… skrev …:" line over "> " lines, or iPhone's quoted intro (rules/subject_requests.py _answer_findings)
def _outlook(answer: str, asked: str, english: bool = False) -> str:
    if english:
        header = ("From: Kari Hansen <kari.hansen@proess.no>\nSent: Monday, 9 November 2026 09:42\n"
                  "To: Tone Viken <tone.viken@hotmail.com>\nSubject: Project completed")
    else:
        header = ("Fra: Kari Hansen <kari.hansen@proess.no>\nSendt: mandag 9. november 2026 09:42\n"
                  "Til: Tone Viken <tone.viken@hotmail.com>\nEmne: Prosjekt avsluttet")
    return f"{answer}\n\nTone\n\n{header}\n\n{asked}\n\nMed vennlig hilsen\nKari Hansen\nproESS AS\nTlf. 932 11 480"


def _gmail(answer: str, asked: str, english: bool = False, writer: str = "Jonas Berg <jonas.berg@proess.no>") -> str:
    intro = (f"On Tue, 6 Oct 2026 at 12:40, {writer} wrote:" if english else
             f"tir. 20. okt. 2026 kl. 14:05 skrev {writer}:")
    quoted = "\n".join(f"> {line}" if line else ">" for line in f"{asked}\n\nMed vennlig hilsen\nJonas Berg".splitlines())
    return f"{answer}\n\nGeir\n\n{intro}\n\n{quoted}"


def _iphone(answer: str, asked: str, english: bool = False) -> str:
    intro = ("On 6 May 2026, at 16:12, Marte Lie <marte.lie@proess.no> wrote:" if english else
             "3. jun. 2026 kl. 11:20 skrev Marte Lie <marte.lie@proess.no>:")
    quoted = "\n".join(f"> {line}" if line else ">" for line in f"{intro}\n\n{asked}\n\nMarte Lie".splitlines())
    return f"{answer}\n\n{'Sent from my iPhone' if english else 'Sendt fra min iPhone'}\n\n{quoted}"


_KEEP_OR_DELETE = ("Hei,\n\nProsjektet er ferdigmeldt og avsluttet hos oss.\n\nØnsker du at vi beholder "
                   "kontaktopplysningene dine for fremtidige henvendelser, eller skal vi slette dem?")
_KEEP_OR_DELETE_NN = "Hei,\n\nProsjektet er avslutta.\n\nVil du at vi tek vare på kontaktopplysningane dine, eller skal vi slette dei?"
_KEEP_OR_DELETE_EN = ("Hi,\n\nThe project is now closed on our side.\n\nWould you like us to keep your contact details on file "
                      "for future enquiries, or should we delete them?")
_KEEP_ONLY = "Hei,\n\nProsjektet er avsluttet.\n\nØnsker du at vi beholder kontaktopplysningene dine for fremtidige henvendelser?"
_KEEP_ONLY_EN = "Hi,\n\nThe project is closed.\n\nWould you like us to keep your contact details on file?"
_PAPERS_BACK = "Hei,\n\nVi har fortsatt kopien av førerkortet ditt liggende fra byggesøknaden.\n\nTrenger du den tilbake?"
_REMOVE_FROM_LIST = "Hei,\n\nTakk for at sluttfakturaen er betalt.\n\nSkal vi fjerne deg fra kundelisten vår nå som garasjen er ferdig?"
_REMOVE_FROM_LIST_EN = "Hi,\n\nThanks for settling the invoice.\n\nShall we remove you from our client list now that the garage is done?"
_PAPERS = ("Hei,\n\nVi har fortsatt kopien av førerkortet ditt liggende fra byggesøknaden.\n\nTrenger du den tilbake, eller "
           "skal vi makulere den?")
_SCOPE = ("Hei,\n\nVi har notert at du ønsker at vi sletter kundeopplysningene dine.\n\nSkal det også gjelde "
          "e-postkorrespondansen og notatene fra befaringen, eller bare kontaktopplysningene?")
_COPY_OFFER = ("Hei,\n\nVi rydder i kundearkivet og arkiverer gamle prosjekter.\n\nGi beskjed om du vil ha en kopi av det vi "
               "har registrert om deg før vi arkiverer.")
_COPY_OFFER_NN = "Hei,\n\nVi ryddar i kundearkivet.\n\nVil du ha ein kopi av opplysningane vi har registrert om deg før vi arkiverer?"
_COPY_OFFER_EN = ("Dear Sarah,\n\nWe are clearing out our client archive.\n\nLet us know if you would like a copy of the "
                  "personal information we have registered about you before the files are archived.")
_OVERVIEW_SENT = ("Hei,\n\nVedlagt finner du oversikten over personopplysningene vi har registrert om deg, som du ba om 16. "
                  "mars.\n\nGi beskjed om noe er uklart.")
_CONFIRM = "Hei,\n\nBekrefter befaring fredag.\n\nVi har notert mobilnummeret ditt som 912 34 567 – stemmer det?"
_CONFIRM_EN = "Hi,\n\nConfirming the visit on Friday.\n\nWe have your mobile number as 912 34 567 – is that correct?"
_PHOTOS_ALLOWED_BEFORE = ("Hei,\n\nBildene av huset ditt i Åsveien, som du ga oss lov til å bruke i 2024, ligger fortsatt i "
                          "referansegalleriet.\n\nKan vi bruke dem videre på den nye siden?")
_PHOTOS_ALLOWED_BEFORE_EN = ("Hi,\n\nThe photos of your house, which you gave us permission to use in 2024, are still in our "
                             "gallery.\n\nCan we keep using them on the new website?")
_PHOTOS_ASKED = "Hei,\n\nVi tok noen fine bilder under sluttbefaringen.\n\nKan vi bruke bildene av huset ditt på nettsiden vår?"
_CALL_ASKED = "Hei,\n\nVi har et nytt tilbud på prosjektering av solcelleanlegg.\n\nKan vi ringe deg en dag for å fortelle mer?"
_NEWSLETTER = "Hei,\n\nVi sender ut et nyhetsbrev to ganger i året.\n\nDu har tidligere meldt deg på. Ønsker du fortsatt å motta det?"
_DRAFT = ("Hei,\n\nVedlagt revidert utkast til fasadetegning.\n\nSkal vi slette det gamle utkastet med saltak, eller vil du ha "
          "begge alternativene liggende i prosjektmappen?")
_CERTIFICATE = "Hei,\n\nKommunen har utstedt ferdigattest for terrassen.\n\nVil du ha en kopi av ferdigattesten?"
_DRAWINGS = "Hei,\n\nVi arkiverer prosjektet.\n\nVil du ha en kopi av tegningene og situasjonsplanen før vi arkiverer?"
_BANK = "Hei,\n\nVedlagt ligger ferdige tegninger.\n\nSkal vi sende tegningene til banken også, i forbindelse med byggelånet?"
_BANK_EN = "Hi,\n\nAttached are the final drawings.\n\nShould we send the drawings to your bank as well?"
_VISIT_AND_OVERVIEW = ("Hei,\n\nJeg foreslår befaring torsdag kl. 10.\n\nForresten: Gi beskjed dersom du ønsker en oversikt over "
                       "hvilke opplysninger vi har registrert om deg.")

HELDOUT46_FAMILIES = [
    # keep-or-delete the writer's details: an erasing imperative pointing at them, or the alternative a no picks
    ("SV: Prosjekt avsluttet", _outlook("Slett dem, takk.", _KEEP_OR_DELETE), {"erasure"}),
    ("Re: Prosjekt avsluttet", _gmail("Nei, det er ikke nødvendig.", _KEEP_OR_DELETE), {"erasure"}),
    ("Re: Prosjekt avsluttet", _iphone("Nei takk", _KEEP_OR_DELETE), {"erasure"}),
    ("Re: Prosjekt avslutta", _gmail("Slett dei.", _KEEP_OR_DELETE_NN), {"erasure"}),
    ("SV: Prosjekt avslutta", _outlook("Nei, slett dei. Takk for godt samarbeid!", _KEEP_OR_DELETE_NN), {"erasure"}),
    ("Re: Project completed", _gmail("Delete please. And thanks again for all the help!", _KEEP_OR_DELETE_EN, english=True),
     {"erasure"}),
    ("Re: Project completed", _iphone("Please delete them, thanks.", _KEEP_OR_DELETE_EN, english=True), {"erasure"}),
    ("RE: Project completed", _outlook("No, that won't be necessary.", _KEEP_OR_DELETE_EN, english=True), {"erasure"}),
    ("Re: Kundeliste", _iphone("Ja gjør det", _REMOVE_FROM_LIST), {"erasure"}),
    ("Re: Client list", _gmail("Yes please.", _REMOVE_FROM_LIST_EN, english=True), {"erasure"}),
    ("Re: Dokumenter", _gmail("Makuler, takk. Jeg trenger den ikke tilbake.", _PAPERS), {"erasure"}),
    ("SV: Sletting av kundeopplysninger", _outlook("Alt, takk. Både e-postene og notatene.", _SCOPE), {"erasure"}),
    ("Re: Sletting", _iphone("Begge deler.", _SCOPE), {"erasure"}),
    ("SV: Prosjekt avsluttet", _outlook("Slett meg. Men send meg først det dere har, så jeg ser hva det er.",
                                        _KEEP_OR_DELETE), {"access", "erasure"}),
    # ... and the answers that keep, decline, ignore the question, or are about a draft: silent
    ("Re: Prosjekt avsluttet", _gmail("Behold dem, vi tenker på carport til neste år.", _KEEP_OR_DELETE), set()),
    ("Re: Avslutning", _gmail("Beholde er greit.", _KEEP_OR_DELETE), set()),
    ("Re: Project closed", _gmail("Please keep them, we'll probably need you again next year.", _KEEP_OR_DELETE_EN,
                                  english=True), set()),
    ("Re: Prosjekt avsluttet", _iphone("Ja.", _KEEP_OR_DELETE), set()),
    ("SV: Prosjekt avsluttet", _outlook("Nei, ikke slett dem.", _KEEP_OR_DELETE), set()),
    ("Re: Kundeliste", _iphone("Nei", _REMOVE_FROM_LIST), set()),
    ("Re: Revidert fasadetegning", _gmail("Ja, bare slett det. Vi går for alternativ B med valmet tak.", _DRAFT), set()),
    ("Re: Prosjekt avsluttet", _gmail("Tusen takk for hjelpen med alt sammen! Vi er kjempefornøyde med garasjen.",
                                      _KEEP_OR_DELETE), set()),
    ("Re: Prosjekt avsluttet", _gmail("", _KEEP_OR_DELETE), set()),
    # the question asked by somebody else than the firm, or forwarded: nothing of the firm's asked
    ("Re: Prosjekt avsluttet", _gmail("Slett dem, takk.", _KEEP_OR_DELETE, writer="Ola Nabo <ola@nabolaget.no>"), set()),
    ("VS: Prosjekt avsluttet", "Se under.\n\n---------- Forwarded message ---------\n" + _outlook("Slett dem, takk.",
                                                                                               _KEEP_OR_DELETE), set()),
    # a copy of what the firm has registered about the writer, offered or sent, taken: access
    ("Re: Opprydding i kundearkivet", _gmail("Ja takk, send meg det.", _COPY_OFFER), {"access"}),
    ("SV: Opprydding i kundearkivet", _outlook("Ja.", _COPY_OFFER), {"access"}),
    ("Re: Opprydding", _iphone("Gjerne!", _COPY_OFFER), {"access"}),
    ("Re: Kundearkivet", _gmail("Ja takk.", _COPY_OFFER_NN), {"access"}),
    ("Re: Client archive", _gmail("Yes please, that would be useful.", _COPY_OFFER_EN, english=True), {"access"}),
    ("RE: Client archive", _outlook("Yes, send me a copy.", _COPY_OFFER_EN, english=True), {"access"}),
    ("Re: Innsyn", _gmail("Takk. Men jeg ser ikke e-postene mellom meg og Per her. Kan dere sende meg dem også?",
                          _OVERVIEW_SENT), {"access"}),
    # ... declined, or a copy of a document, or sent to the bank, or the offer ignored: silent
    ("Re: Opprydding i kundearkivet", _gmail("Nei takk, trenger ikke det.", _COPY_OFFER), set()),
    ("Re: Client archive", _gmail("No thanks.", _COPY_OFFER_EN, english=True), set()),
    ("Re: Ferdigattest", _iphone("Ja.", _CERTIFICATE), set()),
    ("Re: Arkivering", _gmail("Ja, send meg det.", _DRAWINGS), set()),
    ("SV: Tegninger garasje", _outlook("Ja, send til banken. Rådgiveren heter Hilde Sæther.", _BANK), set()),
    ("Re: Drawings", _iphone("Yes, send to the bank please. It's DNB.", _BANK_EN, english=True), set()),
    ("SV: Befaring", _outlook("Torsdag passer dårlig, kan du komme fredag i stedet?", _VISIT_AND_OVERVIEW), set()),
    # a detail to confirm, answered with a correction: rectification; confirmed, or said wrong with nothing right: not
    ("SV: Befaring fredag", _outlook("Nei, det er feil – riktig nummer er 915 62 038.", _CONFIRM), {"rectification"}),
    ("Re: Befaring fredag", _gmail("Stemmer ikke, nytt nummer er 915 62 038.", _CONFIRM), {"rectification"}),
    ("Re: Visit on Friday", _iphone("No, it's 915 62 038 now.", _CONFIRM_EN, english=True), {"rectification"}),
    ("Re: Befaring fredag", _gmail("Ja, stemmer.", _CONFIRM), set()),
    ("Re: Visit on Friday", _gmail("Yes, that's right.", _CONFIRM_EN, english=True), set()),
    # a permission asked: refused after one given before is taken back, with the photos erased when said; granted, or
    # refused with none given before: no request
    ("SV: Ny nettside", _outlook("Nei, jeg vil ikke at huset vises der lenger. Jeg trekker tilbake det jeg sa ja til den "
                                 "gangen. Ta dem ned, og slett dem.", _PHOTOS_ALLOWED_BEFORE),
     {"consent_withdrawal", "erasure"}),
    ("Re: Ny nettside", _gmail("Nei, helst ikke.", _PHOTOS_ALLOWED_BEFORE), {"consent_withdrawal"}),
    ("Re: New website", _gmail("No, I'd rather you didn't. Please delete them.", _PHOTOS_ALLOWED_BEFORE_EN, english=True),
     {"consent_withdrawal", "erasure"}),
    ("Re: Bilder til nettsiden", _gmail("Ja, bruk bildene! Send gjerne lenke.", _PHOTOS_ASKED), set()),
    ("Re: Bilder til nettsiden", _iphone("Nei, helst ikke.", _PHOTOS_ASKED), set()),
    ("Re: Ny nettside", _gmail("Ja, bare fortsett å bruke dem.", _PHOTOS_ALLOWED_BEFORE), set()),
    # "nei takk" answers the question asked; contact refused for the future is still an objection
    ("Re: Solcelleprosjektering", _gmail("Nei takk. Og jeg vil ikke bli ringt med tilbud fra dere i fremtiden heller.",
                                         _CALL_ASKED), {"objection"}),
    ("Re: Solcelleprosjektering", _gmail("Nei takk.", _CALL_ASKED), set()),
    ("SV: Nyhetsbrev fra proESS", _outlook("Nei takk, meld meg av. Ellers har jeg ingenting å klage på.", _NEWSLETTER), set()),
    # keeping refused picks deletion, as a no does to keeping asked alone; papers not wanted back are not deleted by it
    ("Re: Project completed", _gmail("No need to keep them.", _KEEP_OR_DELETE_EN, english=True), {"erasure"}),
    ("SV: Prosjekt avsluttet", _outlook("Det er ikke nødvendig å beholde dem.", _KEEP_OR_DELETE), {"erasure"}),
    ("Re: Prosjekt avsluttet", _iphone("Nei, det er ikke nødvendig.", _KEEP_ONLY), {"erasure"}),
    ("Re: Project closed", _gmail("No thanks.", _KEEP_ONLY_EN, english=True), {"erasure"}),
    ("Re: Prosjekt avsluttet", _gmail("Dere kan beholde dem.", _KEEP_OR_DELETE), set()),
    ("Re: Prosjekt avsluttet", _gmail("Dere trenger ikke slette dem.", _KEEP_OR_DELETE), set()),
    ("Re: Prosjekt avsluttet", _gmail("Ja takk.", _KEEP_ONLY), set()),
    ("Re: Dokumenter", _gmail("Nei.", _PAPERS_BACK), set()),
    ("Re: Client archive", _gmail("That would be great, thanks.", _COPY_OFFER_EN, english=True), {"access"}),
    # a bare yes answers the one question the firm asked: an invitation to write more is none, a question of another
    # matter beside it may be the one answered, and a privacy footer under the sign-off asks nothing of this mail
    ("Re: Opprydding", _gmail("Ja takk.", _COPY_OFFER + "\n\nHar du spørsmål, er det bare å svare på denne e-posten?"),
     {"access"}),
    ("Re: Befaring", _gmail("Ja, det passer fint.", "Hei,\n\nPasser det med befaring torsdag kl. 10?\n\nGi beskjed om du "
                            "vil ha en kopi av det vi har registrert om deg."), set()),
    ("SV: Befaring", _outlook("Ja, det passer fint.", "Hei,\n\nVi kommer på befaring torsdag kl. 10.\n\nMed vennlig hilsen\n"
                              "Kari Hansen\n\nØnsker du en kopi av opplysningene vi har registrert om deg? Kontakt "
                              "personvern@proess.no."), set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT46_FAMILIES)
def test_heldout46_families_and_their_look_alikes(subject, body, kinds):
    sender = eval_requests.sender_of("kunde@example.no")
    assert {finding.kind for finding in find_requests(subject, body, sender)} == kinds


# heldout49: requests made under a condition, for later, hedged, or beside a question about the rights; what a privacy
# officer would register now asks, an announcement of a request to come, a right asked about and a decision put off
# stay silent.
_DELETE_OFFER_AS_A_WISH = ("Hei Gry,\n\nFerdigattesten for tilbygget ble utstedt i dag, så prosjektet er avsluttet fra vår "
                           "side.\n\nVi sletter normalt ikke kundeopplysninger automatisk. Ønsker du at vi sletter "
                           "opplysningene om deg som vi ikke er pliktige til å oppbevare (regnskap, ansvarsrett), så gi oss "
                           "beskjed.\n\nTegningene oppbevares i arkivet vårt.")
_DELETE_OFFER_AS_A_CONDITION = ("Hei,\n\nProsjektet er avsluttet.\n\nDersom du vil at vi sletter opplysningene dine som vi ikke "
                                "må oppbevare, gi beskjed.")
_DELETE_OFFER_AS_A_WISH_NN = ("Hei,\n\nSaka er avslutta.\n\nØnskjer du at vi slettar opplysningane om deg som vi ikkje må ta "
                              "vare på, så gje oss beskjed.")
_DELETE_OFFER_AS_A_WISH_EN = ("Hi,\n\nThe project is closed.\n\nIf you would like us to delete your details, except what we "
                              "must keep for the accounts, just let us know.")
_COPY_OFFER_AS_A_WISH = ("Hei,\n\nVi rydder i kundearkivet.\n\nØnsker du en kopi av opplysningene vi har registrert om deg, så si "
                         "fra.")
_SKETCHES_OFFER_AS_A_WISH = "Hei,\n\nProsjektet er avsluttet.\n\nØnsker du at vi sletter de gamle skissene, så gi oss beskjed."
HELDOUT49_FAMILIES = [
    # an offer the firm closed with "gi beskjed" instead of a question mark, answered yes (h49-32)
    ("SV: Avslutning av prosjekt – Eikelund 5", _outlook("Ja takk, gjerne det. Slett det dere kan.", _DELETE_OFFER_AS_A_WISH),
     {"erasure"}),
    ("Re: Prosjekt avsluttet", _gmail("Ja, gjør det.", _DELETE_OFFER_AS_A_CONDITION), {"erasure"}),
    ("Re: Saka er avslutta", _iphone("Ja takk. Slett det de kan.", _DELETE_OFFER_AS_A_WISH_NN), {"erasure"}),
    ("Re: Project closed", _gmail("Yes please, delete what you can.", _DELETE_OFFER_AS_A_WISH_EN, english=True),
     {"erasure"}),
    ("SV: Kundearkiv", _outlook("Ja takk.", _COPY_OFFER_AS_A_WISH), {"access"}),
    ("SV: Avslutning av prosjekt", _outlook("Nei takk, dere kan beholde dem.", _DELETE_OFFER_AS_A_WISH), set()),
    ("Re: Prosjekt avsluttet", _gmail("Nei, det er greit at dere har dem.", _DELETE_OFFER_AS_A_CONDITION), set()),
    ("Re: Prosjekt avsluttet", _gmail("Ja takk, slett dem.", _SKETCHES_OFFER_AS_A_WISH), set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT49_FAMILIES)
def test_heldout49_families_and_their_look_alikes(subject, body, kinds):
    sender = eval_requests.sender_of("kunde@example.no")
    assert {finding.kind for finding in find_requests(subject, body, sender)} == kinds


# heldout48: requests arriving as pasted or scanned letters. OCR confuses "m" with "rn" ("orn rneg") and a capital "I"
# with "l", drops æøå and breaks words at the line's end ("personopplys- ninger"); read back as meant, where the garbled
# form is no word, and only there (rules/subject_requests.py _OCR_CONFUSION)
HELDOUT48_FAMILIES = [
    ("Brev", "Skannet brev folger\n\nJeg vil gjerne faa tilsendt alt dere har av papirer og\nopplysninger orn rneg, "
             "ogsaa det som er sendt til kommunen,\nsaa jeg kan se hva som star der.", {"access"}),
    ("Brev", "Skannet brev:\n\nKan dere sende rneg en oversikt over hvilke opplysninger dere har lagret orn rneg?",
     {"access"}),
    ("Brev", "l tillegg ber jeg om aa faa en oversikt over hva dere har registrert orn rneg.", {"access"}),
    ("Letter", "Scanned letter below\n\nl would like a copy of all personal data you hold about rne.", {"access"}),
    ("Skannet brev", "Jeg ber orn at dere sletter alle personopplys- ninger orn rneg som dere ikke er paalagt aa "
                     "oppbevare.", {"erasure"}),
    ("Skannet brev", "Jeg ber orn at dere sletter rnitt navn og telefonnumrner fra kundesysternet.", {"erasure"}),
    # look-alikes: the same noise in a kommune's scanned papers, a wrong word, a length in metres
    ("Ferdigattest skannet", "Tiltakets art: Tilbygg til enebo- lig, BRA 28 rn2\n\nKornrnunen har rnottatt "
                             "opplysningene i søknad orn ferdigattest. Les rner på kornmunens nettside.", set()),
    ("Nabosamtykke", "Plasseringen er 1,0 rn fra felles grense, jf. plan- og bygningsloven § 29-4.", set()),
    ("Navn", "Navnet skrives Kjellsen med to l, ikke en. Det står riktig i kontrakten.", set()),
    ("Tegninger", "Kan dere sende rneg tegningene av tilbygget orn igjen? Jeg finner dem ikke.", set()),
    # the writer's data held by the kommune or the bank, asked of them and forwarded for information (h48-29); the firm
    # named as holding too still asks it
    ("Til orientering – mitt brev til kommunen",
     "Hei Morten\n\nTil orientering. Se vedlagt brev som jeg sendte til byggesaksavdelingen i dag.\n\n---\nTil Ringsaker "
     "kommune, byggesak\n\nJeg ber om innsyn i alle dokumenter i saken, jf. offentleglova. Jeg ber også om innsyn i "
     "hvilke opplysninger om meg kommunen har registrert i saken.\n\nVidar Berg", set()),
    ("Banken", "Jeg vil vite hvilke opplysninger om meg banken har registrert. Vet dere hvem jeg bør spørre?", set()),
    ("FYI", "For your information: I have written to the council to find out what data the council holds about me.",
     set()),
    ("Kommunen", "Jeg har bedt kommunen om innsyn i det de har om meg, og vil også vite hva dere har registrert om meg.",
     {"access"}),
    ("Innsyn", "Jeg ber om innsyn i hvilke opplysninger om meg dere har registrert.", {"access"}),
    # what the writer did not use tells why the data is not needed; it objects to no use (h48-19)
    ("Request for erasure", "I am writing to request that you erase all personal data you hold about me. I contacted "
                            "your company in May, but I did not use your services, so I believe there is no longer any "
                            "reason for you to keep my data.", {"erasure"}),
    ("Sletting", "Vi brukte aldri tilbudet deres, så jeg ber om at dere sletter opplysningene om oss.", {"erasure"}),
    ("Sletting", "Jeg har ikke benyttet meg av tjenestene deres. Slett alt dere har om meg.", {"erasure"}),
    ("Stopp", "Slett nummeret mitt, og ikke bruk opplysningene mine til markedsføring.", {"erasure", "objection"}),
    # not to be contacted once erased is what the erasure means (h48-28); a channel, a purpose or contact unasked
    # still objects
    ("Krav", "Jeg vil at dere fjerner meg fra alle registre og systemer dere har. Jeg vil ikke bli kontaktet igjen.",
     {"erasure"}),
    ("Sletting", "Please delete all my details from your systems. I do not wish to be contacted again.", {"erasure"}),
    ("Ikke lagre meg", "Har aldri vært kunde. Fjern meg fra alle lister og ikke kontakt meg igjen!",
     {"erasure", "objection"}),
    ("Sletting", "Slett alt dere har om meg, og jeg vil ikke bli ringt av dere igjen.", {"erasure", "objection"}),
    ("Kontakt", "Jeg vil ikke bli kontaktet igjen.", {"objection"}),
    # a newsletter refused as the reason to unsubscribe is the unsubscribing (h48-26); marketing refused stays an
    # objection
    ("Avmelding", "Jeg ønsker ikke lenger å motta nyhetsbrevet deres på e-post («proESS-nytt»). Vennligst meld meg av "
                  "listen.", set()),
    ("Unsubscribe", "I no longer want to receive your newsletter. Please unsubscribe me.", set()),
    ("Avmelding", "Meld meg av nyhetsbrevet. Jeg vil ikke ha reklame fra dere, verken på e-post eller SMS.",
     {"objection"}),
    ("Nyhetsbrev", "I no longer want to receive your newsletter.", {"objection"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT48_FAMILIES)
def test_heldout48_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, Sender(own_domains=("proess.no",)))} == kinds


# A request announced for later, a decision put off, or a right asked about while the writer says nothing is asked
# stay silent; a request made now to be carried out later, or on a condition, still asks (rules/subject_requests.py
# ANNOUNCED_FOR_LATER, DECISION_PUT_OFF, RIGHT_ASKED_ABOUT with NOTHING_ASKED_NOW).
HELDOUT49_NOT_ASKED_NOW = [
    # announced for later (h49-05, h49-21)
    ("Naboklagen", "Bare så dere vet det: Jeg kommer til å be om innsyn i hva dere har notert og registrert om oss i "
     "denne saken når klagesaken med naboen er ferdig behandlet. Jeg sender i så fall en egen e-post.", set()),
    ("Tilbud", "Hvis vi ikke går videre med tilbygget, kommer jeg nok til å be dere slette det dere har om oss, men det "
     "tar vi når vi vet mer. Foreløpig kan dere bare la saken ligge som den er.", set()),
    ("Saka", "Når saka er ferdig, kjem eg truleg til å be dykk slette opplysningane om meg.", set()),
    ("Innsyn", "Jeg skal be om innsyn i opplysningene dere har om meg senere, når byggesaken er ferdig.", set()),
    ("Extension", "I'll be asking you to delete our personal details once the project is finished.", set()),
    ("Dispute", "We're going to ask for a copy of the personal data you hold on us when the dispute is over.", set()),
    ("Offer", "If we don't go ahead, I'll probably ask you to delete everything you have on us, but let's wait and see.",
     set()),
    # made now, to be carried out later or on a condition (h49-01, h49-02, h49-31)
    ("Ferdigattest", "Når ferdigattesten er på plass, ber jeg om at dere fjerner personnummeret mitt fra systemet deres.",
     {"erasure"}),
    ("Tilbygg", "Hvis dere ikke har hørt noe fra oss innen utgangen av april, vil jeg at dere sletter alt dere har om oss.",
     {"erasure"}),
    ("Garasjen", "Når saka er avslutta, vil eg at de slettar opplysningane om meg.", {"erasure"}),
    ("Invoice", "When the final invoice is settled, please remove my personal details from your system.", {"erasure"}),
    ("Slett", "Jeg vil be om at opplysningene mine slettes når prosjektet er ferdig.", {"erasure"}),
    ("Delete", "I will ask you once more to delete my personal data.", {"erasure"}),
    ("Faktura", "Jeg kommer til å betale fakturaen i morgen. Send meg en kopi av opplysningene dere har om meg.",
     {"access"}),
    ("Slett", "Jeg kommer til å be dere om én ting: slett alle opplysningene mine.", {"erasure"}),
    ("Delete", "I will probably ask you this once: please delete my personal data.", {"erasure"}),
    ("Delete", "I'm going to ask you to delete all my personal data, if that's OK.", {"erasure"}),
    ("Delete", "We've decided not to build after all, so I'm going to ask you to delete our personal details.",
     {"erasure"}),
    # a decision put off until the writer knows more (h49-08): the copy is asked, the erasure not yet
    ("Hva har dere om meg?", "Gi meg beskjed om hva dere har liggende om meg, så tar jeg stilling til om jeg vil ha det "
     "slettet etterpå.", {"access"}),
    ("Opplysningar", "Send meg ei oversikt over kva de har lagra om meg, så bestemmer eg meg etterpå om eg vil ha det "
     "sletta.", {"access"}),
    ("My data", "Please send me a copy of the personal data you hold about me, and then I'll decide whether I want it "
     "deleted.", {"access"}),
    ("Innsyn og sletting", "Send meg først en oversikt over hva dere har registrert om meg. Deretter vil jeg at alt som "
     "ikke må oppbevares blir slettet.", {"access", "erasure"}),
    ("Slett", "Kan dere vurdere om dere kan slette opplysningene mine?", {"erasure"}),
    # a right asked about with nothing asked now (h49-07, h49-15)
    ("Bare et spørsmål om sletting", "Har jeg rett til å få slettet opplysningene mine hos dere når prosjektet er "
     "ferdig, eller er det noe dere må beholde på grunn av kommunen og regnskap? Jeg spør bare av nysgjerrighet – jeg "
     "ber ikke om at dere sletter noe, verken nå eller senere.", set()),
    ("Quick question", "Under GDPR, do we have the right to see what personal data you keep about us, and to have it "
     "deleted once the project's done? To be clear, I'm only asking – we're not requesting anything at this point.",
     set()),
    ("Spørsmål", "Har eg rett til å få sletta opplysningane mine når saka er ferdig? Eg spør berre av nysgjerrigheit.",
     set()),
    ("Innsyn", "Har jeg krav på å se hva dere har lagret om meg? Jeg ber ikke om noe nå.", set()),
    # the right asked about without such a word, or used beside it, still asks
    ("Innsyn", "Har jeg krav på å se hva dere har lagret om meg?", {"access"}),
    ("Access", "Do I have the right to see what personal data you hold about me?", {"access"}),
    ("Sletting", "Har jeg rett til å få slettet opplysningene mine? I så fall ber jeg om at dere gjør det.", {"erasure"}),
    ("Deletion", "Do I have the right to have my data deleted? If so, please delete it.", {"erasure"}),
    ("Data", "I'm only asking because I want to know: what personal data do you hold about me?", {"access"}),
    ("Slett", "Jeg ber ikke om noe annet enn at dere sletter opplysningene mine.", {"erasure"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT49_NOT_ASKED_NOW)
def test_heldout49_requests_not_made_now_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout49's other misses as families: a consent to photos of the house with the writer in them taken back by the use
# no longer wanted beside "Dere trenger ikke slette noe" (h49-10), and marketing refused as a preference (h49-31)
HELDOUT49_CONSENT_AND_MARKETING = [
    ("Bildene av huset vårt på nettsiden", "Da tilbygget var ferdig i fjor sa vi ja til at dere kunne bruke bilder av "
     "huset og oss på terrassen som referanseprosjekt på nettsiden og Facebook.\n\nDere trenger ikke slette noe i arkivet "
     "deres, men vi ønsker ikke lenger at bildene brukes. Kan dere ta dem ned og la være å bruke dem videre?",
     {"consent_withdrawal"}),
    ("Bildene", "Vi sa ja til at dere kunne bruke bilder av huset og oss på nettsiden. Nå ønsker vi ikke lenger at "
     "bildene brukes.", {"consent_withdrawal"}),
    ("Bileta", "Vi sa ja til at de kunne bruke bilete av huset og oss på nettsida. No ønskjer vi ikkje lenger at bileta "
     "vert brukte.", {"consent_withdrawal"}),
    ("Photos", "Last year we agreed that you could use photos of the house and us on your website. We no longer want the "
     "photos used.", {"consent_withdrawal"}),
    ("Bildene", "Vi sa ja til at dere kunne bruke bilder av huset på nettsiden. Nå ønsker vi ikke lenger at bildene "
     "brukes.", set()),
    ("Bildene", "Vi sa ja til at dere kunne bruke bilder av huset og hagen på nettsiden. Nå ønsker vi ikke lenger at "
     "bildene brukes.", set()),
    ("Tegningen", "Dere kan gjerne bruke bilder av huset og hagen. Vi ønsker ikke lenger at den gamle tegningen brukes.",
     set()),
    ("Once the invoice is settled", "When the final invoice is settled, please remove my personal details (phone, "
     "email, home address) from your system. I'd prefer not to get any marketing either.", {"erasure", "objection"}),
    ("Marketing", "I would prefer not to get any marketing.", {"objection"}),
    ("Reklame", "Jeg vil helst ikke få reklame fra dere.", {"objection"}),
    ("Nyhetsbrev", "Eg vil helst ikkje få nyhetsbrev frå dykk.", {"objection"}),
    ("Nyhetsbrev", "Jeg foretrekker å ikke motta nyhetsbrev.", {"objection"}),
    ("Newsletter", "I'd prefer to get the newsletter by email.", set()),
    ("Newsletter", "I'd rather not get the newsletter by post, email is fine.", set()),
    ("Faktura", "Jeg vil helst ikke få fakturaen på papir.", set()),
    ("Befaring", "Vi vil helst ikke ha flere befaringer før jul.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT49_CONSENT_AND_MARKETING)
def test_heldout49_consent_and_marketing_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout50's misses and its false suggestion as families (one ordinary month of the inbox): what someone else did not
# use told as a reason, no use objected to (h50-15); two channels of contact joined before the purpose (h50-31); no
# longer to take part once the yes with the writer's name and photos is named (h50-27); the writer's home in the firm's
# marketing not agreed to, with the possessive first, and the writer cut out of the photo (h50-13); what the firm has on
# the writer thrown away, then listed (h50-01); the data told not to be deleted, pointed back at by the next sentence's
# "det", its use paused until a dispute is settled, in nynorsk and English too (h50-21); what the writer entered in the
# firm's portal asked for in a file another architect can read (h50-16); personal data named in general, then "Could you
# send me mine?" (h50-34), while the asking open to anyone ("man kan be et hvilket som helst firma om kopi av …") asks
# nothing; photos of the home inside and out, a yes to their use taken back ("Det ja-et gjelder derfor ikke lenger") and
# the photos deleted in the same breath (h50-09); and two the learned reading had found alone: the writer named as what
# is deleted in the subject, with more after a plus, whatever case the body is about (h50-30), and what was noted about
# the writer asked straight out, "hva ble egentlig notert om meg?" (h50-24); and an English look-alike found while
# writing these: "it matters that what you hold about me doesn't disappear" is a wish that it be kept, not access
HELDOUT50_FAMILIES = [
    # someone else's habit, told
    ("Mor", "Jeg står som kontaktperson hos dere med mobilnummeret og e-posten min fordi hun ikke brukte data selv.",
     set()),
    ("Mor", "Jeg står som kontaktperson hos dere med mobilnummeret mitt fordi far aldri brukte e-post.", set()),
    ("Mor", "Eg står som kontaktperson hjå dykk med mobilnummeret mitt fordi mor ikkje brukte data sjølv.", set()),
    ("Mother", "I am listed as your contact with my phone number and email because my mother never used a computer.",
     set()),
    ("Mor", "Mora mi vil ikke at dere bruker navnet hennes i reklame.", {"objection"}),
    ("Mor", "Jeg vil ikke at dere bruker mobilnummeret mitt til markedsføring.", {"objection"}),
    # two channels joined
    ("Tilbud", "Jeg vil ikke bli ringt eller mailet om tilbud fra dere mer. Greit?", {"objection"}),
    ("Tilbod", "Eg vil ikkje bli ringt eller mailt om tilbod frå dykk meir.", {"objection"}),
    ("Offers", "I don't want to be called or emailed about offers from you again.", {"objection"}),
    ("Tilbud", "Vi vil ikke bli ringt eller kontaktet av dere igjen.", {"objection"}),
    ("Tilbud", "Ikke ring eller mail meg om tilbud igjen.", {"objection"}),
    ("Tilbudet", "Jeg vil ikke bli ringt eller mailet om tilbudet før jeg har snakket med banken.", set()),
    ("Jobb", "Jeg vil ikke bli ringt eller mailet på jobb, bruk privatnummeret.", set()),
    ("Offer", "I don't want to be called or emailed about the offer until after Easter.", set()),
    ("Befaring", "Vi vil ikke bli ringt eller mailet om befaringen før neste uke.", set()),
    # no longer to take part, after a yes to the writer's name and photos
    ("Referanse", "Da vi var ferdige med huset i fjor sa vi ja til at dere kunne bruke det som referanse, med navnet "
     "vårt og bilder. Vi har tenkt litt på det, og vil helst ikke være med lenger.", {"consent_withdrawal"}),
    ("Referanse", "Vi sa ja til at dere kunne bruke navnet vårt og bilder av oss som referanse. Nå ønsker vi ikke "
     "lenger å være med.", {"consent_withdrawal"}),
    ("Referanse", "Eg sa ja til at de kunne bruke namnet mitt på referanselista. No vil eg ikkje vere med lenger.",
     {"consent_withdrawal"}),
    ("Reference", "We agreed that you could use our names and photos of us as a reference. We'd rather not be "
     "included any more.", {"consent_withdrawal"}),
    ("Referanse", "Vi sa ja til at dere kunne bruke huset som referanse. Vi har tenkt litt på det, og vil helst ikke "
     "være med lenger.", set()),
    ("Dugnad", "Jeg har vært med på dugnaden i tre år, men vil ikke være med lenger.", set()),
    ("Befaring", "Jeg sa ja til at dere kunne ringe meg. Jeg vil ikke være med på befaringen likevel.", set()),
    ("Prosjekt", "Vi sa ja til tilbudet i fjor, men vil ikke være med lenger på prosjektet.", set()),
    # the writer's home in the firm's marketing, and the writer cut out of its photo
    ("Facebook", "Nå ser jeg at dere har lagt ut et bilde av det ferdige tilbygget på Facebook, og halve mitt hus er "
     "med. Jeg er ikke med på at mitt hjem brukes i reklamen deres. Ta ned bildet, eller klipp meg bort.",
     {"erasure", "objection"}),
    ("Facebook", "Eg er ikkje med på at huset mitt vert brukt i reklamen dykkar. Ta ned biletet eller klipp oss bort.",
     {"erasure", "objection"}),
    ("Facebook", "I'm not OK with our home being used in your ads. Take the photo down or crop us out.",
     {"erasure", "objection"}),
    ("Facebook", "Jeg er ikke med på at vårt hus brukes på nettsiden deres.", {"objection"}),
    ("Garasje", "Jeg er ikke med på at garasjen bygges så nær grensen.", set()),
    ("Rigg", "Jeg er ikke med på at huset mitt brukes som riggområde i sommer.", set()),
    ("Hekk", "Klipp bort hekken mot naboen før dere måler.", set()),
    ("Nøkkel", "Kan dere klippe meg ut en ny nøkkelbrikke?", set()),
    ("Bilde", "Jeg klippet meg ut av gruppebildet selv, så det er greit.", set()),
    ("Bilde", "Bildet fra åpningen er fint, bare klipp bort stillaset til høyre.", set()),
    # what the firm has on the writer, thrown away, then listed
    ("Garasjen", "Dere kan bare kaste det dere har på oss, skisser, mailer, telefonnummer og hele pakka. Ingen grunn "
     "til at det skal ligge hos dere.", {"erasure"}),
    ("Garasjen", "De kan berre kaste det de har på oss, skisser, e-postar og telefonnummer.", {"erasure"}),
    ("Garage", "You can just throw away whatever you have on us, sketches, emails, phone numbers, the lot.",
     {"erasure"}),
    ("Garasjen", "Kast alt dere har om meg, tegninger og tilbud inkludert.", {"erasure"}),
    ("Garasjen", "Dere kan bare kaste skissene, vi har fått nye.", set()),
    ("Garasjen", "Dere kan kaste det dere har av skisser og tilbud på garasjen.", set()),
    ("Garasjen", "Kast det dere har på oss på tegningen og lag en ny.", set()),
    ("Garage", "You can throw away the sketches you have, we went with another design.", set()),
    # the data told not to be deleted stays what "det" points at, its use paused while a dispute runs
    ("Tvist", "Jeg har en tvist med entreprenøren. Det er viktig at det dere har om meg og prosjektet, mailer, "
     "befaringsnotater, bilder, ikke forsvinner. Så: ikke slett noe av dette. Samtidig vil jeg ikke at det brukes til "
     "noe annet enn å ligge der til saken er avgjort, ikke i referanselister eller noe.", {"restriction"}),
    ("Tvist", "Eg har ein tvist med entreprenøren, og det er viktig at opplysningane de har om meg ikkje forsvinn. "
     "Ikkje slett noko av det. Samtidig vil eg ikkje at det vert brukt til noko anna enn å liggje der til saka er "
     "avgjord.", {"restriction"}),
    ("Dispute", "I'm in a dispute with the builder, so it matters that the information you hold about me doesn't "
     "disappear. Don't delete any of it. At the same time I don't want it used for anything but being stored until "
     "the case is settled.", {"restriction"}),
    ("Tvist", "Jeg har en tvist med entreprenøren. Tegningene og befaringsnotatene fra garasjen er viktige. Ikke "
     "slett noe av dette. Samtidig vil jeg ikke at det brukes i nye tilbud før saken er avgjort.", set()),
    ("Tvist", "Vi har en tvist med entreprenøren, og det dere har om oss er viktig. Ikke slett noe av dette. Vi "
     "sender dere nye tegninger av garasjen i morgen.", set()),
    # what the writer entered in the firm's portal or form, in a file to take along
    ("Bytter rådgiver", "Alt vi la inn i kundeportalen deres (romprogram, ønsker, målene vi tok selv, kontaktinfo) "
     "vil jeg ha tilsendt som en fil den nye arkitekten kan lese inn, Excel eller csv holder.", {"portability"}),
    ("Ny arkitekt", "Kan de sende meg alt eg fylte inn i skjemaet dykkar som ei csv-fil?", {"portability"}),
    ("New architect", "Please send me everything we entered in your customer portal as a file the new architect can "
     "import, Excel or csv is fine.", {"portability"}),
    ("Portalen", "Alt vi la inn i kundeportalen deres er borte. Kan dere sjekke?", set()),
    ("Portalen", "Vi la inn målene i kundeportalen. Kan dere sende tilbudet som Excel?", set()),
    ("Portal", "Everything we entered in your portal is gone, could you check?", set()),
    ("Skjema", "Det jeg fylte inn i skjemaet var feil, jeg sender et nytt som pdf.", set()),
    # personal data named in general, then "send me mine"; the asking open to anyone told, asking nothing
    ("Invoice 2024-298 - paid twice?", "I think I paid invoice 2024-298 twice. Could you check and refund one of "
     "them? P.S. My partner says you can ask any company for a copy of the personal info they keep about you. Could "
     "you send me mine? Just curious really.", {"access"}),
    ("Faktura", "Kan dere sjekke om fakturaen er betalt to ganger? PS: Samboeren min sier man kan be et hvilket som "
     "helst firma om kopi av personopplysningene de har om en. Kan dere sende meg mine?", {"access"}),
    ("Faktura", "PS: Kona mi seier at ein kan be kva firma som helst om kopi av personopplysningane dei har om ein. "
     "Kan eg få mine?", {"access"}),
    ("Drawings", "The neighbours got their copies of the new drawings yesterday. Could you send me mine?", set()),
    ("Nøkler", "Naboen fikk nøklene sine i går. Kan dere gi meg mine også?", set()),
    ("Rights", "I read that you can ask any company for a copy of the personal data they keep about you. Interesting, "
     "I didn't know that.", set()),
    ("Tegninger", "Jeg leste at firmaer må gi ut personopplysninger de har. Tegningene mine kan dere sende når de er "
     "klare.", set()),
    ("PS", "Samboeren min sier man kan be et hvilket som helst firma om kopi av personopplysningene de har om en. Det "
     "visste jeg ikke.", set()),
    ("PS", "Kona mi seier at ein kan be kva firma som helst om kopi av personopplysningane dei har om ein. Det visste "
     "eg ikkje.", set()),
    # photos of the home inside and out, a yes to their use taken back and the photos deleted
    ("Bildene av huset vårt", "Dere fikk tilsendt ganske mange bilder av huset, både ute og inne (også barnerommene). "
     "Vi sa da ja til at dere kunne bruke noen av dem som «før»-bilder hvis vi gikk videre. Vi har valgt et annet "
     "firma. Det ja-et gjelder derfor ikke lenger, og jeg vil at alle bildene og planskissene vi sendte blir slettet "
     "hos dere.", {"consent_withdrawal", "erasure"}),
    ("Bileta", "De fekk mange bilete av huset, både ute og inne. Vi sa ja til at de kunne bruke nokre av dei i "
     "marknadsføringa. Det samtykket trekkjer vi no tilbake, og vi vil at bileta vert sletta.",
     {"consent_withdrawal", "erasure"}),
    ("Photos", "We sent you a lot of photos of the house inside and out, and we agreed that you could use some of "
     "them on your website. We withdraw that consent. Please delete the photos too.",
     {"consent_withdrawal", "erasure"}),
    ("Bildene", "Vi sa ja til at dere kunne bruke bilder av huset på nettsiden. Det ja-et gjelder ikke lenger. Slett "
     "gjerne bildene også.", set()),
    ("Bildene", "Bildene vi sendte fra soverommet vårt kan dere slette når dere har tatt målene.", set()),
    ("Bildene", "Dere fikk bilder av huset, både ute og inne. Vi sa ja til at dere kunne bruke dem i brosjyren. Det "
     "ja-et gjelder ikke lenger, men dere trenger ikke slette bildene.", {"consent_withdrawal"}),
    ("Bildene", "Vi sa ja til at dere kunne bruke navnet vårt som referanse. Det gjelder ikke lenger. Slett gjerne de "
     "gamle tegningene også.", {"consent_withdrawal"}),
    # the rules alone: the writer deleted, named in the subject; what was noted about the writer asked straight out
    ("Sletting av meg + bildene fra befaringa", "Vi flytter til Bergen, så garasjen blir ikke bygget likevel.",
     {"erasure"}),
    ("Sletting av oss og tegningene", "Hytta er solgt, så prosjektet er over.", {"erasure"}),
    ("Deletion of me + the site photos", "We sold the house, so the extension won't happen.", {"erasure"}),
    ("Sletting av meg fra møteinvitasjonen", "Jeg kan ikke komme på møtet torsdag.", set()),
    ("Sletting av megleren fra kopifeltet", "Han trenger ikke flere kopier.", set()),
    ("Terrassen", "Jeg var innom kontoret i mai for å spørre om en terrasse. Hva ble egentlig notert om meg da, og "
     "har dere det fortsatt?", {"access"}),
    ("Samtalen", "Eg er nysgjerrig: kva vart eigentleg notert om meg då eg ringde i vår?", {"access"}),
    ("The call", "I called in April about a shed. What was actually noted about me back then?", {"access"}),
    ("Befaringen", "Hva ble notert om garasjen på befaringen?", set()),
    ("Samtalen", "Jeg vet hva som ble notert om meg, det er helt greit.", set()),
    # what the firm holds about the writer as the subject of a wish that it be kept, no question asked
    ("Dispute", "I'm in a dispute with the builder, so it matters that what you hold about me doesn't disappear.",
     set()),
    ("Dispute", "It is important to me that what you have on us is kept until the case is over.", set()),
    ("Dispute", "Please make sure that whatever you hold about me stays where it is until the court has ruled.", set()),
    ("Dispute", "I'm in a dispute with the builder. Could you tell me what you hold about me?", {"access"}),
    ("Copy", "I'd like to know what you hold about me.", {"access"}),
    ("Copy", "Please send me what you hold about me, it matters for the case.", {"access"}),
    ("Dispute", "It matters that what you hold about me doesn't disappear. Could you send me a copy of it?",
     {"access"}),
    ("Dispute", "I'm in a dispute with the builder, so it matters that what you hold about me doesn't disappear. "
     "Don't delete any of it. At the same time I don't want it used for anything but being stored until the case is "
     "settled.", {"restriction"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT50_FAMILIES)
def test_heldout50_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout51's requests implied by a complaint or a worry, as families (the firm's privacy officer decided they are to be
# suggested: staff confirm or dismiss a suggestion, a missed deadline costs more). Erasure: the firm still holds the
# writer's data (or their child's), judged not to belong there; the same judgement of a neighbour, the kommune, an
# invoice, a drawing, or of data the firm does not have, stays silent.
HELDOUT51_FAMILIES = [
    # the writer's data still held, judged wrong in the same sentence (h51-04, h51-09, h51-10, h51-24, h51-27, h51-34)
    ("Bildene", "Jeg forstår ikke hvorfor dere fortsatt har bildene av sønnen min liggende, prosjektet er jo ferdig.",
     {"erasure"}),
    ("Personnummer", "Det kjennes ikke greit at dere fortsatt har fødselsnummeret mitt nå som saken er avsluttet.",
     {"erasure"}),
    ("Bileta", "Eg skjønar ikkje kvifor de framleis har bileta av ungane våre, tilbygget er ferdig.", {"erasure"}),
    ("Opplysningane", "Eg forstår ikkje kvifor namnet og telefonnummeret mitt framleis skal liggje hjå dykk.",
     {"erasure"}),
    ("Licence", "It feels rather odd that you still have a copy of my driving licence on file.", {"erasure"}),
    ("Old application", "I can't see why my CV needs to sit with you now that the position is filled.", {"erasure"}),
    ("Finansiering", "Jeg ser egentlig ikke poenget med at dere skal ha liggende lønnsslippene mine etter at vi valgte et "
     "annet kontor.", {"erasure"}),
    ("Lønsslippar", "Eg ser ikkje poenget med at de framleis har lønsslippane våre liggjande etter at vi valde eit anna "
     "kontor.", {"erasure"}),
    ("Ti år", "Har dere virkelig tenkt å ha alt det dere har om meg i ti år?", {"erasure"}),
    ("Passet", "Det er ubehagelig for meg at dere fortsatt sitter med kopien av passet mitt.", {"erasure"}),
    ("Kontonummer", "Det føles ikke greit at dere har kontonummeret mitt, jeg har jo betalt.", {"erasure"}),
    ("Soverommet", "Datteren vår synes det er ubehagelig at det finnes bilder av soverommet hennes hos dere.",
     {"erasure"}),
    ("Rommet", "Sonen vår var heime under befaringa. Han synest det er flaut at det finst bilete av rommet hans hos dykk.",
     {"erasure"}),
    # held in one sentence, judged in the next (h51-16, h51-21, h51-36)
    ("Job application", "My CV and my references are still sitting in your inbox, I suppose. It's not great to think of "
     "my details lying around.", {"erasure"}),
    # rather not kept, of the writer's child (h51-32)
    ("Contact form", "My daughter sent your contact form as a joke. I'd rather her details weren't stored in your system.",
     {"erasure"}),
    ("Kontaktskjema", "Sønnen min fylte ut kontaktskjemaet deres for moro skyld. Jeg vil helst at opplysningene hans ikke "
     "blir liggende.", {"erasure"}),
    # look-alikes: the same judgement of something else, or of another holder
    ("Faktura", "Jeg skjønner ikke hvorfor dere fortsatt sender meg purring på fakturaen.", set()),
    ("Faktura", "Eg skjønar ikkje kvifor de framleis har oss registrert med gammal adresse på fakturaen.", set()),
    ("Naboen", "Det er ubehagelig at naboen har bilder av barna mine.", set()),
    ("Kommunen", "Det føles ikke greit at kommunen har personnummeret mitt i postlisten.", set()),
    ("Drawings", "I don't understand why the drawings still show my old name.", set()),
    ("Tegningene", "Jeg skjønner ikke hvorfor dere ikke har tegningene mine lenger.", set()),
    ("Address", "It's odd that you don't have my new address yet.", set()),
    ("Email", "Please ignore the previous email and delete it, it had the wrong plan attached.", set()),
    ("Kopi", "Jeg har fortsatt kopien av kontrakten og ser ikke poenget med å sende den igjen.", set()),
    ("Tegninger", "Jeg synes det er ubehagelig at dere har sendt tegningene til naboen.", set()),
    ("Sluttfaktura", "Dere har fortsatt ikke sendt oss sluttfakturaen, og det er ubehagelig å vente.", set()),
    ("Old drawings", "It's a bit embarrassing, but I still have your drawings from 2019 lying around.", set()),
    ("Shared drive", "I'd rather the drawings weren't stored on the shared drive.", set()),
    ("Tilbud", "Vi har et tilbud fra dere. Vi vil helst at tilbudet ikke blir liggende ubesvart.", set()),
    # access: where the firm got the writer's data (h51-03)
    ("Reklame", "Jeg fikk en brosjyre fra dere i posten, men vi har aldri vært kunder. Jeg lurer på hvor dere fikk navnet "
     "og adressen min fra.", {"access"}),
    ("Telefon", "Eg lurer på kvar de fekk telefonnummeret mitt frå, eg har aldri gitt dykk det.", {"access"}),
    ("Call", "I have no idea how you got my mobile number, I never gave it to anyone at your firm.", {"access"}),
    # what else sits with the firm about the writer (h51-11)
    ("Files", "I keep wondering what else is sitting in your files about us.", {"access"}),
    ("Mappa", "Jeg lurer på hva mer som ligger hos dere om oss etter alle disse årene.", {"access"}),
    # what the firm wrote down from the writer's call (h51-22)
    ("Samtalen", "Da jeg ringte i mai, skrev hun jeg snakket med ned noe underveis. Jeg aner ikke hva som egentlig står "
     "der.", {"access"}),
    ("Samtalen", "Han eg snakka med noterte noko medan vi prata. Eg veit ikkje kva som eigentleg står der.", {"access"}),
    ("Call notes", "The man I spoke to wrote something down during the call. I have no idea what was written.",
     {"access"}),
    # what the firm sent on, with the unease beside it (h51-31)
    ("Banken", "Banken sa de hadde fått papirer fra dere. Jeg aner ikke hva som ble sendt, og det synes jeg er "
     "ubehagelig.", {"access"}),
    ("Bank", "The bank said they had received documents from you. I have no idea what was sent, and it makes me "
     "uncomfortable.", {"access"}),
    # whether the firm kept what the writer told it (h51-36), and what the data it keeps is (h51-05)
    ("Sykdom", "Jeg lurer på om dere har tatt vare på det jeg fortalte om helsen min da vi planla badet.", {"access"}),
    ("Illness", "I wonder whether you kept what I told you about my illness when we talked about the ramp.", {"access"}),
    ("Lagring", "I personvernerklæringen står det at dere oppbevarer alt om oss i ti år. Jeg vet ikke engang hva alt "
     "dette er.", {"access"}),
    # look-alikes: a deed, drawings, the kommune, a neighbour's note, a copy received, the firm's inbox
    ("Skjøtet", "Jeg sendte dere kopi av skjøtet for to uker siden. Jeg lurer på om dere har fått det.", set()),
    ("Tegninger", "Jeg lurer på hvor dere fikk tak i de gamle tegningene fra.", set()),
    ("Kommunen", "Jeg aner ikke hva som er sendt til kommunen, kan dere sjekke om tegningene kom fram?", set()),
    ("Tegningene", "Jeg vet ikke hva som står i tegningene, kan dere forklare målene?", set()),
    ("Inbox", "I wonder what else is sitting in your inbox from the old project.", set()),
    ("Nabo", "Naboen skrev ned noe da han var her. Jeg aner ikke hva som står der.", set()),
    ("Kopi", "Jeg fikk en kopi av siste mail fra dere i forrige uke, takk for det.", set()),
    ("Kopi", "Kunne jeg fått en kopi av det dere har om meg?", {"access"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT51_FAMILIES)
def test_heldout51_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


_CHOICE_NO_INTRO = ("> Hei Vidar. Vi har fått henvendelsen din.\n> Ønsker du innsyn i opplysningene vi har om deg, sletting, "
                    "eller begge deler?\n> Vennlig hilsen\n> proESS AS")
_CHOICE_NO_INTRO_NN = "> Hei. Vil du ha innsyn i opplysningane vi har om deg, sletting, eller begge delar?\n> Helsing proESS"
_CHOICE_NO_INTRO_EN = ("> Hi Tom, thanks for calling. Would you like a copy of your personal data, deletion, or both?\n"
                       "> Best regards\n> Kari, proESS")
_DELETE_NO_INTRO = ("> Hei Anne. Prosjektet er avsluttet. Ønsker du at vi sletter kontaktinformasjonen din fra kunderegisteret "
                    "vårt?\n> Mvh proESS")
_DELETE_NO_INTRO_EN = "> Hi Anne, the project is closed. Should we delete your contact details from our client list?\n> proESS"
_DELETE_SIGNED_BY_OTHERS = ("> Hei Anne. Ønsker du at vi sletter kontaktinformasjonen din fra medlemslista?\n> Mvh Ola, styreleder "
                            "i Velforeningen")
_DRAFT_NO_INTRO = "> Hei, skal vi slette det gamle utkastet med saltak nå?\n> Mvh Espen, proESS"
_DELETE_UNSIGNED = "> Ønsker du at vi sletter kontaktinformasjonen din fra kunderegisteret vårt?"



def _forwarded(own: str, writer: str, to: str, subject: str, text: str, english: bool = False) -> str:
    if english:
        return (f"{own}\n\n---------- Forwarded message ---------\nFrom: {writer}\nDate: Tue, 3 Mar 2026 at 09:12\n"
                f"Subject: {subject}\nTo: {to}\n\n{text}")
    return (f"{own}\n\n---------- Videresendt melding ----------\nFra: {writer}\nDato: 3. mars 2026\nTil: {to}\n"
            f"Emne: {subject}\n\n{text}")


# heldout55: very short mail – one-liners, the request in the subject above "Sendt fra min iPhone", SMS abbreviations,
# voice-to-text without punctuation, two-word replies, auto-correct errors – and look-alikes as short, with the same words.
HELDOUT55_FAMILIES = [
    # all the writer's data sent, asked as a question with the infinitive ("kan dere sende …"), beside files to take to
    # another architect: access, and portability with it (h55-22)
    ("filer", "kan dere sende alle opplysningene dere har om meg? takk", {"access"}),
    ("spm", "kan de sende alt de har om meg? mvh Ola", {"access"}),
    ("Flytter", "kan dere sende alle tegningene og opplysningene dere har om oss i et format vi kan ta med til ny "
     "arkitekt?", {"access", "portability"}),
    ("files", "can u send all the files and info you have on me in a format I can take to my new architect? thx",
     {"access", "portability"}),
    ("filer", "kan dere sende alle tegningene dere har av huset? skal til banken", set()),
    ("filer", "kan dere sende alle filene av prosjektet i et format jeg kan ta med til ny arkitekt?", set()),
    ("Lån", "kan dere sende alle opplysningene dere har om meg til banken? de trenger det til lånet", set()),
    # a phone's auto-correct: "personal date" for "personal data", "persona data" (h55-32); a date stays a date
    ("Data", "Pls delete my personal date from ur systems. Thx\n\nSent from my iPhone", {"erasure"}),
    ("GDPR", "can u send me a copy of my personal date pls", {"access"}),
    ("hi", "please remove my persona data from your records, we went with another firm", {"erasure"}),
    ("Date", "Pls delete the date on the drawing, it's wrong", set()),
    ("Meeting", "Can you delete the meeting date from the calendar? We'll find a new one. Sent from my iPhone", set()),
    # the firm's question quoted with no intro line, known by its sign-off naming the firm (h55-24, h55-25), and a
    # choice between a copy and erasure answered by what it picks (h55-24); a bare yes to the choice picks neither, a
    # quote signed by others or unsigned is nobody's question, a draft stays a draft
    ("Re: Dine opplysninger", f"Begge deler takk\n\n{_CHOICE_NO_INTRO}", {"access", "erasure"}),
    ("Re: Dine opplysninger", f"bare innsyn\n\nSendt fra min iPhone\n\n{_CHOICE_NO_INTRO}", {"access"}),
    ("Re: Dine opplysninger", f"Sletting takk\n\n{_CHOICE_NO_INTRO}", {"erasure"}),
    ("Re: Opplysningar", f"Begge delar, takk\n\n{_CHOICE_NO_INTRO_NN}", {"access", "erasure"}),
    ("Re: Your data", f"Both please\n\nSent from my iPhone\n\n{_CHOICE_NO_INTRO_EN}", {"access", "erasure"}),
    ("Re: Your data", f"Just the copy, don't delete anything yet\n\n{_CHOICE_NO_INTRO_EN}", {"access"}),
    ("Re: Dine opplysninger", f"Ja\n\n{_CHOICE_NO_INTRO}", set()),
    ("Re: Dine opplysninger", f"Ingen av delene, det er greit\n\n{_CHOICE_NO_INTRO}", set()),
    ("Re: Kunderegister", f"Ja takk\n\nSendt fra min iPhone\n\n{_DELETE_NO_INTRO}", {"erasure"}),
    ("Re: Client list", f"yes pls\n\n{_DELETE_NO_INTRO_EN}", {"erasure"}),
    ("Re: Kunderegister", f"Nei takk\n\n{_DELETE_NO_INTRO}", set()),
    ("Re: Medlemsliste", f"Ja takk\n\n{_DELETE_SIGNED_BY_OTHERS}", set()),
    ("Re: Kunderegister", f"Ja takk\n\n{_DELETE_UNSIGNED}", set()),
    ("Re: Utkast", f"ja slett\n\n{_DRAFT_NO_INTRO}", set()),
    ("Re: Utkast", f"Slett forrige, sendte feil fil\n\n{_DRAFT_NO_INTRO}", set()),
    # a mail sent to the firm before, forwarded back to it as a reminder (h55-11): the request in it is its writer's;
    # sent to the kommune, about drawings or a draft, the firm's own reply or a neighbour's private mail: nothing
    ("Fwd: Sletting", _forwarded("purring. har ikke fått svar", "Per Lie <per.lie@gmail.com>", "post@proess.no",
                                 "Sletting", "Hei. Jeg ber om at dere sletter opplysningene om meg. Mvh Per Lie"),
     {"erasure"}),
    ("Fwd: Innsyn", _forwarded("sjå under, har ikkje fått svar enno", "Per Lie <per.lie@gmail.com>",
                               "Post proESS <post@proess.no>", "Innsyn", "Eg ber om innsyn i kva opplysningar de har om meg."),
     {"access"}),
    ("Fwd: Delete my data", _forwarded("see below, still no reply after 4 weeks", "Tom Hall <tom.hall@gmail.com>",
                                       "post@proess.no", "Delete my data",
                                       "Hi, please delete all personal data you hold about me. Regards, Tom",
                                       english=True), {"erasure"}),
    ("Fwd: Sletting", _forwarded("se under, fikk ikke svar fra kommunen", "Per Lie <per.lie@gmail.com>",
                                 "postmottak@time.kommune.no", "Sletting", "Jeg ber om at dere sletter opplysningene om meg."),
     set()),
    ("Fwd: Tegninger", _forwarded("se under. har ikke hørt noe", "Per Lie <per.lie@gmail.com>", "post@proess.no",
                                  "Tegninger", "Kan dere sende tegningene av garasjen? Mvh Per"), set()),
    ("Fwd: Utkast", _forwarded("se under", "Per Lie <per.lie@gmail.com>", "post@proess.no", "Utkast",
                               "Slett forrige utkast, riktig kommer i kveld."), set()),
    ("Fwd: Sletting", _forwarded("se under, hva betyr dette?", "Kari Hansen <kari@proess.no>", "per.lie@gmail.com",
                                 "Sletting", "Vi har slettet opplysningene om deg. Mvh proESS"), set()),
    ("Fwd: Slett meg", _forwarded("se under, kan dere svare henne?", "Ola Nabo <ola@nabolaget.no>", "per.lie@gmail.com",
                                  "Slett meg", "Slett meg fra lista di, Per."), set()),
    # photos of the writer's home in the firm's marketing, their use objected to and told removed, dictated without
    # punctuation too, with "heller" for "either" running into the greeting (h55-20): objection and erasure; a photo only
    # taken off a page, swapped, paused, or "heller" as "instead" before a thanks: not
    ("bilete på heimesida", "Eg vil ikkje at de brukar bilete av huset mitt på heimesida dykkar. Det var aldri avtalt. "
     "Fjern dei med ein gong.", {"erasure", "objection"}),
    ("bilete", "eg vil ikkje at de brukar bilete av huset vårt på facebook det var aldri avtalt ta dei ned og ikkje bruk dei "
     "i reklame heller helsing kari", {"erasure", "objection"}),
    ("photos", "I don't want you to use photos of my house on your website, it was never agreed. Take them down now and "
     "don't use them in brochures either.", {"erasure", "objection"}),
    ("bilder", "ikke bruk bilder av hytta vår i reklamen deres det har vi aldri sagt ja til slett dem takk",
     {"erasure", "objection"}),
    ("bilder", "Fjern bildet av huset vårt fra nettsiden, vi har solgt det.", set()),
    ("bilder", "Bruk heller det nye bildet av huset vårt på nettsiden og fjern det gamle.", set()),
    ("bilder", "Ikke bruk bildene av huset mitt på nettsiden til vi har malt, ta dem ned så lenge.", set()),
    ("tegninger", "ikke send tegningene på papir send dem heller på epost takk", set()),
    # the short look-alikes of the set's distractors, in other words: nothing asked of the writer's data
    ("slett forrige", "feil fil, slett forrige mail. riktig tegning kommer straks\n\nSendt fra min iPhone", set()),
    ("send tegningene", "til banken innen fredag pls. mvh", set()),
    ("Innsyn i byggesaken?", "Hvordan får jeg innsyn i naboens byggesak, går det via kommunen?", set()),
    ("Re: Bestilling", "fjern meg fra cc her, Anne tar over. takk", set()),
    ("Re: Påminnelse befaring", "STOPP\n\n> Påminnelse: Befaring torsdag kl 09:00. Svar STOPP for å avlyse. Hilsen proESS",
     set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT55_FAMILIES)
def test_heldout55_families_and_their_look_alikes(subject, body, kinds):
    sender = eval_requests.sender_of("kunde@example.no")
    assert {finding.kind for finding in find_requests(subject, body, sender)} == kinds
    assert {finding.kind for finding in find_requests(subject, body, sender, learned=False)} == kinds


def test_a_mail_sent_to_the_firm_forwarded_back_is_its_writers_as_of_its_day():
    body = _forwarded("se under. har ikke hørt noe på 5 uker", "Per Lie <per.lie@gmail.com>", "post@proess.no", "Sletting",
                      "Hei. Jeg ber om at dere sletter opplysningene om meg. Mvh Per Lie")
    [finding] = find_requests("Fwd: Sletting", body, eval_requests.sender_of("per.lie@gmail.com"))
    assert (finding.kind, finding.original_sender, finding.original_sent_on) == ("erasure", "per.lie@gmail.com",
                                                                                date(2026, 3, 3))


# heldout54's misses as families: Danish for a use paused while a dispute runs (h54-22), a permission taken back with
# the definite ending left off by a writer whose Norwegian is learnt (h54-36), and thanks for an erasure the firm
# confirmed, which the learned reading took for one asked (h54-35)
HELDOUT54_FAMILIES = [
    ("Vent venligst", "Vi er uenige om fakturaen. Indtil sagen er afklaret beder jeg om at I ikke bruger vores "
     "personoplysninger til noget.", {"restriction"}),
    ("Vores data", "Indtil klagen er afgjort, beder vi om at I ikke videregiver vores personoplysninger til nogen.",
     {"restriction"}),
    ("Mine oplysninger", "I må gerne beholde mine personoplysninger, men de må ikke behandles før sagen er afklaret.",
     {"restriction"}),
    ("Vent", "Inntil saken er avklart ber jeg om at dere ikke bruker personopplysningene mine til noe.", {"restriction"}),
    # look-alikes: a Danish "i" that is "in", a use paused for a drawing, a case settled with no data named
    ("Sagen", "Indtil sagen er afklaret beder jeg om at I ikke bruger tegningerne i ansøgningen.", set()),
    ("Tilbud", "Vi har i ikke liten grad vært fornøyd med tilbudet, og indtil sagen er afklaret venter vi med at betale.",
     set()),
    ("Fakturaen", "Indtil sagen er afklaret beder jeg om at I ikke sender fakturaen til inkasso.", set()),
    # the permission taken back with its ending left off, or in Danish, after it was given for the writer's data
    ("Bildene", "Jeg ga dere lov til å bruke bilder av meg på nettsiden. Nå jeg har ombestemt meg, jeg trekker tilbake "
     "den tillatelse.", {"consent_withdrawal"}),
    ("Referanse", "Jeg ga dere lov til å bruke navnet mitt som referanse. Jeg trekker tilbake denne tillatelse fra i dag.",
     {"consent_withdrawal"}),
    ("Namnet", "Eg gav dykk lov til å bruke namnet mitt på nettsida. No trekkjer eg attende det løyve.",
     {"consent_withdrawal"}),
    ("Billeder", "Jeg gav jer lov til at bruge billeder af min familie på jeres hjemmeside. Jeg trækker den tilladelse "
     "tilbage.", {"consent_withdrawal"}),
    ("Permission", "I gave you permission to use photos of my kids. I withdraw that permission.", {"consent_withdrawal"}),
    # look-alikes: a permit to build, the kommune's or a neighbour's permission
    ("Garasjen", "Vi trekker tilbake søknaden om den tillatelse til å bygge garasje nær grensen.", set()),
    ("Bruksendring", "Kommunen har trukket tilbake den tillatelse vi fikk til bruksendring.", set()),
    ("Naboen", "Naboen trekker tilbake den tillatelse han ga til plassering av garasjen.", set()),
    # thanks for an erasure the firm confirmed asks nothing; what is still held, asked deleted beside it, still asks
    ("Takk for sletting", "Hei,\n\nTakk for bekreftelsen på at dere har slettet opplysningene mine som jeg ba om i "
     "mars. Jeg trenger ikke noe mer.\n\nMvh Ona", set()),
    ("Takk for sletting", "Hei, takk for svar og bekreftelse at dere har slettet mine opplysninger. Alt er ok nå.", set()),
    ("Thanks", "Hello, thank you for the confirmation that you have deleted my personal data as I asked last month. All "
     "good now.", set()),
    ("Takk", "Takk for stadfestinga på at de har sletta opplysningane mine. Alt er i orden no.", set()),
    ("Takk", "Takk for bekreftelse at dere har slettet mine data. Men jeg ser at dere fortsatt har telefonnummeret mitt i "
     "kundelista, vennligst slett det også.", {"erasure"}),
    ("Thanks", "Thanks for confirming that you have deleted my data. But you still have my phone number on file, please "
     "delete it too.", {"erasure"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT54_FAMILIES)
def test_heldout54_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds


# heldout52's misses and false suggestions as families: long business mail where the request is one sentence among
# practical matters. An erasure of all but what the law keeps, after a copy asked with a long list between (h52-05);
# consent given as "samtykte" and taken back by "Det samtykket trekkjer eg no tilbake" (h52-16); "setter meg imot" as
# an objection (h52-22); the firm's note quoted about the writer after what it says of something else, disputed, then
# asked corrected and not used until then (h52-30); and what asked nothing: a mistake the writer made, a landlord of
# old, a letter sent by mistake (h52-21, h52-33), a supplier's notice about its own service (h52-36), the reader's own
# question or choice reported by an accountant (h52-29), being careful with what is out there (h52-19)
HELDOUT52_FAMILIES = [
    ("Re: wrapping up", "I'd like a copy of all the personal data you hold about me – contact details and notes from the "
     "meetings – and once I've received that, I'd like you to erase whatever you are not legally required to keep.",
     {"access", "erasure"}),
    ("Sv: Avslutning", "Jeg vil ha en kopi av alt dere har om meg – kontaktinfo, passkopien, notater fra befaringene og "
     "samtalene – og når jeg har fått den, vil jeg at dere sletter det dere ikke er pålagt å oppbevare.",
     {"access", "erasure"}),
    ("Sv: Avslutning", "Eg vil ha ein kopi av alt de har om meg – kontaktinfo, notat frå synfaringa og "
     "telefonsamtalane – og når eg har fått han, vil eg at de slettar resten, det de ikkje er pålagde å ta vare på.",
     {"access", "erasure"}),
    ("Re: Final invoice", "Send me a copy of all the personal data you hold about me – my contact details, the notes from "
     "the site meetings, the call logs – and after that, please delete whatever is not required to be kept.",
     {"access", "erasure"}),
    ("Re: Drawings", "We have sent you the drawings, the old invoices and the meeting notes for the project – please delete "
     "whatever you are not required to keep.", set()),
    ("Tegninger", "Kan dere sende meg tegningene og fakturaene for prosjektet – slett det dere ikke er pålagt å oppbevare "
     "av gamle utkast.", set()),
    ("My data", "I'd like a copy of all the personal data you hold about me. You can keep whatever you are legally "
     "required to keep.", {"access"}),
    # consent given as "samtykte", taken back as "Det samtykket trekkjer eg no tilbake"; a neighbour's garage stays one
    ("Søknaden", "Eg samtykte i søknadsskjemaet til at de kunne ta vare på CV-en min i eitt år. Det samtykket trekkjer eg "
     "no tilbake.", {"consent_withdrawal"}),
    ("Bildene", "Jeg samtykte til at dere kunne bruke bilder av meg på nettsiden. Det samtykket trekker jeg nå tilbake.",
     {"consent_withdrawal"}),
    ("Garasjen", "Eg samtykte til at naboen kunne byggje garasjen nær grensa. Det samtykket trekkjer eg no tilbake.",
     set()),
    # "setter meg imot" objects to a use of the writer's data; a neighbour's or a placement's does not
    ("Opplysningene mine", "Jeg setter meg imot at opplysningene mine deles med leverandører for markedsføring.",
     {"objection"}),
    ("Marknadsføring", "Eg set meg imot at opplysningane mine vert brukte til marknadsføring.", {"objection"}),
    ("Reklame", "Vi setter oss imot at dere bruker personopplysningene våre i reklame.", {"objection"}),
    ("Garasjen", "Naboen setter seg imot garasjen, og jeg setter meg imot plasseringen av den.", set()),
    ("Tegningene", "Jeg satte meg inn i tegningene og setter pris på arbeidet.", set()),
    # the firm's note about the writer, quoted after what it says of something else, disputed, asked corrected (or its
    # sentence removed or replaced) and not used until then; approved minutes and a cornice stay silent
    ("Rapporten", 'Rapporten sier blant annet at taket lekker og at jeg "har nektet håndverkerne adgang". Det stemmer '
     'ikke. Jeg ber om at rapporten rettes.', {"rectification"}),
    ("The report", 'The report says among other things that the roof leaks and that I "refused the builders access". '
     'That is not true. Please correct the report.', {"rectification"}),
    ("Notatet", 'Notatet sier blant annet at "eier av gnr. 12 bnr. 4 har bygget for nær" og at jeg "har truet naboen". '
     'Det stemmer ikke. At formuleringene om meg i notatet rettes. At dere ikke bruker eller sender notatet videre før '
     'det er rettet.', {"rectification", "restriction"}),
    ("Notatet", 'Notatet sier at jeg "har truet snekkeren". Det stemmer ikke. Jeg ber om at setningen om meg fjernes '
     'eller erstattes med det jeg faktisk sa.', {"rectification"}),
    ("The notes", 'The notes say that I "threatened the carpenter". That is not true. Please remove or reword that '
     'sentence about me.', {"rectification"}),
    ("Referatet", 'Referatet sier blant annet at vi "har godkjent" løsningen. Det stemmer. Send det gjerne videre til '
     'kommunen.', set()),
    ("Notatet", "Kan dere fjerne eller erstatte setningen om gesimsen i notatet?", set()),
    # a mistake the writer made, a person of old, a letter sent by mistake: nothing said wrong of the data
    ("Personnummer", "Jeg skrev ved en feil inn mitt eget fødselsnummer i feltet for organisasjonsnummer. Skjemaet ble "
     "senere rettet.", set()),
    ("Personnummer", "Fødselsnummeret mitt er registrert feil hos dere, kan dere rette det?", {"rectification"}),
    ("Nabovarsel", "Hvor har dere fått adressen min fra – folkeregisteret, en gammel utleier eller noe annet?",
     {"access"}),
    ("Adressen", "Adressen dere har på meg er gammel, kan dere rette den?", {"rectification"}),
    ("Brevet", "Brevet var adressert med fullt navn og min nåværende adresse. Det må vel være en feil at det ble sendt "
     "meg.", set()),
    ("Adressen", "Dere har feil adresse på meg. Det må være en feil i registeret deres, kan dere rette den?",
     {"rectification"}),
    # a supplier's notice about its own service; the law and a subject access request named still ask
    ("Important: Update to our Data Processing Agreement and sub-processor list", "Effective 1 January we will update "
     "the agreement.", set()),
    ("Service notice", "Our admin console now includes tools to locate, export and permanently delete all documents "
     "relating to a given person.", set()),
    ("Service notice", "This helps you respond to access, erasure and portability requests from your own customers.",
     set()),
    ("My data", "Please send me a copy of my personal data under the data protection act.", {"access"}),
    ("SAR", "I am making a data subject access request for all personal data you hold on me.", {"access"}),
    # the reader's own question or choice reported back; the writer's own question still asks
    ("Regnskap", "Som lovet sender jeg en oppsummering, særlig spørsmålet ditt om hvorvidt dere kan slette gamle "
     "kundefiler.", set()),
    ("Accounts", "Regarding your question about whether you can delete old customer records: yes, after five years.",
     set()),
    ("Sletting", "Spørsmålet mitt er om dere kan slette opplysningene mine.", {"erasure"}),
    ("Bilag", "Hvis dere vil slette dem fra regnskapssystemet etter nyttår, gi meg beskjed, så gjør jeg det.", set()),
    ("Vouchers", "If you want to delete them from the accounting system, let me know and I'll do it.", set()),
    ("Sletting", "Hvis dere vil, kan dere slette opplysningene mine nå.", {"erasure"}),
    # being careful with what is out there is a reason, not a question of what the firm holds
    ("Bildene", "Vi er forsiktige med hva som ligger ute om oss og hvor vi bor.", set()),
    ("Photos", "We're careful about what is out there about us and where we live.", set()),
    ("Innsyn", "Vi er forsiktige, så vi vil gjerne vite hva dere har registrert om oss.", {"access"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT52_FAMILIES)
def test_heldout52_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout51's other kinds implied, as families: the writer's home on the firm's pages, nobody asked, found uncomfortable,
# the writer saying nothing of what they want (h51-13: taken down and not used so; when they say it, "slutt å bruke
# huset vårt", the rules read that alone, heldout32/34/37/40); a yes to the photos' use regretted (h51-14); calls from
# the firm not wanted again (h51-19); letters still addressed to a husband who died (h51-25); the firm's notes feared
# deleted before a dispute is settled (h51-29)
HELDOUT51_OTHER_KINDS = [
    ("Huset vårt", "Naboen viste meg Facebook-siden deres, og der ligger huset vårt med husnummeret godt synlig. Ingen "
     "spurte oss om det, og det er ubehagelig at alle kan se hvor vi bur.", {"erasure", "objection"}),
    ("Huset", "Vi fann huset vårt på nettsida dykkar med adressa vår under biletet. Eg kan ikkje hugse at nokon spurte "
     "oss.", {"erasure", "objection"}),
    ("Our house", "A friend sent me a link to your website, and there's our house with the street number clearly "
     "visible. Nobody asked us, and it's uncomfortable that anyone can see where we live.", {"erasure", "objection"}),
    ("Huset vårt", "Huset vårt ligger på nettsiden deres. Ingen har spurt oss. Vi ønsker ikke at dere bruker det i "
     "markedsføringen.", {"objection"}),
    ("Huset", "Vi så huset vårt på nettsiden deres, det ble kjempefint! Takk for at dere spurte oss først.", set()),
    ("Nettsiden", "Kommunen har lagt ut søknaden vår på nettsiden sin med navnene på barna. Ingen spurte oss, og det er "
     "ubehagelig.", set()),
    ("Bildene", "Vi sa ja til at dere kunne bruke bildene av huset på nettsiden. Etter innbruddet angrer vi på at vi sa "
     "ja.", {"consent_withdrawal"}),
    ("Bileta", "Vi sa ja til at de kunne bruke bileta i marknadsføringa dykkar. No angrar eg på at vi sa ja.",
     {"consent_withdrawal"}),
    ("Photos", "We agreed that you could use the photos of our house on your website. Since the burglary we regret "
     "saying yes.", {"consent_withdrawal"}),
    ("Tilbudet", "Vi sa ja til tilbudet på garasjen. Jeg angrer litt på at vi sa ja, den ble dyr.", set()),
    ("Naboen", "Vi sa ja til at naboen kunne bygge garasjen i grensen. Jeg angrer på at vi sa ja.", set()),
    ("Telefon", "Jeg ble ringt av en selger fra dere i går om et nytt tilbud. Jeg har ingen lyst på flere slike "
     "telefoner.", {"objection"}),
    ("Telefon", "Eg vart ringd av ein frå dykk i går. Eg har inga lyst på fleire slike telefonar.", {"objection"}),
    ("Calls", "Your office called me twice last week about a new offer. I don't want any more calls like that.",
     {"objection"}),
    ("Telefon", "Naboen ringte meg i går om gjerdet. Jeg har ingen lyst på flere slike telefoner fra ham.", set()),
    ("Forsinkelser", "Dere ringte meg i går om nok en forsinkelse. Jeg har ingen lyst på flere forsinkelser.", set()),
    ("Brev", "Vi får fortsatt brev adressert til mannen min, som døde i fjor. Det er meg dere må forholde dere til nå.",
     {"rectification"}),
    ("Brev", "Det kjem framleis brev adressert til kona mi, som døydde i vinter. Det er eg som eig huset no.",
     {"rectification"}),
    ("Letters", "You keep sending letters addressed to my husband, who passed away in March. It's me you need to deal "
     "with now.", {"rectification"}),
    ("Brev", "Vi fikk brev adressert til mannen min i går. Kan dere sende en kopi til meg også?", set()),
    ("Tegning", "Navnet til faren min står fortsatt på tegningen, han solgte huset til meg. Kan dere rette det før "
     "innsending?", set()),
    ("Notatene", "Vi har klaget på sluttfakturaen, og saken ligger hos Forbrukerrådet. Jeg er redd for at "
     "befaringsnotatene og e-postene skal forsvinne før dette er avklart.", {"restriction"}),
    ("Notata", "Saka ligg no i forliksrådet. Eg er redd for at notata og e-postane frå befaringa skal bli sletta før ho "
     "er avgjort.", {"restriction"}),
    ("Dispute", "Our complaint about the final invoice is with Forbrukerrådet. I'm worried that the site notes and emails "
     "will be deleted before this is resolved.", {"restriction"}),
    ("Skjøtet", "Jeg sendte dere skjøtet for to uker siden. Jeg er redd for at det har forsvunnet i posten.", set()),
    ("Tegningene", "Jeg er redd for at tegningene forsvinner når dere bytter system.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT51_OTHER_KINDS)
def test_heldout51_other_kinds_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout53: a second blind set of requests never stated, by another writer; heldout51's families read 1 of its 13
# erasures and 4 of its 9 copies, so the families are written here by their meaning. Erasure implied: the writer's data
# or their family's, in any words (papers "om oss", money papers, a list they stand on, "sånt" once named), the firm
# holding it or given it, and a judgement or a reason it has no purpose left – aimed at the firm. Access implied: the
# writer wondering, or wanting to know, what the firm holds, wrote or passed on about them, or how it knew. Variants in
# phrasings neither set uses; look-alikes aim the same worry at the kommune, a bank, a contractor, or at drawings,
# invoices and the law, or are glad the firm keeps it.
HELDOUT53_FAMILIES = [
    # erasure: the data, the firm holding it, the unease – in one sentence or across the mail
    ("Gamle papirer", "Vi endte opp med å ikke bygge. Det er ubehagelig å tenke på at lønnsslippene og skattemeldingen "
     "vår fortsatt ligger igjen hos dere.", {"erasure"}),
    ("Førerkort", "Jeg leverte dere en kopi av førerkortet mitt da vi signerte. Det føles litt skummelt at den bare "
     "ligger der.", {"erasure"}),
    ("Lånet", "Jeg sendte dere både lånetilsagnet og kredittvurderingen i fjor. Nå som huset er solgt, kjennes det feil "
     "at sånt ligger hos et arkitektkontor.", {"erasure"}),
    ("Not a client", "I'm not a client of yours any more, so I find it a little unsettling that my passport copy is "
     "still in your system.", {"erasure"}),
    ("Mor", "Mor er død nå, og det er merkelig at dere fortsatt har telefonnummeret og adressen hennes i kundelista.",
     {"erasure"}),
    ("Photos", "Why would you hang on to photos of my children's bedrooms once the job was done?", {"erasure"}),
    ("Personnummer", "Hvorfor skal dere fortsatt ha personnummeret til sønnen min? Han var bare med på ett møte.",
     {"erasure"}),
    ("Helsa", "Eg fortalde dykk om hjartesjukdomen min då vi planla trappeheisen. Det plagar meg at de sit med slikt "
     "no som det ikkje vart noko av.", {"erasure"}),
    ("Banken", "Vi bestemte oss for å ikke bygge likevel. Synes ikke det er nødvendig at dere har bankopplysningene "
     "våre lenger.", {"erasure"}),
    ("Soverommet", "Jeg ble litt overrasket over at dere fortsatt har bildene fra soverommet til datteren vår. "
     "Prosjektet ble jo avsluttet for to år siden.", {"erasure"}),
    ("Licence", "Honestly it makes me a bit nervous that you still have a copy of my driving licence.", {"erasure"}),
    ("Ramp", "It bothers me that my husband's medical letter is still in your files now that the ramp was never built.",
     {"erasure"}),
    ("Fødselsnummer", "Dere har fortsatt fødselsnummeret mitt. Det er helt unødvendig nå som alt er betalt.",
     {"erasure"}),
    ("ID-kort", "Vi flyttet fra Norge i fjor. Jeg synes ikke det er så hyggelig at skannet ID-kort fortsatt finnes hos "
     "dere.", {"erasure"}),
    ("Søknaden", "Eg søkte jobb hjå dykk i 2021 og fekk nei. Det er litt rart at CV-en min framleis ligg i systemet "
     "dykkar.", {"erasure"}),
    ("Model", "Our daughter's school photo is still in your project file from when she helped with the model. That "
     "seems unnecessary now.", {"erasure"}),
    # erasure: a reason the data has no purpose left, beside the data the firm still holds (no unease word)
    ("Skjøtet", "Vi valde eit anna kontor til slutt, men de har framleis kopien av skjøtet og bankpapira våre.",
     {"erasure"}),
    ("Quote", "We went with a different architect in the end, but I see you still have our phone numbers and our "
     "address on file.", {"erasure"}),
    # erasure: the writer on a list of the firm's they never asked to be on
    ("Mailing list", "Apparently I'm on some list of yours for people interested in extensions, which I find a bit "
     "creepy since I only entered a raffle.", {"erasure"}),
    ("Liste", "Fikk plutselig en sms om at jeg står i kundelista deres. Jeg har aldri bestilt noe, og liker ikke at "
     "navnet mitt står der.", {"erasure"}),
    # erasure look-alikes: another holder, glad it is kept, a wrong detail, a thing wanted back, drawings, the law,
    # a staff note, a request made of someone else
    ("Kommunen", "Det er ubehagelig at kommunen fortsatt har personnummeret mitt liggende åpent i postlisten.", set()),
    ("Bank", "We went with another bank in the end, and it feels odd that the old bank still has our salary statements.",
     set()),
    ("Snekkeren", "Snekkeren har fortsatt en kopi av passet mitt, og det er ubehagelig.", set()),
    ("Styret", "Jeg syns ikke det er greit at styret fortsatt har personnummeret mitt liggende i en perm.", set()),
    ("Tegninger", "Så fint at dere fortsatt har tegningene og notatene fra 1998, ta godt vare på dem!", set()),
    ("Adressen", "Det er greit at dere har adressen min på fil, da slipper jeg å skrive den på nytt.", set()),
    ("Faktura", "Det føles ikke riktig at dere har sendt fakturaen til min gamle adresse, den nye er Elvegata 3.", set()),
    ("Skjøtet", "Det ble ikke noe av tilbygget, men dere har fortsatt originalskjøtet vårt. Kan dere sende det tilbake?",
     set()),
    ("Hytta", "Vi valgte et annet kontor, men dere har fortsatt tegningene av hytta.", set()),
    ("Avtalen", "Før jeg signerer: hvorfor trenger dere personnummeret mitt?", set()),
    ("Oppbevaring", "Hvor lenge må et arkitektkontor oppbevare personopplysninger om kunder etter at et prosjekt ikke ble "
     "noe av?", set()),
    ("Befaring", "Har lagt notatene fra befaringen og bildene mine av stua i prosjektmappa. Kunden synes det er "
     "ubehagelig med trekk fra vinduene der.", set()),
    ("Banken", "Banken ringer stadig med tilbud. Jeg har bedt dem stoppe og slette oss fra kundelistene sine.", set()),
    ("Lists", "The insurer keeps calling. I've asked them to remove us from their lists, so far nothing.", set()),
    # erasure: the writer, their children or their names shown on the firm's public pages, found uncomfortable or
    # never asked (the home alone on the pages is heldout51's other kinds)
    ("Nettsiden", "Jeg så at dere har lagt ut bilder fra hagen vår på nettsiden deres. På ett av dem sitter jeg og "
     "leser på terrassen. Ingen spurte meg om det.", {"erasure"}),
    ("Brochure", "Our twins are in the photo on the back of your brochure, right next to our house number. It makes me "
     "uneasy.", {"erasure"}),
    ("Facebook", "På Facebook-sida dykkar ligg planteikninga vår med namna til borna på soveromma. Eg vart ikkje spurd "
     "om det.", {"erasure"}),
    ("Nettsiden", "Så fint å se huset vårt på nettsiden deres! Ungene ble så stolte da de så bildet der de står på "
     "trappa.", set()),
    ("TikTok", "Rørleggeren la ut en video fra badet vårt der jeg står i bakgrunnen. Det er ubehagelig, jeg har sagt "
     "ifra til ham.", set()),
    ("Kommunen", "Kommunen har lagt ut byggesaken på nettsiden sin med navnene til barna. Ingen spurte oss.", set()),
    ("Brosjyre", "Vi så oss selv på bildet i brosjyren deres, og vi synes det ble kjempefint!", set()),
    # objection: the firm's newsletter arriving of a sudden or every week, never asked for, the complaint in the next
    # sentence (h53-07); welcome, or a reminder of an invoice, it asks nothing
    ("Nyhetsbrev", "Får plutselig nyhetsbrev fra dere hver uke. Har aldri bedt om det.", {"objection"}),
    ("Newsletter", "I'm suddenly getting your newsletter every week. I never signed up for anything.", {"objection"}),
    ("Nyhetsbrev", "Får nyhetsbrev fra dere hver måned, og det setter jeg pris på!", set()),
    ("Purring", "Får plutselig purringer fra dere hver uke. Har aldri fått noen faktura!", set()),
    # consent taken back: a yes to photos of the writer, now unbearable or given in another time (h53-29)
    ("Bildene", "Vi sa ja til at dere kunne bruke bilder av oss på kjøkkenet i reklamen. Nå er vi skilt, og jeg klarer "
     "ikke å se dem.", {"consent_withdrawal"}),
    ("Photos", "We agreed to let you use the photo of the two of us in the garden in your ads. I wouldn't say yes "
     "today, things are different now.", {"consent_withdrawal"}),
    ("Bildene", "Vi sa ja til at dere kunne bruke bildene av huset. Jeg klarer ikke å se forskjell på før og etter!",
     set()),
    # objection: a use beyond the one said yes to (h53-25)
    ("Referanse", "Vi sa at dere kunne vise tegningene til andre kunder, men jeg trodde det gjaldt tegningene, ikke at "
     "dere skulle fortelle hva huset kostet oss.", {"objection"}),
    ("Reference", "I told you that you could use our extension as a reference, but I understood it was for your "
     "portfolio, not for tours of our street.", {"objection"}),
    ("Referanse", "Vi sa at dere kunne bruke tilbygget som referanse, og vi trodde det ble et lite bilde, men det ble jo "
     "kjempefint!", set()),
    ("Avtalen", "Jeg trodde det betydde at prisen var fast, ikke at dere kunne legge på timer.", set()),
    # rectification: the writer's name or address as the firm's papers have it, and what it is now (h53-17)
    ("Kontrakten", "Jeg står i kontrakten som «Kari Berg». Jeg har ikke hett Berg siden jeg giftet meg i 2019, og det "
     "står slik i alle papirene deres.", {"rectification"}),
    ("Invoices", "Your invoices still have me listed as \"Tom Hayes, 12 Mill Lane\". We actually live at Mill Lane 21 and "
     "have done for years.", {"rectification"}),
    ("Kommunen", "Kommunen har meg oppført som «Kari Berg» i postlisten. Jeg har ikke hett Berg siden 2019.", set()),
    ("Tegningen", "På tegningen står rommet oppført som «Bod». Vi bor i Storgata 5 og har brukt det som kontor siden "
     "2019.", set()),
    # restriction: the firm's report disputed, and a worry another gets it before it is settled (h53-34)
    ("Befaringsrapporten", "Vi er uenige i det som står om fukt i befaringsrapporten deres. Jeg er bekymret for at "
     "forsikringsselskapet skal få den før vi har fått avklart hva som stemmer.", {"restriction"}),
    ("The report", "We dispute several points in your inspection report. I'm worried it will be sent to the bank before "
     "this is resolved.", {"restriction"}),
    ("Rapporten", "Vi er uenige med kommunen om rapporten. Jeg er bekymret for at saken skal ta lang tid før den er "
     "avgjort.", set()),
    ("Rapporten", "Vi er enige i rapporten, så dere kan sende den til banken før fristen.", set()),
    # access: what the firm passed on, when another knew what the writer told the firm alone, or it is about them
    ("Naboen", "Naboen visste at vi hadde fått avslag på lånet. Det har vi bare sagt til dere. Jeg vil gjerne vite hva "
     "dere har fortalt henne.", {"access"}),
    ("The builder", "The builder you recommended already knew about my back surgery, which I had only ever mentioned to "
     "you. I'd like to understand what you passed on to him.", {"access"}),
    ("Rykte", "Det går rykter i bygda om økonomien vår. Eg skulle gjerne visst om det har kome noko frå dykk om oss.",
     {"access"}),
    # access: what was written about the writer, what sits on their file, something about them never seen
    ("Notata", "Ho som var her skreiv mykje undervegs. Eg skulle gjerne visst kva som vart skrive om oss.", {"access"}),
    ("Kundeforhold", "Jeg var kunde hos dere for lenge siden og har ingen oversikt over hva som ligger på meg i "
     "systemet deres.", {"access"}),
    ("Old enquiry", "We only ever asked for a price. I'm curious about what's on file from that.", {"access"}),
    ("Complaint", "Apparently there is a note about me in your system that I have never been shown.", {"access"}),
    ("Familien", "Jeg lurer på hvilke opplysninger dere sitter på om familien vår.", {"access"}),
    ("Meeting", "I'd really like to know what your colleague wrote about us after the meeting.", {"access"}),
    # access: how the firm knew something about the writer, asked straight out
    ("Brosjyren", "Hvordan visste dere at vi hadde fått tvillinger? Det sto jo i brosjyren dere sendte oss.", {"access"}),
    ("Your letter", "Where did you get my mobile number from? I've never been in touch with you.", {"access"}),
    # access look-alikes: another holder, drawings sent to a contractor, offers sent, drawings found, the law
    ("Naboen", "Naboen vet visst hvor mye vi betalte for tomta. Jeg lurer på hva banken har fortalt henne.", set()),
    ("Vinduene", "Jeg vet ikke hva dere sendte snekkeren, men han mangler målene til vinduene.", set()),
    ("Kommunen", "Jeg skulle gjerne visst hva kommunen har skrevet om oss i vedtaket.", set()),
    ("Tilbud", "Jeg vil gjerne vite hva dere har sendt av tilbud til oss så langt, så vi kan sammenligne.", set()),
    ("Tegninger", "Hvor har dere fått tak i de gamle tegningene? De er jo fra 1965.", set()),
    ("Lov", "Hvor lenge har et firma lov til å ha opplysninger om kunder?", set()),
    ("Mappa", "Jeg vet ikke hva som ligger i mappa, kan dere sende tegningene på nytt?", set()),
    # the judging words about something else: a price, a payment, drawings glad to be kept, work done quickly
    ("Roof", "I'm not comfortable with the price you quoted for the roof.", set()),
    ("Betaling", "Det er rart at dere ikke har fått betalingen min ennå.", set()),
    ("Tegningene", "Dere har fortsatt tegningene våre, så fint, da kan vi bygge senere.", set()),
    ("Drawings", "I was surprised that you had finished the drawings so quickly.", set()),
    ("Regningen", "Det er litt ubehagelig at regningen ble så høy, vi hadde ikke regnet med det.", set()),
    ("Banken", "Banken har fortsatt lønnsslippene mine, og det synes jeg er unødvendig.", set()),
    # a feeling pointed back at a holding told of, beside a copy asked outright, is no erasure (heldout37's h37-27)
    ("Notata", "Naboen sa at de har lagra notata om meg fra befaringa. Det likte jeg dårlig. Jeg vil ha ei oversikt over "
     "hva dere har lagra om meg.", {"access"}),
    ("Materialer", "Jeg lurer på hvilke materialer dere anbefaler til terrassen.", set()),
    ("Arkitekt", "Vi valgte en annen arkitekt. Takk for tegningene, dere kan beholde dem.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT53_FAMILIES)
def test_heldout53_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# The writer's papers wished not to stay with the firm, in English as in Norwegian ("I don't want my papers to stay with
# you", "I'd rather my papers didn't stay with you", "We'd rather the passport copy didn't remain with you"): erasure by
# the wish, as "Jeg vil ikke at papirene mine skal bli liggende hos dere" already was; keys, drawings, another holder,
# the writer not staying on as a customer, papers wished kept until a sale, or not minded, stay silent.
PAPERS_NOT_TO_STAY_IN_ENGLISH = [
    ("Papers", "I don't want my papers to stay with you.", {"erasure"}),
    ("Papers", "I don't want my papers to stay with you any longer.", {"erasure"}),
    ("Papers", "I'd rather my papers didn't stay with you.", {"erasure"}),
    ("Papers", "We don't want our papers staying with you now that the sale is done.", {"erasure"}),
    ("Papirer", "Jeg vil ikke at papirene mine skal bli liggende hos dere.", {"erasure"}),
    ("Papirer", "Eg vil ikkje at papira mine skal bli liggjande hjå dykk.", {"erasure"}),
    ("Keys", "I don't want my keys to stay with you.", set()),
    ("Drawings", "I don't want the drawings to stay with you, please send them to the builder.", set()),
    ("Papers", "My papers can stay with you until the bank has answered.", set()),
    ("Papers", "I don't mind my papers staying with you.", set()),
    ("Papers", "I want my papers to stay with you until the case is closed.", set()),
    ("Customer", "I don't want to stay with you as a customer after this project.", set()),
    ("Papers", "I don't want my papers to stay with the bank.", set()),
    ("Passport", "We'd rather the passport copy didn't remain with you now that the loan is sorted.", {"erasure"}),
    ("Papers", "I would prefer that my papers stay with you until the sale is done.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), PAPERS_NOT_TO_STAY_IN_ENGLISH)
def test_papers_wished_not_to_stay_in_english_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout56's misses as families (people writing about or for someone else; the firm's own systems). A lawyer's
# lettered or numbered list, each item its own ask: access in one, portability of what the client supplied in another
# (h56-15: "(a) confirmation of whether you process personal data concerning our client, and a copy of that data;\n(b)
# the personal data she herself provided … machine-readable"), so the copy is not swallowed by the portability beside
# it; the customer's comment in a booking system's notice (h56-12: "Kommentar fra kunde:") read as their own words like
# a contact form's message; and a box ticked and its consent taken back in one sentence, the verb turned ("… da jeg
# booket, det vil jeg ikke ha likevel, så det samtykket trekker jeg tilbake"). Look-alikes: lists of drawings, a
# neighbour's garage asked about, a comment about the visit, a neighbour's consent to a placement, a yes to an offer.
# Rectification for someone else: a child's data put right by "som hennes foreldre" or "datteren vår" (h56-24); the
# firm's minutes quoting the writer, disputed in the same sentence, then "Jeg har bedt om at dette rettes" (h56-17); the
# contact person on the case wrong and the writer the right one (h56-14: "Det skal være meg"). Look-alikes: a drawing
# corrected, a neighbour's child, the project's dates in the minutes, the kommune's contact, someone else the right one.
# a booking system's notice of a visit booked, with the customer's comment under its own label
_BOOKING_NOTICE = ("Ny booking registrert i proESS Booking\n\nTjeneste: {service}\nTid: {time}\nKunde: Kari Nes\n"
                   "E-post: kari.nes@online.no\nMobil: 913 44 210\n\n{label}:\n{text}\n\n--\n"
                   "Administrer bookinger: https://booking.proess.no/admin")


def _booking(text, label="Kommentar fra kunde", service="Befaring – tilbygg (60 min)",
             time="tirsdag 3. september kl. 09:00"):
    return _BOOKING_NOTICE.format(service=service, time=time, label=label, text=text)


HELDOUT56_FAMILIES = [
    # list items, each its own ask: access in one, portability in another
    ("Innsyn og dataportabilitet – Kari Nes", "Vi representerer Kari Nes og ber på hennes vegne om:\n\n1) en kopi av "
     "personopplysningene dere behandler om henne;\n2) opplysningene hun selv har gitt dere, i et strukturert og "
     "maskinlesbart format.\n\nFullmakt følger vedlagt.", {"access", "portability"}),
    ("Krav etter personvernforordninga", "Eg ber om følgjande:\n(a) stadfesting på om de behandlar personopplysningar om "
     "meg, og ein kopi av dei;\n(b) opplysningane eg sjølv har gjeve dykk, i eit maskinlesbart format.", {"access", "portability"}),
    ("Subject access and portability", "On behalf of our client we ask for:\n(i) a copy of the personal data you hold "
     "about her;\n(ii) the data she supplied to you in a structured, machine-readable format.", {"access", "portability"}),
    ("Request", "I am asking for the following:\n1. a copy of all personal data you hold about me;\n2. the details I "
     "provided, in a machine-readable format I can pass to another architect.", {"access", "portability"}),
    # look-alikes: a list of the firm's drawings and files, another person's data asked without standing
    ("Tegninger", "Vi ber om:\n(a) en kopi av tegningene for tilbygget;\n(b) de samme tegningene i DWG-format, slik at "
     "entreprenøren kan lese dem.", set()),
    ("Drawings", "Please send us:\n(a) a copy of the approved drawings;\n(b) the site plan in a machine-readable format "
     "for the surveyor.", set()),
    ("Naboen", "Jeg ber om følgende:\n1) hva dere har av tegninger for naboens garasje;\n2) når byggesøknaden ble sendt.", set()),
    # a booking system's comment line: the customer's words under the booked visit
    ("Ny befaring booket: tir 3. sep kl. 09:00", _booking("Jeg krysset av for nyhetsbrev da jeg booket, men det vil jeg ikke "
     "ha, så det samtykket trekker jeg tilbake."), {"consent_withdrawal"}, "booking@proess.no"),
    ("Ny befaring booket", _booking("Takk! Hvis vi ikke går videre etter befaringen, vil jeg at dere sletter profilen min og "
     "alle opplysningene om meg i bookingsystemet.", label="Kundens kommentar"), {"erasure"}, "booking@proess.no"),
    ("Ny befaring booka", _booking("Eg kryssa av for marknadsføring då eg booka, det samtykket trekkjer eg attende. Kva "
     "opplysningar har de lagra om meg?", label="Kommentar frå kunde"), {"consent_withdrawal", "access"}, "booking@proess.no"),
    ("New booking: site visit", _booking("I ticked the marketing box when booking, please treat that consent as withdrawn, "
     "and delete my profile if I don't go ahead.", label="Customer comment"), {"consent_withdrawal", "erasure"}, "booking@proess.no"),
    # look-alikes: the comment is about the visit; a booking without a comment
    ("Ny befaring booket", _booking("Ring på når dere kommer, ringeklokka virker ikke. Parkering i gata."), set(), "booking@proess.no"),
    ("Ny befaring booket", _booking("Vi vil gjerne at dere tar med tegningene fra forrige prosjekt, og sletter gjerne det gamle "
     "utkastet av planløsningen fra mappa."), set(), "booking@proess.no"),
    # the tick and its taking back in one sentence, turned
    ("Samtykke", "Jeg krysset av for SMS-varsler og reklame da jeg bestilte befaring, det ønsker jeg ikke likevel, så det "
     "samtykket trekker jeg tilbake.", {"consent_withdrawal"}),
    ("Samtykke", "Vi kryssa av for at de kunne sende oss marknadsføring, men det samtykket trekkjer vi no attende.",
     {"consent_withdrawal"}),
    ("Consent", "I ticked the box for marketing texts when I booked, which I don't want after all, so I withdraw that "
     "consent.", {"consent_withdrawal"}),
    # look-alikes: a neighbour's consent to a placement, a yes to an offer
    ("Nabovarsel", "Jeg krysset av for at jeg samtykket til plassering av garasjen 1 meter fra grensen på nabovarselet, "
     "så det samtykket trekker jeg tilbake.", set()),
    ("Tilbudet", "Vi sa ja til tilbudet på tilbygget i mai, men det ja-et tar vi tilbake siden banken sa nei.", set()),
    # a child's parents or a guardian write for the child: the child's data said wrong, put right with the firm
    ("Feil fødselsdato", "Sønnen vår Jonas (9) står som medeier i søknaden. Fødselsdatoen hans er feil hos dere. Som hans "
     "foreldre ber vi om at dette rettes.", {"rectification"}),
    ("Feil namn", "Dottera vår er skriven som Ingrid Sæter, men namnet hennar er feil. Som hennar foreldre ber vi om at det "
     "blir retta hos dykk.", {"rectification"}),
    ("Wrong name", "Our daughter Mia is listed as co-owner. Her surname is spelt wrong in your records. As her parents we "
     "ask that you correct it.", {"rectification"}),
    # look-alikes: the drawing corrected, the child's data asked about by someone without standing
    ("Tegningen", "Datteren vår har fått feil rom på tegningen, soverommet hennes er for lite. Kan dere rette tegningen?", set()),
    ("Naboens barn", "Navnet til naboens datter er skrevet feil på nabovarselet, men det får de ta opp selv.", set()),
    # the firm's minutes or note quoting the writer, disputed in the same sentence, then asked corrected
    ("Klage på referat", "I referatet fra møtet står det at jeg kjeftet på snekkeren, det stemmer ikke. Jeg har bedt om at "
     "dette rettes.", {"rectification"}),
    ("Referatet", "I notatet dykkar står det at eg truga med advokat, noko som ikkje stemmer. Eg ber om at det blir retta.",
     {"rectification"}),
    ("Minutes", "Your minutes say I threatened the builder with a lawyer, which is not true. I have asked for this to be "
     "corrected.", {"rectification"}),
    # look-alikes: the project's dates in the minutes, a drawing's owner
    ("Referatet", "I referatet står det at vi skal levere tegningene fredag, det stemmer ikke. Jeg ber om at dette rettes.",
     set()),
    ("Tegningen", "På tegningen står det at jeg er eier av garasjen, det stemmer ikke. Jeg ber om at dette rettes.", set()),
    # the contact person on the case wrong, the writer the right one
    ("Mor – kontaktperson", "Jeg er verge for mor. Kontaktpersonen dere har i saken er feil, der står naboen hennes. Det skal "
     "være meg, Kari Holm, 912 34 567.", {"rectification"}),
    ("Kontaktperson", "Far står hos dykk med feil kontaktperson. Det står broren min som kontakt. Det skal vere meg.",
     {"rectification"}),
    ("Contact person", "The contact person on your file for my mother is wrong. It should be me, her son, not the old "
     "neighbour.", {"rectification"}),
    # look-alikes: the kommune's contact, someone else named the right one
    ("Kontaktperson", "Kontaktpersonen hos kommunen er feil i saken. Det skal være meg som får brevene, ikke naboen.", set()),
    ("Kontaktperson", "Kontaktpersonen i byggesaken er feil. Det skal være byggeleder Ola Lien fra nå.", set()),
]


@pytest.mark.parametrize("case", HELDOUT56_FAMILIES)
def test_heldout56_families_and_their_look_alikes(case):
    subject, body, kinds, *sender = case
    found = find_requests(subject, body, eval_requests.sender_of(sender[0] if sender else "kunde@example.no"))
    assert {finding.kind for finding in found} == kinds


# heldout57's three false suggestions, each a part of the implied reading taken wrongly: the asker (anyone may ask for
# innsyn in the kommune's open case, h57-23), the holder asked (an erasure the writer asked of the architects used
# before, "skrevet til dem og bedt dem slette alt", h57-36), and whose asking (a student asking how the firm handles
# people who want to know what it holds about them, h57-31, read by the learned reading). Each look-alike stays silent;
# the same words with the writer asking the firm ("dere", "meg") still ask.
HELDOUT57_FALSE_SUGGESTIONS = [
    # a right anyone has, told of another holder's open case: the openness, nothing asked of the firm
    ("Postlista", "Kommunen la ut søknaden med telefonnummeret mitt i postlista. Hvem som helst kan jo be om innsyn i "
     "saken, men må det ligge rett på nett?", set()),
    ("Byggesaken", "Adressen og e-posten min står i byggesaken hos kommunen. Kven som helst kan be om innsyn der, det "
     "visste eg ikkje.", set()),
    ("Planning file", "The council published my phone number with the application. Anybody can request access to the "
     "file, I know, but online?", set()),
    # …while the writer asking the firm beside it still asks
    ("Innsyn", "Hvem som helst kan be om innsyn i kommunens saker. Jeg vil gjerne vite hva dere har lagret om meg.",
     {"access"}),
    # an erasure the writer asked of another firm, after writing or calling them
    ("Forrige arkitekt", "Det forrige kontoret har fortsatt kopi av passet mitt. Jeg har ringt dem og bedt dem slette "
     "det, men de svarer ikke.", set()),
    ("Former firm", "The old firm still has my bank statements. I wrote to them and asked them to delete everything, "
     "but nobody replies.", set()),
    ("Gamle kontoret", "Eg har sendt e-post og bede det gamle kontoret slette alt om oss, men ingen svarar.", set()),
    # …while the same words to the firm ("dere") remind it of an erasure still waiting
    ("Sletting", "Jeg har skrevet til dere og bedt dere slette alt om meg, men ingen svarer.", {"erasure"}),
    # others' requests asked about as the firm's practice (a student, a survey)
    ("Oppgave", "Har dere noen gang fått henvendelser fra folk som vil vite hva dere har om dem, og hvordan håndteres "
     "det?", set()),
    ("Survey", "Have you ever had customers who asked for a copy of the data you hold about them, and how long did it "
     "take?", set()),
    ("Masteroppgave", "Jeg skriver en masteroppgave om personvern i arkitektbransjen. Hvordan vurderer dere hva som er "
     "personopplysninger i en tegning? Har dere fått henvendelser fra kunder som vil vite hva dere har om dem? Korte "
     "svar holder.", set()),
    ("Thesis", "I'm writing a thesis on personal data in small firms. How do you decide what counts as personal data in "
     "a drawing? Do you get people who want to know what you hold on them, and how do you handle it?", set()),
    ("Spørreundersøkelse", "Hvor ofte får dere kunder som ber om å få slettet opplysningene sine?", set()),
    # …while the writer counting themself among them asks
    ("Innsyn", "Jeg er en av dem som vil vite hva dere har om meg, så send meg en kopi.", {"access"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT57_FALSE_SUGGESTIONS)
def test_heldout57_false_suggestions_and_their_families(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout58: a winter month of the shared inbox, requests in everyday words. Its families, in phrasings of our own:
# the notes of the writer's job interview or what their references said, asked to be seen (access); the writer's own
# picture or presentation on the firm's pages, then "kan de fjerne det?" (erasure); pictures wished taken down from the
# firm's pages (erasure, not when only expected after a consent withdrawn: heldout22 h22-18); a permission said yes to,
# taken back (consent withdrawal); an old address that no longer works and a new one to use instead (rectification);
# what the writer supplied, sent in a file to be read in by the next firm, then "slett det" (portability, erasure); a
# disputed invoice, the writer's data not to be passed on until it is settled (restriction, no erasure).
HELDOUT58_FAMILIES = [
    ("Intervjuet", "Kan jeg få lese notatene dere tok under jobbintervjuet i går?", {"access"}),
    ("Intervjuet", "Eg lurer på om eg kunne fått sjå notata de skreiv etter intervjuet mitt.", {"access"}),
    ("Interview", "Could I see the notes you took during my interview last week?", {"access"}),
    ("References", "Would you mind telling me what my references said?", {"access"}),
    ("Byggemøtet", "Kan vi få se referatet fra byggemøtet?", set()),
    ("Referanser", "Kan jeg få se referansene deres fra tidligere prosjekter?", set()),
    ("Interview", "Could I see the interview questions beforehand?", set()),
    ("Intervjuet", "Takk for intervjuet, jeg gleder meg til å høre fra dere.", set()),
    ("Om oss", "Jeg ser at bildet mitt fortsatt ligger på Om oss-siden. Kan dere fjerne det?", {"erasure"}),
    ("About", "I noticed my photo and bio are still on your About page. Could you take them down?", {"erasure"}),
    ("Nettsida", "Profilbiletet mitt ligg framleis på nettsida dykkar. Kan de ta det bort?", {"erasure"}),
    ("Om oss", "Jeg ser at bildet mitt ligger på Om oss-siden. Kan dere bytte det ut med et nyere?", set()),
    ("Nettsiden", "Bildet mitt på nettsiden ble så fint! Ikke fjern det.", set()),
    ("Stillaset", "Stillaset står fortsatt i hagen min. Kan dere fjerne det?", set()),
    ("Hytta", "Vi ønsker at bildene av hytta tas ned fra nettsiden deres.", {"erasure"}),
    ("Photos", "We'd like the photos of our kitchen taken down from your website and Instagram.", {"erasure"}),
    ("Badet", "Vi ønskjer at bileta av badet vert tekne ned frå Instagram.", {"erasure"}),
    ("Bildene", "Vi vil ikke at bildene tas ned fra nettsiden, de er fine.", set()),
    ("Maling", "Vi vil gjerne at bildene tas ned fra veggen før maleren kommer.", set()),
    ("Brosjyren", "Vi sa ja til at dere kunne vise bilder av kjøkkenet vårt i brosjyren. Nå trekker vi tilbake "
     "tillatelsen.", {"consent_withdrawal"}),
    ("Hytta", "Eg gav dykk lov til å bruke bilete av hytta vår. No trekkjer eg attende løyvet.", {"consent_withdrawal"}),
    ("Loft", "Last year I said yes to you using photos of our loft. I'm withdrawing my permission.",
     {"consent_withdrawal"}),
    ("Bryggen", "Kommunen ga oss tillatelse til bryggen, men nå har de trukket tilbake tillatelsen.", set()),
    ("Søknaden", "Vi har sagt ja til tilbudet. Vi trekker tilbake byggesøknaden.", set()),
    ("Ny e-post", "Jeg har fått ny jobb, og den gamle jobbadressen virker ikke lenger. Bruk denne e-postadressen i "
     "stedet.", {"rectification"}),
    ("Nummer", "Eg har slutta i kommunen, så jobbnummeret mitt verkar ikkje lenger. Bruk det nye nummeret mitt i "
     "staden: 900 11 222.", {"rectification"}),
    ("Email", "My work email doesn't work anymore since I left the company. Please use this address instead.",
     {"rectification"}),
    ("Flisen", "Flisen vi valgte virker ikke lenger som et godt valg. Bruk denne flisen i stedet.", set()),
    ("Dropbox", "Jeg har sluttet å bruke Dropbox. Bruk denne lenken i stedet.", set()),
    ("Fakturaen", "Vi har bestridt fakturaen. Inntil det er avklart vil vi ikke at opplysningene våre sendes videre til "
     "inkasso.", {"restriction"}),
    ("Invoice", "I dispute the invoice. Until this is resolved I do not want my details passed on to your debt "
     "collector.", {"restriction"}),
    ("Fakturaen", "Vi er enige i fakturaen. Inntil den er betalt vil vi ikke at den sendes på nytt.", set()),
    ("Ny arkitekt", "Kan dere sende det jeg har gitt dere i en fil som kan leses inn i systemet deres? Den nye arkitekten "
     "venter. Når det er gjort kan dere slette det.", {"portability", "erasure"}),
    ("New architect", "Could you send the details we provided in a file that can be imported into their system? After "
     "that, please delete them.", {"portability", "erasure"}),
    ("Tegningene", "Kan dere sende tegningene i en fil som kan leses inn hos snekkeren? Når det er gjort kan dere fjerne "
     "stillaset.", set()),
    ("Fila", "Kan dere sende opplysningene jeg har gitt dere i en fil? Jeg vil lese dem selv.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT58_FAMILIES)
def test_heldout58_families_and_their_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout57 (h57-10): the source asked with a pronoun ("Hvor har dere det fra?", "Where did you get that from?", "Hvordan vet
# dere det?"), pointing back at the writer's or their family's data the firm was said to know a few sentences before:
# access. The source of a fact about the site, a material, a price, or data another holds, stays silent.
HELDOUT57_SOURCE_POINTED_BACK = [
    ("Sønnen min", "Han som ringte fra dere i dag visste hva sønnen min heter. Det har jeg aldri sagt til dere. Hvor har "
     "dere det fra?", {"access"}),
    ("Dottera", "De nemnde namnet til dottera mi i telefonen. Kvar har de det frå?", {"access"}),
    ("My wife", "Your salesman mentioned my wife's name and her job when he called. We never gave you that. Where did "
     "you get it from?", {"access"}),
    ("Mobilnummer", "Dere sendte sms til mobilnummeret mitt, som jeg aldri har gitt dere. Hvordan vet dere det?",
     {"access"}),
    # the source of a fact about the site, the kommune's knowing, or a question of a material: nothing of the writer's
    ("Tomta", "Dere skrev at tomta er 812 kvadratmeter. Hvor har dere det fra?", set()),
    ("Kommunen", "Kommunen nevnte datteren min ved navn i brevet. Hvor har de det fra?", set()),
    ("Price", "You quoted a price for the windows that seems low. Where did you get that from?", set()),
    ("Naboen", "Naboen nevnte sønnen min ved navn da vi møttes. Hvor har han det fra?", set()),
    ("Flisene", "Dere nevnte datteren min ved navn på møtet, det var hyggelig. Hvor har dere flisene fra?", set()),
    ("Takstein", "Dere foreslo en annen takstein enn vi hadde tenkt. Hvor har dere den fra?", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT57_SOURCE_POINTED_BACK)
def test_heldout57_source_pointed_back_and_its_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout57 (h57-21): no peace until the writer knows is wanting to know ("jeg får ikke ro før jeg vet hva som står om
# meg", "eg får ikkje sove før eg veit kva …", "I can't rest until I know what was written about me"): access of what
# the firm wrote of them (WANTING_TO_KNOW). The kommune's notes, a permit or a contract stay silent.
HELDOUT57_NO_PEACE_UNTIL_KNOWN = [
    ("Møtet", "Jeg var sint på møtet i går og sa mye dumt. Jeg får ikke ro før jeg vet hva som står om meg i referatet "
     "deres.", {"access"}),
    ("Samtalen", "Eg får ikkje sove før eg veit kva som vart skrive om oss etter samtalen.", {"access"}),
    ("The call", "I lost my temper on the phone with your office. I can't rest until I know what was written about me.",
     {"access"}),
    # the same unease about the kommune's notes, a permit, or the contract: nothing asked of the firm
    ("Kommunen", "Jeg får ikke ro før jeg vet hva kommunen har skrevet om meg i saken.", set()),
    ("Tillatelsen", "Jeg får ikke ro før jeg vet om tilbygget blir godkjent.", set()),
    ("Contract", "I can't relax until I know what is in the contract for the roof.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT57_NO_PEACE_UNTIL_KNOWN)
def test_heldout57_no_peace_until_known_and_its_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout57 (h57-12): the writer still on the firm's list or register, judged with the infinitive's "I" understood
# ("Det er rart å fortsatt stå i kunderegisteret deres", "underleg å framleis stå på kundelista dykkar", "odd to still be
# on your customer list"): erasure (JUDGED_STILL_ON_IT, ON_A_LIST with any "-register"). The bank's register, a waiting
# list the writer is glad of, stay silent.
HELDOUT57_STILL_ON_THE_LIST = [
    ("Registeret", "Vi kjøpte aldri noe av dere. Det er rart å fortsatt stå i kunderegisteret deres med telefon og "
     "adresse.", {"erasure"}),
    ("Lista", "Eg bad berre om eit tilbod. Det er underleg å framleis stå på kundelista dykkar.", {"erasure"}),
    ("List", "We only asked for a quote in 2019. It's odd to still be on your customer list with our address.",
     {"erasure"}),
    # still on another's list, or glad to be on the firm's, or a drawing still to be on a list: silent
    ("Banken", "Det er rart å fortsatt stå i registeret til banken.", set()),
    ("Venteliste", "Det er fint å fortsatt stå på ventelista deres for våren.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT57_STILL_ON_THE_LIST)
def test_heldout57_still_on_the_list_and_its_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds


# heldout57 (h57-11): the mail address in everyday words ("mailen min", "mailadressa mi") is the writer's data, kept
# and judged: erasure. A mail sent, glad to be read, or the bank keeping the address, stays silent.
HELDOUT57_MAIL_ADDRESS_KEPT = [
    ("Mailen", "Jeg var aldri kunde selv. Litt creepy at dere har mailen min fortsatt.", {"erasure"}),
    ("Adressa", "Eg har aldri vore kunde hjå dykk. Det er rart at de framleis har mailadressa mi.", {"erasure"}),
    # the mail sent, glad it is there, or the bank holding it: silent
    ("Svar", "Fikk dere mailen min i går? Det er fint om dere har den før møtet.", set()),
    ("Banken", "Banken har fortsatt mailadressen min, det er rart.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), HELDOUT57_MAIL_ADDRESS_KEPT)
def test_heldout57_mail_address_kept_and_its_look_alikes(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"))} == kinds
    assert {finding.kind for finding in find_requests(subject, body, eval_requests.sender_of("kunde@example.no"),
                                                      learned=False)} == kinds
