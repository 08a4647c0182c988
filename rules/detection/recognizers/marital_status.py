"""Statements of marital status. The span is the status word or phrase ("gift", "samboer",
"registrert partner", "skilt"), not the sentence. Words that are also building terms ("skilt" =
sign, "separert" = a separated sewer) count only after a person as subject or before "fra"/"med"
and a person."""
from __future__ import annotations

import re

from rules.detection.names import is_first_name, is_surname
from rules.detection.recognizer import Pattern, PatternRecognizer, words_regex

_PRONOUNS = frozenset(
    "jeg vi han hun de dere du begge kunden mannen kona foreldrene paret eg ho me dei mor far mora faren "
    "i we he she they you both".split()
)
# Nouns for people that stand as the subject of a status: "hans tidligere ektefelle ble skilt".
_PERSON_NOUNS = frozenset(
    "ektefelle ektefellen kone mann partner partneren samboeren klient klienten klientene eier eieren eierne "
    "selger selgeren selgerne kjøper kjøperen kjøperne tiltakshaver tiltakshaveren søsteren broren datteren "
    "sønnen moren faren foreldre husband wife spouse client clients owner owners couple parents".split()
)
_VERB = r"(?:er|var|ble|vart|har vært|har vore|har blitt|blir|is|are|was|were|got|have been|has been|became)"
_ADVERB = r"(?:[ \t]+(?:nå|nylig|nettopp|ikke|fortsatt|now|recently|just|still|not|formelt|juridisk))?"
_AMBIGUOUS = r"(?:gift|skilt|skild|separert|separated|single|enslig)"
_STATEMENT_BEFORE = re.compile(rf"(?<![\w])(?P<subject>\w+){_ADVERB}[ \t]+{_VERB}{_ADVERB}[ \t]+\Z", re.IGNORECASE)
_LOOKBACK = 48


class MaritalStatusRecognizer(PatternRecognizer):
    name = "marital_status"
    label = "MARITAL_STATUS"
    patterns = (
        Pattern("status_word", words_regex(
            r"samboer(?:e|en|ne|skap|skapet|forhold|kontrakt|avtale)?", r"ektefelle(?:n|r|ne)?",
            r"ektepar(?:et)?", r"ekteskap(?:et)?", r"nygift(?:e)?", r"ugift", r"skilsmisse(?:n)?",
            r"separasjon(?:en)?", r"separasjonsavtale(?:n)?", r"enke(?:n)?", r"enkemann(?:en)?", r"enkestand",
            r"registrert(?:e)? partner(?:e)?", r"partnerskap(?:et)?", r"forlovet", r"gifte seg", r"giftet seg",
            r"gifter seg", r"giftet oss", r"gifte oss", r"gifta (?:seg|oss)",
            r"enkje", r"enkja", r"enkjemann(?:en)?", r"sambuar(?:en|ar|ane|skap)?", r"skilsmål(?:et)?",
            r"married", r"divorced", r"widow(?:ed|er)?", r"cohabit(?:ing|ant|ants|ation)", r"common-law",
            r"civil partner(?:ship)?", r"registered partner(?:ship)?", r"spouse", r"engaged to",
        ), 0.85),
        Pattern("status_statement", re.compile(rf"(?<![\w])(?P<value>{_AMBIGUOUS})(?![\w])", re.IGNORECASE), 0.85),
        Pattern("status_field", re.compile(
            r"(?i:sivilstand|sivilstatus|marital status)[ \t]*:?[ \t]*(?P<value>(?i:gift|ugift|skilt|separert|samboer|"
            r"enke|enkemann|registrert partner|single|married|divorced|separated|widowed))(?![\w])"), 0.9),
        Pattern("status_with_whom", re.compile(
            r"(?<![\w])(?P<value>gift|skilt|separert)[ \t]+(?:med|fra)[ \t]+"
            r"(?:min|mitt|sin|hans|hennes|ham|henne|[A-ZÆØÅ][a-zæøå]+)(?![\w])"), 0.85),
    )

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        if pattern.name != "status_statement":
            return pattern.score
        # Looked for behind the word rather than matched from every word: the word is rare, words are not.
        statement = _STATEMENT_BEFORE.search(text, max(0, match.start() - _LOOKBACK), match.start())
        if statement is None:
            return None
        subject = statement.group("subject")
        if subject.lower() in _PRONOUNS | _PERSON_NOUNS or is_first_name(subject) or is_surname(subject):
            return pattern.score
        return None
