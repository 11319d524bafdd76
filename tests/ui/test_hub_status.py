"""The hub's reporting matrix (issue 7): stations × months coloured by state, tooltips, last sync,
refresh after an import, a viewer reading it, a refusal shown; rendered offscreen to a PNG."""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from conftest import sign_in_as
from hub_district import B1, NAMES, TODAY, make_district
from stationdesk.domain.roles import Role
from stationdesk.services import accounts
from stationdesk.services.context import ServiceContext
from stationdesk.store.models import SyncBundle
from stationdesk.ui.hub_status import FILLS, HubStatusPanel
from stationdesk.ui.messages import message

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOT = Path(os.environ.get("HUB_SHOT", "")) if os.environ.get("HUB_SHOT") else None


def _cell(panel: HubStatusPanel, code: str, month: str, role: Qt.ItemDataRole) -> object:
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.station(r).code == code)
    return model.index(row, model.months.index(month) + 1).data(role)


def _fill(panel: HubStatusPanel, code: str, month: str) -> str | None:
    brush = _cell(panel, code, month, Qt.ItemDataRole.BackgroundRole)
    return brush.color().name() if brush is not None else None  # type: ignore[attr-defined]


def test_the_matrix_colours_each_month(qtbot, ctx: ServiceContext, tmp_path: Path) -> None:
    make_district(ctx)
    panel = HubStatusPanel(ctx, clock=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(1100, 260)
    panel.show()
    model = panel.model
    assert (model.rowCount(), model.columnCount()) == (3, 14)
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 4)]
    assert heads == ["2025-12", "2026-01", "02"]  # the year on the first month and on January
    assert model.headerData(13, Qt.Orientation.Horizontal) == "Last sync"
    assert _fill(panel, "PH-XA", "2026-11") == FILLS["reported"]
    assert _fill(panel, "PH-XB", "2026-10") == FILLS["late"]
    assert _fill(panel, "PH-XB", "2026-11") == FILLS["due"]
    assert _fill(panel, "PH-XC", "2026-10") is None
    assert "late, was due on 2026-11-05" in str(_cell(panel, "PH-XB", "2026-10", Qt.ItemDataRole.ToolTipRole))
    assert "received 2026-12-02 10:00" in str(_cell(panel, "PH-XA", "2026-11", Qt.ItemDataRole.ToolTipRole))
    assert model.index(0, 0).data() == f"{NAMES['PH-XA']} (PH-XA)"
    assert "trainer laptop" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert (model.index(1, 13).data(), model.index(2, 13).data()) == ("2026-09-04 11:00", "never")
    assert panel.summary.text().startswith("2 late · 2 not yet due")  # B: Sep, Oct late; B, C: Nov
    panel.grab().save(str(SHOT or tmp_path / "hub_status.png"))
    with ctx.transaction() as s:  # 乍浦 sends its bundle
        s.add(SyncBundle(id=str(uuid.uuid4()), sender_site_id=B1, applied_at=datetime(2026, 12, 3, 9), new=5,
                         updated=0, unchanged=0, conflicts=0, refused=0))  # fmt: skip
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert _fill(panel, "PH-XB", "2026-10") == FILLS["reported"]
    assert model.index(1, 13).data() == "2026-12-03 09:00"


def test_a_viewer_reads_the_matrix_and_a_refusal_says_why(qtbot, ctx: ServiceContext) -> None:
    make_district(ctx)
    sign_in_as(ctx, Role.VIEWER)  # every role reads the matrix (Action.SYNC_VIEW)
    panel = HubStatusPanel(ctx, clock=lambda: TODAY)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == len(NAMES) and not panel.message.text()
    accounts.logout(ctx)
    panel.refresh()
    assert panel.message.text() == message("auth.not_signed_in")
