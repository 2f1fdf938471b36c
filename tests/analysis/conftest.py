"""Session-wide test databases for the analysis tests (built once, opened read-only)."""
import duckdb
import pytest

from tests.analysis import dbfixtures as F


@pytest.fixture(scope="session")
def seed_path(tmp_path_factory):
    return F.cached("seed", tmp_path_factory)


@pytest.fixture(scope="session")
def syn_path(tmp_path_factory):
    return F.cached("synthetic", tmp_path_factory)


@pytest.fixture()
def syn(syn_path):
    conn = duckdb.connect(str(syn_path), read_only=True)
    yield conn
    conn.close()


@pytest.fixture()
def seed(seed_path):
    conn = duckdb.connect(str(seed_path), read_only=True)
    yield conn
    conn.close()
