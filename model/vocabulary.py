"""The fixed words of the domain: response categories, commitment statuses, kinds of signatory.

Kept apart from the entities so that views and the engine can name them
without loading SQLAlchemy's ORM (see README, "Start-up").
"""
from __future__ import annotations

CATEGORIES = ("political", "economic", "military", "cyber", "humanitarian")
COMMITMENT_STATUSES = ("pledged", "announced", "delivered", "withdrawn")
SIGNATORY_KINDS = ("state", "organisation")
# What a treaty option demands (schema 4): a collective pact; the same with a force already
# stationed in the protected state (its contributors' parliaments voted before it deployed);
# or only bilateral agreements (each partner consults the protected state, nothing collective).
TERMS_KINDS = ("collective", "stationed_force", "bilateral")
# On what a party to a treaty option is bound: a party whose parliament must ratify is
# bound only from ratification.
PARTY_BASES = ("signed", "ratified", "in_force")
# What a standing provision of the treaty is about (schema 7): strengthening the protected
# state's armed forces, intelligence cooperation, or another standing undertaking.
PROVISION_KINDS = ("armed_forces", "intelligence", "other")
