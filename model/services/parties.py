"""Who is a party to which treaty option, and from when (schema 4).

A signatory is a party to an option only through a row here; it is bound from
``bound_from`` (None: from its agreement date) on its ``basis``: signed,
ratified or in force. A party whose parliament must ratify is bound only from
ratification, so a planner records that date with basis "ratified".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import Signatory, TreatyParty, TreatyTerms
from model.errors import ValidationError
from model.services import log, validate
from model.services.changes import ChangeReport
from model.services.records import capture, fetch, when
from model.services.reporting import report
from model.vocabulary import PARTY_BASES
from model.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from model.storage.exercise_file import ExerciseFile

# The bases in words, for the log entry (codes never reach a user).
_BASIS_WORDS = {"signed": QT_TR_NOOP("signed"), "ratified": QT_TR_NOOP("ratified"), "in_force": QT_TR_NOOP("in force")}


def clean_party(values: dict) -> dict:
    """The stored form of a party's *bound_from* and *basis*."""
    bound_from = validate.moment("bound_from", values.get("bound_from"), optional=True)
    basis = validate.choice("basis", values.get("basis", "signed"), PARTY_BASES)
    if basis != "signed" and bound_from is None:
        raise ValidationError("bound_from", tr("a party bound on {0} needs the time it was bound from")
                                               .format(basis.replace('_', ' ')))
    return {"bound_from": bound_from, "basis": basis}


def join_every_option(session: Session, signatory_ids) -> None:
    """New roster members become parties of every option, from their agreement date (inside a transaction)."""
    for terms_id in session.scalars(select(TreatyTerms.id)):
        session.add_all(TreatyParty(terms_id=terms_id, signatory_id=s, bound_from=None, basis="signed")
                        for s in signatory_ids)


def add_every_signatory(session: Session, terms_id: int) -> None:
    """A new option (not a copy) binds the whole roster from its agreement dates."""
    session.add_all(TreatyParty(terms_id=terms_id, signatory_id=s, bound_from=None, basis="signed")
                    for s in session.scalars(select(Signatory.id)))


def parties_of_signatories(session: Session, signatory_ids) -> list[TreatyParty]:
    """The party rows that go (by cascade) when the signatories go: an undo puts them back."""
    return list(session.scalars(select(TreatyParty).where(TreatyParty.signatory_id.in_(tuple(signatory_ids)))
                                .order_by(TreatyParty.id)))


def parties_of_terms(session: Session, terms_id: int) -> list[TreatyParty]:
    return list(session.scalars(select(TreatyParty).where(TreatyParty.terms_id == terms_id)
                                .order_by(TreatyParty.id)))


def _existing(session: Session, terms_id: int, signatory_id: int) -> TreatyParty | None:
    return session.scalar(select(TreatyParty).where(TreatyParty.terms_id == terms_id,
                                                    TreatyParty.signatory_id == signatory_id))


def set_party(doc: ExerciseFile, *, terms_id: int, signatory_id: int, bound_from=None, basis: str = "signed") -> ChangeReport:
    """Make the signatory a party to the option (or change from when and on what it is bound)."""
    cleaned = clean_party({"bound_from": bound_from, "basis": basis})
    with doc.transaction() as session:
        terms = fetch(session, TreatyTerms, terms_id, "Treaty terms")
        signatory = fetch(session, Signatory, signatory_id, "Signatory")
        row = _existing(session, terms_id, signatory_id)
        previous = {}
        if row is None:
            row = TreatyParty(terms_id=terms_id, signatory_id=signatory_id, **cleaned)
            session.add(row)
            session.flush()
            action = "created"
        else:
            previous = {k: getattr(row, k) for k in cleaned if getattr(row, k) != cleaned[k]}
            for key, value in cleaned.items():
                setattr(row, key, value)
            action = "updated"
        basis = cleaned['basis'].replace('_', ' ')
        summary = (tr("{code} is a party to '{terms}' from its agreement date ({basis})")
                   if cleaned["bound_from"] is None else
                   tr("{code} is a party to '{terms}' from {when} ({basis})")).format(
            code=signatory.code, terms=terms.name, basis=tr(_BASIS_WORDS.get(cleaned['basis'], basis)),
            when=cleaned["bound_from"] and when(session, cleaned["bound_from"]))
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "treaty_party", action, (row.id,), previous=previous, summary=summary)


def remove_party(doc: ExerciseFile, *, terms_id: int, signatory_id: int) -> ChangeReport:
    """The signatory is no longer a party to the option: it owes nothing under it."""
    with doc.transaction() as session:
        terms = fetch(session, TreatyTerms, terms_id, "Treaty terms")
        signatory = fetch(session, Signatory, signatory_id, "Signatory")
        row = _existing(session, terms_id, signatory_id)
        if row is None:
            raise ValidationError("signatory_id", tr("{code} is not a party to '{name}'")
                                                     .format(code=signatory.code, name=terms.name))
        removed = capture(row)
        session.delete(row)
        summary = tr("{code} is no longer a party to '{terms}'").format(code=signatory.code, terms=terms.name)
        log.append_entry(session, doc, kind="edit", text=summary)
        return report(session, "treaty_party", "deleted", (row.id,), removed=removed, summary=summary)
