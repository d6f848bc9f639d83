"""The exercise file on disk: opening, locking, header, schema and migrations, value checks, atomic output.

Everything that knows the file is SQLite lives here. The rest of model/ asks
this package for sessions and rows; nothing outside it opens a database.
May import: model's plain modules (errors, vocabulary, timeutil); never gui/ or Qt.
"""
