"""The referrals page (转介): a returned stub's code opens its referral, the steps of the state
machine from its window, the slip printed, the list and the partner directory, by role."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from conftest import sign_in_as
from stationdesk.domain.referrals import ALPHABET, ReferralStatus, new_tracking_code
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, partners, people, referrals
from stationdesk.services.context import ServiceContext
from stationdesk.services.partners import PartnerDraft
from stationdesk.services.people import PersonDraft
from stationdesk.services.referrals import ReferralDraft, ReferralInfo
from stationdesk.store.models import Referral
from stationdesk.ui.models import referral_table as columns
from stationdesk.ui.models.partner_table import PartnerTableModel
from stationdesk.ui.models.referral_table import ReferralTableModel
from stationdesk.ui.pages.referrals import ALL_FILTER, ReferralsPage
from stationdesk.ui.partner_dialog import PartnerDialog
from stationdesk.ui.referral_dialog import ReferralDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

S = ReferralStatus


@pytest.fixture
def sent(ctx: ServiceContext) -> dict[str, ReferralInfo]:
    """Two referrals sent by the administrator: 王芳 to the civil affairs office, 张三丰 to a team."""
    wang = people.create(ctx, PersonDraft(name="王芳", sex="F", birth_date=date(1957, 3, 2)))
    zhang = people.create(ctx, PersonDraft(name="张三丰", sex="M"))
    civil = partners.add_partner(
        ctx, PartnerDraft(name="平湖市民政局", kind="relief_department", provides="低保、临时救助")
    )
    team = partners.add_partner(
        ctx, PartnerDraft(name="嘉兴学院志愿服务队", kind="university_team", provides="助老陪伴、课业辅导")
    )
    return {
        "王芳": referrals.send(ctx, ReferralDraft(wang, civil, "申请低保", consent_given=True)),
        "张三丰": referrals.send(ctx, ReferralDraft(zhang, team, "陪伴就医", consent_given=True)),
    }


def make_page(qtbot, ctx: ServiceContext) -> ReferralsPage:
    page = ReferralsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


@pytest.fixture
def page(qtbot, ctx: ServiceContext, sent: dict[str, ReferralInfo]) -> ReferralsPage:
    return make_page(qtbot, ctx)


def open_dialogs(page: ReferralsPage) -> list[ReferralDialog]:
    return [d for d in page.findChildren(ReferralDialog) if d.isVisible()]


def status_of(ctx: ServiceContext, info: ReferralInfo) -> ReferralStatus:
    return referrals.get(ctx, info.id).status


def codes_listed(page: ReferralsPage) -> set[str]:
    return {page.model.referral(row).tracking_code for row in range(page.model.rowCount())}


# -- the tracking-code box ---------------------------------------------------------------


def test_typing_a_code_and_enter_opens_that_referral(qtbot, page, sent) -> None:
    assert page.code.hasFocus()
    code = sent["张三丰"].tracking_code
    qtbot.keyClicks(page.code, f"{code[:3]}-{code[3:]}".lower())  # as read off the stub
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    dialogs = open_dialogs(page)
    assert len(dialogs) == 1
    assert dialogs[0].info().id == sent["张三丰"].id
    assert code in dialogs[0].code_label.text()
    assert page.code_message.isHidden()


def test_a_mistyped_code_is_said_next_to_the_box_and_selected_for_retyping(qtbot, page, sent) -> None:
    code = sent["王芳"].tracking_code
    typo = code[:2] + next(ch for ch in ALPHABET if ch != code[2]) + code[3:]
    qtbot.keyClicks(page.code, typo)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    assert not open_dialogs(page)
    assert not page.code_message.isHidden()
    assert "typo" in page.code_message.text()
    assert page.code.hasFocus() and page.code.selectedText() == typo
    qtbot.keyClicks(page.code, code)  # typing again replaces the selected code
    assert page.code.text() == code
    assert page.code_message.isHidden()


def test_a_well_formed_code_of_no_referral_is_said_too(qtbot, page, sent) -> None:
    known = {info.tracking_code for info in sent.values()}
    unknown = next(c for c in iter(new_tracking_code, None) if c not in known)
    page.code.setText(unknown)
    assert page.open_code() is None
    assert page.code_message.text() == f"No referral has the code {unknown}."
    assert page.code.selectedText() == unknown


def test_down_from_the_code_box_enters_the_list_and_enter_opens_the_row(qtbot, page, sent) -> None:
    qtbot.keyClick(page.code, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    [dialog] = open_dialogs(page)
    assert dialog.info().id == sent["张三丰"].id  # newest first


# -- the referral's window -----------------------------------------------------------------


def test_accept_then_done_from_the_dialog(qtbot, ctx, page, sent) -> None:
    info = sent["王芳"]
    dialog = page.open_referral(info)
    assert [s for s in dialog.step_buttons if dialog.step_buttons[s].isVisibleTo(dialog)] == [
        S.ACCEPTED,
        S.REJECTED,
        S.REVOKED,
    ]
    qtbot.mouseClick(dialog.step_buttons[S.ACCEPTED], Qt.MouseButton.LeftButton)
    assert status_of(ctx, info) == S.ACCEPTED
    assert dialog.status_label.text() == "Accepted"
    assert dialog.step_buttons[S.DONE].isVisibleTo(dialog)
    assert not dialog.step_buttons[S.ACCEPTED].isVisibleTo(dialog)
    dialog.reason.setText("补助已发放")
    qtbot.mouseClick(dialog.step_buttons[S.DONE], Qt.MouseButton.LeftButton)
    assert status_of(ctx, info) == S.DONE
    assert [e.to_status for e in referrals.history(ctx, info.id)] == [S.SENT, S.ACCEPTED, S.DONE]
    assert dialog.history.rowCount() == 3
    assert dialog.history.item(2, 3).text() == "补助已发放"
    assert dialog.steps_box.isHidden()  # done is the end
    assert info.tracking_code not in codes_listed(page)  # the open list followed


def test_return_without_the_partners_reason_is_refused_inline_and_changes_nothing(
    qtbot, ctx, page, sent
) -> None:
    sign_in_as(ctx, Role.STAFF)
    info = sent["王芳"]
    dialog = page.open_referral(info)
    qtbot.mouseClick(dialog.step_buttons[S.REJECTED], Qt.MouseButton.LeftButton)
    assert not dialog.reason_message.isHidden()
    assert "why the partner returned" in dialog.reason_message.text()
    assert dialog.focusWidget() is dialog.reason
    assert status_of(ctx, info) == S.SENT
    assert len(referrals.history(ctx, info.id)) == 1
    dialog.reason.setText("不符合申请条件")
    qtbot.mouseClick(dialog.step_buttons[S.REJECTED], Qt.MouseButton.LeftButton)
    assert dialog.reason_message.isHidden()
    assert referrals.get(ctx, info.id).status_reason == "不符合申请条件"
    assert status_of(ctx, info) == S.REJECTED


def test_a_refused_step_from_an_outdated_window_is_said_and_changes_nothing(ctx, page, sent) -> None:
    info = sent["王芳"]
    dialog = page.open_referral(info)
    referrals.transition(ctx, info.id, S.REJECTED, "已退回")  # meanwhile, at another desk
    assert not dialog.take_step(S.ACCEPTED)
    assert "not possible" in dialog.message.text()
    assert status_of(ctx, info) == S.REJECTED


def test_staff_do_not_see_revoke_and_a_manager_revokes_with_a_reason(qtbot, ctx, page, sent) -> None:
    info = sent["王芳"]
    sign_in_as(ctx, Role.STAFF)
    dialog = page.open_referral(info)
    assert dialog.step_buttons[S.ACCEPTED].isVisibleTo(dialog)
    assert not dialog.step_buttons[S.REVOKED].isVisibleTo(dialog)
    dialog.reject()
    sign_in_as(ctx, Role.ADMIN)
    dialog = page.open_referral(info)
    qtbot.mouseClick(dialog.step_buttons[S.REVOKED], Qt.MouseButton.LeftButton)
    assert "why the referral is revoked" in dialog.reason_message.text()
    dialog.reason.setText("本人放弃")
    qtbot.mouseClick(dialog.step_buttons[S.REVOKED], Qt.MouseButton.LeftButton)
    assert status_of(ctx, info) == S.REVOKED


def test_a_viewer_sees_no_steps_and_no_partner_editing(qtbot, ctx, sent) -> None:
    sign_in_as(ctx, Role.VIEWER)
    page = make_page(qtbot, ctx)
    assert len(codes_listed(page)) == 2
    dialog = page.open_referral(sent["王芳"])
    assert dialog.steps_box.isHidden()
    assert all(not b.isVisibleTo(dialog) for b in dialog.step_buttons.values())
    assert dialog.read_only_note.isVisibleTo(dialog)
    assert dialog.print_button.isVisibleTo(dialog)  # a viewer may print
    panel = page.partners
    for button in (panel.add_button, panel.edit_button, panel.retire_button, panel.restore_button):
        assert not button.isVisibleTo(panel)
    assert panel.read_only_note.isVisibleTo(panel)
    assert panel.model.rowCount() == 2
    assert panel.add_partner() is None


def test_a_trainer_sees_a_note_and_no_refusal_is_logged(qtbot, ctx, sent) -> None:
    sign_in_as(ctx, Role.TRAINER)
    page = make_page(qtbot, ctx)
    assert page.no_access_note.isVisibleTo(page)
    assert not page.tabs.isVisibleTo(page)
    page.code.setText(sent["王芳"].tracking_code)
    assert page.open_code() is None
    sign_in_as(ctx, Role.ADMIN)
    assert [e for e in audit_query.recent(ctx) if e.action == "denied"] == []


def test_print_slip_writes_the_pdf_previews_it_and_logs_the_print(qtbot, ctx, page, sent) -> None:
    info = sent["王芳"]
    dialog = page.open_referral(info)
    preview = dialog.print_slip()
    assert preview is not None and preview.isVisible()
    path = preview.path
    assert path.read_bytes().startswith(b"%PDF")
    assert preview.page_count() == 1
    assert info.tracking_code in preview.windowTitle()
    printed = [e for e in audit_query.recent(ctx) if e.action == "referral.print"]
    assert [(e.record_id, e.actor_name) for e in printed] == [(info.id, "admin")]
    with qtbot.waitSignal(preview.destroyed):
        preview.reject()
    assert not path.exists()  # the temporary file with the person's data is gone


# -- the list --------------------------------------------------------------------------


def test_the_list_shows_open_referrals_by_default_and_filters_by_status(ctx, page, sent) -> None:
    referrals.transition(ctx, sent["王芳"].id, S.REJECTED, "不在服务范围")
    page.refresh()
    assert codes_listed(page) == {sent["张三丰"].tracking_code}
    page.status_filter.setCurrentIndex(page.status_filter.findData(ALL_FILTER))
    page.status_filter.activated.emit(page.status_filter.currentIndex())
    assert codes_listed(page) == {info.tracking_code for info in sent.values()}
    page.status_filter.setCurrentIndex(page.status_filter.findData(S.REJECTED.value))
    page.status_filter.activated.emit(page.status_filter.currentIndex())
    assert codes_listed(page) == {sent["王芳"].tracking_code}
    row = page.model.referral(0)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[columns.PERSON] == "王芳" and texts[columns.PARTNER] == "平湖市民政局"
    assert texts[columns.STATUS] == "Returned" and texts[columns.SENT_BY] == "王站长"
    assert texts[columns.SENT_ON] == row.sent_at.date().isoformat()


def test_open_referrals_waiting_too_long_stand_out_by_icon_and_words(ctx, page, sent) -> None:
    with ctx.transaction() as session:
        session.get(Referral, sent["王芳"].id).sent_at = datetime.now() - timedelta(days=20)
    page.refresh()
    model = page.model
    old = model.row_of(sent["王芳"].id)
    new = model.row_of(sent["张三丰"].id)
    days = columns.DAYS_OPEN
    assert model.index(old, days).data() == "20"
    assert model.index(old, days).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "more than 14 days" in model.index(old, days).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(old, columns.PERSON).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(new, days).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(new, columns.PERSON).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.stale_label.text() == "1 open for more than 14 days"
    assert page.stale_icon.isVisibleTo(page)


def test_the_referral_model_passes_the_model_tester(qtmodeltester, ctx, sent) -> None:
    model = ReferralTableModel(ctx)
    model.load(None)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_the_list_loads_page_by_page(ctx, sent, monkeypatch) -> None:
    from stationdesk.ui.models import referral_table

    monkeypatch.setattr(referral_table, "PAGE_SIZE", 1)
    model = ReferralTableModel(ctx)
    model.load(None)
    assert model.rowCount() == 1 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 and not model.canFetchMore()


# -- the partner directory -------------------------------------------------------------


def test_a_partner_added_through_the_form_appears_in_the_directory(qtbot, ctx, page) -> None:
    panel = page.partners
    page.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [form] = [d for d in panel.findChildren(PartnerDialog) if d.isVisible()]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # empty: refused under the name
    assert form.isVisible()
    assert form.field_messages["name"].text() == "Please enter the partner's name."
    form.name.setText("平湖市民政局")
    form.kind.setCurrentIndex(form.kind.findData("caring_enterprise"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # the name is taken
    assert "already in the directory" in form.field_messages["name"].text()
    assert len(partners.list_partners(ctx)) == 2
    form.name.setText("平湖爱心企业联盟")
    form.phone.setText("0573-85011007")
    form.provides.setPlainText("就业岗位、爱心物资")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    chosen = panel.selected()
    assert chosen is not None and chosen.name == "平湖爱心企业联盟"
    assert panel.model.rowCount() == 3
    name_row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(chosen.id), 1))
    assert name_row.data() == "Caring enterprise"  # the kind in words
    assert panel.count_label.text() == "Partners in the directory: 3"


def test_a_partner_with_a_kind_missing_is_refused_under_the_kind(qtbot, ctx, page) -> None:
    form = page.partners.add_partner()
    form.name.setText("某公益达人")
    form.save()
    assert form.field_messages["kind"].text() == "Please choose what kind of partner this is."
    assert len(partners.list_partners(ctx)) == 2


def test_the_directory_is_searched_by_any_words_of_the_row(qtbot, page) -> None:
    panel = page.partners
    qtbot.keyClicks(panel.search, "University")
    assert panel.proxy.rowCount() == 1
    panel.search.setText("助老 嘉兴")
    assert panel.proxy.rowCount() == 1
    assert panel.selected().name == "嘉兴学院志愿服务队"
    panel.search.setText("助老 民政")
    assert panel.proxy.rowCount() == 0
    assert panel.count_label.text() == "Found 0 of 2 partners"
    panel.search.clear()
    assert panel.proxy.rowCount() == 2


def test_a_partner_is_retired_then_restored(ctx, page) -> None:
    panel = page.partners
    panel.search.setText("民政")
    panel.set_retired(True)
    assert [p.name for p in partners.list_partners(ctx)] == ["嘉兴学院志愿服务队"]
    assert panel.model.rowCount() == 1
    panel.show_retired.setChecked(True)
    panel.search.setText("民政")
    assert panel.selected().retired
    assert panel.proxy.index(0, 0).data() == "平湖市民政局 (retired)"
    assert panel.restore_button.isEnabled() and not panel.retire_button.isEnabled()
    panel.set_retired(False)
    assert len(partners.list_partners(ctx)) == 2


def test_an_edited_partner_keeps_its_changes(qtbot, ctx, page) -> None:
    panel = page.partners
    panel.search.setText("民政")
    form = panel.edit_selected()
    assert form.name.text() == "平湖市民政局" and form.kind.currentData() == "relief_department"
    form.contact.setText("陈老师")
    form.save()
    assert [p.contact_name for p in partners.list_partners(ctx) if p.name == "平湖市民政局"] == ["陈老师"]


def test_the_partner_model_passes_the_model_tester(qtmodeltester, ctx, sent) -> None:
    model = PartnerTableModel()
    model.set_rows(partners.list_partners(ctx))
    qtmodeltester.check(model)
