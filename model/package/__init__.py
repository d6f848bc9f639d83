"""Exercise packages: a whole exercise as one versioned JSON file, its shape, its checks, export and import.

May import: model's plain modules and model.storage. Never gui/ or Qt.
"""
