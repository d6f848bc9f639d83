"""Evaluation: objectives, observations and the improvement plan.

May import gui.core, gui.conduct (observations cite log entries) and model/.
"""
