"""Key-target visits (重点对象探访) settings: how often each tier is visited, and the visit methods
with whether each counts as a visit. Both change the visit rate of every period, past ones too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Action, may
from stationdesk.domain.visits import Cadence, Tier
from stationdesk.services import visit_settings
from stationdesk.services.context import ServiceContext
from stationdesk.services.errors import ServiceError
from stationdesk.services.visit_settings import MethodInfo
from stationdesk.ui.icons import icon
from stationdesk.ui.settings_common import InlineMessage
from stationdesk.ui.settings_named_list import ListTexts, NamedItem, NamedListEditor
from stationdesk.ui.text import fmt
from stationdesk.ui.visit_words import cadence_label, tier_label


class VisitMethodsEditor(NamedListEditor):
    """上门, 电话, 视频 ...: each marked as counting towards the visit rate or not."""

    NAME_MAX = visit_settings.NAME_MAX

    def __init__(self, ctx: ServiceContext, editable: bool, parent: QWidget | None = None) -> None:
        self._ctx = ctx
        self._methods: dict[str, MethodInfo] = {}
        super().__init__(editable=editable, can_rename=True, parent=parent)
        self.list.setObjectName("visitMethods")
        self.new_name.setObjectName("newVisitMethod")
        self.counts = QCheckBox(self.tr("Counts as a visit"))
        self.counts.setObjectName("countsAsVisit")
        self.counts.setEnabled(False)
        self.counts.setVisible(editable)
        self.counts.clicked.connect(self._set_counts)
        self.layout().insertWidget(self.layout().count() - 2, self.counts)
        self.list.currentRowChanged.connect(lambda _row: self._show_counts())
        self.reload()

    def texts(self) -> ListTexts:
        return ListTexts(
            placeholder=self.tr("New method, e.g. 微信视频"),
            add=self.tr("Add method"),
            added=self.tr("The method %1 has been added; it counts as a visit."),
            note=self.tr(
                "Only visits made by a counting method count towards the visit rate. Changing it changes the "
                "rate of past periods too. A retired method stays on the visits recorded with it."
            ),
            read_only_note=self.tr("Only an administrator can change the visit methods."),
            add_icon=icon("add"),
        )

    def fetch(self) -> Sequence[MethodInfo]:
        methods = visit_settings.methods(self._ctx, include_retired=True)
        self._methods = {method.id: method for method in methods}
        return methods

    def label(self, entry: NamedItem) -> str:
        text = super().label(entry)
        method = self._methods.get(entry.id)
        if method is not None and not method.counts_as_visit:
            return fmt(self.tr("%1 — not counted"), text)
        return text

    def add_name(self, name: str) -> None:
        visit_settings.add_method(self._ctx, name, counts_as_visit=True)

    def _update(self, item_id: str, **changes: object) -> None:
        method = self._methods[item_id]
        values: dict[str, object] = {
            "name": method.name,
            "counts_as_visit": method.counts_as_visit,
            "retired": method.retired,
        }
        values.update(changes)
        visit_settings.update_method(self._ctx, item_id, **values)  # type: ignore[arg-type]

    def rename_item(self, item_id: str, name: str) -> None:
        self._update(item_id, name=name)

    def set_item_retired(self, item_id: str, retired: bool) -> None:
        self._update(item_id, retired=retired)

    def _show_counts(self) -> None:
        entry = self.selected()
        method = self._methods.get(entry.id) if entry is not None else None
        self.counts.setEnabled(method is not None)
        self.counts.setChecked(method is not None and method.counts_as_visit)

    def _set_counts(self, checked: bool) -> None:
        entry = self.selected()
        if entry is None or not self._attempt(lambda: self._update(entry.id, counts_as_visit=checked)):
            return
        self.reload()


class VisitsTab(QWidget):
    """The cadence of each tier and the visit methods."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        editable = ctx.actor is not None and may(ctx.actor.role, Action.CATEGORY_EDIT)
        cadences = visit_settings.cadences(ctx)
        self.cadence: dict[str, QComboBox] = {}
        form = QFormLayout()
        for tier in Tier:
            combo = QComboBox()
            combo.setObjectName(f"cadence_{tier.value}")
            for cadence in Cadence:
                combo.addItem(cadence_label(cadence), cadence.value)
            combo.setCurrentIndex(combo.findData(cadences[tier].value))
            combo.setEnabled(editable)
            combo.currentIndexChanged.connect(lambda _i, tier=tier.value: self.save_cadence(tier))
            self.cadence[tier.value] = combo
            form.addRow(tier_label(tier.value), combo)
        self.cadence_message = InlineMessage()
        note = QLabel(
            self.tr("A target is due one visit in each period of its tier's cadence; see the coverage view.")
        )
        note.setWordWrap(True)
        cadence_box = QGroupBox(self.tr("How often each tier is visited"))
        box_layout = QVBoxLayout(cadence_box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.cadence_message)
        box_layout.addWidget(note)
        self.methods = VisitMethodsEditor(ctx, editable)
        methods_box = QGroupBox(self.tr("Visit methods"))
        QVBoxLayout(methods_box).addWidget(self.methods)
        layout = QVBoxLayout(self)
        layout.addWidget(cadence_box)
        layout.addWidget(methods_box, 1)

    def save_cadence(self, tier: str) -> None:
        cadence = self.cadence[tier].currentData()
        try:
            visit_settings.set_cadence(self._ctx, tier, cadence)
        except (ServiceError, ValidationError) as error:
            self.cadence_message.show_problem(error)
            return
        self.cadence_message.show_info(self.tr("Saved. The coverage view counts with the new cadence."))
