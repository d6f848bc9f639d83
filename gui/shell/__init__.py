"""The window a user lives in: application start, main window, menus, layout, status line,
welcome page, shortcuts, the docks built after the first paint, file commands and the
command line.

May import every gui package and model/. No gui package imports gui.shell.
"""
