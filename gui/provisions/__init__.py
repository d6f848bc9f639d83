"""The standing provisions: the Provisions dock, its editor dialog and their undo commands."""
