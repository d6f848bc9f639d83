"""A line edit for a figure (a pledged quantity or value): typed and shown in the chosen language's writing.

Qt's QDoubleValidator would refuse a grouping mark while it is being typed and would say
nothing about why; this field takes the text as typed and reads it when the form is stored
(model/numbers.py), so ``2.500.000,50`` in Italian and ``2,500,000.50`` in English store
the same value, and a malformed figure is refused with the reason and an example.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from model.i18n import number_text
from model.numbers import amount_text, parse_number


class NumberField(QLineEdit):
    """*field*: the service argument it fills (names it in a refusal); *value*: the figure shown (None: empty)."""

    def __init__(self, field: str, value: float | None = None, *, example: float | None = None,
                 parent: QWidget | None = None):
        super().__init__(amount_text(value), parent)
        self.field = field
        if example is not None:
            self.setPlaceholderText(number_text(example))

    def value(self) -> float | None:
        """The figure typed (None when empty); raises ValidationError naming the field when it is not one."""
        return parse_number(self.field, self.text())

    def set_value(self, value: float | None) -> None:
        self.setText(amount_text(value))
