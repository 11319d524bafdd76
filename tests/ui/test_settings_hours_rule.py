"""The volunteer hours settings: the administrator changes the crediting rule and saves it; a
viewer or a staff member sees it read-only, and the service refuses them anyway."""

from __future__ import annotations

import pytest

from conftest import sign_in_as
from stationdesk.domain.hours import Basis, CreditRule
from stationdesk.domain.roles import Role
from stationdesk.services import hours
from stationdesk.services.errors import PermissionDenied
from stationdesk.ui.pages.settings import SettingsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def make_page(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_admin_changes_the_rule_and_saves_it(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    tab = page.hours_rule
    assert tab is not None and tab.editable
    assert tab.actual.isChecked() and tab.rounding.currentData() == 0 and tab.no_early_credit.isChecked()
    tab.scheduled.setChecked(True)
    tab.rounding.setCurrentIndex(tab.rounding.findData(15))
    tab.no_early_credit.setChecked(False)
    tab.save_button.click()
    assert hours.credit_rule(ctx) == CreditRule(Basis.SCHEDULED, 15, False)
    assert "from now on" in tab.message.text()
    second = make_page(qtbot, ctx)
    again = second.hours_rule
    assert again is not None and again.scheduled.isChecked() and again.rounding.currentData() == 15
    assert not again.no_early_credit.isChecked()


@pytest.mark.parametrize("role", [Role.VIEWER, Role.STAFF])
def test_others_see_the_rule_read_only(qtbot, ctx, role: Role) -> None:
    hours.set_credit_rule(ctx, CreditRule(Basis.ACTUAL, 10, True))
    sign_in_as(ctx, role)
    page = make_page(qtbot, ctx)
    tab = page.hours_rule
    assert tab is not None and not tab.editable
    assert tab.rounding.currentData() == 10
    assert not tab.save_button.isVisibleTo(tab)
    assert not any(w.isEnabled() for w in (tab.actual, tab.scheduled, tab.rounding, tab.no_early_credit))
    with pytest.raises(PermissionDenied):
        hours.set_credit_rule(ctx, CreditRule(Basis.SCHEDULED, 0, True))
    assert not tab.save()
    assert hours.credit_rule(ctx) == CreditRule(Basis.ACTUAL, 10, True)


def test_a_trainer_does_not_see_it(qtbot, ctx) -> None:
    sign_in_as(ctx, Role.TRAINER)
    assert make_page(qtbot, ctx).hours_rule is None
