"""The person form: ID number checks and fill-in, saving, duplicates, edit mode, read-only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from conftest import sign_in_as
from stationdesk.domain.idnumber import make_id_number
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, people, tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.ui.duplicates_dialog import DuplicatesDialog
from stationdesk.ui.person_dialog import PersonDialog, open_person_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LGY_ID = make_id_number("330482", date(1948, 11, 2), 24)  # even sequence: a woman


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def new_dialog(qtbot, ctx: ServiceContext, person_id: str | None = None, **kwargs) -> PersonDialog:
    dialog = PersonDialog(ctx, person_id, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts (Ctrl+S, Ctrl+Enter) fire only in the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def visible(parent: QWidget, kind: type) -> list:
    return [d for d in parent.findChildren(kind) if d.isVisible()]


def test_a_valid_id_number_fills_and_locks_birth_date_and_sex(qtbot, ctx) -> None:
    dialog = new_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.id_number, LGY_ID)
    assert dialog.sex.currentData() == "F"
    assert not dialog.birth_unknown.isChecked()
    assert dialog.birth_date.date().toPython() == date(1948, 11, 2)
    assert not dialog.sex.isEnabled() and not dialog.birth_date.isEnabled()
    assert dialog.id_message.isVisible() and "1948-11-02" in dialog.id_message.text()
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Backspace)
    assert dialog.sex.isEnabled()


def test_creating_a_person_through_the_form_stores_it(qtbot, ctx) -> None:
    low_income = next(t for t in tags.list_tags(ctx) if t.name == "低保")
    dialog = new_dialog(qtbot, ctx)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.name.insert("李桂英")
        qtbot.keyClicks(dialog.id_number, LGY_ID)
        qtbot.keyClicks(dialog.phone, "138 5730 5678")
        dialog.community.setEditText("东湖社区")
        dialog.grid.insert("第3网格")
        dialog.address.insert("东湖路12号")
        for i in range(dialog.tags.count()):
            if dialog.tags.item(i).text() == "低保":
                dialog.tags.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.consent_given.setChecked(True)
        dialog.consent_scope.insert("登记与入户探访")
        qtbot.keyClick(dialog.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person = people.get(ctx, saved.args[0])
    assert (person.row.name, person.row.sex, person.row.birth_date) == ("李桂英", "F", date(1948, 11, 2))
    assert person.row.phone_masked == "138****5678"
    assert person.row.id_masked.endswith(LGY_ID[-4:])
    assert (person.row.community, person.row.grid, person.address) == ("东湖社区", "第3网格", "东湖路12号")
    assert person.tag_ids == (low_income.id,)
    assert person.consent_date == date.today() and person.consent_scope == "登记与入户探访"
    assert not dialog.isVisible()


def test_ctrl_enter_saves(qtbot, ctx) -> None:
    dialog = new_dialog(qtbot, ctx)
    dialog.name.insert("王芳")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert people.count(ctx) == 1


def test_a_wrong_check_digit_is_explained_and_nothing_is_saved(qtbot, ctx) -> None:
    wrong = LGY_ID[:-1] + ("0" if LGY_ID[-1] != "0" else "1")
    dialog = new_dialog(qtbot, ctx)
    dialog.name.insert("李桂英")
    qtbot.keyClicks(dialog.id_number, wrong)
    assert dialog.id_message.isVisible()
    assert LGY_ID[-1] in dialog.id_message.text()  # "the last character should be ..."
    assert dialog.sex.isEnabled()
    dialog.save()
    assert dialog.isVisible()
    assert dialog.saved_id is None
    assert people.count(ctx) == 0


def test_a_bad_phone_is_shown_at_the_phone_field(qtbot, ctx) -> None:
    dialog = new_dialog(qtbot, ctx)
    dialog.name.insert("王芳")
    qtbot.keyClicks(dialog.phone, "12345")
    dialog.save()
    assert dialog.phone_message.isVisible()
    assert people.count(ctx) == 0


def test_a_missing_name_is_refused(qtbot, ctx) -> None:
    dialog = new_dialog(qtbot, ctx)
    dialog.save()
    assert dialog.error.isVisible() and dialog.error.text()
    assert people.count(ctx) == 0


def test_same_name_and_phone_offers_to_open_the_existing_person(qtbot, ctx, host) -> None:
    existing = people.create(ctx, PersonDraft(name="张三丰", phone="13857301234"))
    dialog = open_person_dialog(ctx, host)
    dialog.name.insert("张三丰")
    qtbot.keyClicks(dialog.phone, "13857301234")
    dialog.save()
    duplicates = visible(dialog, DuplicatesDialog)[0]
    item = duplicates.candidates.topLevelItem(0)
    assert item.text(0) == "张三丰" and item.text(2) == "138****1234"
    assert "phone" in item.text(4).lower()
    assert duplicates.candidates.topLevelItemCount() == 1
    qtbot.mouseClick(duplicates.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    opened = visible(host, PersonDialog)
    assert len(opened) == 1
    assert opened[0].windowTitle().endswith("张三丰") and opened[0].name.text() == "张三丰"
    assert opened[0]._person_id == existing
    assert people.count(ctx) == 1
    opened[0].reject()


def test_save_anyway_needs_a_reason_and_stores_it(qtbot, ctx) -> None:
    people.create(ctx, PersonDraft(name="张三丰", phone="13857301234"))
    dialog = new_dialog(qtbot, ctx)
    dialog.name.insert("张三丰")
    qtbot.keyClicks(dialog.phone, "13857301234")
    dialog.save()
    duplicates = visible(dialog, DuplicatesDialog)[0]
    assert not duplicates.save_button.isEnabled()
    qtbot.keyClick(duplicates.reason, Qt.Key.Key_Return)  # Enter without a reason does nothing
    assert duplicates.isVisible() and people.count(ctx) == 1
    duplicates.reason.insert("父子同名，共用一个手机")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(duplicates.save_button, Qt.MouseButton.LeftButton)
    assert people.count(ctx) == 2
    assert people.get(ctx, saved.args[0]).duplicate_reason == "父子同名，共用一个手机"
    assert any(e.action == "person.duplicate_saved" for e in audit_query.recent(ctx, 10))


def test_edit_keeps_the_recorded_id_and_phone_unless_retyped(qtbot, ctx) -> None:
    person_id = people.create(ctx, PersonDraft(name="李桂英", id_number=LGY_ID, phone="13857305678"))
    dialog = new_dialog(qtbot, ctx, person_id)
    assert dialog.id_number.text() == "" and dialog.phone.text() == ""
    assert dialog.id_number.placeholderText() == people.get(ctx, person_id).row.id_masked
    assert dialog.phone.placeholderText() == "138****5678"
    assert not dialog.sex.isEnabled()  # the recorded ID number decides
    dialog.grid.setText("第5网格")
    dialog.save()
    assert dialog.saved_id == person_id
    assert people.reveal(ctx, person_id, "id_number") == LGY_ID
    assert people.reveal(ctx, person_id, "phone") == "13857305678"
    assert people.get(ctx, person_id).row.grid == "第5网格"


def test_read_only_for_a_viewer(qtbot, ctx) -> None:
    person_id = people.create(ctx, PersonDraft(name="王芳"))
    sign_in_as(ctx, Role.VIEWER)
    dialog = new_dialog(qtbot, ctx, person_id, read_only=True)
    assert dialog.name.isReadOnly()
    assert not dialog.save_button.isVisible()
    dialog.save()
    assert dialog.isVisible()


def test_tab_goes_down_the_fields_a_clerk_has_in_hand(qtbot, ctx) -> None:
    dialog = new_dialog(qtbot, ctx)
    dialog.name.setFocus()
    order = []
    for _ in range(6):
        order.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    # The birth date field is disabled while "unknown" is ticked (the default for a new person).
    expected = [dialog.name, dialog.id_number, dialog.sex, dialog.birth_unknown, dialog.phone]
    expected.append(dialog.community)
    assert [w.objectName() for w in order] == [w.objectName() for w in expected]
