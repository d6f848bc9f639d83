"""The timeline: incidents, consultation windows and commitment lanes in scenario time.

May import gui.core, gui.branches (the outcome selector and colours) and model/.
"""
from gui.timeline.mime import INCIDENT_MIME, incident_type_mime
from gui.timeline.widget import TimelineWidget

__all__ = ["INCIDENT_MIME", "TimelineWidget", "incident_type_mime"]
