"""The signatory roster: its dock, table model, editors and dialogs.

May import gui.core and model/.
"""
