"""The reception page (接待登记): the keyboard flow, anonymous walk-ins, outcomes, roles, the day list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from conftest import sign_in_as
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, follow_ups, needs, partners, people, reception, referrals
from stationdesk.services.context import ServiceContext
from stationdesk.services.partners import PartnerDraft
from stationdesk.services.people import PersonDraft
from stationdesk.services.reception import WalkInDraft
from stationdesk.ui.models.follow_up_table import NOTE
from stationdesk.ui.pages.reception import ReceptionPage
from stationdesk.ui.reception_day import PERSON, TimelineDialog, WalkInDayModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def residents(ctx: ServiceContext) -> dict[str, str]:
    return {
        "王芳": people.create(
            ctx, PersonDraft(name="王芳", sex="F", birth_date=date(1957, 3, 2), community="东湖社区")
        ),
        "张三丰": people.create(ctx, PersonDraft(name="张三丰", sex="M", community="新华社区")),
    }


@pytest.fixture
def partner_id(ctx: ServiceContext) -> str:
    return partners.add_partner(ctx, PartnerDraft(name="平湖市民政局", kind="relief_department"))


def make_page(qtbot, ctx: ServiceContext) -> ReceptionPage:
    page = ReceptionPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitActive(page):  # shortcuts such as Ctrl+Enter fire only in the active window
        page.show()
        page.activateWindow()
    return page


@pytest.fixture
def page(qtbot, ctx: ServiceContext, residents: dict[str, str], partner_id: str) -> ReceptionPage:
    return make_page(qtbot, ctx)


def pick(qtbot, page: ReceptionPage, initials: str) -> None:
    qtbot.keyClicks(page.search, initials)
    qtbot.waitUntil(lambda: page.results.isVisible())
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.person() is not None


def tick_first_category(page: ReceptionPage) -> None:
    next(iter(page._category_boxes.values())).setChecked(True)


def save_with_keyboard(qtbot, page: ReceptionPage) -> None:
    qtbot.keyClick(page.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_keyboard_flow_saves_a_walk_in_and_returns_to_the_search(qtbot, ctx, page, residents) -> None:
    assert page.search.hasFocus()
    pick(qtbot, page, "wf")
    assert page.person().id == residents["王芳"]
    assert page.picked_label.text().startswith("王芳")
    first_box = next(iter(page._category_boxes.values()))
    assert first_box.hasFocus()
    qtbot.keyClick(first_box, Qt.Key.Key_Space)
    assert first_box.isChecked()
    page.note.insert("咨询低保")  # QTest types Latin-1 only
    save_with_keyboard(qtbot, page)

    day = reception.today(ctx)
    assert len(day) == 1
    assert day[0].person_id == residents["王芳"]
    assert day[0].outcome == reception.RESOLVED
    assert page.search.hasFocus()
    assert page.search.text() == ""
    assert page.person() is None
    assert not first_box.isChecked()
    assert page.note.text() == ""
    assert "王芳" in page.message.text()
    assert page.day_model.rowCount() == 1


def test_an_anonymous_walk_in(qtbot, ctx, page) -> None:
    page.anonymous.setChecked(True)
    page.anonymous_sex.setCurrentIndex(page.anonymous_sex.findData("F"))
    page.anonymous_band.setCurrentIndex(page.anonymous_band.findData("60-79"))
    tick_first_category(page)
    save_with_keyboard(qtbot, page)
    day = reception.today(ctx)
    assert [(r.person_id, r.anonymous_sex, r.anonymous_age_band) for r in day] == [(None, "F", "60-79")]
    assert page.day_model.index(0, PERSON).data() == "Anonymous, Female, 60-79"


def test_without_a_need_nothing_is_saved_and_the_form_keeps_its_content(qtbot, ctx, page) -> None:
    pick(qtbot, page, "wf")
    page.note.insert("只是问问")
    save_with_keyboard(qtbot, page)
    assert reception.today(ctx) == []
    assert page.needs_message.isVisible()  # next to the needs, not at the bottom
    assert page.needs_message.text() == "Please tick at least one need."
    assert not page.message.isVisible()
    assert page.person() is not None
    assert page.note.text() == "只是问问"


def test_without_a_person_the_message_says_so(qtbot, ctx, page) -> None:
    tick_first_category(page)
    page.save_button.click()
    assert reception.today(ctx) == []
    assert "anonymous" in page.person_message.text()
    assert page.search.hasFocus() or not page.isActiveWindow()


def test_referred_with_consent_creates_a_referral(qtbot, ctx, page, residents, partner_id) -> None:
    pick(qtbot, page, "zsf")
    tick_first_category(page)
    page.outcome_buttons[reception.REFERRED].click()
    assert page.referral_panel.isVisible()
    assert page.partner.currentData() == partner_id
    page.referral_need.insert("申请临时救助")
    page.consent.setChecked(True)
    save_with_keyboard(qtbot, page)
    found = referrals.list_referrals(ctx, person_id=residents["张三丰"])
    assert [(r.partner_id, r.need) for r in found] == [(partner_id, "申请临时救助")]
    assert not page.referral_panel.isVisible()


def test_referred_without_consent_is_refused_for_staff(qtbot, ctx, residents, partner_id) -> None:
    sign_in_as(ctx, Role.STAFF)
    page = make_page(qtbot, ctx)
    assert not page.override_reason.isVisibleTo(page)
    pick(qtbot, page, "zsf")
    tick_first_category(page)
    page.outcome_buttons[reception.REFERRED].click()
    page.referral_need.setText("申请临时救助")
    save_with_keyboard(qtbot, page)
    assert referrals.list_referrals(ctx) == []
    assert reception.today(ctx) == []
    assert page.referral_message.text() == "The person's consent to share their data is required."


def test_follow_up_is_owned_by_the_signed_in_user(qtbot, ctx, page, residents) -> None:
    pick(qtbot, page, "wf")
    tick_first_category(page)
    page.outcome_buttons[reception.FOLLOW_UP].click()
    assert page.follow_up_panel.isVisible()
    assert page.due.date().toPython() > date.today()
    page.follow_up_note.setText("下周回访")
    save_with_keyboard(qtbot, page)
    queue = follow_ups.queue(ctx, owner_id=ctx.actor.user_id)
    assert [(f.person_id, f.note) for f in queue] == [(residents["王芳"], "下周回访")]


def test_a_follow_up_given_to_a_colleague(qtbot, ctx, page, residents) -> None:
    staff = {u.username: u.id for u in accounts.list_users(ctx)}["staff"]
    pick(qtbot, page, "wf")
    tick_first_category(page)
    page.outcome_buttons[reception.FOLLOW_UP].click()
    assert page.owner.worker_id() == ctx.actor.user_id  # me by default
    owners = [page.owner.itemText(i) for i in range(page.owner.count())]
    assert owners == ["王站长 (me)", "staff user"]  # only who may record reception work
    page.owner.select(staff)
    page.follow_up_note.setText("联系民政办")
    save_with_keyboard(qtbot, page)
    assert [(f.person_id, f.note) for f in follow_ups.queue(ctx, owner_id=staff)] == [
        (residents["王芳"], "联系民政办")
    ]
    assert follow_ups.queue(ctx, owner_id=ctx.actor.user_id) == []
    assert page.owner.worker_id() == ctx.actor.user_id  # the next walk-in starts with me again


def test_my_follow_ups_panel_follows_the_saved_walk_ins(qtbot, ctx, page, residents) -> None:
    panel = page.my_follow_ups
    assert panel.isVisible()
    assert panel.title.text() == "My follow-ups"
    pick(qtbot, page, "wf")
    tick_first_category(page)
    page.outcome_buttons[reception.FOLLOW_UP].click()
    page.due.setDate(QDate.currentDate())
    page.follow_up_note.setText("今天回电")
    save_with_keyboard(qtbot, page)
    assert panel.title.text() == "My follow-ups: 0 overdue, 1 due soon"
    assert panel.model.index(0, NOTE).data() == "今天回电"


def test_a_viewer_sees_the_day_but_cannot_record(qtbot, ctx, residents) -> None:
    category = needs.list_categories(ctx)[0].id
    reception.record_walk_in(
        ctx, WalkInDraft(person_id=residents["王芳"], category_ids=[category], outcome=reception.RESOLVED)
    )
    sign_in_as(ctx, Role.VIEWER)
    page = make_page(qtbot, ctx)
    assert not page.form.isEnabled()
    assert not page.save_button.isEnabled()
    assert page.read_only_note.isVisible()
    assert not page.my_follow_ups.isVisible()
    assert page.day_model.rowCount() == 1
    dialog = page.open_timeline(0)
    assert isinstance(dialog, TimelineDialog)
    assert dialog.table.rowCount() == 1


def test_double_click_opens_the_timeline(qtbot, ctx, page, residents) -> None:
    pick(qtbot, page, "wf")
    tick_first_category(page)
    save_with_keyboard(qtbot, page)
    table = page.day_table
    rect = table.visualRect(page.day_model.index(0, PERSON))
    # QAbstractItemView emits doubleClicked only after the press of the first click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = [d for d in page.findChildren(TimelineDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].table.item(0, 1).text() == "Walk-in"


def test_the_day_model_passes_the_model_tester(qtmodeltester, ctx, residents) -> None:
    category = needs.list_categories(ctx)[0].id
    for person_id in (residents["王芳"], None):
        reception.record_walk_in(
            ctx,
            WalkInDraft(
                person_id=person_id,
                anonymous_sex="M",
                anonymous_age_band="80+",
                category_ids=[category],
                outcome=reception.RESOLVED,
            ),
        )
    model = WalkInDayModel()
    model.set_rows(reception.today(ctx))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_render_the_page(qtbot, ctx, page, residents, partner_id) -> None:
    categories = [c.id for c in needs.list_categories(ctx)]
    reception.record_walk_in(
        ctx, WalkInDraft(person_id=residents["王芳"], category_ids=categories[:2], outcome=reception.RESOLVED)
    )
    reception.record_walk_in(
        ctx,
        WalkInDraft(
            person_id=None,
            anonymous_sex="F",
            anonymous_age_band="60-79",
            category_ids=categories[5:6],
            outcome=reception.FOLLOW_UP,
            follow_up_due=date.today(),
            follow_up_owner_id=ctx.actor.user_id,
        ),
    )
    page.refresh_day()
    pick(qtbot, page, "zsf")
    tick_first_category(page)
    page.outcome_buttons[reception.REFERRED].click()
    page.referral_message.show_error("The person's consent to share their data is required.")
    QApplication.sendPostedEvents()  # let the layouts settle before the picture
    shots = Path("/tmp/shots")
    shots.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(shots / "reception_page.png"))


def test_the_one_time_notice_opens_from_the_desk(qtbot, ctx: ServiceContext) -> None:
    page = make_page(qtbot, ctx)
    dialog = page.open_notice()
    assert dialog.isVisible() and dialog.relief.count() >= 5
    dialog.reject()


def test_a_follow_up_for_a_colleague_gone_meanwhile_is_refused_next_to_the_owner(
    qtbot, ctx, page, residents
) -> None:
    staff = next(user for user in accounts.list_users(ctx) if user.role == Role.STAFF)
    pick(qtbot, page, "wf")
    tick_first_category(page)
    page.outcome_buttons[reception.FOLLOW_UP].click()
    assert page.due.minimumDate() == QDate.currentDate()  # a past due date cannot even be entered
    assert page.owner.select(staff.id)
    accounts.update_user(ctx, staff.id, display_name=staff.display_name, role=Role.STAFF, active=False)
    save_with_keyboard(qtbot, page)
    assert reception.today(ctx) == [] and follow_ups.queue(ctx) == []
    assert page.follow_up_message.isVisible() and page.follow_up_message.text()
    assert not page.message.isVisible()
    assert page.owner.select(ctx.actor.user_id)
    save_with_keyboard(qtbot, page)
    assert len(reception.today(ctx)) == 1
    assert not page.follow_up_message.isVisible()
