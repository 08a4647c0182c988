"""Credit information: credit checks, payment remarks, debt collection, loan approvals.
The span is the term ("kredittsjekk", "betalingsanmerkning", "finansieringsbevis")."""
from __future__ import annotations

from rules.detection.recognizer import TermRecognizer


class CreditInfoRecognizer(TermRecognizer):
    name = "credit_info"
    label = "CREDIT_INFO"
    term_score = 0.85
    terms = (
        r"kredittsjekk(?:en|et|er)?", r"kredittsjekket", r"kredittsjekke", r"kredittvurdering(?:en|er)?",
        r"kredittopplysning(?:er|ene)?", r"kredittscore(?:n)?", r"kredittverdighet(?:en)?",
        r"betalingsanmerkning(?:er|en|ene)?", r"inkasso[a-zæøå]*",
        r"lånetilsagn(?:et)?", r"finansieringsbevis(?:et)?", r"finansieringsbekreftelse(?:n)?", r"lånebevis(?:et)?",
        r"gjeldsordning(?:en)?", r"utleggstrekk(?:et)?", r"utleggsforretning(?:en)?", r"tvangssalg(?:et)?",
        r"tvangsinndrivelse(?:n)?", r"betalingsproblemer", r"betalingsvansker", r"betalingsudyktig",
        r"personlig konkurs", r"misligholdt", r"mislighold(?:et)?", r"byggelån(?:et)?", r"lånesøknad(?:en)?",
        r"credit check(?:s)?", r"credit report", r"credit score", r"credit rating", r"payment remark(?:s)?",
        r"debt collection", r"debt collector", r"collection agency", r"loan approval", r"mortgage approval",
        r"pre-approval", r"proof of financing", r"debt settlement", r"loan application", r"default notice",
    )
