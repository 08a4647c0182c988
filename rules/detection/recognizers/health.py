"""Health and disability (GDPR art. 9) stated about a person.

Span (rules/detection/README.md): the phrase that names the condition, impairment or aid, with its
degree and type ("sterkt tunghørt", "kraftig pollenallergi", "diabetes type 1", "manuell rullestol"),
the body part it concerns ("nedsatt førlighet i venstre bein", "leddgikt i hendene"), a diagnosis
together with what was diagnosed ("diagnosen KOLS"), and a hospital stay as written ("innlagt på
sykehus"); never the verb ("har", "bruker", "sitter i") or the person.

Only statements about a person count: the sentence, or the one before or after it, must speak of
someone (a pronoun, a family or role noun, a name), or the term must be a form field's value.
Accessibility rules ("tilgjengelig for rullestol", "hensyn til svaksynte"), newsletters and places
("legen", "sykehuset", "legesenteret") are not anyone's health.
"""
from __future__ import annotations

import re

from rules.detection.phrases import extend_left, field_label, is_newsletter, mentions_person
from rules.detection.recognizer import Pattern, PatternRecognizer, words_regex

_TERMS = (
    # several words first: the alternation takes the first alternative that fits
    r"multippel sklerose", r"multiple sclerosis", r"cerebral parese", r"cerebral palsy", r"bipolar lidelse",
    r"downs syndrom", r"parkinson(?:'s|s)? (?:sykdom|disease)", r"alzheimer(?:'s|s)? (?:sykdom|disease)",
    r"parkinson(?:'s|s)?", r"alzheimer(?:'s|s)?",
    r"nedsatt (?:funksjonsevne|bevegelighet|førlighet|syn|synet|hørsel|hørselen|kraft|gangfunksjon|lungefunksjon)",
    r"nedsett (?:rørsle|funksjonsevne|høyrsel|syn|førleik)",
    r"ser(?: (?:også|veldig|svært|nokså|ganske|litt))? dårlig", r"hører(?: (?:også|veldig|svært|nokså|ganske|litt))? dårlig",
    r"høyrer dårleg", r"ser dårleg",
    r"innlagt(?: på sykehus(?:et)?)?", r"ligger på sykehus(?:et)?", r"lagt inn på sykehus(?:et)?",
    r"psykisk(?:e)? (?:lidelse|sykdom|uhelse)", r"psykisk syk",
    r"helsemessige årsaker", r"medisinsk(?:e)? (?:grunner|årsaker)",
    r"vondt", r"smerter",
    # compounds name the condition: "nøtteallergi", "hjertesykdom", "kneoperasjon"
    r"[a-zæøå]{0,20}allergi(?:en|er)?", r"[a-zæøå]{0,20}sykdom(?:men|mer|mene)?", r"[a-zæøå]{0,20}operasjon(?:en|er)?",
    r"sjukdom(?:men|mar)?", r"sjukemeld(?:t|ing)?", r"sjukmeld(?:t|ing)?",
    r"rørslehemma", r"funksjonshemma", r"uføretrygda",
    r"legeattest(?:en)?", r"legeerklæring(?:en)?", r"kreftbehandling(?:en)?", r"cellegift",
    r"revmatisme", r"leddgikt", r"artrose", r"slitasjegikt", r"gikt",
    r"ryggplager", r"ryggskade(?:n)?", r"benbrudd(?:et)?", r"beinbrudd(?:et)?", r"hjerneskade(?:n)?",
    r"hørselstap(?:et)?", r"synstap(?:et)?", r"migrene", r"hjertestans", r"hjerteproblemer", r"hjertesyk",
    r"krykker", r"høreapparat(?:et|er)?", r"pacemaker(?:en)?", r"insulinpumpe(?:n)?", r"stomi",
    r"langtidssykemeldt", r"sykemeldt", r"sykmeldt", r"sykemelding(?:en)?", r"sykmelding(?:en)?",
    r"sykefravær(?:et)?", r"diagnosen", r"diagnose", r"diagnostisert(?: med)?",
    r"rullestol(?:en)?", r"rullestolbruker(?:en)?", r"rullator(?:en)?", r"funksjonshemming(?:en)?",
    r"funksjonshemmet", r"funksjonsnedsettelse(?:n|r)?",
    r"bevegelseshemmet", r"bevegelseshemming(?:en)?", r"handikap(?:pet)?", r"handicap(?:ped)?", r"allergisk",
    r"astma", r"astmatiker", r"kols", r"kreft(?:syk)?", r"diabetes", r"diabetiker", r"demens", r"dement",
    r"hjerneslag(?:et)?", r"hjerteinfarkt(?:et)?", r"epilepsi", r"depresjon(?:en)?", r"deprimert",
    r"angstlidelse", r"utbrent(?:het)?", r"autisme", r"autist", r"blind", r"svaksynt", r"synshemmet",
    r"hørselshemmet", r"tunghørt", r"døv", r"uføretrygd(?:et)?", r"ufør", r"uførepensjon",
    r"pleietrengende", r"hjemmesykepleie(?:n)?", r"operert", r"fysioterapi", r"gravid", r"graviditet(?:en)?",
    r"svangerskap(?:et)?", r"helseproblemer", r"helsetilstand(?:en)?", r"helseplager",
    r"svimmelhet", r"svimmel", r"andpusten", r"schizofreni", r"spiseforstyrrelse(?:r|n)?",
    r"hearing impairment", r"visual impairment", r"visually impaired", r"partially sighted", r"hard of hearing",
    r"sick leave", r"diagnosed with", r"diagnosed", r"diagnosis of", r"diagnosis", r"wheelchair(?: user)?",
    r"chronic (?:illness|pain)", r"reduced mobility", r"mobility impairment", r"health reasons",
    r"medical condition", r"doctor's note", r"heart attack", r"illness", r"disability", r"disabled",
    r"allergy", r"allergies", r"allergic", r"asthma", r"cancer", r"dementia", r"surgery", r"hospitali[sz]ed",
    r"pregnant", r"pregnancy", r"epilepsy", r"diabetic", r"autism", r"depression", r"deaf", r"(?-i:walker)",
)
# Degree, type and aid kind in front: "sterkt svaksynt", "kraftig pollenallergi", "manuell rullestol".
_MODIFIERS = frozenset(
    "sterkt sterk kraftig alvorlig alvorleg lett mild moderat kronisk begynnende medfødt delvis langvarig "
    "manuell elektrisk helt totalt nesten varig permanent registrert "
    "severe mild chronic partial partially minor major registered total".split()
)
_DIABETES_TYPE_BEFORE = re.compile(r"(?i)type[ \t]{1,3}(?:1|2|i|ii)[ \t]{1,3}\Z")
_DIABETES_TYPE_FIRST = re.compile(r"(?i)type[ \t]{1,3}(?:1|2|i|ii)[ \t]{1,3}diabetes(?![\w])")
_DIABETES_TYPE_AFTER = re.compile(r"(?i)\s{1,3}type\s{1,3}(?:1|2|I|II)(?![\w])")
_BODY = (r"(?:bein|beinet|beina|ben|benet|bena|arm|armen|armene|armane|hånd|hånden|handa|hendene|hendane|"
         r"kne|kneet|knærne|knea|hofte|hofta|hoften|rygg|ryggen|nakke|nakken|skulder|skulderen|skuldrene|"
         r"øye|øyet|øynene|auget|øre|øret|ørene|fot|foten|føttene|ankel|ankelen|hode|hodet|hofter|hoftene)")
_WHERE = re.compile(
    r"[ \t]{1,3}(?:i|på)[ \t]{1,3}(?:(?:det[ \t]{1,3}ene|den[ \t]{1,3}ene|venstre|høyre|begge|begge[ \t]{1,3}de)"
    rf"[ \t]{{1,3}})?{_BODY}(?![\w])"
    r"|[ \t]{1,3}i[ \t]{1,3}(?:tidlig|sen|første|andre|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|"
    r"niende)[ \t]{1,3}(?:fase|stadium|måned)(?![\w])",
    re.IGNORECASE,
)
# What follows "diagnosen" or "diagnosed with": a known condition, or one or two words naming it.
_DIAGNOSIS = re.compile(r"(?i)diagnos(?:en|e|tisert(?: med)?|ed with|ed|is of|is)\Z")
_NAMED_CONDITION = re.compile(r"[ \t]{0,3}:?[ \t]{1,3}(?P<word>[A-Za-zÆØÅæøå'-]{2,30})")
_CONDITION_NOUNS = frozenset("sykdom syndrom lidelse disease syndrome disorder".split())
_STOP = frozenset("og and men but så so som that i in på at for med with etc last year forrige i fjor".split())
# Bare words that name pain or a place only with a body part: "vondt i ryggen", not "gjør vondt å betale".
_NEEDS_BODY_PART = frozenset({"vondt", "smerter"})
# Terms that are always about a person where they appear (a certificate, sick leave, a hospital stay).
_ALWAYS_PERSONAL = re.compile(r"(?i)legeattest|legeerklæring|sykemeld|sykmeld|sjukemeld|sjukmeld|innlagt|diagnos")


class HealthRecognizer(PatternRecognizer):
    name = "health"
    label = "HEALTH"
    patterns = (
        Pattern("health_term", words_regex(*_TERMS), 0.8),
        Pattern("health_acronym", re.compile(r"(?<![\w])(?:MS|ALS|KOLS|ADHD|PTSD|CP)(?![\w])"), 0.8),
    )

    def score(self, text: str, match: re.Match, pattern: Pattern) -> float | None:
        word = match.group().lower()
        if word in _NEEDS_BODY_PART and _WHERE.match(text, match.end()) is None:
            return None
        if is_newsletter(text):
            return None
        if field_label(text, match.start()) is not None or _ALWAYS_PERSONAL.match(word):
            return pattern.score
        return pattern.score if mentions_person(text, match.start(), match.end()) else None

    def span(self, text: str, match: re.Match, pattern: Pattern) -> tuple[int, int]:
        start, end = match.span()
        word = match.group().lower()
        start = extend_left(text, start, _MODIFIERS, limit=2)
        if word == "diabetes":
            before = _DIABETES_TYPE_BEFORE.search(text, max(0, start - 12), start)
            if before is not None:
                start = before.start()
            after = _DIABETES_TYPE_AFTER.match(text, end)
            if after is not None:
                end = after.end()
        if _DIAGNOSIS.search(word):
            end = _diagnosis_end(self, text, end)
        where = _WHERE.match(text, end)
        if where is not None:
            end = where.end()
        return start, end


def _diagnosis_end(recognizer: HealthRecognizer, text: str, end: int) -> int:
    """End of "diagnosen X": a known condition after it, else up to two words naming it."""
    gap = _NAMED_CONDITION.match(text, end)
    if gap is None:
        return end
    condition_start = gap.start("word")
    typed = _DIABETES_TYPE_FIRST.match(text, condition_start)
    if typed is not None:
        return typed.end()
    for pattern in recognizer.patterns:
        known = pattern.regex.match(text, condition_start)
        if known is not None:
            return recognizer.span(text, known, pattern)[1]
    # An unknown condition is named with a capital ("diagnosen Huntingtons sykdom"); "diagnosen er …" is not.
    first = gap.group("word")
    if not first[0].isupper() or first.lower() in _STOP:
        return end
    end = gap.end()
    following = _NAMED_CONDITION.match(text, end)
    if following is not None and following.group("word").lower() in _CONDITION_NOUNS:
        end = following.end()
    return end
