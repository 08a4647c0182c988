"""Health and disability (GDPR art. 9): the span is the health term ("rullestol", "astma",
"sykemeldt", "nedsatt funksjonsevne"), not the sentence around it."""
from __future__ import annotations

from rules.detection.recognizer import TermRecognizer


class HealthRecognizer(TermRecognizer):
    name = "health"
    label = "HEALTH"
    term_score = 0.8
    terms = (
        # compounds name the condition: "nøtteallergi", "hjertesykdom", "kneoperasjon"
        r"[a-zæøå]*allergi(?:en|er)?", r"[a-zæøå]*sykdom(?:men|mer|mene)?", r"[a-zæøå]*operasjon(?:en)?",
        # nynorsk
        r"sjukdom(?:men|mar)?", r"sjukemeld(?:t|ing)?", r"sjukmeld(?:t|ing)?", r"sjukehus(?:et)?",
        r"nedsett (?:rørsle|funksjonsevne|høyrsel|syn)", r"rørslehemma", r"funksjonshemma", r"uføretrygda",
        r"legeattest(?:en)?",
        r"kreftbehandling(?:en)?", r"cellegift", r"revmatisme", r"leddgikt", r"artrose", r"slitasjegikt",
        r"ryggplager", r"ryggskade(?:n)?", r"benbrudd(?:et)?", r"hjerneskade(?:n)?", r"hørselstap(?:et)?",
        r"synstap(?:et)?", r"migrene", r"hjertestans", r"psykisk syk", r"krykker",
r"sykemeldt", r"sykmeldt", r"sykemelding(?:en)?", r"sykmelding(?:en)?",
        r"sykefravær(?:et)?", r"langtidssykemeldt", r"diagnose(?:n|r)?", r"diagnostisert",
        r"rullestol(?:en|bruker|brukere|brukeren)?", r"rullator(?:en)?", r"funksjonshemming(?:en)?",
        r"funksjonshemmet", r"funksjonshemmede", r"funksjonsnedsettelse(?:n|r)?", r"nedsatt funksjonsevne",
        r"nedsatt bevegelighet", r"nedsatt syn", r"nedsatt hørsel", r"bevegelseshemmet", r"bevegelseshemming(?:en)?",
        r"handikap(?:pet)?", r"handicap(?:ped)?", r"allergisk", r"astma", r"astmatiker",
        r"(?-i:MS|ALS|KOLS|ADHD|PTSD)", r"kols", r"kreft(?:syk)?", r"diabetes", r"diabetiker", r"demens", r"dement",
        r"alzheimer", r"parkinson",
        r"hjerneslag", r"hjerteinfarkt", r"epilepsi", r"depresjon(?:en)?", r"deprimert",
        r"angst(?:lidelse)?", r"psykisk(?:e)? (?:lidelse|sykdom|helse|uhelse)", r"utbrent(?:het)?",
        r"autisme", r"blind", r"svaksynt", r"synshemmet", r"hørselshemmet", r"døv", r"uføretrygd(?:et)?", r"ufør",
        r"uførepensjon", r"pleietrengende", r"hjemmesykepleie(?:n)?", r"innlagt", r"sykehus(?:et)?", r"operert",
        r"fysioterapi", r"gravid", r"graviditet(?:en)?",
        r"svangerskap(?:et)?", r"helseproblemer", r"helsemessige årsaker", r"helsetilstand(?:en)?",
        r"helseplager", r"medisinsk(?:e)? (?:grunner|årsaker)", r"legeerklæring(?:en)?",
        r"illness", r"sick leave", r"on sick leave", r"diagnosis", r"diagnosed", r"wheelchair(?: user)?",
        r"disability", r"disabled", r"allergy", r"allergies", r"allergic", r"asthma", r"cancer", r"dementia",
        r"surgery", r"hospitali[sz]ed", r"pregnant", r"pregnancy", r"chronic(?: illness| pain)?",
        r"reduced mobility", r"mobility impairment", r"health reasons", r"medical condition", r"doctor's note",
    )
