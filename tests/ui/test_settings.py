"""The settings page: what each role sees, and every tab doing its one job through the services."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog

from conftest import ADMIN_PASSWORD, PASSWORDS, sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import accounts, needs, settings, station, tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import LoginFailed, PermissionDenied, ServiceError
from stationdesk.ui.messages import describe
from stationdesk.ui.pages.settings import SettingsPage
from stationdesk.ui.settings_users import ResetPasswordDialog, UserDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ALL_TABS = [
    "Station profile",
    "Users",
    "Language",
    "Screen lock",
    "Tags",
    "Need categories",
    "Relief types",
    "Key-target visits",
    "Staff (6430)",
    "Volunteer hours",
    "My password",
    "Audit log",
    "Backup",
]


def make_page(qtbot, ctx: ServiceContext) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot, ctx: ServiceContext) -> SettingsPage:
    return make_page(qtbot, ctx)


def test_admin_sees_every_tab(page: SettingsPage) -> None:
    assert page.tab_titles() == ALL_TABS
    assert page.station.editable
    assert page.station.save_button.isVisibleTo(page)


@pytest.mark.parametrize("role", [Role.VIEWER, Role.STAFF, Role.TRAINER])
def test_other_roles_see_no_users_or_audit_and_read_only_settings(
    qtbot, ctx: ServiceContext, role: Role
) -> None:
    sign_in_as(ctx, role)
    page = make_page(qtbot, ctx)
    reception = ["Relief types", "Key-target visits"] if role != Role.TRAINER else []
    staff = ["Staff (6430)", "Volunteer hours"] if role != Role.TRAINER else []
    assert page.tab_titles() == [
        "Station profile",
        "Language",
        "Screen lock",
        "Tags",
        *reception,
        *staff,
        "My password",
    ]
    assert page.users is None and page.audit is None and page.categories is None
    assert not page.station.editable
    assert page.station.form.name.isReadOnly()
    assert not page.station.save_button.isVisibleTo(page)
    assert not page.language.choice.isEnabled()
    assert not page.idle_lock.minutes.isEnabled()
    assert not page.tags.add_button.isVisibleTo(page)


def test_hidden_is_not_the_only_guard(ctx: ServiceContext) -> None:
    sign_in_as(ctx, Role.VIEWER)
    with pytest.raises(PermissionDenied):
        accounts.create_user(ctx, "sneaky", "Sneaky", Role.ADMIN, "sneaky-pass-1")
    with pytest.raises(PermissionDenied):
        accounts.list_users(ctx)


def test_admin_adds_a_user(qtbot, page: SettingsPage, ctx: ServiceContext) -> None:
    users = page.users
    assert users is not None
    users.add_button.click()
    dialog = users.dialog
    assert isinstance(dialog, UserDialog) and dialog.isVisible()
    dialog.username.setText("lixiaoming")
    dialog.display_name.setText("李晓明")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.STAFF))
    assert dialog.password is not None
    dialog.password.first.setText("xiaoming-pass-1")
    dialog.password.second.setText("xiaoming-pass-2")
    dialog.save()
    assert "not the same" in dialog.message.text()
    dialog.password.second.setText("xiaoming-pass-1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    created = {u.username: u for u in accounts.list_users(ctx)}["lixiaoming"]
    assert (created.display_name, created.role, created.active) == ("李晓明", Role.STAFF, True)
    assert "lixiaoming" in [users.table.item(row, 0).text() for row in range(users.table.rowCount())]


def test_a_taken_user_name_is_refused_inline(page: SettingsPage) -> None:
    assert page.users is not None
    page.users.add_button.click()
    dialog = page.users.dialog
    assert isinstance(dialog, UserDialog)
    dialog.username.setText("viewer")
    dialog.password.first.setText("another-pass-1")
    dialog.password.second.setText("another-pass-1")
    dialog.save()
    assert dialog.message.text() == describe(ServiceError("user.exists", username="viewer"))
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_admin_edits_role_and_deactivates(qtbot, page: SettingsPage, ctx: ServiceContext) -> None:
    users = page.users
    assert users is not None
    users.select_username("trainer")
    users.edit_button.click()
    dialog = users.dialog
    assert isinstance(dialog, UserDialog) and dialog.username.isReadOnly()
    dialog.role.setCurrentIndex(dialog.role.findData(Role.VIEWER))
    dialog.active.setChecked(False)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    edited = {u.username: u for u in accounts.list_users(ctx)}["trainer"]
    assert (edited.role, edited.active) == (Role.VIEWER, False)


def test_the_last_admin_cannot_demote_themself(page: SettingsPage) -> None:
    assert page.users is not None
    page.users.select_username("admin")
    page.users.edit_button.click()
    dialog = page.users.dialog
    assert isinstance(dialog, UserDialog)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.STAFF))
    dialog.save()
    assert dialog.message.text() == describe(ServiceError("user.last_admin"))


def test_admin_resets_a_password_and_lifts_a_lock(qtbot, page: SettingsPage, ctx: ServiceContext) -> None:
    users = page.users
    assert users is not None
    for _attempt in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(LoginFailed):
            accounts.login(ctx, "staff", "guessing")
    sign_in_as(ctx, Role.ADMIN)
    users.reload()
    users.select_username("staff")
    assert users.unlock_button.isEnabled()
    users.unlock_button.click()
    assert "can sign in again" in users.message.text()
    users.select_username("staff")
    users.reset_button.click()
    dialog = users.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    dialog.password.first.setText("fresh-pass-1")
    dialog.password.second.setText("fresh-pass-1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    accounts.login(ctx, "staff", "fresh-pass-1")


def test_station_profile_is_saved(qtbot, page: SettingsPage, ctx: ServiceContext) -> None:
    form = page.station.form
    assert form.name.text() == "当湖街道社会工作站"
    form.address.setText("当湖街道胜利路 1 号")
    with qtbot.waitSignal(page.station_changed):
        page.station.save_button.click()
    profile = station.get_profile(ctx)
    assert profile is not None and profile.address == "当湖街道胜利路 1 号"
    form.code.setText("bad code")
    page.station.save()
    assert page.station.message.text() == describe(ServiceError("station.bad_code"))


def test_the_person_in_charge_is_saved_and_shown_again(
    qtbot, page: SettingsPage, ctx: ServiceContext
) -> None:
    form = page.station.form
    assert form.person_in_charge.text() == ""
    form.person_in_charge.setText("  张主任 ")
    with qtbot.waitSignal(page.station_changed):
        page.station.save_button.click()
    profile = station.get_profile(ctx)
    assert profile is not None and profile.person_in_charge == "张主任"
    again = make_page(qtbot, ctx)
    assert again.station.form.person_in_charge.text() == "张主任"
    with pytest.raises(ServiceError) as refused:
        station.update_profile(ctx, replace(profile, person_in_charge="长" * (station.PERSON_MAX + 1)))
    assert refused.value.code == "station.person_too_long"
    assert station.get_profile(ctx).person_in_charge == "张主任"  # type: ignore[union-attr]


def test_language_is_saved_for_the_next_start(page: SettingsPage, ctx: ServiceContext) -> None:
    assert [page.language.choice.itemText(i) for i in range(3)] == ["简体中文", "繁體中文", "English"]
    page.language.choice.setCurrentIndex(page.language.choice.findData("zh_TW"))
    page.language.save()
    assert settings.language(ctx) == "zh_TW"
    assert "restart" in page.language.message.text()


def test_idle_minutes_are_saved_and_announced(qtbot, page: SettingsPage, ctx: ServiceContext) -> None:
    page.idle_lock.minutes.setValue(0)
    assert page.idle_lock.minutes.text() == "Never"
    page.idle_lock.minutes.setValue(5)
    with qtbot.waitSignal(page.idle_lock_changed) as changed:
        page.idle_lock.save()
    assert changed.args == [5]
    assert settings.idle_lock_minutes(ctx) == 5


def test_tags_are_added_retired_and_restored(page: SettingsPage, ctx: ServiceContext) -> None:
    tab = page.tags
    tab.new_name.setText("空巢老人")
    tab.add_button.click()
    assert "空巢老人" in [t.name for t in tags.list_tags(ctx)]
    tab.new_name.setText("空巢老人")
    tab.add()
    assert tab.message.text() == describe(ServiceError("tag.exists", name="空巢老人"))
    row = [tab.list.item(i).text() for i in range(tab.list.count())].index("空巢老人")
    tab.list.setCurrentRow(row)
    tab.retire_button.click()
    assert "空巢老人" not in [t.name for t in tags.list_tags(ctx)]
    assert tab.list.item(row).text() == "空巢老人 (retired)"
    assert tab.restore_button.isEnabled()
    tab.restore_button.click()
    assert "空巢老人" in [t.name for t in tags.list_tags(ctx)]


def test_need_categories_are_added_renamed_retired_and_restored(
    qtbot, page: SettingsPage, ctx: ServiceContext
) -> None:
    tab = page.categories
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    tab.new_name.setText("适老化改造")
    tab.add_button.click()
    assert "适老化改造" in [c.name for c in needs.list_categories(ctx)]
    assert "适老化改造" in tab.names()
    assert tab.message.text() == "The need 适老化改造 has been added."

    tab.new_name.setText("适老化改造")
    tab.add()
    assert tab.message.text() == describe(ValidationError("category.exists", params={"name": "适老化改造"}))

    tab.select_name("适老化改造")
    tab.rename_button.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "适老化改造"
    dialog.name.setText("   ")
    dialog.save()
    assert dialog.message.text() == describe(ValidationError("category.bad_name", params={"max": 32}))
    taken = needs.list_categories(ctx)[0].name
    dialog.name.setText(taken)
    dialog.save()
    assert dialog.message.text() == describe(ValidationError("category.exists", params={"name": taken}))
    dialog.name.setText("居家适老化改造")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    names = [c.name for c in needs.list_categories(ctx)]
    assert "居家适老化改造" in names and "适老化改造" not in names
    assert tab.selected() is not None and tab.selected().name == "居家适老化改造"

    tab.retire_button.click()
    assert "居家适老化改造" not in [c.name for c in needs.list_categories(ctx)]
    assert "居家适老化改造 (retired)" in tab.names()
    row = tab.names().index("居家适老化改造 (retired)")
    assert tab.list.item(row).foreground().color() != tab.list.item(0).foreground().color()
    assert tab.restore_button.isEnabled() and not tab.retire_button.isEnabled()
    tab.restore_button.click()
    assert "居家适老化改造" in [c.name for c in needs.list_categories(ctx)]


def test_the_tags_tab_has_no_rename(page: SettingsPage) -> None:
    page.tags.list.setCurrentRow(0)
    assert not page.tags.rename_button.isVisibleTo(page)
    assert page.tags.rename_selected() is None


def test_changing_my_own_password(qtbot, ctx: ServiceContext) -> None:
    sign_in_as(ctx, Role.VIEWER)
    page = make_page(qtbot, ctx)
    tab = page.password
    tab.old_password.setText("not-my-password")
    tab.new_password.first.setText("viewer-pass-2")
    tab.new_password.second.setText("viewer-pass-2")
    tab.save_button.click()
    assert "current password" in tab.message.text()
    tab.old_password.setText(PASSWORDS[Role.VIEWER])
    tab.new_password.first.setText("viewer-pass-2")
    tab.new_password.second.setText("viewer-pass-2")
    tab.save_button.click()
    assert "changed" in tab.message.text()
    accounts.login(ctx, "viewer", "viewer-pass-2")


def test_audit_log_lists_recent_events(qtbot, page: SettingsPage) -> None:
    assert page.audit is not None
    page.tabs.setCurrentWidget(page.audit)
    qtbot.waitUntil(lambda: page.audit.table.rowCount() > 0)
    actions = {page.audit.table.item(row, 2).text() for row in range(page.audit.table.rowCount())}
    assert {"Station set up", "User added"} <= actions  # codes shown as sentences
    assert ADMIN_PASSWORD not in str(
        [page.audit.table.item(r, 5).text() for r in range(page.audit.table.rowCount())]
    )


def test_every_audit_action_has_a_readable_label(qapp) -> None:
    from stationdesk.services.audit import ACTIONS
    from stationdesk.ui.settings_audit import action_label

    unnamed = sorted(a for a in ACTIONS if action_label(a) == a)
    assert not unnamed
