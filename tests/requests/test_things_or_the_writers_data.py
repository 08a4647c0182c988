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
    # a profile photo and the customer folder are the writer's by their name
    ("Profil", "Kan dere slette profilbildet?", {"erasure"}),
    ("Profile", "Please delete the profile picture.", {"erasure"}),
    ("Kundemappe", "Kan dere slette kundemappa?", {"erasure"}),
]


@pytest.mark.parametrize(("subject", "body", "kinds"), PHOTOS_AND_FILES)
def test_photos_and_files_are_things_unless_they_show_the_writer(subject, body, kinds):
    assert {finding.kind for finding in find_requests(subject, body)} == kinds
