"""Labels people write in front of numbers; one vocabulary per kind so the nearest one decides."""
from __future__ import annotations

import re


def _words(*words: str) -> re.Pattern:
    return re.compile(r"(?<![a-zæøå])(?:" + "|".join(words) + r")(?![a-zæøå])")


NATIONAL_ID_WORDS = _words(
    r"fødselsnummer(?:et)?", r"fødselsnr", r"fødsels- og personnummer", r"f\.\s?nr\.?", r"fnr\.?",
    r"personnummer(?:et)?", r"personnr", r"pnr", r"d-nummer(?:et)?", r"d-nr", r"personal id(?: number)?",
    r"national id(?:entity)?(?: number)?", r"identity number", r"id-nummer", r"birth number",
    r"social security(?: number)?", r"ssn", r"personal (?:identity |identification )?number",
)
ACCOUNT_WORDS = _words(
    r"konto(?:nummer|nr\.?|en)?", r"bankkonto(?:nummer|en)?", r"kto\.?(?:nr\.?)?", r"account(?: number| no\.?)?",
    r"acct\.?", r"iban", r"bank", r"betales til", r"innbetales til", r"overføres til", r"bank account", r"refusjon til",
)
ORG_WORDS = _words(
    r"org\.?\s?nr\.?", r"orgnr\.?", r"org\.?\s?no\.?", r"org\.?\s?nummer", r"organisasjonsnummer(?:et)?",
    r"organisasjonsnr\.?", r"foretaksregisteret", r"foretaksnr\.?", r"enhetsregisteret", r"brreg",
    r"company (?:registration )?(?:number|no\.?)", r"registration number", r"business (?:id|number)", r"mva-nr\.?",
    r"vat(?: number| no\.?)?",
)
PHONE_WORDS = _words(
    r"tlf\.?", r"telefon(?:nummer|nr\.?)?", r"tel\.?", r"mob\.?", r"mobil(?:nummer|nr\.?|telefon)?",
    r"phone(?: number)?", r"mobile", r"cell", r"ring(?:er|e|t)?(?: meg| oss)?(?: på)?", r"sms", r"direkte",
    r"sentralbord", r"vakttelefon", r"fax", r"faks", r"nåes på", r"treffes på", r"call", r"whatsapp",
)
# Numbers that are references, not people: a phone-shaped invoice number is not a phone.
REFERENCE_WORDS = _words(
    r"faktura(?:nr\.?|nummer)?", r"invoice(?: no\.?| number)?", r"kid(?:-nr\.?|nr\.?|-nummer)?", r"ordre(?:nr\.?|nummer)?",
    r"order(?: no\.?| number)?", r"sak(?:snr\.?|snummer|s-?nr\.?)?", r"saksnr\.?", r"ref(?:eranse)?(?:nr\.?)?\.?",
    r"tilbud(?:snr\.?|snummer)?", r"prosjekt(?:nr\.?|nummer)?", r"project(?: no\.?| number)?", r"kundenr\.?", r"kundenummer",
    r"customer (?:no\.?|number)", r"løpenr\.?", r"journalpost(?:id)?", r"arkivsak", r"dokumentnr\.?", r"avtalenr\.?",
    r"polise(?:nr\.?|nummer)?", r"policy(?: no\.?| number)?", r"lånenr\.?", r"lånenummer", r"beløp", r"kr\.?", r"nok",
)

IDENTIFIER_VOCABULARIES = {
    "NATIONAL_ID": NATIONAL_ID_WORDS,
    "BANK_ACCOUNT": ACCOUNT_WORDS,
    "ORG_NUMBER": ORG_WORDS,
    "PHONE": PHONE_WORDS,
    "REFERENCE": REFERENCE_WORDS,
}
