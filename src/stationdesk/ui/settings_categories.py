"""The need categories (需求类别) a walk-in is recorded under: the administrator adds, renames,
retires and restores them. A retired category stays on the walk-ins that have it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from stationdesk.domain.roles import Action, may
from stationdesk.services import needs
from stationdesk.services.context import ServiceContext
from stationdesk.services.needs import CategoryInfo
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_named_list import ListTexts, NamedListEditor


class CategoriesTab(NamedListEditor):
    """The reception form ticks these; renaming one renames it on past walk-ins too."""

    NAME_MAX = needs.NAME_MAX

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        editable = ctx.actor is not None and may(ctx.actor.role, Action.CATEGORY_EDIT)
        super().__init__(editable=editable, can_rename=True, parent=parent)
        self._ctx = ctx
        self.list.setObjectName("categories")
        self.new_name.setObjectName("newCategory")
        self.reload()

    def texts(self) -> ListTexts:
        return ListTexts(
            placeholder=self.tr("New need, e.g. 适老化改造"),
            add=self.tr("Add need"),
            added=self.tr("The need %1 has been added."),
            note=self.tr(
                "A retired need stays on the walk-ins recorded with it, but cannot be ticked for new ones. "
                "A new name also shows on past walk-ins."
            ),
            read_only_note=self.tr("Only an administrator can change the need categories."),
            add_icon=icon("categories"),
        )

    def fetch(self) -> Sequence[CategoryInfo]:
        return needs.list_categories(self._ctx, include_retired=True)

    def add_name(self, name: str) -> None:
        needs.add_category(self._ctx, name)

    def rename_item(self, item_id: str, name: str) -> None:
        needs.rename_category(self._ctx, item_id, name)

    def set_item_retired(self, item_id: str, retired: bool) -> None:
        needs.set_category_retired(self._ctx, item_id, retired)
