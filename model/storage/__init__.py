"""The exercise file on disk: opening, locking, header, schema and migrations, value checks, atomic output.

Everything that knows the file is SQLite lives here (database.py: what others
need of that), and so do the reads that do not go through the ORM: the first
views' rows and the snapshot's, as Core statements in reading.py. The rest of
model/ asks this package for sessions and rows; nothing outside it opens a database.
May import: model's plain modules (errors, vocabulary, timeutil); never gui/ or Qt.
"""
