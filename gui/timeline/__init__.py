"""The timeline: incidents, consultation windows and commitment lanes in scenario time."""
from gui.timeline.widget import TimelineWidget

__all__ = ["TimelineWidget"]
