"""Delivered-inject notices: what the controller reads out, shown beside the MSEL without stopping anything.

A card per delivered inject (newest on top): number, type and time, from →
to and method, the synopsis, the expected action, and for an incident inject
the incident it created. Cards are dismissed one by one or all at once; an
undone delivery takes its card away.
"""
from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from gui.conduct.msel_model import type_name
from model.conduct_entities import Inject
from model.timeutil import format_relative

MAX_NOTICES = 30
_ACCENTS = {"message": "#1565c0", "incident": "#c62828", "contingency": "#6a1b9a", "info": "#757575"}


class NoticeCard(QFrame):
    dismissed = Signal(object)   # this card

    def __init__(self, html: str, accent: str, inject_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.inject_id = inject_id
        self.setObjectName("injectNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#injectNotice {{ border: 1px solid palette(mid); border-left: 4px solid {accent};"
                           " border-radius: 3px; background: palette(base); }")
        self.text = QLabel(html)
        self.text.setObjectName("injectNoticeText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setObjectName("dismissNotice")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss this notice"))
        self.close_button.clicked.connect(lambda: self.dismissed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 2, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def plain_text(self) -> str:
        return self.text.text()


class NoticePanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("injectNotices")
        self.startex: datetime | None = None
        title = QLabel(self.tr("Delivered injects"))
        title.setObjectName("injectNoticesTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearNotices")
        self.clear_button.setToolTip(self.tr("Dismiss every notice (the log keeps every delivery)"))
        self.clear_button.clicked.connect(self.clear)
        self.empty = QLabel(self.tr("Injects the clock or a controller delivers from now on appear here, newest "
                                    "first; they never stop the clock. Earlier deliveries are in the table and "
                                    "the Decision Log."))
        self.empty.setObjectName("injectNoticesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self._column = QVBoxLayout()
        self._column.setContentsMargins(4, 4, 4, 4)
        self._column.setSpacing(6)
        self._column.addWidget(self.empty)
        self._column.addStretch(1)
        inner = QWidget()
        inner.setLayout(self._column)
        scroll = QScrollArea()
        scroll.setObjectName("injectNoticesScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        header = QHBoxLayout()
        header.setContentsMargins(6, 4, 4, 0)
        header.addWidget(title, 1)
        header.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(scroll)
        self.setMinimumWidth(180)

    # -- content ----------------------------------------------------------------------------
    def cards(self) -> list[NoticeCard]:
        found = []
        for i in range(self._column.count()):
            widget = self._column.itemAt(i).widget()
            if isinstance(widget, NoticeCard) and not widget.property("dismissed"):
                found.append(widget)
        return found

    def _time(self, value: datetime | None) -> str:
        return format_relative(value, self.startex) if value is not None and self.startex else ""

    def add_delivery(self, inject: Inject, incident_text: str = "") -> NoticeCard:
        fired = inject.delivered_at is not None and inject.delivered_at != inject.delivery_time
        when = self._time(inject.delivered_at)
        if fired:
            when = self.tr("{0}, fired now (planned {1})").format(when, self._time(inject.delivery_time))
        kind = type_name(inject.inject_type) + (self.tr(" (ad hoc)") if inject.adhoc else "")
        lines = [f"<b>{escape(self.tr('Inject {0}').format(inject.number))}</b> · {escape(kind)} · {escape(when)}"]
        if inject.title:
            lines.append(f"<b>{escape(inject.title)}</b>")
        route = []
        if inject.sender or inject.recipient:
            route.append(escape(self.tr("From {0} to {1}").format(inject.sender or "—", inject.recipient or "—")))
        if inject.method:
            route.append(escape(inject.method))
        if route:
            lines.append(f"<span style='color:#616161'>{' · '.join(route)}</span>")
        if inject.synopsis:
            lines.append(escape(inject.synopsis))
        if incident_text:
            lines.append(f"<b>{escape(incident_text)}</b>")
        if inject.expected_action:
            lines.append(f"<i>{escape(self.tr('Expected action: {0}').format(inject.expected_action))}</i>")
        for name, value in inject.additional.items():
            lines.append(f"<span style='color:#616161'>{escape(self.tr('{0}: {1}').format(name, value))}</span>")
        return self._add(NoticeCard("<br>".join(lines), _ACCENTS.get(inject.inject_type, _ACCENTS["info"]),
                                    inject.id))

    def add_info(self, text: str) -> NoticeCard:
        return self._add(NoticeCard(escape(text), _ACCENTS["info"], None))

    def _add(self, card: NoticeCard) -> NoticeCard:
        self.empty.hide()
        self._column.insertWidget(0, card)
        card.dismissed.connect(self._remove)
        for old in self.cards()[MAX_NOTICES:]:
            self._remove(old)
        return card

    def _remove(self, card: NoticeCard) -> None:
        card.setProperty("dismissed", True)
        card.hide()
        card.deleteLater()
        self.empty.setVisible(not self.cards())

    def withdraw(self, inject_ids: list[int]) -> None:
        """The deliveries were undone: their notices go."""
        for card in self.cards():
            if card.inject_id in set(inject_ids):
                self._remove(card)

    def clear(self) -> None:
        for card in self.cards():
            self._remove(card)
