"""Engine speed: snapshot load, assess() and countdowns() on synthetic exercises.

Each size is N signatories x M incidents, bulk-inserted into a temporary
exercise file, with about two commitments per incident and attendance
recorded for about 30 % of the (incident, signatory) cells. The clock is set
in the middle of the incident sequence, so every status occurs.

    .venv/bin/python bench/engine.py [--runs 31] [--sizes 10x100,30x1000,50x5000]

The target is assess() within 50 ms for 50 x 5000 (it runs on every clock
tick and every drag step).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from model.catalogue import shipped_catalogue  # noqa: E402
from model.countdowns import countdowns  # noqa: E402
from model.default_exercise import populate_blank  # noqa: E402
from model.engine import MET, MISSED, NOT_DUE, PENDING, assess  # noqa: E402
from model.entities import Commitment, Consultation, Incident, Signatory, TreatyParty  # noqa: E402
from model.storage.exercise_file import ExerciseFile  # noqa: E402
from model.services.validate import iso_states  # noqa: E402
from model.snapshot import NO_TIME, load_snapshot  # noqa: E402
from model.timeutil import utc  # noqa: E402

DEFAULT_SIZES = ((10, 100), (30, 1000), (50, 5000))
TARGET_ASSESS_MS = 50.0
TARGET_SIZE = (50, 5000)
STARTEX = utc(2026, 3, 2, 6)
# Incidents are spread so that a few hundred deadlines are open at "now".
SECONDS_PER_INCIDENT = 900


def _signatory_rows(count: int, rng: random.Random) -> list[dict]:
    codes = sorted(iso_states())
    rows = []
    for n in range(count):
        approval = rng.random() < 0.4
        rows.append(dict(
            id=n + 1, code=codes[n] if n < len(codes) else f"ORG{n}", name=f"Signatory {n}",
            kind="state" if n < len(codes) else "organisation", nato=rng.random() < 0.8,
            eu=rng.random() < 0.6, agreement_date=None if rng.random() < 0.1 else
            (STARTEX - timedelta(days=rng.randint(-20, 800))).date(),
            approval_required=approval, approval_lead_hours=rng.choice((24, 48, 54, 72, 168)) if approval else 0,
            lead_time_assumed=True, approval_basis="", pledges="[]", contact=""))
    return rows


def _populate(n_sig: int, n_inc: int, seed: int):
    blank = populate_blank(f"Benchmark {n_sig}x{n_inc}", STARTEX,
                           duration=timedelta(seconds=n_inc * SECONDS_PER_INCIDENT + 4 * 86400))
    catalogue = shipped_catalogue()
    types = [t["code"] for t in catalogue.incident_types]
    instruments = [(i["code"], i["category"]) for i in catalogue.instruments]
    statuses = ("pledged", "announced", "delivered", "withdrawn")

    def populate(session) -> None:
        blank(session)
        rng = random.Random(seed)
        session.execute(insert(Signatory), _signatory_rows(n_sig, rng))
        # Every signatory a party of the blank's one option, from its agreement date (schema 4).
        session.execute(insert(TreatyParty), [dict(terms_id=1, signatory_id=n + 1, bound_from=None, basis="signed")
                                              for n in range(n_sig)])
        incidents, times = [], []
        for n in range(n_inc):
            occurred = STARTEX + timedelta(seconds=n * SECONDS_PER_INCIDENT + rng.randint(0, 600))
            times.append(occurred)
            incidents.append(dict(id=n + 1, incident_type=rng.choice(types), severity=rng.randint(1, 5),
                                  occurred_at=occurred, location="", description=""))
        session.execute(insert(Incident), incidents)
        commitments = []
        for n, occurred in enumerate(times):
            for _ in range(rng.choice((1, 2, 2, 3))):            # about two per incident
                measure, category = rng.choice(instruments)
                announced = occurred + timedelta(minutes=rng.randint(10, 40 * 60))
                effective = None if rng.random() < 0.3 else announced + timedelta(hours=rng.randint(0, 96))
                commitments.append(dict(incident_id=n + 1, signatory_id=rng.randint(1, n_sig), category=category,
                                        measure=measure, announced_at=announced, effective_at=effective,
                                        status=rng.choices(statuses, (3, 4, 2, 1))[0], note=""))
        session.execute(insert(Commitment), commitments)
        consultations = []
        for n, occurred in enumerate(times):
            for signatory in range(1, n_sig + 1):
                if rng.random() < 0.3:
                    joined = None if rng.random() < 0.05 else occurred + timedelta(minutes=rng.randint(30, 80 * 60))
                    consultations.append(dict(incident_id=n + 1, signatory_id=signatory, joined_at=joined, note=""))
        session.execute(insert(Consultation), consultations)
    return populate


def build_exercise(folder: Path, n_sig: int, n_inc: int, seed: int = 2026) -> ExerciseFile:
    return ExerciseFile.create(folder / f"bench-{n_sig}x{n_inc}.pactline", _populate(n_sig, n_inc, seed))


def median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run_size(folder: Path, n_sig: int, n_inc: int, runs: int) -> dict:
    start = time.perf_counter()
    doc = build_exercise(folder, n_sig, n_inc)
    build_s = time.perf_counter() - start
    try:
        snapshot = load_snapshot(doc)
        load_ms = median_ms(lambda: load_snapshot(doc), max(3, runs // 6))
    finally:
        doc.close()
    now = float(snapshot.inc_time[len(snapshot.inc_time) // 2]) + 0.5
    assess(snapshot, now)                                   # warm up numpy's code paths
    assess_ms = median_ms(lambda: assess(snapshot, now), runs)
    assessment = assess(snapshot, now)
    countdown_ms = median_ms(lambda: countdowns(assessment), runs)
    status = assessment.reaction.status
    return dict(size=f"{n_sig}x{n_inc}", n_sig=n_sig, n_inc=n_inc, commitments=len(snapshot.com_ids),
                consultations=int((snapshot.consultation_time != NO_TIME).sum() + snapshot.consultation_absent.sum()),
                build_s=build_s, load_ms=load_ms, assess_ms=assess_ms, countdown_ms=countdown_ms,
                rows=len(countdowns(assessment)),
                mix={name: int((status == code).sum()) for name, code in
                     (("not due", NOT_DUE), ("pending", PENDING), ("met", MET), ("missed", MISSED))})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31, help="repetitions for each median (default 31)")
    parser.add_argument("--sizes", default=",".join(f"{s}x{i}" for s, i in DEFAULT_SIZES),
                        help="comma-separated NxM sizes (signatories x incidents)")
    args = parser.parse_args(argv)
    sizes = [tuple(int(part) for part in size.split("x")) for size in args.sizes.split(",")]

    print(f"Pactline engine benchmark (median of {args.runs} runs; python {sys.version.split()[0]})")
    header = (f"{'size':>9} {'commit.':>7} {'consult.':>8} {'build s':>8} {'load ms':>8} "
              f"{'assess ms':>9} {'countdowns ms':>13}  target")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="pactline-bench-") as tmp:
        for n_sig, n_inc in sizes:
            result = run_size(Path(tmp), n_sig, n_inc, args.runs)
            target = ""
            if (n_sig, n_inc) == TARGET_SIZE:
                met = result["assess_ms"] <= TARGET_ASSESS_MS
                target = f"assess <= {TARGET_ASSESS_MS:.0f} ms: {'met' if met else 'MISSED'}"
            print(f"{result['size']:>9} {result['commitments']:>7} {result['consultations']:>8} "
                  f"{result['build_s']:>8.2f} {result['load_ms']:>8.1f} {result['assess_ms']:>9.2f} "
                  f"{result['countdown_ms']:>13.2f}  {target}")
            print(f"{'':>9} reaction statuses at now: {result['mix']}; {result['rows']} countdown rows")
    # The verdict is printed, not returned: a benchmark reports, it never fails a build on a
    # busy machine (speed is not asserted, see README "Development").
    return 0


if __name__ == "__main__":
    sys.exit(main())
