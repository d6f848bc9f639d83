"""A seal the disk refuses does not cost the export it goes with."""
from __future__ import annotations

from model.msel.spreadsheets import export_msel, read_msel
from model.services.log import log_head, verify_log
from tests.refusing_disk import file_size_limit


def test_an_msel_export_is_written_when_the_seal_cannot_be(blank_doc, tmp_path):
    """2,000 bytes hold an empty MSEL but not one page more of the exercise's journal (4 KB a page)."""
    head = log_head(blank_doc)
    path = tmp_path / "msel.csv"
    with file_size_limit(2000):
        report = export_msel(blank_doc, path)
    assert report.notices and report.notices[0].startswith("The log's head could not be sealed in the exercise (")
    assert verify_log(blank_doc).seal is None
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == f'"{head.text()}"'
    assert read_msel(path).notices == []
