"""Every figure in a message carries the language's marks: ``1,500`` / ``1.500``, ``2.5 MB`` / ``2,5 MB``.

The marks are put in at one place: ``tr()`` returns a text whose ``format()`` writes
grouped and fractional figures with the chosen language's marks (model/i18n.py), and
``plural()`` writes its count the same way. So the checks here are at that depth: every
catalogue message with a grouped or decimal field is formatted in Italian and must show
Italian marks, and no module formats a grouped figure itself (an f-string's ``:,`` is
always English).
"""
from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from model.i18n import Text, figure_text, number_text, tr_in
from model.msel.spreadsheets import ImportLimits, read_msel
from model.msel.workbook import size_text
from model.plural import plural
from tests.support import in_italian, italian_catalogue

ROOT = Path(__file__).resolve().parent.parent


def _figured_fields(text: str) -> list[tuple[str, str]]:
    """The (field, spec) of *text*'s fields that format a figure with grouping or decimals."""
    return [(name, spec) for name, spec in _fields(text)
            if spec and "%" not in spec and spec[-1:] not in "xXobcd"
            and ("," in spec or "." in spec or spec[-1:] in "fFgGeE")]


def _fields(text: str) -> list[tuple[str, str]]:
    """The (field, spec) of every replacement field of *text* (none when its braces are not fields)."""
    try:
        fields = [(name, spec or "") for _lit, name, spec, _conv in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return []
    return fields if all(name.isidentifier() or name.isdigit() for name, _spec in fields) else []


def _catalogue_messages_with_figures() -> list[tuple[str, str, str]]:
    return [(context, source, italian) for (context, source), italian in sorted(italian_catalogue().items())
            if _figured_fields(source)]


def test_the_catalogue_has_messages_with_grouped_figures():
    sources = [source for _c, source, _i in _catalogue_messages_with_figures()]
    assert any("{max_rows:,}" in s for s in sources) and any("{0:,} bytes" in s for s in sources)


@pytest.mark.parametrize("context,source,italian", _catalogue_messages_with_figures(),
                         ids=lambda value: value[:40] if isinstance(value, str) else value)
def test_every_grouped_or_decimal_figure_reads_with_italian_marks(context, source, italian):
    fields = _figured_fields(italian)
    assert {n for n, _s in fields} == {n for n, _s in _figured_fields(source)}, "the translation lost a figure"
    # Grouped fields get a figure to group, decimal ones a fraction; the message's other fields a word.
    values: dict[str, object] = {name: "x" for name, _spec in _fields(italian)}
    values.update({name: 1234567.25 if "," in spec else 2.5 for name, spec in fields})
    positional = [values.pop(str(i)) for i in range(10) if str(i) in values]
    with in_italian():
        text = Text(italian).format(*positional, **values)
    assert "1,234" not in text and "2.5" not in text, text
    assert "1.234.567" in text or "2,5" in text, text


def test_plural_counts_and_figures_follow_the_language():
    with in_italian():
        assert plural(1500, tr_in("model.services.injects", "{0} inject"),
                      tr_in("model.services.injects", "{0} injects")) == "1.500 inject"
        assert figure_text(0.5) == "0,5" and figure_text(60) == "60" and number_text(2500000.5, 2) == "2.500.000,50"
        assert size_text(10 * 1024 * 1024) == "10,0 MB"
    assert plural(1500, "{0} inject", "{0} injects") == "1,500 injects"
    assert figure_text(1.25) == "1.25" and size_text(10 * 1024 * 1024) == "10.0 MB"


def test_plain_whole_numbers_and_hex_stay_as_written():
    """Ids, inject numbers and years are not quantities: ``{0}`` writes them without grouping."""
    with in_italian():
        assert Text("incident #{0}, {1:04x}, {2}").format(12345, 255, True) == "incident #12345, 00ff, True"


def test_an_msel_limit_message_reads_with_italian_marks(tmp_path):
    sheet = tmp_path / "big.csv"
    sheet.write_text("Time,Synopsis\n" + "".join(f"D+0 06:{i % 60:02d},row {i}\n" for i in range(1200)),
                     encoding="utf-8")
    with in_italian(), pytest.raises(Exception) as refused:
        read_msel(sheet, limits=ImportLimits(max_rows=1000))
    message = str(refused.value)
    assert "1.200" in message and "1.000" in message and "1,000" not in message, message


def test_no_module_groups_digits_itself():
    """An f-string's ``{n:,}`` or ``{x:.1f}`` in a user-visible text is English whatever the language."""
    problems = []
    for folder in ("model", "gui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel == "model/i18n.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
                    spec = ast.unparse(node.format_spec)
                    if "," in spec:
                        problems.append(f"{rel}:{node.lineno}: {spec}")
    assert not problems, "use model.i18n.number_text / tr(...).format for these:\n  " + "\n  ".join(problems)
