"""Running an exercise: the clock controls, the MSEL (dock, import, interchange, injects)
and the decision log.

May import gui.core, gui.incidents and model/.
"""
