"""Every kind of search is an index range scan, never a scan of the person table.

SQLite plans without statistics (no ANALYZE on station PCs), so the schema alone decides; a new
index can silently steal a search (it happened: an index led by ``deleted`` made every search
scan all live persons, 3 ms -> 200 ms on the 10-year demo). This test pins the plans.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from stationdesk.services import people
from stationdesk.services.context import ServiceContext

EXPECTED = {
    "王芳": ["ix_person_name"],
    "zsf": ["ix_person_name_initials", "ix_person_listing"],
    "zhangsan": ["ix_person_name_initials", "ix_person_listing"],
    "5678": ["ix_person_phone_rev", "ix_person_id_number_rev"],
    "12345X": ["ix_person_id_number_rev"],
    "1380000": ["ix_person_phone", "ix_person_id_number"],
    "13800005678": ["ix_person_phone", "ix_person_id_number"],
    "330482195003041234": ["ix_person_id_number"],
}


@pytest.mark.parametrize(("query", "indexes"), EXPECTED.items())
def test_search_uses_the_intended_index(empty_ctx: ServiceContext, query: str, indexes: list[str]) -> None:
    statements = people.search_statements(query)
    assert len(statements) == len(indexes)
    with empty_ctx.engine.connect() as conn:
        for stmt, index in zip(statements, indexes, strict=True):
            sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " | ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            assert f"SEARCH person USING INDEX {index} " in plan, plan
            assert "SCAN person" not in plan, plan
