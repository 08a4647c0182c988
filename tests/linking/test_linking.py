"""The linker: each signal alone, and how ambiguity and weak evidence are handled."""
import pytest

from rules.linking.linker import CustomerDirectory, KnownCustomer, KnownProperty, MessageFacts, link_message
from rules.linking.names import people_in_record
from rules.linking.property_ids import PropertyId


def prop(kommunenr, gnr, bnr, fnr=None, snr=None):
    key = PropertyId(kommunenr, gnr, bnr, fnr, snr).key()
    return KnownProperty(key, kommunenr, gnr, bnr, fnr, snr)


def customer(customer_id, name, email, properties=(), projects=(), **extra):
    return KnownCustomer(customer_id, name, (email,), extra.pop("phones", ()), tuple(properties), tuple(projects),
                         **extra)


DIRECTORY = CustomerDirectory([
    customer("K1", "Kari Nordmann Hansen", "kari@example.no", [prop("3201", 12, 345)], ["P2024-001"],
             phones=("+47 912 34 567",), street_addresses=("Skogveien 14",)),
    customer("K2", "Lars Berg", "lars.berg@example.no", [prop("3203", 45, 8)], ["P2024-002"]),
    customer("K3", "Lars Berg", "lberg@example.com", [prop("3301", 114, 88)], ["P2024-003"]),
    customer("K4", "Ola Holm", "ola@example.no", [prop("3205", 81, 23), prop("3330", 88, 14)]),
    customer("K5", "Kari Holm", "kari.holm@example.no", [prop("3205", 81, 23)]),
    customer("K6", "Per Olav Aasen", "poa@example.no", [prop("3207", 120, 44)],
             confirmed_addresses=("per@work.example",)),
    customer("K7", "Andreas Moen", "andreas@example.no", [prop("3203", 12, 345)]),
    customer("K8", "Fjordbygg AS", "post@fjordbygg.example", [prop("3205", 72, 5)]),
    customer("K9", "Stian Myhre", "stian@example.no", [prop("3201", 12, 346)]),
])


def link(body="", subject="", sender="stranger@example.org", to=("post@proess.no",), cc=(), thread=(),
         attachments=()):
    facts = MessageFacts(subject, body, tuple(attachments), sender, tuple(to), tuple(cc),
                         thread_customer_ids=tuple(thread))
    return link_message(facts, DIRECTORY)


def linked(decision):
    return [c.customer_id for c in decision.customers]


def signals(decision, customer_id):
    return {r.signal for c in decision.customers + decision.candidates if c.customer_id == customer_id
            for r in c.reasons}


@pytest.mark.parametrize(
    ("kwargs", "customer_id", "signal"),
    [
        ({"sender": "Kari <KARI@example.no>"}, "K1", "sender_address"),
        ({"sender": "staff@proess.no", "to": ("kari@example.no",)}, "K1", "recipient_address"),
        ({"sender": "staff@proess.no", "to": ("x@y.no",), "cc": ("kari@example.no",)}, "K1", "recipient_address"),
        ({"sender": "per@work.example"}, "K6", "confirmed_address"),
        ({"subject": "Re: P2024-001 tilbud"}, "K1", "id_in_subject"),
        ({"subject": "Kunde K1 – spørsmål"}, "K1", "id_in_subject"),
        ({"body": "Vedr. gnr 12 bnr 345 i Bærum."}, "K1", "property"),
        ({"thread": ("K2",)}, "K2", "thread"),
        ({"body": "Hei,\n\nSpørsmål om tilbudet.\n\nMvh\nKari Nordmann Hansen"}, "K1", "name"),
        ({"body": "Hei,\n\nSpørsmål.\n\nMvh\nP.O. Aasen"}, "K6", "name"),
        ({"body": "Hei,\n\nSpørsmål.\n\nMed vennlig hilsen\nFjordbygg AS"}, "K8", "name"),
        ({"body": "Levering til prosjekt P-2024-001 neste uke."}, "K1", "id_in_text"),
        ({"body": "Hei,\n\nJeg skriver for min kone, Kari Nordmann Hansen, som er på reise."}, "K1", "name"),
        ({"body": "Hei,\n\nJeg er kona til Stian Myhre. Han lurer på om garasjen kan flyttes."}, "K9", "name"),
        ({"body": "Hello,\n\nI am writing on behalf of my husband Andreas Moen about the garage."}, "K7", "name"),
        ({"body": "Jeg representerer Andreas Moen i et tvistemål om garasjen."}, "K7", "name"),
        ({"sender": "kari.hansen@proess.no", "to": ("ola.berg@proess.no",),
          "body": "Hei Ola,\n\nAndreas Moen ringte i dag og vil utsette byggestart.\n\nKari"}, "K7", "name"),
    ],
)
def test_one_strong_signal_links_with_its_reason(kwargs, customer_id, signal):
    decision = link(**kwargs)
    assert linked(decision) == [customer_id]
    assert signal in signals(decision, customer_id)
    assert decision.review_reason is None


@pytest.mark.parametrize(
    ("kwargs", "customer_id", "signal"),
    [
        ({"body": "Levering til Skogveien 14 neste uke."}, "K1", "street_address"),
        ({"body": "Ring 912 34 567 ved levering."}, "K1", "phone"),
        ({"body": "Jeg snakket med Kari Nordmann Hansen i går."}, "K1", "name"),
        ({"body": "Gjelder prosjekt 2024-001."}, "K1", "id_in_text"),
        ({"sender": "kari.nordmann.hansen@newmail.example", "body": "Hei"}, "K1", "name"),
        ({"body": "Se eiendommen 120/44."}, "K6", "property_unknown_kommune"),
        ({"subject": "Re: Tilbygg Skogveien 14", "body": "Se vedlegg."}, "K1", "street_address"),
        ({"body": "Jeg er søsteren til Andreas Moen og vil ha hjelp med et tilbygg."}, "K7", "name"),
        ({"sender": "kari.hansen@proess.no", "to": ("someone@example.org",),
          "body": "Hei,\n\nAndreas Moen ringte i dag og vil utsette byggestart.\n\nKari"}, "K7", "name"),
    ],
)
def test_one_weak_signal_goes_to_review_not_to_a_link(kwargs, customer_id, signal):
    decision = link(**kwargs)
    assert linked(decision) == []
    assert decision.review_reason
    assert signal in signals(decision, customer_id)


def test_weak_signals_together_link():
    decision = link(body="Levering til Skogveien 14. Kontakt Kari Nordmann Hansen, 912 34 567.")
    assert linked(decision) == ["K1"]


def test_name_matching_ignores_accents_case_and_ascii_spellings():
    decision = link(body="Hei,\n\nMvh\nPER OLAV ÅSEN")
    assert linked(decision) == ["K6"]


def test_double_surname_written_with_one_surname():
    decision = link(body="Hei,\n\nMvh\nKari Hansen")
    assert "K1" in [c.customer_id for c in decision.candidates]
    assert "name" in signals(decision, "K1")


def test_same_name_alone_is_not_guessed():
    decision = link(sender="Lars Berg <new@example.org>", body="Hei\n\nMvh\nLars Berg")
    assert linked(decision) == []
    assert "kundens navn er nevnt, og det passer 2 kunder" in decision.review_reason
    assert {c.customer_id for c in decision.candidates} == {"K2", "K3"}


def test_same_name_told_apart_by_the_property():
    decision = link(sender="Lars Berg <new@example.org>", body="Gjelder gnr 114 bnr 88 i Drammen.\n\nMvh\nLars Berg")
    assert linked(decision) == ["K3"]


def test_shared_property_alone_is_not_guessed():
    decision = link(body="Spørsmål om gnr 81 bnr 23 i Lillestrøm.")
    assert linked(decision) == []
    assert decision.review_reason


def test_joint_property_links_the_co_owners_the_text_names():
    decision = link(sender="postmottak@lillestrom.kommune.no",
                    body="Ingen merknader for gnr. 81 bnr. 23. Tiltakshavere: Kari Holm og Ola Holm.")
    assert sorted(linked(decision)) == ["K4", "K5"]
    decision = link(sender="postmottak@lillestrom.kommune.no", body="Ingen merknader for gnr. 81 bnr. 23. Ola Holm.")
    assert linked(decision) == ["K4"]


def test_couple_named_together_links_both():
    decision = link(sender="familie@example.org", body="Hei,\n\nHilsen Kari og Ola Holm")
    assert sorted(linked(decision)) == ["K4", "K5"]


def test_message_about_two_customers_links_both():
    decision = link(sender="kari@example.no", cc=("stian@example.no",), body="Felles innkjørsel.")
    assert sorted(linked(decision)) == ["K1", "K9"]


def test_spouse_writing_about_a_customers_property_links_with_the_reason():
    decision = link(sender="Hege <hege@example.org>",
                    body="Jeg skriver for mannen min. Gjelder hytta på gnr 88 bnr 14 i Hol.\n\nHilsen Hege")
    assert linked(decision) == ["K4"]
    assert decision.customers[0].method == "property"


def test_municipality_mail_links_through_the_property_with_the_kommune_from_its_domain():
    decision = link(sender="postmottak@asker.kommune.no", body="Vedtak for gnr. 12 bnr. 345.")
    assert linked(decision) == ["K7"]
    assert [p.key for p in decision.properties] == ["3203-12/345"]


def test_same_gnr_bnr_in_two_kommuner_needs_the_kommune():
    assert linked(link(body="Vedtak for gnr. 12 bnr. 345.")) == []
    assert linked(link(body="Vedtak for gnr. 12 bnr. 345 i Bærum.")) == ["K1"]


def test_neighbouring_property_does_not_link_the_neighbour():
    decision = link(sender="kari@example.no", body="Hvor nær grensen mot naboeiendommen gnr 12 bnr 346 kan vi bygge?")
    assert linked(decision) == ["K1"]


def test_staff_signature_is_never_a_customer_signal():
    decision = link(sender="Lars Berg <lars@proess.no>", to=("someone@example.org",), body="Hei\n\nMvh\nLars Berg")
    assert decision.candidates == ()


def test_own_domain_addresses_are_ignored():
    decision = link(sender="post@proess.no", to=("kari@proess.no",))
    assert decision.candidates == ()


def test_newsletter_without_evidence_is_neither_linked_nor_queued():
    decision = link(sender="news@shop.example", subject="Ukens tilbud", body="30 % på terrassebord. 1/2 pris!")
    assert (decision.customers, decision.review_reason, decision.properties) == ((), None, ())


def test_unknown_kommune_is_taken_from_the_linked_customers_records():
    decision = link(sender="kari@example.no", body="Gjelder eiendommen 12/345.")
    assert [p.key for p in decision.properties] == ["3201-12/345"]
    assert decision.properties[0].customer_id == "K1"


def test_unknown_kommune_of_a_jointly_owned_property_comes_from_the_records():
    decision = link(sender="ola@example.no", cc=("kari.holm@example.no",), body="Badet hjemme (81/23) kan vente.")
    assert [p.key for p in decision.properties] == ["3205-81/23"]


def test_properties_are_deduplicated_and_keep_what_was_written():
    decision = link(sender="kari@example.no", body="gnr 12 bnr 345 i Bærum, eller 0219-12/345 i gamle papirer.")
    assert [(p.key, p.kommune_as_written) for p in decision.properties] == [("3201-12/345", "Bærum")]


def test_mail_to_many_customers_at_once_links_none_of_them():
    everyone = ("kari@example.no", "lars.berg@example.no", "ola@example.no", "andreas@example.no")
    decision = link(sender="staff@proess.no", to=("post@proess.no",), cc=everyone, body="God jul!")
    assert linked(decision) == []
    assert "sendt til 4 kunder samtidig" in decision.review_reason


def test_a_thank_you_opening_a_letter_is_not_its_signature():
    decision = link(body="Takk for sist!\nJeg snakket med Kari Nordmann Hansen i går om planene.\n"
                         "Hun ba meg sende dette.\nVi snakkes.\nDette er linje fem.\nOg seks.\nSju.\nÅtte.\nNi.")
    assert linked(decision) == []


@pytest.mark.parametrize(
    ("record_name", "people"),
    [
        ("Solberg, Ingrid", ["Ingrid Solberg"]),
        ("Kari og Ola Holm", ["Kari Holm", "Ola Holm"]),
        ("Kari Holm & Ola Nordmann", ["Kari Holm", "Ola Nordmann"]),
        ("Fjordbygg AS v/ Vegard Lunde", ["Fjordbygg AS", "Vegard Lunde"]),
        ("Anne-Lise Strand Mikkelsen", ["Anne-Lise Strand Mikkelsen"]),
    ],
)
def test_people_a_customer_record_stands_for(record_name, people):
    assert people_in_record(record_name) == people


def test_record_fields_with_several_addresses_and_phones():
    directory = CustomerDirectory([
        KnownCustomer("C1", "Sameiet Storgata 5", ("styret@sameie.example; leder@sameie.example",),
                      ("22 33 44 55 / 912 00 000",), (), ()),
    ])
    facts = MessageFacts("", "Hei, ring 912 00 000. Se s. 5.", (), "leder@sameie.example", (), ())
    decision = link_message(facts, directory)
    assert [c.customer_id for c in decision.customers] == ["C1"]
    assert {r.signal for r in decision.customers[0].reasons} == {"sender_address", "phone"}
