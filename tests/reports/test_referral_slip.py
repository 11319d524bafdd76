"""The referral slip (转介单 + 回执联): embedded fonts, the code in text and as a barcode, no clear ID."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.barcode.code128 import Code128

from stationdesk.assets import resource
from stationdesk.reports import referral_slip
from stationdesk.reports.referral_slip import SlipData, consent_text, render_slip, write_slip

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")

SHOTS = Path("/tmp/shots/referral_slip")
CLEAR_ID = "330482194803151314"
DATA = SlipData(
    station_name="平湖市当湖街道社会工作站",
    logo_png=resource("demo", "station-logo.png").read_bytes(),
    tracking_code="K7M2QX4",
    person_name="张桂英",
    person_id_masked="330482********1314",
    partner_name="平湖市残疾人联合会",
    partner_contact="陈老师",
    partner_phone="0573-85011234",
    partner_address="平湖市建国南路 88 号",
    need="双下肢残疾，申请残疾人两项补贴及轮椅辅具适配，请协助评估。",
    consent=consent_text(False, "本人住院无法签字，家属口头同意", "王站长"),
    sent_by="王站长",
    sent_on="2026-11-29",
    station_phone="0573-85012345",
    station_address="平湖市当湖街道胜利路 1 号",
    printed_on="2026-11-29",
)


def _tool(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def slip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_slip(tmp_path_factory.mktemp("slip") / "slip.pdf", DATA)


def test_every_font_is_embedded_truetype(slip: Path) -> None:
    rows = _tool("pdffonts", str(slip)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "TrueType" in row and " yes yes yes " in row, row


def test_text_carries_code_partner_and_masked_id_only(slip: Path) -> None:
    pages = [p for p in _tool("pdftotext", "-layout", str(slip), "-").split("\f") if p.strip()]
    assert len(pages) == 1, "the slip and its stub fit on one A4 page"
    text = pages[0].replace(" ", "")
    for expected in ("K7M2QX4", "平湖市残疾人联合会", "330482********1314", "回执联", "转介单", "沿此线剪下"):
        assert expected in text, expected
    assert "站长特批：本人住院无法签字，家属口头同意（王站长）" in text
    assert "经办人签字" in text and "接收人签字" in text
    assert CLEAR_ID not in text
    stub = text.split("沿此线剪下", 1)[1]
    assert "K7M2QX4" in stub and "已接收" in stub and "已退回" in stub and "已办结" in stub


def test_the_stub_carries_a_code128_barcode_of_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[Code128] = []

    class Recorded(Code128):
        def draw(self) -> None:
            drawn.append(self)
            super().draw()

    monkeypatch.setattr(referral_slip, "Code128", Recorded)
    render_slip(DATA)
    assert [b.value for b in drawn] == ["K7M2QX4"]
    assert drawn[0].encoded and len(drawn[0].decomposed) > 50  # start, data, check and stop bars


def test_consent_text() -> None:
    assert consent_text(True, "", "") == "本人已同意"
    assert consent_text(False, "紧急", "王站长") == "站长特批：紧急（王站长）"


def test_render_page_for_a_look(slip: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("needs pdftoppm")
    SHOTS.mkdir(parents=True, exist_ok=True)
    _tool("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(slip), str(SHOTS / "slip"))
    assert (SHOTS / "slip-1.png").stat().st_size > 10_000
