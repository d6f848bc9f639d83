"""The player-safe projector window and its panels.

May import gui.core, gui.incidents, gui.conduct (clock readouts) and model/.
"""
