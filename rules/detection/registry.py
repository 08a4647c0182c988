"""The recognizers the Analyzer runs, in one place."""
from __future__ import annotations

from collections.abc import Iterable

from rules.detection.recognizer import Recognizer
from rules.detection.recognizers.address import AddressRecognizer
from rules.detection.recognizers.bank_account import BankAccountRecognizer
from rules.detection.recognizers.credit_info import CreditInfoRecognizer
from rules.detection.recognizers.date_of_birth import DateOfBirthRecognizer
from rules.detection.recognizers.email import EmailRecognizer
from rules.detection.recognizers.health import HealthRecognizer
from rules.detection.recognizers.marital_status import MaritalStatusRecognizer
from rules.detection.recognizers.national_id import NationalIdRecognizer
from rules.detection.recognizers.org_number import OrgNumberRecognizer
from rules.detection.recognizers.person_gazetteer import PersonGazetteerRecognizer
from rules.detection.recognizers.person_greeting import PersonGreetingRecognizer
from rules.detection.recognizers.person_header import PersonHeaderRecognizer
from rules.detection.recognizers.person_known import KnownPersonRecognizer
from rules.detection.recognizers.person_ner import PersonNerRecognizer
from rules.detection.recognizers.phone import PhoneRecognizer
from rules.detection.recognizers.property_id import PropertyIdRecognizer


def default_recognizers(known_names: Iterable[str] = ()) -> list[Recognizer]:
    return [
        EmailRecognizer(),
        PhoneRecognizer(),
        NationalIdRecognizer(),
        BankAccountRecognizer(),
        OrgNumberRecognizer(),
        PropertyIdRecognizer(),
        AddressRecognizer(),
        DateOfBirthRecognizer(),
        MaritalStatusRecognizer(),
        HealthRecognizer(),
        CreditInfoRecognizer(),
        KnownPersonRecognizer(known_names),
        PersonHeaderRecognizer(),
        PersonGreetingRecognizer(),
        PersonGazetteerRecognizer(),
        PersonNerRecognizer(),
    ]
