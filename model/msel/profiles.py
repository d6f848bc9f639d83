"""Mapping profiles: an MSEL import's choices saved by name as a JSON file, for the next sheet of a programme.

A profile holds what the dialog asks: which field each column (by header)
imports as, how times are read, and the value maps. The command line takes it
with ``--mapping PROFILE.json``; the dialog saves and loads it. Columns a
profile does not name are guessed from their headers as usual.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from model.errors import PactlineError
from model.msel.columns import DROP, IMPORT_FIELDS, header_words, is_field
from model.msel.options import DAY_LESS_CHOICES, ImportOptions
from model.msel.values import VOCABULARY_FIELDS
from model.storage.file_output import OutputError, atomic_output, write_bytes
from model.i18n import tr

FORMAT = "pactline-msel-mapping"
VERSION = 1
MAX_PROFILE_BYTES = 1024 * 1024


class MselProfileError(PactlineError):
    def __init__(self, path: Path, reason: str):
        self.path, self.reason = path, reason
        super().__init__(f"{path.name}: {reason}")


@dataclass(frozen=True)
class MappingProfile:
    name: str
    # header -> field (None: kept as an additional field; "drop": neither imported nor kept)
    columns: dict[str, str | None] = field(default_factory=dict)
    options: ImportOptions = ImportOptions()


def profile_of(name: str, headers: list[str], mapping: dict[int, str | None], options: ImportOptions
               ) -> MappingProfile:
    """The profile of the choices made for a sheet with these *headers*."""
    return MappingProfile(name.strip(), {headers[c]: f for c, f in sorted(mapping.items()) if c < len(headers)},
                          options)


def mapping_for(headers: list[str], guessed: dict[int, str | None], profile: MappingProfile
                ) -> dict[int, str | None]:
    """*guessed* with the profile's column choices applied: a header matches as written, else by its words."""
    by_words = {header_words(h): f for h, f in profile.columns.items()}
    mapping = dict(guessed)
    for column, header in enumerate(headers):
        if header in profile.columns:
            chosen = profile.columns[header]
        elif header_words(header) in by_words:
            chosen = by_words[header_words(header)]
        else:
            continue
        if is_field(chosen):   # a field the profile gives this column leaves every other column
            mapping.update({c: None for c, f in mapping.items() if f == chosen})
        mapping[column] = chosen
    return mapping


def profile_json(profile: MappingProfile) -> bytes:
    options = {k: v for k, v in asdict(profile.options).items()}
    document = {"format": FORMAT, "version": VERSION, "name": profile.name, "columns": profile.columns,
                "options": options}
    return (json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def save_profile(path: Path | str, profile: MappingProfile) -> Path:
    path = Path(path)
    try:
        with atomic_output(path) as tmp:
            write_bytes(tmp, profile_json(profile))
    except OutputError as err:
        raise MselProfileError(path, tr("cannot be written ({reason})").format(reason=err.reason)) from None
    return path


def load_profile(path: Path | str) -> MappingProfile:
    """Read a profile; raises MselProfileError saying what is wrong and where in the file."""
    path = Path(path)
    try:
        data = path.read_bytes()[:MAX_PROFILE_BYTES + 1]
    except OSError as err:
        raise MselProfileError(path, tr("cannot be read ({0})").format(err.strerror or err)) from None
    if len(data) > MAX_PROFILE_BYTES:
        raise MselProfileError(path, tr("is larger than a mapping profile can be (1 MB)"))
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as err:
        raise MselProfileError(path, tr("is not JSON text ({err})").format(err=err)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise MselProfileError(path, tr("is not a Pactline MSEL mapping profile (no \"format\": \"{FORMAT}\")")
                                        .format(FORMAT=FORMAT))
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise MselProfileError(path, tr("has version {0!r}; this Pactline reads version {VERSION}")
                                        .format(document.get('version'), VERSION=VERSION))
    name = document.get("name", "")
    columns = document.get("columns", {})
    if not isinstance(name, str) or not isinstance(columns, dict):
        raise MselProfileError(path, tr("$.name must be text and $.columns an object"))
    for header, target in columns.items():
        if target is not None and target != DROP and target not in IMPORT_FIELDS:
            raise MselProfileError(path, tr("$.columns[{header!r}]: '{target}' is no inject field (the fields: {0}; "
                                            "or null to keep it, \"{drop}\" to drop it)")
                                            .format(', '.join(IMPORT_FIELDS), header=header, target=target, drop=DROP))
    return MappingProfile(name, dict(columns), _options(path, document.get("options", {})))


def _options(path: Path, raw) -> ImportOptions:
    if not isinstance(raw, dict):
        raise MselProfileError(path, tr("$.options must be an object"))
    known = {f.name: f for f in fields(ImportOptions)}
    for name in raw:
        if name not in known:
            raise MselProfileError(path, tr("$.options.{name}: is no import choice (the choices: {0})")
                                            .format(', '.join(known), name=name))
    defaults = ImportOptions()
    for name, value in raw.items():
        wanted = type(getattr(defaults, name))
        if name == "header_row":
            ok = value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)
        elif wanted is bool:
            ok = isinstance(value, bool)
        elif wanted is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, wanted)
        if not ok:
            raise MselProfileError(path, tr("$.options.{name}: {value!r} is not a valid value")
                                            .format(name=name, value=value))
    if raw.get("day_less", "D+0") not in DAY_LESS_CHOICES:
        raise MselProfileError(path, tr("$.options.day_less: use one of {0}")
                                        .format(', '.join(DAY_LESS_CHOICES)))
    maps = raw.get("value_maps", {})
    for name, values in maps.items():
        if name not in VOCABULARY_FIELDS or not isinstance(values, dict):
            raise MselProfileError(path, tr("$.options.value_maps.{name}: give an object of sheet value -> Pactline "
                                            "value for one of {0}").format(', '.join(VOCABULARY_FIELDS), name=name))
    return replace(defaults, **raw)
