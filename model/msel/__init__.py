"""MSEL spreadsheets: reading a planner's sheet (CSV, XLSX, JSON), its times and columns, import and export.

May import: model's plain modules and model.storage (for atomic output); the
import stores through model.services like any other edit. Never gui/ or Qt.
"""
