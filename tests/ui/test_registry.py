"""The registry page (居民): search as you type, scanner Enter, paging, roles, reveal, remove."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from conftest import sign_in_as
from stationdesk.domain.idnumber import make_id_number
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, people, tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from stationdesk.ui.models.person_table import (
    AGE,
    ID_NUMBER,
    NAME,
    OBJECT_ROLE,
    PAGE_SIZE,
    PHONE,
    SORT_ROLE,
    PersonTableModel,
)
from stationdesk.ui.pages.registry import RegistryPage
from stationdesk.ui.person_dialog import PersonDialog
from stationdesk.ui.reason_dialog import ReasonDialog
from stationdesk.ui.reveal import RevealDialog

# The offscreen platform warns on every top-level window it shows.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ZSF_ID = make_id_number("330482", date(1952, 4, 9), 37)
ZSF_PHONE = "13857301234"


def add(ctx: ServiceContext, name: str, **fields: object) -> str:
    return people.create(ctx, PersonDraft(name=name, **fields))  # type: ignore[arg-type]


@pytest.fixture
def residents(ctx: ServiceContext) -> dict[str, str]:
    tag_ids = {t.name: t.id for t in tags.list_tags(ctx)}
    lgy_id = make_id_number("330482", date(1948, 11, 2), 24)
    return {
        "张三丰": add(
            ctx,
            "张三丰",
            id_number=ZSF_ID,
            phone=ZSF_PHONE,
            community="新华社区",
            tag_ids=[tag_ids["独居老人"]],
        ),
        "张诗涵": add(ctx, "张诗涵", phone="13905739876", community="新华社区"),
        "李桂英": add(
            ctx, "李桂英", id_number=lgy_id, community="东湖社区", tag_ids=(tag_ids["低保"], tag_ids["残疾"])
        ),
        "王芳": add(ctx, "王芳", sex="F", birth_date=date(1990, 5, 17), community="东湖社区"),
    }


@pytest.fixture
def page(qtbot, ctx: ServiceContext, residents: dict[str, str]) -> RegistryPage:
    widget = RegistryPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitActive(widget):  # active: shortcuts such as Ctrl+N fire only there
        widget.show()
        widget.activateWindow()
    return widget


def shown_names(page: RegistryPage) -> list[str]:
    return [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]


def open_dialogs(parent: QWidget, kind: type) -> list:
    return [d for d in parent.findChildren(kind) if d.isVisible()]


# -- the model ---------------------------------------------------------------------------


def test_model_browse_mode_passes_the_model_tester(qtmodeltester, ctx, residents) -> None:
    model = PersonTableModel(ctx)
    model.browse()
    assert model.rowCount() == 4
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_model_search_mode_passes_the_model_tester(qtmodeltester, ctx, residents) -> None:
    model = PersonTableModel(ctx)
    model.search("张")
    assert model.searching
    assert {model.index(r, NAME).data() for r in range(model.rowCount())} == {"张三丰", "张诗涵"}
    qtmodeltester.check(model)


def test_model_shows_masked_numbers_and_hands_back_rows(ctx, residents) -> None:
    model = PersonTableModel(ctx)
    model.search("zsf")
    assert model.rowCount() == 1
    assert model.index(0, ID_NUMBER).data() == "330482********" + ZSF_ID[-4:]
    assert model.index(0, PHONE).data() == "138****1234"
    assert model.index(0, NAME).data(OBJECT_ROLE).id == residents["张三丰"]
    assert isinstance(model.index(0, AGE).data(SORT_ROLE), int)
    assert model.index(0, NAME).data(SORT_ROLE) == "zhangsanfeng"


def test_browse_loads_only_the_first_page_of_a_large_registry(qtbot, qtmodeltester, ctx) -> None:
    for i in range(1000):
        people.create(ctx, PersonDraft(name=f"居民{i:04d}"))
    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitExposed(page):
        page.show()
    QCoreApplication.processEvents()  # the view fetches from a zero timer, if it wants more
    assert page.model.rowCount() == PAGE_SIZE
    assert "1000" in page.count_label.text()
    page.table.scrollToBottom()  # the user scrolled to the end: the view asks for the next page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE)

    model = PersonTableModel(ctx)
    model.browse()
    assert model.total == 1000
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    qtmodeltester.check(model)


# -- searching ---------------------------------------------------------------------------


def test_page_opens_browsing_with_the_search_box_focused(page: RegistryPage) -> None:
    assert page.search.hasFocus()
    assert not page.model.searching
    assert sorted(shown_names(page)) == sorted(["张三丰", "张诗涵", "李桂英", "王芳"])
    assert "4" in page.count_label.text()


def test_pinyin_initials_find_a_person_while_typing(qtbot, page: RegistryPage) -> None:
    qtbot.keyClicks(page.search, "zsf")
    qtbot.waitUntil(lambda: page.model.searching and shown_names(page) == ["张三丰"])
    qtbot.keyClicks(page.search, "x")  # nobody is zsfx
    qtbot.waitUntil(lambda: page.model.searching and shown_names(page) == [])


def test_last_four_digits_of_a_phone_find_a_person(qtbot, page: RegistryPage) -> None:
    qtbot.keyClicks(page.search, "1234")
    qtbot.waitUntil(lambda: shown_names(page) == ["张三丰"])


def test_too_few_digits_say_how_many_are_needed(qtbot, page: RegistryPage) -> None:
    qtbot.keyClicks(page.search, "12")
    qtbot.waitUntil(lambda: page.model.searching)
    assert "4" in page.count_label.text()


def test_a_scanned_id_number_and_enter_open_the_person(qtbot, page: RegistryPage) -> None:
    qtbot.keyClicks(page.search, ZSF_ID)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(open_dialogs(page, PersonDialog)) == 1)
    dialog = open_dialogs(page, PersonDialog)[0]
    assert dialog.name.text() == "张三丰"
    assert dialog.id_number.text() == ""  # the clear number is never loaded into the form
    assert dialog.id_number.placeholderText().endswith(ZSF_ID[-4:])
    dialog.reject()


def test_down_arrow_enters_the_table_and_esc_clears(qtbot, page: RegistryPage) -> None:
    qtbot.keyClicks(page.search, "zs")
    qtbot.waitUntil(lambda: len(shown_names(page)) == 2)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.selected() is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(open_dialogs(page, PersonDialog)) == 1)
    open_dialogs(page, PersonDialog)[0].reject()
    page.focus_search()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert not page.model.searching


def test_filters_narrow_the_registry(qtbot, ctx, page: RegistryPage) -> None:
    page.community_filter.setCurrentIndex(page.community_filter.findData("东湖社区"))
    page.community_filter.activated.emit(page.community_filter.currentIndex())
    assert sorted(shown_names(page)) == ["李桂英", "王芳"]
    page.tag_filter.setCurrentIndex(page.tag_filter.findText("低保"))
    page.tag_filter.activated.emit(page.tag_filter.currentIndex())
    assert shown_names(page) == ["李桂英"]


def test_ctrl_n_after_a_search_that_found_nobody_carries_the_name(qtbot, page: RegistryPage) -> None:
    page.search.setText("赵大海")  # typed through an IME: whole words arrive at once
    qtbot.waitUntil(lambda: page.model.searching and page.model.total == 0)
    assert "Ctrl+N" in page.count_label.text()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialogs(page, PersonDialog)[0]
    assert dialog.name.text() == "赵大海"
    dialog.reject()


def test_a_saved_new_person_is_shown_and_selected(qtbot, ctx, page: RegistryPage) -> None:
    page.new_person()
    dialog = open_dialogs(page, PersonDialog)[0]
    dialog.name.setText("周晓梅")
    dialog.save()
    assert dialog.saved_id is not None
    assert page.selected() is not None and page.selected().name == "周晓梅"


# -- roles, reveal, remove ---------------------------------------------------------------


def test_a_viewer_sees_no_new_edit_or_reveal(qtbot, ctx, residents) -> None:
    sign_in_as(ctx, Role.VIEWER)
    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    for button in (page.new_button, page.edit_button, page.reveal_button, page.remove_button):
        assert not button.isVisible()
    assert page.model.rowCount() == 4  # viewing is allowed
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = open_dialogs(page, PersonDialog)[0]
    assert not dialog.save_button.isVisible()  # read-only
    dialog.reject()


def test_a_trainer_may_edit_but_not_reveal(qtbot, ctx, residents) -> None:
    sign_in_as(ctx, Role.TRAINER)
    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.new_button.isVisible()
    assert not page.reveal_button.isVisible()


def test_reveal_shows_the_clear_number_and_is_audited(qtbot, ctx, page: RegistryPage, residents) -> None:
    page.search.setText("zsf")
    qtbot.waitUntil(lambda: shown_names(page) == ["张三丰"])
    assert page.reveal_button.isVisible() and page.reveal_button.isEnabled()
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    ask = page.findChild(ReasonDialog, "revealReason")
    ask.set_reason("核对低保申请")
    qtbot.mouseClick(ask.accept_button, Qt.MouseButton.LeftButton)
    shown = open_dialogs(page, RevealDialog)[0]
    assert shown.id_label.text() == ZSF_ID
    assert shown.phone_label.text() == ZSF_PHONE
    reveals = [e for e in audit_query.recent(ctx, 20) if e.action == "reveal"]
    assert {e.detail for e in reveals} == {"id_number", "phone"}
    assert all(e.record_id == residents["张三丰"] and e.reason == "核对低保申请" for e in reveals)
    shown.reject()


def test_remove_asks_for_a_reason_then_tombstones(qtbot, ctx, page: RegistryPage, residents) -> None:
    page.search.setText("王芳")
    qtbot.waitUntil(lambda: shown_names(page) == ["王芳"])
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    ask = page.findChild(ReasonDialog, "removeReason")
    assert not ask.accept_button.isEnabled()  # a reason is required
    ask.reject()
    assert people.count(ctx) == 4
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    ask = next(d for d in page.findChildren(ReasonDialog, "removeReason") if d.isVisible())
    ask.set_reason("重复登记")
    qtbot.mouseClick(ask.accept_button, Qt.MouseButton.LeftButton)
    assert people.count(ctx) == 3
    assert shown_names(page) == []
