"""A learned third reading of access and erasure requests, for phrasings the sentence rules and the shape reading
(rules/subject_requests.py) do not know yet.

Each blind set of mail showed the hand-written rules new ways of asking to see or erase one's data; a linear model
over the mail's words generalises from the whole labelled corpus instead of from one pattern at a time. It reads the
same text the rules read (the subject and the writer's own words, quoted mail dropped, folded as the rules fold it)
as a set of features: words, word pairs and short word stems. Its weights were fitted by scripts/train_request_model.py
(scikit-learn, a development tool only) and are committed as JSON beside this module; scoring here is pure Python,
and the weights are read on the first score, never at import.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).resolve().parent / "data" / "request_model.json"
MAX_TEXT = 20_000  # as the rules: requests are stated near the top, and time stays bounded

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_STEM = 5  # a word's first letters stand for its inflections: "slette", "slettes", "sletting" -> "slett"
_NUMBER = "<n>"


def tokens(folded: str) -> list[str]:
    """The words of text already folded (rules.subject_requests.fold): letters, numbers as one token."""
    return [_NUMBER if word.isdigit() else word for word in _TOKEN.findall(folded[:MAX_TEXT])]


def features(subject_words: list[str], body_words: list[str]) -> set[str]:
    """Binary features: each word, each pair of neighbouring words, each word's stem, and the subject's words apart
    (a subject is often the request itself: "Slett meg", "Innsyn")."""
    found: set[str] = set()
    for words, prefix in ((subject_words, "s:"), (body_words, "")):
        for index, word in enumerate(words):
            found.add(prefix + word)
            if len(word) > _STEM:
                found.add(prefix + "~" + word[:_STEM])
            if index:
                found.add(prefix + words[index - 1] + " " + word)
    # the subject's words also count as body words: "Slett meg" means the same in either place
    found.update(subject_words)
    found.update(f"{a} {b}" for a, b in zip(subject_words, subject_words[1:]))
    return found


# The model is trusted only beside a word about what is asked: erasing or not keeping, seeing or being sent. In
# leave-one-set-out this cost one caught miss of forty and kept a mail asking to be taken off a mail thread ("Ta meg av
# tråden") from being read as erasure.
ANCHOR = {
    "erasure": re.compile(r"(?<!\w)(?:slett\w*|fjern\w*|glem\w*|gløym\w*|kast\w*|makuler\w*|anonym\w*|stryk\w*|bort|vekk|"
                          r"kvitt\w*|rydd\w*|forsvinn\w*|ligg\w*|lagr\w*|behold\w*|beheld\w*|oppbevar\w*|sitte\w* på|ut av|"
                          r"delet\w*|remov\w*|eras\w*|forget\w*|wip\w*|scrub\w*|destroy\w*|purg\w*|shred\w*|rid of|off|"
                          r"out of|keep\w*|kept|stor\w*|gone|radera\w*|lösch\w*)(?!\w)"),
    "access": re.compile(r"(?<!\w)(?:inn?syn\w*|kopi\w*|cop(?:y|ies)|se|sjå|vite|know|hva|kva|what|which|hvilke\w*|"
                         r"kva\w*|send\w*|oversikt\w*|utskrift\w*|access|registr\w*|lagr\w*|stored|hold\w*|on file|"
                         r"fortell\w*|tell|info\w*|opplys\w*|data)(?!\w)"),
}


@dataclass(frozen=True)
class _Model:
    bias: float
    weights: dict[str, float]
    threshold: float


@dataclass(frozen=True)
class RequestModel:
    """One linear model per kind (access, erasure) with the threshold chosen when it was trained."""

    kinds: dict[str, _Model]

    def probability(self, kind: str, feature_set: set[str]) -> float:
        model = self.kinds[kind]
        score = model.bias + sum(model.weights.get(feature, 0.0) for feature in feature_set)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    def threshold(self, kind: str) -> float:
        return self.kinds[kind].threshold


def model_from_json(data: dict) -> RequestModel:
    """The stored form: each feature once with one weight per kind, in the order of "kinds"."""
    kinds = list(data["kinds"])
    return RequestModel({kind: _Model(float(entry["bias"]),
                                      {feature: float(weights[index]) for feature, weights in data["weights"].items()
                                       if weights[index]},
                                      float(entry["threshold"]))
                         for index, (kind, entry) in enumerate(data["kinds"].items())}) if kinds else RequestModel({})


@lru_cache(maxsize=1)
def committed_model() -> RequestModel:
    """The committed weights, read once on first use."""
    return model_from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
