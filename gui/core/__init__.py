"""What every view shares: the open document (with the inject delivery that follows its
clock), undo commands, selection, settings, dialog wrappers, actions, style, the flat
table model, the exercise markings and the Qt start-up hook.

May import model/ only.
"""
