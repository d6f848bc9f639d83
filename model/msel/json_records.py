"""MSEL as JSON: a list of records (one object per inject, keys = columns), as tabletop tools write them.

The records become the same table a spreadsheet gives, so the same mapper,
checks and messages apply; a list or object value is kept as its JSON text.
"""
from __future__ import annotations

import json
from model.i18n import tr

JSON_SUFFIXES = (".json",)


class JsonMselError(ValueError):
    """The bytes are no JSON list of records; the message says where."""


def looks_like_json(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{")


def _listed(value) -> list:
    """A JSON list, or one .NET's reference-preserving serialiser wrote as ``{"$id": …, "$values": [...]}``."""
    if isinstance(value, dict):
        value = value.get("$values")
    return value if isinstance(value, list) else []


def blueprint_records(document) -> list[dict] | None:
    """The scenario events of an MSEL exported by SEI Crucible's Blueprint as records keyed by its data fields'
    names (in their display order), the events in their row order; None for any other document."""
    if not (isinstance(document, dict) and "DataFields" in document and "ScenarioEvents" in document):
        return None
    fields = sorted((f for f in _listed(document["DataFields"]) if isinstance(f, dict) and "Id" in f),
                    key=lambda f: (f.get("DisplayOrder") or 0, str(f.get("Name", ""))))
    names = {f["Id"]: str(f.get("Name", "")) for f in fields}
    events = sorted((e for e in _listed(document["ScenarioEvents"]) if isinstance(e, dict)),
                    key=lambda e: e.get("RowIndex") or 0)
    records = []
    for event in events:
        values = {v.get("DataFieldId"): v.get("Value") for v in _listed(event.get("DataValues"))
                  if isinstance(v, dict)}
        records.append({name: values.get(field_id) for field_id, name in names.items()})
    return records


def _records_in(document) -> tuple[list, str]:
    if isinstance(document, list):
        return document, "$"
    if isinstance(document, dict):
        lists = [(key, value) for key, value in document.items()
                 if isinstance(value, list) and value and all(isinstance(v, dict) for v in value)]
        if len(lists) == 1:   # {"injects": [...]}: a list wrapped in an object
            return lists[0][1], f"$.{lists[0][0]}"
    raise JsonMselError(tr("is JSON but not a list of inject records ([{\"Time\": …, \"Message\": …}, …])"))


def _cell(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def json_records(data: bytes) -> tuple[list[tuple[int, tuple]], list[str]]:
    """(row number, cells) with a header first, as a sheet would read; row n is the nth record + 1."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise JsonMselError(tr("is not UTF-8 text (byte {start})").format(start=err.start)) from None
    except json.JSONDecodeError as err:
        raise JsonMselError(tr("is not valid JSON at line {lineno}, column {colno}: {msg}")
                               .format(lineno=err.lineno, colno=err.colno, msg=err.msg)) from None
    blueprint = blueprint_records(document)
    records, path = (blueprint, "$.ScenarioEvents") if blueprint is not None else _records_in(document)
    keys: dict[str, None] = {}
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise JsonMselError(tr("has no record at {path}[{index}] (a {name__}, not an object)")
                                   .format(path=path, index=index, name__=type(record).__name__))
        for key in record:
            keys.setdefault(str(key), None)
    header = tuple(keys)
    rows = [(1, header)]
    for index, record in enumerate(records, start=2):
        named = {str(k): v for k, v in record.items()}
        rows.append((index, tuple(_cell(named.get(key)) for key in header)))
    if blueprint is not None:
        notices = [tr("The {0} scenario events of the Blueprint MSEL were read as rows 2-{1} (row 1: its data "
                      "fields)").format(len(records), len(records) + 1)]
    else:
        notices = [tr("The {0} JSON records were read as rows 2-{1} (row 1: their keys)")
                      .format(len(records), len(records) + 1)]
    return rows, notices
