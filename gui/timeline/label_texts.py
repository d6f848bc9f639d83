"""The incident labels' texts after an edit: those of the incidents it left alone are carried over.

``incident_labels`` (gui/timeline/scene.py) formats one text per incident;
an edit changes a few incidents, so ``LabelTexts`` keeps the last texts by
incident and formats only those whose id, type or severity is new. It also
says where each text was before, so the label item can carry its measured
width over instead of measuring again.
"""
from __future__ import annotations

import numpy as np

from gui.timeline import look


class LabelTexts:
    def __init__(self) -> None:
        self._key: tuple | None = None            # the catalogue the texts were made with
        self._ids = np.zeros(0, dtype=np.int64)
        self._type = np.zeros(0, dtype=np.int64)
        self._severity = np.zeros(0, dtype=np.int64)
        self._texts = np.zeros(0, dtype=object)
        self.made = 0                            # texts formatted by the last call (tests)

    def texts(self, snap) -> tuple[list[str], np.ndarray]:
        """The label of every incident of *snap* in its order, and for each the position its text had
        in the previous call (-1: formatted now)."""
        n = snap.incident_count
        before = np.full(n, -1, dtype=np.int64)
        if self._key == snap.type_codes and len(self._ids) and n:
            by_id = np.argsort(self._ids, kind="stable")
            at = by_id[np.searchsorted(self._ids, snap.inc_ids, sorter=by_id).clip(0, len(self._ids) - 1)]
            same = ((self._ids[at] == snap.inc_ids) & (self._type[at] == snap.inc_type)
                    & (self._severity[at] == snap.inc_severity))
            before[same] = at[same]
        texts = self._texts[before.clip(0)] if len(self._texts) else np.empty(n, dtype=object)
        fresh = np.flatnonzero(before < 0)
        shorts = [look.type_short(code) for code in snap.type_codes]
        for pos, incident_id, kind, severity in zip(fresh.tolist(), snap.inc_ids[fresh].tolist(),
                                                    snap.inc_type[fresh].tolist(), snap.inc_severity[fresh].tolist()):
            texts[pos] = f"#{incident_id} {shorts[kind]} S{severity}"
        self._key, self._ids = snap.type_codes, snap.inc_ids
        self._type, self._severity = snap.inc_type, snap.inc_severity
        self._texts, self.made = texts, len(fresh)
        return texts.tolist(), before
