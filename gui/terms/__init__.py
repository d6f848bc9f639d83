"""Treaty terms and their options, and the exercise settings: editors, grids, fields and
commands.

May import gui.core and model/.
"""
