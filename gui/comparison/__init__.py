"""Scenario comparison: treaty options side by side, as a table and as charts, following every edit and drag.

A column of the comparison is a *scenario* (scenarios.py): a treaty option, to
be crossed with one outcome of a branch point once branches exist. The dock
offers two to four of them; clicking a cell asks the window to show what it is
about on the timeline, judged under that column's option.

May import gui.core and model/.
"""
