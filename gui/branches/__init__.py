"""Scenario branches: the outcome selector beside the timeline, the branch point editor,
assigning and copying incidents to outcomes, and resolving a branch point in conduct.

May import gui.core and model/.
"""
