import pytest

from models.session import make_engine
from tests.privacy.seed import seed


@pytest.fixture
def world(sessions):
    return seed(sessions)


@pytest.fixture
def bare_engine(database_url):
    """An engine on the test's database with no schema yet, for driving the migrations step by step."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()
