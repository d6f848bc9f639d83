"""A large exercise through a package: export and import time and peak memory.

Exports the generated exercise of bench/window.py (30 signatories; 50,000
incidents by default) and imports the package into a new file, each in its
own process so that each peak memory (ru_maxrss) is its own.

    .venv/bin/python bench/package.py [--sizes 10000 50000]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _child(step: str, source: str, target: str) -> dict:
    from model.package.exchange import export_package, import_package
    from model.storage.exercise_file import ExerciseFile
    t0, c0 = time.perf_counter(), time.process_time()
    if step == "export":
        doc = ExerciseFile.open(source)
        try:
            export_package(doc, target)
        finally:
            doc.close()
    else:
        import_package(source, target).close()
    return dict(wall=time.perf_counter() - t0, cpu=time.process_time() - c0,
                peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50000])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return
    from bench.window import exercise_file
    print("Exercise package: export and import, each in a fresh process (wall s / CPU s / peak MB)")
    for n in args.sizes:
        source = exercise_file(n)
        work = Path(tempfile.mkdtemp(prefix="pactline-package-"))
        try:
            exercise = work / "exercise.pactline"
            shutil.copyfile(source, exercise)
            package, imported = work / "exercise.json", work / "imported.pactline"
            cells = []
            for step, a, b in (("export", exercise, package), ("import", package, imported)):
                done = subprocess.run([sys.executable, __file__, "--child", step, str(a), str(b)],
                                      capture_output=True, text=True, env={**os.environ}, check=False)
                if done.returncode:
                    raise SystemExit(f"{step} of {n} incidents failed:\n{done.stderr}")
                r = json.loads(done.stdout.strip().splitlines()[-1])
                cells.append(f"{step} {r['wall']:.1f} / {r['cpu']:.1f} / {r['peak_mb']:.0f}")
            print(f"{n:>7} incidents, package {package.stat().st_size / 2**20:.0f} MB: " + ", ".join(cells))
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
