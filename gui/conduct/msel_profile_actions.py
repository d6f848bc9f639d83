"""Save and load the import dialog's choices as a mapping profile (model/msel/profiles.py)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from gui.core import dialogs
from gui.core.i18n import tr
from model.msel.profiles import MselProfileError, load_profile, mapping_for, profile_of, save_profile

NAME_FILTER = "MSEL mapping profiles (*.json)"


def save_mapping(dialog, path: Path | None = None) -> Path | None:
    """Write the dialog's columns, time reading and value maps; asks where unless *path* is given."""
    if path is None:
        suggestion = dialog.path.with_name(f"{dialog.path.stem}-mapping.json")
        path = dialogs.ask_save_file(dialog, tr("Save the mapping"), suggestion, tr(NAME_FILTER), ".json")
        if path is None:
            return None
    options = replace(dialog.options_bar.options(), value_maps=dialog.value_panel.maps)
    try:
        return save_profile(path, profile_of(path.stem, dialog.table.headers, dialog.mapping(), options))
    except MselProfileError as err:
        dialogs.show_error(dialog, tr("Cannot save the mapping"), str(err))
        return None


def load_mapping(dialog, path: Path | None = None) -> bool:
    """Apply a saved profile to the dialog: its reading choices first (the header row may re-read the
    sheet), then its value maps and columns; the preview is checked once at the end."""
    if path is None:
        path = dialogs.ask_open_file(dialog, tr("Load a mapping"), dialog.path.parent, tr(NAME_FILTER))
        if path is None:
            return False
    try:
        profile = load_profile(path)
    except MselProfileError as err:
        dialogs.show_error(dialog, tr("Cannot load the mapping"), str(err))
        return False
    dialog.options_bar.set_options(profile.options)   # another header row starts reading the sheet again
    dialog.value_panel.maps = {field: dict(values) for field, values in profile.options.value_maps.items()}

    def apply_columns(_table=None) -> None:
        chosen = mapping_for(dialog.table.headers, dialog.mapping(), profile)
        for column, field in chosen.items():
            combo = dialog.combo_for(column)
            combo.blockSignals(True)
            dialog.set_field(column, field)
            combo.blockSignals(False)
        dialog.revalidate()

    if dialog.reads.busy():   # the columns are those of the sheet as read with the profile's header row
        dialog.table_read.connect(apply_columns, Qt.ConnectionType.SingleShotConnection)
    else:
        apply_columns()
    return True
