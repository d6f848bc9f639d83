"""Running an exercise: the clock controls, the MSEL (dock, import, interchange, injects)
and the decision log.

May import gui.core, gui.incidents, gui.branches (an inject's outcome) and model/.
"""
