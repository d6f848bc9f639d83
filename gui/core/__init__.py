"""What every view shares: the open document (with the inject delivery that follows its
clock) and the helper that binds views to it, undo commands, selection, settings, dialog
wrappers, actions, style, the flat table model and the exercise markings.

May import model/ only.
"""
