"""The fixed words of the domain: response categories, commitment statuses, kinds of signatory.

Kept apart from the entities so that views and the engine can name them
without loading SQLAlchemy's ORM (see README, "Start-up").
"""
from __future__ import annotations

CATEGORIES = ("political", "economic", "military", "cyber", "humanitarian")
COMMITMENT_STATUSES = ("pledged", "announced", "delivered", "withdrawn")
SIGNATORY_KINDS = ("state", "organisation")
