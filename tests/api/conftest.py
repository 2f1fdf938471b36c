"""Apps over the shared test databases, driven in-process with FastAPI's TestClient."""
import warnings

import pytest

from tests.analysis import dbfixtures as F

with warnings.catch_warnings():  # starlette's notice about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def _client(path):
    from offramp.api import create_app
    return TestClient(create_app(str(path)))


@pytest.fixture(scope="session")
def seed_client(tmp_path_factory):
    return _client(F.cached("seed", tmp_path_factory))


@pytest.fixture(scope="session")
def syn_client(tmp_path_factory):
    return _client(F.cached("synthetic", tmp_path_factory))


@pytest.fixture(scope="session")
def xss_client(tmp_path_factory):
    return _client(F.cached("xss", tmp_path_factory))
