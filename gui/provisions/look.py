"""The standing provisions' colours, one per milestone status: the dock, the timeline and the comparison agree."""
from __future__ import annotations

from gui.core import style
from model.engine import MET, MISSED, PENDING
from model.provision_status import DELIVERED, DUE_SOON, ON_SCHEDULE, OVERDUE

STATUS_COLOURS = {DELIVERED: style.STATUS_COLOURS[MET], ON_SCHEDULE: style.STATUS_COLOURS[MET].lighter(130),
                  DUE_SOON: style.STATUS_COLOURS[PENDING], OVERDUE: style.STATUS_COLOURS[MISSED]}
