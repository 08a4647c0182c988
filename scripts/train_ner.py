"""Train the Norwegian NER component used by rules.detection (PERSON is the label we rely on).

Data: NorNE bokmål. The UD copy in ``norne/ud/nob`` ships only the dev and test splits,
so the training split is rebuilt the way UD defines it: every NDT sentence
(``norne/ndt/nob``) that is not in the UD dev or test file. The UD test split is
never trained on; the scores on it are written to ``<output>/scores.json``.

NorNE text never enters the repository: the converted corpora live in a temporary
directory and only the trained weights are written to ``--output``.

    .venv/bin/python scripts/train_ner.py   # defaults = the committed model
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.cli.init_config import fill_config
from spacy.cli.train import train as spacy_train
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

NORNE = Path(__file__).resolve().parents[2] / "shared" / "data" / "norne"
DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "rules" / "detection" / "model"

# GPE subtypes are folded into their parent type; MISC has 8 examples in the whole corpus.
ENTITY_MAP = {"GPE_LOC": "LOC", "GPE_ORG": "ORG", "MISC": None}

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = 7

[nlp]
lang = "nb"
pipeline = ["tok2vec","ner"]
batch_size = 1000

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,500]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 2

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
use_upper = true

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${{system.seed}}
dropout = 0.15
accumulate_gradient = 1
patience = 3000
max_epochs = {epochs}
max_steps = 0
eval_frequency = 500

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
"""


def read_conll(path: Path) -> list[tuple[list[str], list[bool], list[str]]]:
    """Sentences as (words, space-after flags, IOB tags) from a CoNLL or CoNLL-U file."""
    sentences, words, spaces, tags = [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append((words, spaces, tags))
            words, spaces, tags = [], [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        misc = dict(item.split("=", 1) for item in cols[9].split("|") if "=" in item)
        words.append(cols[1])
        spaces.append(misc.get("SpaceAfter") != "No")
        tags.append(misc.get("name", "O"))
    if words:
        sentences.append((words, spaces, tags))
    return sentences


def to_iob(tags: list[str]) -> list[str]:
    out = []
    for tag in tags:
        if tag == "O":
            out.append("O")
            continue
        prefix, label = tag.split("-", 1)
        label = ENTITY_MAP.get(label, label)
        out.append("O" if label is None else f"{prefix}-{label}")
    # An I- after a dropped entity must start its own span.
    for i, tag in enumerate(out):
        if tag.startswith("I-") and (i == 0 or out[i - 1] == "O" or out[i - 1][2:] != tag[2:]):
            out[i] = "B-" + tag[2:]
    return out


def to_docbin(nlp, sentences, path: Path) -> int:
    docbin = DocBin()
    for words, spaces, tags in sentences:
        docbin.add(Doc(nlp.vocab, words=words, spaces=spaces, ents=to_iob(tags)))
    docbin.to_disk(path)
    return len(sentences)


def split_norne(norne: Path):
    dev = read_conll(norne / "ud" / "nob" / "no_bokmaal-ud-dev.conllu")
    test = read_conll(norne / "ud" / "nob" / "no_bokmaal-ud-test.conllu")
    # Keyed on the text without spaces: a few sentences are tokenized differently in the two copies.
    held_out = {"".join(words) for words, _, _ in dev + test}
    train = [
        sentence
        for conll in sorted((norne / "ndt" / "nob").glob("*.conll"))
        for sentence in read_conll(conll)
        if "".join(sentence[0]) not in held_out
    ]
    return train, dev, test


def score_on(nlp, sentences) -> dict:
    examples = []
    for words, spaces, tags in sentences:
        gold = Doc(nlp.vocab, words=words, spaces=spaces, ents=to_iob(tags))
        predicted = Doc(nlp.vocab, words=words, spaces=spaces)
        examples.append(Example(predicted, gold))
    for name, proc in nlp.pipeline:
        docs = proc.pipe([eg.predicted for eg in examples])
        for eg, doc in zip(examples, docs):
            eg.predicted = doc
    scores = Scorer.score_spans(examples, "ents")
    return {
        "ents_p": scores["ents_p"],
        "ents_r": scores["ents_r"],
        "ents_f": scores["ents_f"],
        "per_type": scores["ents_per_type"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--norne", type=Path, default=NORNE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--depth", type=int, default=1)
    parser.add_argument("--hidden", type=int, default=32, help="NER hidden layer width")
    args = parser.parse_args(argv)

    spacy.util.fix_random_seed(7)
    train, dev, test = split_norne(args.norne)
    print(f"sentences: train={len(train)} dev={len(dev)} test={len(test)}", flush=True)
    blank = spacy.blank("nb")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="norne-") as tmp:
        tmp_path = Path(tmp)
        to_docbin(blank, train, tmp_path / "train.spacy")
        to_docbin(blank, dev, tmp_path / "dev.spacy")
        base_config = tmp_path / "base.cfg"
        base_config.write_text(CONFIG.format(width=args.width, depth=args.depth, hidden=args.hidden, epochs=args.epochs))
        config_path = tmp_path / "config.cfg"
        fill_config(config_path, base_config, silent=True)
        spacy_train(
            config_path,
            tmp_path / "out",
            overrides={"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy")},
        )
        best = tmp_path / "out" / "model-best"
        if args.output.exists():
            shutil.rmtree(args.output)
        shutil.copytree(best, args.output)
    # The string store lists every NorNE word form; features are hashed, so inference does not need it
    # and the committed model then carries no corpus vocabulary.
    (args.output / "vocab" / "strings.json").write_text("[]\n")
    nlp = spacy.load(args.output)
    scores = {
        "data": "NorNE bokmål, UD test split (GPE_* folded into LOC/ORG)",
        "train_sentences": len(train),
        "test_sentences": len(test),
        "epochs": args.epochs,
        "training_seconds": round(time.monotonic() - started),
        "test": score_on(nlp, test),
    }
    (args.output / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(scores["test"], indent=2), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
