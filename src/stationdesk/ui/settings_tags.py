"""The list of person tags (低保, 特困, 独居老人 ...): add one, retire one, restore a retired one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from stationdesk.domain.roles import Action, may
from stationdesk.services import tags
from stationdesk.services.context import ServiceContext
from stationdesk.services.tags import TagInfo
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_named_list import ListTexts, NamedListEditor


class TagsTab(NamedListEditor):
    """Tags are retired rather than removed, so people keep the tags they had."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        editable = ctx.actor is not None and may(ctx.actor.role, Action.TAG_EDIT)
        super().__init__(editable=editable, can_rename=False, parent=parent)
        self._ctx = ctx
        self.list.setObjectName("tags")
        self.new_name.setObjectName("newTag")
        self.reload()

    def texts(self) -> ListTexts:
        return ListTexts(
            placeholder=self.tr("New tag, e.g. 空巢老人"),
            add=self.tr("Add tag"),
            added=self.tr("The tag %1 has been added."),
            note=self.tr("A retired tag stays on the people who have it, but cannot be given to anyone new."),
            read_only_note=self.tr("Only an administrator can change the tags."),
            add_icon=icon("tag"),
        )

    def fetch(self) -> Sequence[TagInfo]:
        return tags.list_tags(self._ctx, include_retired=True)

    def add_name(self, name: str) -> None:
        tags.add_tag(self._ctx, name)

    def set_item_retired(self, item_id: str, retired: bool) -> None:
        tags.set_tag_retired(self._ctx, item_id, retired)
