from __future__ import annotations

from pathlib import Path

import pytest

from stationdesk.cli import main
from stationdesk.services.context import ServiceContext


def test_reception_ledger_written(ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert (
        main(["report", "ledger", "reception", "--db", str(db_path), "--month", "2026-03", "--out", str(out)])
        == 0
    )
    assert out.is_file()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["visits", "--month", "2026-03", "--out", "v.pdf"], "not available yet"),
        (["reception", "--month", "2026-13", "--out", "v.pdf"], "not a month"),
        (["reception", "--month", "2026-03", "--out", "v.txt"], ".pdf or an .xlsx"),
    ],
)
def test_refused(ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                 args: list[str], said: str) -> None:  # fmt: skip
    args = [*args[:-1], str(tmp_path / args[-1])]
    assert main(["report", "ledger", *args, "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert said in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / args[-1]).exists() and not list(tmp_path.glob("v.*"))
