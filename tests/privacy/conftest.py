import pytest

from tests.privacy.seed import seed


@pytest.fixture
def world(sessions):
    return seed(sessions)
