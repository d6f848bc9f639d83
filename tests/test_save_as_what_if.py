"""Save As during a what-if saves the record, not the what-if: the new file's content and log hold no
what-if change, and the what-if goes on over the new file with its changes."""
from __future__ import annotations

from gui.core import dialogs
from model import queries
from model.queries import log_entries
from model.services import log
from model.services.log import verify_log
from tests.support import data_rows
from tests.test_what_if import italy, what_if_sequence


def test_save_as_in_a_what_if_writes_the_record_and_the_what_if_goes_on_over_the_copy(window, tmp_path, monkeypatch):
    document = window.document
    record_rows = data_rows(document.file)
    record_log = len(log_entries(document.file))
    record_head = log.log_head(document.file).text()
    document.enter_what_if()
    what_if_sequence(document)
    journal = [(s.service, s.kwargs) for s in document.what_if.journal]
    target = tmp_path / "copy.pactline"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    asked = []
    monkeypatch.setattr("gui.shell.what_if_commands.ask_leave_what_if", lambda *a: asked.append(a))
    window.file_commands.save_as.trigger()
    assert not asked, "the what-if is carried over, not settled"
    # The window works in the copy, still in a what-if with the same changes.
    now = window.document
    assert now.record_file.path == target and now.what_if is not None
    assert [(s.service, s.kwargs) for s in now.what_if.journal] == journal
    lead = next(s.approval_lead_hours for s in queries.signatories(now.file) if s.id == italy(now))
    assert lead == 7 * 24
    assert "without the what-if's changes" in window.statusBar().currentMessage()
    # The copy holds the record: its rows and its log as the record had them, the chain intact.
    assert data_rows(now.record_file) == record_rows
    assert len(log_entries(now.record_file)) == record_log
    assert log.log_head(now.record_file).text() == record_head      # the same chain, entry for entry
    assert verify_log(now.record_file).chain_intact
    now.discard_what_if()
    assert data_rows(target) == record_rows


def test_save_as_outside_a_what_if_is_unchanged(window, tmp_path, monkeypatch):
    target = tmp_path / "plain.pactline"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    window.file_commands.save_as.trigger()
    assert window.document.file.path == target and window.document.what_if is None
