"""Rebuild the bundle's ICU data library with only what Pactline can ask of it (32 MB -> 4 MB).

QtCore links ICU for collation, locale-aware case mapping, time-zone names and
legacy text encodings. Pactline shows English (Italian is coming) and reads
and writes only Unicode, so this keeps the root, English and Italian locale
data and every non-locale table, and drops the other locales, the legacy
encoding converters, the break-iterator dictionaries (Qt finds word and line
breaks itself), transliteration and spelled-out number rules.

Needs icupkg (Debian: icu-devtools) and binutils. Usage, from build.spec:
    trim_icu_data(folder)  ->  the (old, new) size in bytes, or None when a tool is missing.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

KEPT_LOCALES = re.compile(r"(root|en|it|res_index|pool)(_\w*)?\.res")
LOCALE_DATA = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*\.res")
DROPPED_FOLDERS = ("translit", "rbnf")
DROPPED_KINDS = (".cnv", ".dict", ".cfu")
TOOLS = ("icupkg", "objcopy", "objdump", "readelf", "ld")


def dropped(item: str) -> bool:
    folder, _, name = item.rpartition("/")
    if folder in DROPPED_FOLDERS or name.endswith(DROPPED_KINDS):
        return True
    return LOCALE_DATA.fullmatch(name) is not None and KEPT_LOCALES.fullmatch(name) is None


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The library's one data symbol (icudtNN_dat): its name, file offset and size."""
    symbols = _run("readelf", "--dyn-syms", "-W", str(library))
    value, size, name = re.search(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)",
                                  symbols).groups()
    sections = _run("readelf", "-S", "-W", str(library))
    for address, offset, length in re.findall(r"PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        start = int(address, 16)
        if start <= int(value, 16) < start + int(length, 16):
            return name, int(value, 16) - start + int(offset, 16), int(size, 0)
    raise RuntimeError(f"{library}: {name} lies in no section")


def trim_icu_data(folder: Path) -> tuple[int, int] | None:
    if any(shutil.which(tool) is None for tool in TOOLS):
        return None
    library = next(folder.rglob("libicudata.so.*"))
    library = library.resolve()
    symbol, offset, size = _data_symbol(library)
    package = symbol.replace("_dat", "l")            # icudt73l: the items' prefix inside the package
    header = _run("objdump", "-f", str(library))
    elf_format = re.search(r"file format (\S+)", header).group(1)
    architecture = re.search(r"architecture: ([^,\s]+)", header).group(1)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        full, lean = work / "full" / f"{package}.dat", work / f"{package}.dat"
        full.parent.mkdir()
        with library.open("rb") as source:
            source.seek(offset)
            full.write_bytes(source.read(size))
        items = _run("icupkg", "-l", str(full)).split()
        (work / "dropped.txt").write_text("\n".join(i for i in items if dropped(i)) + "\n")
        # The dictionaries are named by the break-iterator root table, which stays: --ignore-deps.
        _run("icupkg", "--ignore-deps", "-r", str(work / "dropped.txt"), str(full), str(lean))
        blob = f"_binary_{re.sub(r'[^A-Za-z0-9]', '_', str(lean))}"
        _run("objcopy", "-I", "binary", "-O", elf_format, "-B", architecture,
             "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
             "--redefine-sym", f"{blob}_start={symbol}", "--strip-symbol", f"{blob}_end",
             "--strip-symbol", f"{blob}_size", str(lean), str(work / "data.o"))
        rebuilt = work / library.name
        _run("ld", "-shared", "-soname", library.name, "-z", "noexecstack", "-o", str(rebuilt), str(work / "data.o"))
        old = library.stat().st_size
        shutil.copyfile(rebuilt, library)
    return old, library.stat().st_size
