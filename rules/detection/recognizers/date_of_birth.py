"""Birth dates: a date right after "født", "f.", "fødselsdato", "born", "DOB". The span is the date."""
from __future__ import annotations

import re

from rules.detection.recognizer import Pattern, PatternRecognizer

_MONTHS = (
    "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des|"
    "january|february|march|may|june|july|october|december|oct|dec"
)
_DATE = (
    rf"\d{{1,2}}\.[ ]?\d{{1,2}}\.[ ]?(?:19|20)?\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}[/-](?:19|20)?\d{{2}}"
    rf"|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}\.?[ ](?:{_MONTHS})\.?[ ](?:19|20)\d{{2}}"
    rf"|(?:{_MONTHS})[ ]\d{{1,2}}(?:st|nd|rd|th)?,?[ ](?:19|20)\d{{2}}"
    rf"|\d{{6}}(?=\D|$)"
)
_CUE = (
    r"født|fødd|f\.|fødselsdato|fødselsdag|f\.dato|f\.d\.|born|born on|date of birth|birth date|dob|d\.o\.b\."
)


class DateOfBirthRecognizer(PatternRecognizer):
    name = "date_of_birth"
    label = "DATE_OF_BIRTH"
    patterns = (
        Pattern("cued_date", re.compile(
            rf"(?i:(?<![\w])(?:{_CUE}))[ \t]*:?[ \t]*(?i:(?:is|er|was|var)[ \t]+)?(?i:den[ \t]+|on[ \t]+)?"
            rf"(?P<value>(?i:{_DATE}))(?![\w])"), 0.9),
        Pattern("cued_year", re.compile(
            r"(?i:(?<![\w])(?:født|fødd|born)[ \t]+(?:i|in)[ \t]+|\((?:f\.|født|b\.)[ \t]*)"
            r"(?P<value>(?:19|20)\d{2})(?![\w])"), 0.8),
    )
