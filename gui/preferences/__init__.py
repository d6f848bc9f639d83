"""Edit › Preferences and what follows from them: the display time zone, the capital times, the
rotated backups (File › Restore Backup) and the iCalendar export of the deadlines (File).

May import gui.core and model/; imported by gui.shell only.
"""
