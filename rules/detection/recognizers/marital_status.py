"""Marital status: civil status stated about a person, and spouses and partners named by their role.

Span (rules/detection/README.md): the status word or role noun with its negation, modifiers and
attached possessive: "ikke gift", "samboeren min", "Min tidligere kone", "my ex-wife", "hennes mann";
never the name that follows ("mannen min, Terje" -> "mannen min"). Words that are also building terms
("skilt" = sign, "separert" = a separated sewer, "gift" = poison) count only after a person as subject
or before "fra"/"med" and a person, and "mann"/"partner" only with a personal possessive (not
"vår partner", "Mannen som leverte").
"""
from __future__ import annotations

import re
from rules.detection.names import is_first_name, is_surname
from rules.detection.phrases import extend_left, extend_right_possessive, next_word, previous_word
from rules.detection.recognizer import Pattern, PatternRecognizer, words_regex

_PRONOUNS = frozenset(
    "jeg vi han hun de dere du begge kunden mannen kona foreldrene paret eg ho me dei mor far mora faren "
    "i we he she they you both "
    # a possessive before the verb follows a person: "Mora mi er skilt", "Faren hans ble enkemann"
    "min mi mitt hans hennes sin si".split()
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

# Before a status: its negation ("ikke gift", "not married", "ikke lenger gift").
_NEGATION = frozenset("ikke lenger aldri not never no longer".split())
# Before a role noun: "min tidligere kone", "his late wife", "hans avdøde ektefelle".
_ROLE_MODIFIERS = frozenset(
    "tidligere nåværende avdøde kommende framtidige fremtidige nye ny former late future current new "
    "min mi mitt din di hans hennes sin si vår deres my his her your their our".split()
)
# "mann" and "partner" are a spouse only with a personal possessive: "vår partner" is a business partner.
_PERSONAL_POSSESSIVES = frozenset("min mi din di hans hennes sin si my your his her".split())
_NEEDS_POSSESSIVE = re.compile(r"(?i)mann|mannen|partner|partneren|kjæreste|kjæresten")


class MaritalStatusRecognizer(PatternRecognizer):
    name = "marital_status"
    label = "MARITAL_STATUS"
    patterns = (
        Pattern("status_word", words_regex(
            r"samboere|samboerne|samboerskap(?:et)?|samboerforhold(?:et)?|samboerkontrakt(?:en)?|samboeravtale(?:n)?",
            r"ektepar(?:et)?", r"ekteskap(?:et)?", r"nygift(?:e)?", r"ugift", r"skilsmisse(?:n)?",
            r"separasjon(?:en)?", r"separasjonsavtale(?:n)?", r"enke(?:n)?", r"enkemann(?:en)?", r"enkestand",
            r"registrert(?:e)? partner(?:e)?", r"partnerskap(?:et)?", r"forlovet", r"gifte seg", r"giftet seg",
            r"gifter seg", r"giftet oss", r"gifte oss", r"gifta (?:seg|oss)",
            r"enkje", r"enkja", r"enkjemann(?:en)?", r"sambuarskap", r"skilsmål(?:et)?",
            # longer phrases first: the alternation takes the first that fits
            r"cohabitation agreement", r"prenuptial agreement",
            r"married", r"divorced", r"widowed", r"cohabit(?:ing|ation)", r"common-law",
            r"civil partner(?:ship)?", r"registered partner(?:ship)?", r"engaged to",
        ), 0.85),
        # Spouses, partners and former ones named by their role.
        Pattern("role", words_regex(
            r"kona", r"kone(?:n)?", r"ektefelle(?:n)?", r"ektemann(?:en)?", r"ektemake(?:n)?", r"samboer(?:en)?",
            r"sambuar(?:en)?", r"ekskona", r"ekskone(?:n)?", r"eksmann(?:en)?", r"ekssamboer(?:en)?",
            r"eksektefelle(?:n)?", r"forlovede(?:n)?", r"mann", r"mannen", r"partner(?:en)?", r"kjæreste(?:n)?",
            r"wife", r"husband", r"spouse", r"ex-wife", r"ex-husband", r"ex-partner", r"fianc[ée]e?",
            r"widow(?:er)?", r"cohabitant",
        ), 0.85),
        Pattern("status_statement", re.compile(rf"(?<![\w])(?P<value>{_AMBIGUOUS})(?![\w])", re.IGNORECASE), 0.85),
        Pattern("status_field", re.compile(
            r"(?i:sivilstand|sivilstatus|marital status)[ \t]*:?[ \t]*(?P<value>(?i:gift|ugift|skilt|separert|samboer|"
            r"enke|enkemann|registrert partner|single|married|divorced|separated|widowed))(?![\w])"), 0.9),
        Pattern("status_with_whom", re.compile(
            r"(?<![\w])(?P<value>gift|skilt|separert)[ \t]+(?:med|fra)[ \t]+"
            r"(?:min|mitt|sin|hans|hennes|ham|henne|[A-ZÆØÅ][a-zæøå]+)(?![\w])"), 0.85),
    )

    def span(self, text: str, match: re.Match, pattern: Pattern) -> tuple[int, int]:
        start, end = match.span("value") if "value" in match.re.groupindex else match.span()
        if pattern.name == "role":
            return extend_left(text, start, _ROLE_MODIFIERS, limit=2), extend_right_possessive(text, end)
        if pattern.name == "status_field":
            return start, end
        return extend_left(text, start, _NEGATION, limit=2), end

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        if pattern.name == "role":
            return pattern.score if _role_is_spouse(text, match) else None
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


def _role_is_spouse(text: str, match: re.Match) -> bool:
    word = match.group()
    if not _NEEDS_POSSESSIVE.fullmatch(word):
        return True
    before = previous_word(text, match.start())
    if before is not None and before[0].lower() in _PERSONAL_POSSESSIVES:
        return True
    after = next_word(text, match.end())
    return after is not None and after[0].lower() in _PERSONAL_POSSESSIVES
