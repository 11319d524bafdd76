from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sync_sites import Site, copy_site, make_seed


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_seed(tmp_path_factory.mktemp("seed"))


@pytest.fixture
def sites(seed_db: Path, tmp_path: Path) -> Iterator[list[Site]]:
    made = [copy_site(seed_db, tmp_path, name) for name in ("a", "b", "c")]
    yield made
    for site in made:
        site.close()
