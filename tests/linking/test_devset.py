"""The labelled development set meets the issue's goals, on the tuned and the held-out part."""
import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_linking.py"


def load_eval():
    spec = importlib.util.spec_from_file_location("eval_linking", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script is loading
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results():
    module = load_eval()
    return module.evaluate(module.DEFAULT_DEVSET)


def test_devset_is_large_enough(results):
    assert results["all"].messages >= 120
    assert results["heldout"].messages >= 40


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_link_goals(results, split):
    scores = results[split]
    assert scores.correct / scores.messages >= 0.95
    assert scores.wrong_links / scores.messages < 0.01


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_property_goal(results, split):
    scores = results[split]
    precision = scores.true_properties / scores.found_properties
    recall = scores.true_properties / scores.expected_properties
    assert 2 * precision * recall / (precision + recall) >= 0.97
