"""The reports page: a ledger of the chosen month saved as PDF and .xlsx on a worker thread, progress
and Cancel (no file left), a viewer prints but neither exports nor reveals, full numbers ask a reason
that reaches the audit log, the highlights are kept per period, and the last complete month is the
default."""

from __future__ import annotations

import subprocess
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, ledgers, needs, people, reception, station_report
from stationdesk.services.context import ServiceContext
from stationdesk.services.reception import WalkInDraft
from stationdesk.services.station_report import ReportPeriod, period_of_month
from stationdesk.ui import tasks
from stationdesk.ui.pages.reports import ReportsPage
from stationdesk.ui.period_picker import last_complete_month, last_complete_quarter
from stationdesk.ui.print_preview import PrintPreviewDialog
from stationdesk.ui.reason_dialog import ReasonDialog
from stationdesk.ui.report_kinds import DAYS, MONTH, QUARTER

ItemIsEnabled = Qt.ItemFlag.ItemIsEnabled
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ID = "330482198001011238"
PHONE = "13957312345"
TODAY = date(2026, 4, 15)  # the last complete month is March 2026


@pytest.fixture(autouse=True)
def _no_task_outlives_the_database():
    yield
    tasks.wait_for_threads()


@pytest.fixture
def walk_ins(ctx: ServiceContext) -> ServiceContext:
    cats = {c.name: c.id for c in needs.list_categories(ctx)}
    wang = people.create(ctx, people.PersonDraft(name="王芳", phone=PHONE, id_number=ID))
    for arrived, note in (
        (datetime(2026, 3, 9, 14, 5), "问低保申请"),
        (datetime(2026, 3, 20, 9, 30), "问养老补贴"),
        (datetime(2026, 4, 1, 9, 0), "四月来访"),
    ):
        draft = WalkInDraft(person_id=wang, category_ids=[cats["政策咨询"]], note=note, outcome="resolved",
                            arrived_at=arrived)  # fmt: skip
        reception.record_walk_in(ctx, draft)
    return ctx


def make_page(qtbot, ctx: ServiceContext, **kwargs) -> ReportsPage:
    page = ReportsPage(ctx, clock=lambda: TODAY, **kwargs)
    qtbot.addWidget(page)
    page.show()
    return page


def save_to(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def xlsx_text(path: Path) -> str:
    sheet = load_workbook(path).active
    return "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)


def audit(ctx: ServiceContext) -> list[audit_query.AuditEntry]:
    return audit_query.recent(ctx)


def test_the_default_is_the_last_complete_month_and_quarter(qtbot, ctx) -> None:
    assert last_complete_month(date(2026, 1, 10)) == (2025, 12)
    assert last_complete_month(date(2026, 3, 31)) == (2026, 2)
    assert last_complete_quarter(date(2026, 2, 1)) == (2025, 4)
    assert last_complete_quarter(date(2026, 8, 31)) == (2026, 2)
    page = make_page(qtbot, ctx)
    assert page.picker.period() == period_of_month(2026, 3)
    page.picker.step(1)
    assert page.picker.period() == period_of_month(2026, 4)
    page.picker.set_mode(DAYS)
    assert page.picker.period() == ReportPeriod(date(2026, 3, 1), date(2026, 3, 31))
    page.picker.set_range(date(2026, 3, 10), date(2026, 3, 2))  # the end never goes before the start
    assert page.picker.period() == ReportPeriod(date(2026, 3, 10), date(2026, 3, 10))
    page.picker.set_mode(MONTH)
    page.picker.set_modes((QUARTER, DAYS))  # a mode not offered gives way to the first offered
    assert page.picker.period().code == "2026-Q1" and not page.picker.month_button.isVisible()
    for _ in range(4):
        page.picker.step(-1)
    assert page.picker.period().code == "2025-Q1"


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_a_ledger_of_the_chosen_month_is_saved_where_chosen(qtbot, walk_ins, tmp_path, monkeypatch, suffix):
    target = tmp_path / "台账"  # no suffix typed: the format's is added
    save_to(monkeypatch, target)
    page = make_page(qtbot, walk_ins)
    page.choose("reception")
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        (page.save_pdf if suffix == ".pdf" else page.save_xlsx)()
        assert page.busy() and page.progress_frame.isVisible() and not page.list.isEnabled()
    saved = Path(f"{target}{suffix}")
    text = pdf_text(saved) if suffix == ".pdf" else xlsx_text(saved)
    assert "问低保申请" in text and "问养老补贴" in text and "四月来访" not in text
    assert "2026年3月" in text
    assert ID not in text and "330482********1238" in text
    assert not page.progress_frame.isVisible() and page.list.isEnabled()
    assert str(saved) in page.message.text()
    printed = [e for e in audit(walk_ins) if e.action.startswith("ledger.")]
    assert printed[0].detail.startswith("2026-03-01..2026-03-31: 2")


def test_a_date_range_covers_its_days(qtbot, walk_ins, tmp_path, monkeypatch) -> None:
    target = tmp_path / "range.xlsx"
    save_to(monkeypatch, target)
    page = make_page(qtbot, walk_ins)
    page.choose("reception")
    page.picker.set_mode(DAYS)
    page.picker.set_range(date(2026, 3, 15), date(2026, 4, 1))
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.save_xlsx()
    text = xlsx_text(target)
    assert "问低保申请" not in text and "问养老补贴" in text and "四月来访" in text


def test_progress_shows_and_cancel_leaves_no_file(qtbot, walk_ins, tmp_path, monkeypatch) -> None:
    """The writer's progress reaches the bar; Cancel makes the next progress call stop the work."""
    real = ledgers.write_ledger
    reached, release = threading.Event(), threading.Event()

    def held(ctx, kind, first_day, last_day, out, *, progress, **kwargs):
        def hook(done: int, total: int) -> None:
            progress(1, total)
            reached.set()
            release.wait(10)
            progress(done, total)

        return real(ctx, kind, first_day, last_day, out, progress=hook, **kwargs)

    monkeypatch.setattr(ledgers, "write_ledger", held)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cancelled.pdf"
    save_to(monkeypatch, target)
    page = make_page(qtbot, walk_ins)
    page.choose("reception")
    page.save_pdf()
    qtbot.waitUntil(reached.is_set)
    qtbot.waitUntil(lambda: page.progress_bar.maximum() == 2 and page.progress_bar.value() == 1)
    assert "1 of 2" in page.progress_label.text()
    assert page.cancel_button.isVisible() and not page.pdf_button.isEnabled()
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.cancel_button.click()
        release.set()
    assert list(folder.iterdir()) == []  # neither the file nor its .part
    assert "Cancelled" in page.message.text()
    assert not [e for e in audit(walk_ins) if e.action.startswith("ledger.")]
    assert page.pdf_button.isEnabled()


def test_a_cancelled_preview_leaves_no_temporary_file(qtbot, walk_ins, monkeypatch) -> None:
    written: list[Path] = []
    release = threading.Event()

    def held(ctx, kind, first_day, last_day, out, *, progress, **kwargs):
        written.append(out)
        release.wait(10)
        progress(0, 2)

    monkeypatch.setattr(ledgers, "write_ledger", held)
    page = make_page(qtbot, walk_ins)
    page.choose("reception")
    page.preview_report()
    qtbot.waitUntil(lambda: bool(written))
    assert written[0].exists()  # the temporary file the preview would show
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.cancel()
        release.set()
    assert not written[0].exists()
    assert page.preview is None


def test_the_preview_shows_the_ledger(qtbot, walk_ins) -> None:
    page = make_page(qtbot, walk_ins)
    page.choose("reception")
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.preview_report()
    assert page.preview is not None and page.preview.page_count() == 1
    path = page.preview.path
    assert path.exists() and "问低保申请" in pdf_text(path)
    page.preview.reject()
    assert not path.exists()


def test_print_opens_the_preview_and_the_print_dialog(qtbot, walk_ins, monkeypatch) -> None:
    asked: list[int] = []
    monkeypatch.setattr(PrintPreviewDialog, "print_pages", lambda dialog: asked.append(dialog.page_count()))
    page = make_page(qtbot, walk_ins)
    page.choose("reception")
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.print_report()
    assert asked == [1]
    page.preview.reject()


def test_a_viewer_may_print_but_not_export_nor_reveal(qtbot, walk_ins, tmp_path, monkeypatch) -> None:
    sign_in_as(walk_ins, Role.VIEWER)
    page = make_page(qtbot, walk_ins)
    page.choose("reception")
    assert not page.xlsx_button.isVisible() and not page.reveal_box.isVisible()
    assert page.pdf_button.isVisible() and page.preview_button.isVisible()
    save_to(monkeypatch, tmp_path / "viewer.xlsx")
    page.save_xlsx()
    assert not page.busy() and not (tmp_path / "viewer.xlsx").exists()
    save_to(monkeypatch, tmp_path / "viewer.pdf")
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.save_pdf()
    assert "330482********1238" in pdf_text(tmp_path / "viewer.pdf")


def test_full_numbers_ask_a_reason_that_the_audit_log_keeps(qtbot, walk_ins, tmp_path, monkeypatch) -> None:
    target = tmp_path / "full.xlsx"
    save_to(monkeypatch, target)
    page = make_page(qtbot, walk_ins)
    page.choose("reception")
    assert page.reveal_box.isVisible()
    page.reveal.setChecked(True)
    page.save_xlsx()
    ask = page.findChild(ReasonDialog, "revealReason")
    assert ask is not None and not page.busy()
    ask.reject()  # changed their mind: nothing written, nothing revealed
    assert not page.busy() and not target.exists()
    page.save_xlsx()
    ask = next(d for d in page.findChildren(ReasonDialog, "revealReason") if d.isVisible())
    ask.set_reason("街道核查低保名单")
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        ask.accept()
    assert ID in xlsx_text(target) and PHONE in xlsx_text(target)
    reveals = [e for e in audit(walk_ins) if e.action == "reveal" and e.record_type == "ledger"]
    assert [e.reason for e in reveals] == ["街道核查低保名单"]


def test_the_station_report_is_written_for_the_chosen_quarter_and_language(
    qtbot, walk_ins, tmp_path, monkeypatch
) -> None:
    page = make_page(qtbot, walk_ins)
    page.choose("station_report")
    assert (
        page.language_box.isVisible() and page.highlights_box.isVisible() and not page.reveal_box.isVisible()
    )
    page.picker.set_mode(QUARTER)
    assert page.picker.period().code == "2026-Q1"
    page.language.setCurrentIndex(page.language.findData("zh_TW"))
    save_to(monkeypatch, tmp_path / "季报")
    with qtbot.waitSignal(page.job_finished, timeout=60_000):
        page.save_pdf()
    text = pdf_text(tmp_path / "季报.pdf")
    assert "2026年第一季度" in text and "社工站工作季報" in text and "統計期間" in text  # in Traditional
    assert "report.print" in [e.action for e in audit(walk_ins)]
    save_to(monkeypatch, tmp_path / "季报表")
    with qtbot.waitSignal(page.job_finished, timeout=60_000):
        page.save_xlsx()
    assert "2026年第一季度" in xlsx_text(tmp_path / "季报表.xlsx")


def test_highlights_are_saved_and_shown_again(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    page.choose("station_report")
    assert not page.save_highlights_button.isEnabled()
    page.highlights.insertPlainText("重阳节敬老活动，服务 120 人次")
    assert page.save_highlights_button.isEnabled()
    page.save_highlights_button.click()
    assert station_report.highlights(ctx, period_of_month(2026, 3)) == "重阳节敬老活动，服务 120 人次"
    page.picker.step(1)
    assert page.highlights.toPlainText() == ""
    page.highlights.insertPlainText("四月：走访 30 户")  # not saved by hand: kept when the month changes
    page.picker.step(-1)
    assert page.highlights.toPlainText() == "重阳节敬老活动，服务 120 人次"
    assert station_report.highlights(ctx, period_of_month(2026, 4)) == "四月：走访 30 户"
    again = make_page(qtbot, ctx)
    again.choose("station_report")
    assert again.highlights.toPlainText() == "重阳节敬老活动，服务 120 人次"


def test_only_a_manager_writes_the_highlights(qtbot, ctx) -> None:
    station_report.set_highlights(ctx, period_of_month(2026, 3), "已写好的亮点")
    sign_in_as(ctx, Role.STAFF)
    page = make_page(qtbot, ctx)
    page.choose("station_report")
    assert page.highlights.toPlainText() == "已写好的亮点"
    assert page.highlights.isReadOnly() and not page.save_highlights_button.isVisible()


def test_every_report_and_ledger_is_listed_and_can_be_chosen(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    keys = [kind.key for kind in page._kinds]
    assert keys == ["station_report", *ledgers.KINDS]
    assert all(page.list.item(row).flags() & ItemIsEnabled for row in range(len(keys)))
    assert page.kind().key == "station_report"
    page.choose("visits")
    assert page.pdf_button.isEnabled() and page.xlsx_button.isEnabled() and page.reveal_box.isVisible()


def test_the_main_window_opens_the_reports_page(qtbot, ctx) -> None:
    from stationdesk.ui.main_window import MainWindow

    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    assert isinstance(window.show_page("reports"), ReportsPage)


def test_a_district_hub_writes_no_highlights_of_its_own(qtbot, ctx) -> None:
    from stationdesk.services import hub

    hub.set_local_role(ctx, "hub")
    page = make_page(qtbot, ctx)
    page.show()
    page.choose("station_report")
    assert not page.highlights_box.isVisible() and page.hub_highlights_note.isVisible()
    assert "each station's highlights" in page.hub_highlights_note.text()
    page.choose(ledgers.KINDS[0])
    assert not page.hub_highlights_note.isVisible()
