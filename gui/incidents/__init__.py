"""Incidents and the responses to them: palette, inspector, commitment matrix and its
dialogs, countdowns and findings.

May import gui.core, gui.timeline (markers and colours), gui.branches (an incident's outcome) and model/.
"""
