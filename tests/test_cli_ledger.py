from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ledger_month import SECRETS, make_month
from stationdesk.cli import main
from stationdesk.services import ledgers
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
        (["minutes", "--month", "2026-03", "--out", "v.pdf"], "invalid choice"),
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


def test_every_kind_written(ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    make_month(ctx)
    for kind in [k for k in ledgers.KINDS if k != "reception"]:  # the reception log: above
        for suffix in (".pdf", ".xlsx"):
            out = tmp_path / f"{kind}{suffix}"
            args = ["report", "ledger", kind, "--db", str(db_path), "--month", "2026-03", "--out", str(out)]
            assert main(args) == 0, kind
        sheet = load_workbook(tmp_path / f"{kind}.xlsx").active
        text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
        assert "2026年3月" in text and "本期共登记" in text
        assert not [s for s in SECRETS if s in text]
