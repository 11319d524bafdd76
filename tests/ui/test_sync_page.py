"""The Sync page (issue 7): the enrolled sites, enrolling a site by a scanned code (or a file), an
export written through the page (and one cancelled), an import previewed (with progress; one
cancelled) then applied, a refused file, the conflict list, a viewer's read-only page, roles.

Two PCs of one station (copies of one set-up database, each opened on its own machine) enrol
each other through the services; the page runs on the first, the second sends its bundles
through the services."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from conftest import ADMIN_PASSWORD, PASSWORDS
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, people, settings, sync
from stationdesk.services.context import ServiceContext
from stationdesk.services.database import open_station
from stationdesk.services.people import PersonDraft
from stationdesk.services.station import StationProfile
from stationdesk.store.engine import url_for_path
from stationdesk.store.models import AuditEvent
from stationdesk.ui.messages import message
from stationdesk.ui.pages.sync import SyncPage
from stationdesk.ui.sync_enrol_dialog import EnrolSiteDialog
from stationdesk.ui.sync_enrolment_dialog import EnrolmentFileDialog
from stationdesk.ui.sync_export_dialog import ExportDialog
from stationdesk.ui.sync_import_dialog import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOT = Path(os.environ["SYNC_SHOT"]) if os.environ.get("SYNC_SHOT") else None


@dataclass
class Pcs:
    desk: ServiceContext  # the page runs here
    laptop: ServiceContext  # the other PC of the station
    stick: Path
    seed: Path  # the set-up database both were copied from (a third PC is another copy)


def _open(seed: Path, directory: Path, name: str) -> ServiceContext:
    path = directory / f"{name}.sqlite3"
    shutil.copy(seed, path)
    ctx = open_station(url_for_path(path), fingerprint=f"machine-{name}").ctx
    accounts.login(ctx, "admin", ADMIN_PASSWORD)
    return ctx


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[Pcs]:
    seed = tmp_path / "seed.sqlite3"
    ctx = open_station(url_for_path(seed), fingerprint="seed-machine").ctx
    profile = StationProfile(
        name="当湖街道社会工作站", code="PH-DH", district="嘉兴市平湖市", address="当湖街道"
    )
    accounts.setup_station(ctx, profile, "admin", "王站长", ADMIN_PASSWORD)
    for role in (Role.VIEWER, Role.STAFF):
        accounts.create_user(ctx, role.value, f"{role.value} user", role, PASSWORDS[role])
    ctx.engine.dispose()
    desk, laptop = _open(seed, tmp_path, "desk"), _open(seed, tmp_path, "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    sync.enrol(desk, sync.enrolment_file(laptop, tmp_path))
    sync.enrol(laptop, sync.enrolment_file(desk, tmp_path))
    yield Pcs(desk, laptop, stick, seed)
    desk.engine.dispose()
    laptop.engine.dispose()


def _page(qtbot, ctx: ServiceContext) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    return page


def _choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _send(pcs: Pcs) -> Path:
    """The laptop exports what the desk lacks (locked to the desk's key) onto the stick."""
    desk_id = sync.peers(pcs.laptop)[0].site_id
    return sync.export_bundle(pcs.laptop, pcs.stick, peer_site_id=desk_id).path


def _addresses(ctx: ServiceContext, name: str) -> list[str]:
    return [people.get(ctx, row.id).address for row in people.search(ctx, name)]


def test_the_page_lists_the_enrolled_sites(qtbot, qtmodeltester, pcs: Pcs) -> None:
    page = _page(qtbot, pcs.desk)
    model = page.peer_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert page.tabs.tabText(0) == "Enrolled sites (1)"
    assert model.index(0, model.ROLE).data() == "Station PC"
    assert model.index(0, model.STATION).data() == "PH-DH"
    assert model.index(0, model.FINGERPRINT).data() == sync.own_fingerprint(pcs.laptop)
    assert model.index(0, model.EXPORTED).data() == "never"
    assert page.own_fingerprint.text().endswith(sync.own_fingerprint(pcs.desk))
    assert page.hub_panel is None and page.tabs.count() == 2
    settings.set_values(pcs.desk, {"site.role": "hub"})
    assert _page(qtbot, pcs.desk).hub_panel is not None  # a hub shows its stations' matrix


def test_this_pcs_enrolment_file_shows_its_code_and_saves_it(qtbot, pcs: Pcs, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(pcs.stick))
    page = _page(qtbot, pcs.desk)
    page.own_file_button.click()
    dialog = page.dialog
    assert isinstance(dialog, EnrolmentFileDialog)
    assert not dialog.qr.pixmap().isNull() and dialog.fingerprint.text() == sync.own_fingerprint(pcs.desk)
    path = dialog.save()
    assert path is not None and path.parent == pcs.stick and path.suffix == ".sdenrol"
    assert str(path) in dialog.message.text()


def test_an_export_through_the_page_writes_the_file(qtbot, pcs: Pcs, monkeypatch) -> None:
    people.create(pcs.desk, PersonDraft(name="张三", address="东湖路1号"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(pcs.stick))
    page = _page(qtbot, pcs.desk)
    assert int(page.peer_model.index(0, page.peer_model.PENDING).data()) > 0
    page.export()
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog) and dialog.target.currentText().startswith("当湖街道社会工作站")
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        dialog.save()
    written = list(pcs.stick.glob("*.sdbundle"))
    assert len(written) == 1 and written[0].name.startswith("PH-DH_")
    assert page.progress.bar.value() == page.progress.bar.maximum() and page.progress.isHidden()
    assert str(written[0]) in page.message.text() and "Audit log entry" in page.message.text()
    assert page.peer_model.index(0, page.peer_model.EXPORTED).data() != "never"
    preview = sync.preview_import(pcs.laptop, written[0])  # the laptop can open it
    assert preview.counts["new"] >= 1


def test_a_passphrase_must_be_typed_twice_alike(qtbot, pcs: Pcs) -> None:
    page = _page(qtbot, pcs.desk)
    page.export()
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.lock.button(1).setChecked(True)
    dialog.passphrase.setText("river stone")
    dialog.repeat.setText("river stones")
    with qtbot.assertNotEmitted(dialog.chosen):
        dialog.save()
    assert "differ" in dialog.problem.text()
    dialog.target.setCurrentIndex(dialog.target.findData("for:trainer"))
    assert not dialog.lock.button(0).isEnabled()  # no site, no key: a passphrase only


def test_a_cancelled_export_leaves_no_file(qtbot, pcs: Pcs, monkeypatch) -> None:
    reached, go = threading.Event(), threading.Event()
    real = sync.export_bundle

    def held(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def slow(done: int, total: int) -> None:
            reached.set()
            go.wait(10)
            progress(done, total)

        return real(*args, progress=slow, **kwargs)

    monkeypatch.setattr(sync, "export_bundle", held)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(pcs.stick))
    page = _page(qtbot, pcs.desk)
    page.export()
    page.dialog.save()  # type: ignore[union-attr]
    qtbot.waitUntil(reached.is_set)
    assert page.progress.isVisible() and not page.export_button.isEnabled()
    page.progress.cancel_button.click()
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        go.set()
    assert list(pcs.stick.iterdir()) == []
    assert page.message.text() == "Cancelled: nothing was written."
    assert page.export_button.isEnabled()


def test_an_import_is_previewed_then_applied(qtbot, pcs: Pcs, monkeypatch) -> None:
    people.create(pcs.laptop, PersonDraft(name="李四", address="西湖路2号"))
    bundle = _send(pcs)
    _choose_file(monkeypatch, bundle)
    page = _page(qtbot, pcs.desk)
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.import_file()
    dialog = page.dialog
    assert isinstance(dialog, ImportPreviewDialog)
    assert int(dialog.count_labels["new"].text()) >= 1
    assert dialog.count_labels["conflicts"].text() == "0"
    assert _addresses(pcs.desk, "李四") == []  # the preview wrote nothing
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        dialog.apply_button.click()
    assert _addresses(pcs.desk, "李四") == ["西湖路2号"]
    receipts = list(pcs.stick.glob("*.sdreceipt"))
    assert len(receipts) == 1 and str(receipts[0]) in page.message.text()
    assert page.peer_model.index(0, page.peer_model.IMPORTED).data() != "never"
    with qtbot.waitSignal(page.job_finished, timeout=30_000):  # the same file again
        page.import_file()
    assert page.dialog.verdict.text().startswith("Everything in this file is already")  # type: ignore[union-attr]


def test_a_refused_file_says_why_and_writes_nothing(qtbot, pcs: Pcs, monkeypatch) -> None:
    people.create(pcs.laptop, PersonDraft(name="王五"))
    bundle = _send(pcs)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    _choose_file(monkeypatch, bundle)
    page = _page(qtbot, pcs.desk)
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.import_file()
    assert page.message.text() == message("bundle.damaged")
    assert not isinstance(page.dialog, ImportPreviewDialog)
    assert _addresses(pcs.desk, "王五") == [] and list(pcs.stick.glob("*.sdreceipt")) == []


def test_a_conflict_is_listed_and_the_other_value_can_be_used(qtbot, qtmodeltester, pcs: Pcs) -> None:
    person = people.create(pcs.desk, PersonDraft(name="赵六", address="老街3号"))
    desk_to_laptop = sync.export_bundle(pcs.desk, pcs.stick, peer_site_id=sync.peers(pcs.desk)[0].site_id)
    sync.import_bundle(pcs.laptop, desk_to_laptop.path)
    people.update(pcs.desk, person, PersonDraft(name="赵六", address="新街4号"))
    people.update(pcs.laptop, person, PersonDraft(name="赵六", address="南街5号"))
    sync.import_bundle(pcs.desk, _send(pcs))
    page = _page(qtbot, pcs.desk)
    panel = page.conflicts
    model = panel.model
    qtmodeltester.check(model)
    count = model.rowCount()
    assert count >= 1 and page.tabs.tabText(1) == f"Conflicts ({count})"  # also updated_at, see report
    row = next(r for r in range(count) if model.index(r, model.FIELD).data() == "Address")
    assert model.index(row, model.RECORD).data() == "Resident: 赵六"
    kept, other = model.index(row, model.KEPT).data(), model.index(row, model.OTHER).data()
    assert {kept, other} == {"新街4号", "南街5号"}
    laptop_name = sync.peers(pcs.desk)[0].name
    where = {kept: model.index(row, model.KEPT_AT).data(), other: model.index(row, model.OTHER_AT).data()}
    assert where == {"新街4号": "This PC", "南街5号": laptop_name}  # the desk's own edit says so
    page.tabs.setCurrentWidget(panel)
    panel.table.selectRow(row)
    panel.swap_button.click()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    box.findChild(QPushButton, "confirmButton").click()
    assert _addresses(pcs.desk, "赵六") == [other]
    assert page.tabs.tabText(1) == f"Conflicts ({count - 1})" and model.rowCount() == count - 1


def test_a_conflict_resolved_on_the_other_pc_is_closed_here(qtbot, pcs: Pcs, monkeypatch) -> None:
    person = people.create(pcs.desk, PersonDraft(name="周八", address="老街3号"))
    laptop_id = sync.peers(pcs.desk)[0].site_id
    sync.import_bundle(pcs.laptop, sync.export_bundle(pcs.desk, pcs.stick, peer_site_id=laptop_id).path)
    people.update(pcs.desk, person, PersonDraft(name="周八", address="新街4号"))
    people.update(pcs.laptop, person, PersonDraft(name="周八", address="南街5号"))
    from_desk = sync.export_bundle(pcs.desk, pcs.stick, peer_site_id=laptop_id).path
    sync.import_bundle(pcs.desk, _send(pcs))
    sync.import_bundle(pcs.laptop, from_desk)  # both PCs hold the conflict now
    [on_laptop] = [row for row in sync.conflicts(pcs.laptop) if row.field == "address"]
    sync.resolve_conflict(pcs.laptop, on_laptop.id, "other")
    _choose_file(monkeypatch, _send(pcs))
    page = _page(qtbot, pcs.desk)
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.import_file()
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        page.dialog.apply_button.click()  # type: ignore[union-attr]
    assert "1 conflict(s) were resolved on another PC" in page.message.text()
    assert page.conflicts.message.text().startswith("Resolved on another PC: 1 conflict(s) closed here")
    assert [row for row in sync.conflicts(pcs.desk) if row.field == "address"] == []
    assert _addresses(pcs.desk, "周八") == _addresses(pcs.laptop, "周八") == [on_laptop.other_value]


def test_the_preview_says_why_relayed_changes_are_refused(qtbot) -> None:
    preview = sync.ImportPreview(
        "b", "s", "培训笔记本", "PH-DH", "station", datetime(2026, 5, 4, 10, 0), 12, {"person": 12},
        {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0, "refused": 12}, already=False, relayed=12,
    )  # fmt: skip
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.relayed.isVisible() and dialog.relayed.text().startswith("12 of the refused changes")
    plain = ImportPreviewDialog(replace(preview, relayed=0))
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.relayed.isVisible()


def _conflict(pcs: Pcs, name: str) -> None:
    """One person's address changed on both PCs before either heard of the other: the desk imports."""
    person = people.create(pcs.desk, PersonDraft(name=name, address="老街3号"))
    sync.import_bundle(pcs.laptop, sync.export_bundle(pcs.desk, pcs.stick, peer_site_id=_laptop(pcs)).path)
    people.update(pcs.desk, person, PersonDraft(name=name, address="新街4号"))
    people.update(pcs.laptop, person, PersonDraft(name=name, address="南街5号"))
    sync.import_bundle(pcs.desk, _send(pcs))


def _laptop(pcs: Pcs) -> str:
    return sync.peers(pcs.desk)[0].site_id


def test_a_viewer_sees_sites_and_conflicts_read_only(qtbot, pcs: Pcs) -> None:
    _conflict(pcs, "钱九")
    settings.set_values(pcs.desk, {"site.role": "hub"})
    accounts.login(pcs.desk, "viewer", PASSWORDS[Role.VIEWER])
    page = _page(qtbot, pcs.desk)
    assert page.peer_model.rowCount() == 1 and page.tabs.tabText(0) == "Enrolled sites (1)"
    assert not page.no_peers.isVisible()
    count = page.conflicts.model.rowCount()
    assert count >= 1 and page.tabs.tabText(1) == f"Conflicts ({count})"
    assert page.hub_panel is not None and page.hub_panel.model.rowCount() >= 1  # type: ignore[attr-defined]
    assert not page.hub_panel.message.isVisible()  # type: ignore[attr-defined]
    assert page.read_only_note.isVisible() and "Read only" in page.read_only_note.text()
    page.tabs.setCurrentWidget(page.conflicts)
    hidden = (page.export_button, page.import_button, page.enrol_button, page.own_file_button)
    for button in (*hidden, page.conflicts.keep_button, page.conflicts.swap_button):
        assert not button.isVisible()
    assert not page.own_fingerprint.isVisible() and not page.message.isVisible()
    page.conflicts.table.selectRow(0)
    page.conflicts.keep()  # a double-click does nothing either
    assert page.conflicts.model.rowCount() == count


def test_an_administrator_sees_no_read_only_note(qtbot, pcs: Pcs) -> None:
    page = _page(qtbot, pcs.desk)
    assert not page.read_only_note.isVisible() and not page.enrol_note.isVisible()
    accounts.login(pcs.desk, "staff", PASSWORDS[Role.STAFF])
    staff = _page(qtbot, pcs.desk)
    assert staff.export_button.isVisible() and not staff.enrol_button.isVisible()
    assert staff.enrol_note.isVisible() and not staff.read_only_note.isVisible()
    assert not staff.role_box.isVisible()


def test_an_administrator_makes_this_pc_the_district_hub(qtbot, pcs: Pcs) -> None:
    from stationdesk.services import hub

    page = _page(qtbot, pcs.desk)
    assert page.role_box.isVisible() and page.role_box.currentData() == "station"
    assert page.hub_panel is None
    page.role_box.setCurrentIndex(page.role_box.findData("hub"))
    assert hub.local_role(pcs.desk) == "hub"
    assert page.hub_panel is not None and page.tabs.indexOf(page.hub_panel) == 2
    assert "enrol this PC again" in page.message.text()  # the laptop enrolled it as a station PC
    assert _page(qtbot, pcs.desk).role_box.currentData() == "hub"  # kept


def test_screenshot(qtbot, pcs: Pcs, tmp_path: Path) -> None:
    """The page with a peer that lacks changes and an open conflict, for a person to look at."""
    person = people.create(pcs.desk, PersonDraft(name="孙七", address="河东路8号"))
    laptop_id = sync.peers(pcs.desk)[0].site_id
    sync.import_bundle(pcs.laptop, sync.export_bundle(pcs.desk, pcs.stick, peer_site_id=laptop_id).path)
    people.update(pcs.desk, person, PersonDraft(name="孙七", address="河西路9号"))
    people.update(pcs.laptop, person, PersonDraft(name="孙七", address="河东路10号"))
    sync.import_bundle(pcs.desk, _send(pcs))
    people.create(pcs.desk, PersonDraft(name="周八"))
    page = _page(qtbot, pcs.desk)
    page.grab().save(str(SHOT or tmp_path / "sync_sites.png"))
    page.tabs.setCurrentIndex(1)
    page.grab().save(str((SHOT.with_name(SHOT.stem + "_conflicts.png")) if SHOT else tmp_path / "c.png"))
    assert page.conflicts.model.rowCount() >= 1


def _trainer_laptop(pcs: Pcs, tmp_path: Path) -> ServiceContext:
    """A third PC of the station, set up as a trainer laptop, not enrolled anywhere yet."""
    ctx = _open(pcs.seed, tmp_path, "trainer")
    settings.set_values(ctx, {"site.role": "trainer"})
    return ctx


def _enrol_dialog(qtbot, page: SyncPage) -> EnrolSiteDialog:
    page.enrol_button.click()
    dialog = page.dialog
    assert isinstance(dialog, EnrolSiteDialog) and dialog.focusWidget() is dialog.code  # ready to scan
    return dialog


def _enrolments(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return session.query(AuditEvent).filter(AuditEvent.action == "sync.enrol").count()


def test_the_scan_box_enrols_a_site_from_its_code(qtbot, pcs: Pcs, tmp_path: Path) -> None:
    trainer = _trainer_laptop(pcs, tmp_path)
    code, _png = sync.enrolment_qr(trainer)  # what its "This PC's enrolment file…" dialog shows
    page = _page(qtbot, pcs.desk)
    dialog = _enrol_dialog(qtbot, page)
    before = _enrolments(pcs.desk)
    qtbot.keyClicks(dialog.code, code)  # a keyboard-wedge scanner types the code, then Enter
    with qtbot.waitSignal(dialog.enrolled):
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert _enrolments(pcs.desk) == before + 1  # Enter enrolled once (no default button fired too)
    assert dialog.result.isVisible() and not dialog.message.isVisible()
    assert dialog.site_fingerprint.text() == sync.own_fingerprint(trainer)
    assert dialog.site_role.text() == "Trainer laptop" and dialog.site_station.text() == "PH-DH"
    assert dialog.site_name.text() == next(p.name for p in sync.peers(pcs.desk) if p.role == "trainer")
    assert dialog.code.text() == "" and page.tabs.tabText(0) == "Enrolled sites (2)"
    dialog.code.setText(code)  # pasted again (the same key): enrolled again, nothing doubled
    dialog.enrol_button.click()
    assert page.peer_model.rowCount() == 2
    trainer.engine.dispose()


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        (lambda text: text[: len(text) * 2 // 3], "enrolment.bad_code"),  # the scanner stopped early
        (lambda text: text[:-3] + ("AAA" if not text.endswith("AAA") else "BBB"), "enrolment.bad_code"),
        (lambda text: "https://example.com/?q=" + text[:20], "enrolment.not_code"),
    ],
    ids=["partial", "mistyped", "other_code"],
)
def test_a_bad_code_is_refused_and_writes_nothing(qtbot, pcs: Pcs, tmp_path: Path, spoil, code) -> None:
    trainer = _trainer_laptop(pcs, tmp_path)
    text, _png = sync.enrolment_qr(trainer)
    page = _page(qtbot, pcs.desk)
    dialog = _enrol_dialog(qtbot, page)
    before = _dump(pcs.desk)
    with qtbot.assertNotEmitted(dialog.enrolled):
        qtbot.keyClicks(dialog.code, spoil(text))
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.message.text() == message(code) and not dialog.result.isVisible()
    assert dialog.code.selectedText() == dialog.code.text()  # the next scan replaces the bad one
    assert _dump(pcs.desk) == before and page.peer_model.rowCount() == 1
    trainer.engine.dispose()


def test_the_enrol_dialog_also_takes_the_file(qtbot, pcs: Pcs, tmp_path: Path, monkeypatch) -> None:
    trainer = _trainer_laptop(pcs, tmp_path)
    _choose_file(monkeypatch, sync.enrolment_file(trainer, pcs.stick))
    page = _page(qtbot, pcs.desk)
    dialog = _enrol_dialog(qtbot, page)
    dialog.file_button.click()
    assert dialog.site_fingerprint.text() == sync.own_fingerprint(trainer)
    assert page.peer_model.rowCount() == 2
    trainer.engine.dispose()


def _dump(ctx: ServiceContext) -> list[str]:
    """Every row of the database as SQL text (the data, the change log, the audit log)."""
    with ctx.engine.connect() as conn:
        return list(conn.connection.driver_connection.iterdump())


def test_the_preview_shows_progress_and_cancel_leaves_the_database_as_it_was(
    qtbot, pcs: Pcs, monkeypatch
) -> None:
    people.create(pcs.laptop, PersonDraft(name="吴十", address="北街6号"))
    bundle = _send(pcs)
    reached, go = threading.Event(), threading.Event()
    seen: list[tuple[int, int]] = []
    real = sync.preview_import

    def held(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def slow(done: int, total: int) -> None:
            progress(done, total)  # reaches the bar
            seen.append((done, total))
            reached.set()
            go.wait(10)
            progress(done, total)  # raises Cancelled once Cancel was clicked

        return real(*args, progress=slow, **kwargs)

    monkeypatch.setattr(sync, "preview_import", held)
    _choose_file(monkeypatch, bundle)
    page = _page(qtbot, pcs.desk)
    before = _dump(pcs.desk)
    page.import_file()
    qtbot.waitUntil(reached.is_set)
    done, total = seen[0]
    qtbot.waitUntil(lambda: page.progress.bar.maximum() == total)
    assert page.progress.isVisible() and page.progress.bar.value() == done
    assert (
        page.progress.label.text().startswith(f"Checking {bundle.name}")
        and not page.import_button.isEnabled()
    )
    page.progress.cancel_button.click()
    with qtbot.waitSignal(page.job_finished, timeout=30_000):
        go.set()
    assert page.message.text() == "Cancelled: nothing was written."
    assert not isinstance(page.dialog, ImportPreviewDialog) and page.import_button.isEnabled()
    assert _dump(pcs.desk) == before and _addresses(pcs.desk, "吴十") == []
