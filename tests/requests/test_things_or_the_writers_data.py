"""Three misreadings of issue 12, each fixed as a family with the look-alikes that must keep their reading.

Photos and files the firm works with are things, not the writer's data: deleted, they ask no erasure, while photos of
the writer, their family or the inside of their home stay erasure."""

from __future__ import annotations

import pytest

from rules.subject_requests import find_requests

# (subject, body, kinds found)
PHOTOS_AND_FILES = [
    # old photos of the building work, old versions, files in a shared folder: tidying the project's things
    ("Bilder", "Slett de gamle bildene.", set()),
    ("Bilder", "Kan dere slette de gamle bildene fra byggeperioden?", set()),
    ("Bilder", "Slett alle de gamle bildene, vi trenger dem ikke.", set()),
    ("Bilder", "Slett de gamle bildene i mappa vår.", set()),
    ("Bilder", "Dere kan fjerne de eldste bildene fra Dropbox-mappa.", set()),
    ("Befaring", "Slett gjerne bildene fra befaringen vår, de nye er bedre.", set()),
    ("Mappe", "Kan dere slette alle filene i den delte mappa?", set()),
    ("Mappe", "Kan dere slette de gamle filene i fellesmappa vår?", set()),
    ("Photos", "Please delete the old photos.", set()),
    ("Folder", "Please delete all the old photos from the shared folder.", set()),
    ("Folder", "Please delete the old files in our shared folder.", set()),
    ("Bilder", "Vi har byttet vinduene. Slett bildene av dem.", set()),
    # photos of the writer, of their family or of the inside of their home, or theirs by a possessive: personal data
    ("Bilder", "Slett bildene av meg.", {"erasure"}),
    ("Bilder", "Kan dere slette bildene av oss?", {"erasure"}),
    ("Bilder", "Slett bildene dere tok inne i stua vår.", {"erasure"}),
    ("Photos", "Please delete the photos you took inside our living room.", {"erasure"}),
    ("Photos", "Please delete the photos of me.", {"erasure"}),
    ("Photos", "Please delete my photos.", {"erasure"}),
    ("Bilder", "Slett bildene mine.", {"erasure"}),
    ("Bilder", "Slett bildene av jentene mine.", {"erasure"}),
    ("Bilder", "Slett bildene der jeg er med.", {"erasure"}),
    ("Bilder", "Barna mine er med på bildene fra befaringen. Slett bildene av dem.", {"erasure"}),
    ("Bilder", "På ett av bildene dere tok står sønnen min. Fjern dem fra arkivet deres.", {"erasure"}),
    # everything in a shared folder, or old photos wished not to stay, are the project's things too
    ("Mappe", "Slett gjerne alt i den delte mappa.", set()),
    ("Folder", "Delete everything in the shared folder.", set()),
    ("Bilder", "Jeg vil helst at de gamle bildene ikke blir liggende hos dere.", set()),
    ("Kundemappe", "Slett alt i kundemappa mi.", {"erasure"}),
    ("System", "Delete everything in your system.", {"erasure"}),
    ("Bilder", "Jeg vil helst at bildene av meg ikke blir liggende hos dere.", {"erasure"}),
    ("Bilder", "Dere tok bilder inne i stua vår. Jeg vil helst at de bildene ikke blir liggende hos dere.",
     {"erasure"}),
    # a profile photo and the customer folder are the writer's by their name
    ("Profil", "Kan dere slette profilbildet?", {"erasure"}),
    ("Profile", "Please delete the profile picture.", {"erasure"}),
    ("Kundemappe", "Kan dere slette kundemappa?", {"erasure"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), PHOTOS_AND_FILES)
def test_photos_and_files_are_things_unless_they_show_the_writer(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# The writer's data, photos of them included, not to be shared or passed on objects to that disclosure; taken back as a
# consent given for it, it is consent withdrawal. Things not to be shared, or shared gladly, ask nothing, nor does the
# writer saying whom they never gave it to.
NOT_SHARED = [
    ("Bilder", "Ikke del bildene av meg med noen.", {"objection"}),
    ("Photos", "Don't share my photos with anyone.", {"objection"}),
    ("Leverandør", "Jeg vil ikke at dere gir navnet mitt videre til leverandøren.", {"objection"}),
    ("Navn", "Jeg vil ikke at dere gir navnet mitt videre.", {"objection"}),
    ("Nummer", "Ikke gi ut telefonnummeret mitt til andre.", {"objection"}),
    ("Naboene", "Jeg vil ikke at adressen min deles med naboene.", {"objection"}),
    ("Banken", "Dere må ikke sende opplysningene om meg videre til banken.", {"objection"}),
    ("Nynorsk", "Eg vil ikkje at de gjev namnet mitt vidare til nokon.", {"objection"}),
    ("Phone", "Please do not share my phone number with anyone.", {"objection"}),
    ("Contractor", "I don't want you to pass my details on to the contractor.", {"objection"}),
    ("Supplier", "Please don't give my email address to the supplier.", {"objection"}),
    ("Lov", "Jeg har ikke gitt dere lov til å dele bildene av meg med noen.", {"objection"}),
    ("Samtykke", "Jeg trekker samtykket til at dere deler bildene av meg.", {"consent_withdrawal"}),
    ("Samtykke", "Jeg trekker samtykket til at dere gir navnet mitt videre, ikke del det med noen.", {"consent_withdrawal"}),
    ("Samtykke", "Jeg trekker samtykket til at dere bruker bildene av meg. Ikke del dem med noen.", {"consent_withdrawal"}),
    ("Consent", "I withdraw my consent to you sharing my photos. Please don't share them with anyone.",
     {"consent_withdrawal"}),
    ("Tegninger", "Ikke del tegningene med naboen før vi har sett på dem.", set()),
    ("Tegninger", "Ikke del tegningene med noen.", set()),
    ("Drawings", "Don't share the drawings with anyone yet.", set()),
    ("Bilder", "Del gjerne bildene med snekkeren.", set()),
    ("Navn", "Gi gjerne navnet mitt videre til leverandøren.", set()),
    ("Bilder", "Jeg har ikke noe imot at dere deler bildene av meg med snekkeren.", set()),
    ("Photos", "I don't mind you sharing my photos with the builder.", set()),
    ("Nabo", "Jeg vet ikke om dere har delt navnet mitt med naboen.", set()),
    ("Nummer", "Det nummeret har jeg aldri gitt verken til dere eller til naboen.", set()),
    ("Number", "I never gave my number to the contractor.", set()),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), NOT_SHARED)
def test_the_writers_data_not_to_be_shared_objects_and_things_not_to_be_shared_ask_nothing(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds


# A correction verb under a negation, or the data to be left as it is, asks for no rectification; data said to be wrong,
# or a correction the firm has not made yet, still does.
NOT_CHANGED = [
    ("Adresse", "Ikke endre adressen min, la den ligge urørt.", set()),
    ("Adresse", "Adressen min er riktig, ikke endre den.", set()),
    ("Navn", "Jeg vil ikke at dere endrer navnet mitt i systemet.", set()),
    ("Nummer", "Dere trenger ikke oppdatere telefonnummeret mitt, det er det samme.", set()),
    ("Nummer", "Telefonnummeret mitt skal ikke endres.", set()),
    ("Adresse", "Det er ikke nødvendig å rette opp adressen min.", set()),
    ("Navn", "Jeg ønsker ikke navnet mitt endret.", set()),
    ("Address", "Please don't change my address, leave it as it is.", set()),
    ("Phone", "Do not update my phone number.", set()),
    ("Name", "I don't want my name changed in your records.", set()),
    ("Details", "There is no need to update my details.", set()),
    ("Adresse", "La adressen min stå som den er.", set()),
    ("Adresse", "Adressen min er feil, rett den til Storgata 5.", {"rectification"}),
    ("Adresse", "Adressen min er feil, kan dere rette den?", {"rectification"}),
    ("Adresse", "Dere har ikke endret adressen min ennå, selv om jeg ba om det.", {"rectification"}),
    ("Nummer", "Dere har ikke oppdatert nummeret mitt, vennligst gjør det.", {"rectification"}),
    ("Address", "My address has not been changed in your records, please correct it.", {"rectification"}),
    ("Kunderegister", "Ikke endre tegningen, men rett adressen min i kunderegisteret.", {"rectification"}),
    ("Navn", "Navnet mitt er feilstavet. Ikke vent til neste faktura, rett det nå.", {"rectification"}),
    ("Name", "I'd like my name changed to Hansen.", {"rectification"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), NOT_CHANGED)
def test_data_to_be_left_as_it_is_asks_no_correction(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds
