"""The after-action report as a paginated PDF (HSEEP AAR/IP structure), written with QPdfWriter.

``report_blocks`` turns a ReportContent into page blocks (gui/report/pages.py);
``export_pdf`` lays them out on A4 and writes the file. The file appears
only when complete (model/storage/file_output.py): it is written beside the target
under a temporary name, checked to end as a PDF ends and renamed at the end;
a cancelled or failed export leaves nothing behind.
"""
from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPdfWriter

from gui.comparison.chart import comparison_height, draw_comparison, letter
from gui.comparison.table_model import DIFFERS_FILL as DIFFERS
from gui.core.i18n import QT_TR_NOOP, tr
from gui.report import charts
from gui.report.blocks import ACCENT, MUTED, Block, Bullet, Cell, Contents, Figure, Heading, PageBreak, Spacer, Table, Text
from gui.report.pages import Cancelled, Marking, PagedDocument, Progress, render
from model.storage.file_output import PDF_END, atomic_output
from model.plural import plural
from gui.report.branch_blocks import branch_blocks
from gui.report.provision_blocks import provision_blocks
from model.report_content import SECTION_TITLES, section_title
from model.report_parts import ReportContent
from model.vocabulary import CATEGORIES

STATUS_TEXT = {"met": QColor("#1b5e20"), "missed": QColor("#b71c1c"), "pending": QColor("#8d6e00"),
               "not obliged": MUTED, "not due": MUTED}
RIGHT = Qt.AlignmentFlag.AlignRight
CENTRE = Qt.AlignmentFlag.AlignHCenter
FOOTER_HEAD_DIGITS = 16   # of the log's head on every page; the cover prints all 64


def anchor(n: int) -> str:
    return f"section-{n}"


def section(n: int, *, page_break: bool = True) -> Heading:
    return Heading(f"{n}  {section_title(n)}", 1, anchor=anchor(n), page_break_before=page_break)


def hours(value: float | None) -> str:
    # The locale's decimal separator: 30,3 h in Italian.
    return "—" if value is None else f"{QLocale().toString(float(value), 'f', 1)} h"


# The engine's status names (model.engine.STATUS_NAMES), as the outcome cells show them.
# The log's kinds as the log dock names them (gui/conduct/log_model.py; the report may not import conduct).
_LOG_KINDS = {"decision": QT_TR_NOOP("Decision"), "commitment": QT_TR_NOOP("Commitment"),
              "attendance": QT_TR_NOOP("Attendance"), "note": QT_TR_NOOP("Note"), "correction": QT_TR_NOOP("Correction"),
              "clock": QT_TR_NOOP("Clock"), "inject": QT_TR_NOOP("Inject"), "edit": QT_TR_NOOP("Edit")}
_STATUS_WORDS = (QT_TR_NOOP("met"), QT_TR_NOOP("missed"), QT_TR_NOOP("pending"), QT_TR_NOOP("not obliged"),
                 QT_TR_NOOP("not due"))


def outcome_cell(outcome) -> Cell:
    if outcome.status in ("not obliged", "not due"):
        return Cell(tr(outcome.status), colour=MUTED)
    when = f"{hours(outcome.latency_h)} · " if outcome.latency_h is not None else ""
    return Cell(f"{tr(outcome.status).upper()}\n{when}{outcome.margin}", colour=STATUS_TEXT[outcome.status])


def counts_text(counts: dict[str, int]) -> str:
    return f"{counts['met']} / {counts['missed']} / {counts['pending']}"


def bullets(texts, *, colour=None, size=8.5) -> list[Block]:
    return [Bullet(t, size, colour=colour or QColor("#1f2a30")) for t in texts]


def key_values(rows: list[tuple[str, str]], widths=(1, 3)) -> Table:
    return Table(["", ""], [[Cell(k, bold=True), v] for k, v in rows], widths, size=8.5, header=False, zebra=False,
                 keep_together=True)


def note(text: str) -> Text:
    return Text(text, 8.5, italic=True, colour=MUTED, space_after=8)


def log_head_line(c: ReportContent, digits: int | None = None) -> str:
    """``Log: 12 entries, head 1a2b…``: whoever kept the report can check the file's log against it."""
    head = c.log_head
    shown = head.head_hash if digits is None else head.head_hash[:digits] + "…"
    text = tr("Log: {0} entry, head {1}") if head.entries == 1 else tr("Log: {0} entries, head {1}")
    return text.replace("{0}", str(head.entries)).replace("{1}", shown)


# -- sections --------------------------------------------------------------------------------------
def title_page(c: ReportContent) -> list[Block]:
    return [
        Spacer(70),
        Text(tr("AFTER-ACTION REPORT / IMPROVEMENT PLAN"), 11, bold=True, colour=ACCENT, space_after=10),
        Heading(c.title, 0),
        Text(c.description, 10.5, colour=MUTED, space_after=26),
        key_values([(tr("Exercise dates"), f"STARTEX {c.startex}\nENDEX {c.endex}"),
                    (tr("Classification"), c.classification),
                    (tr("Assessed as of"), c.as_of),
                    (tr("Treaty option"), c.terms.name),
                    (tr("Report generated"), tr("{0}, by Pactline (offline)").format(c.generated)),
                    (tr("Decision log"), log_head_line(c))], widths=(1, 2.6)),
        Text(c.as_of_note, 9, fill=QColor("#eef3f8"), pad=8, space_before=10, space_after=20),
        Text(tr("Handling: this report is exercise material. Every incident, decision and commitment in it "
                "belongs to a simulated scenario and must not be mistaken for real-world information."),
             8, italic=True, colour=MUTED),
        PageBreak(),
        Heading(tr("Contents"), 1),
        Contents([(anchor(n), f"{n}   {section_title(n)}") for n in range(1, len(SECTION_TITLES) + 1)]),
    ]


def overview(c: ReportContent) -> list[Block]:
    t = c.terms
    blocks: list[Block] = [section(1), Heading(tr("1.1 At a glance"), 2),
                           key_values(list(c.key_figures), widths=(2, 1)),
                           Heading(tr("1.2 Name, dates and scope"), 2),
                           key_values([(tr("Exercise"), c.title), (tr("STARTEX"), c.startex), (tr("ENDEX"), c.endex),
                                       (tr("Scope"), c.description or "—"), (tr("Classification"), c.classification)]),
                           Heading(tr("1.3 Objectives"), 2)]
    if c.objectives:
        blocks.append(Table([tr("Code"), tr("Objective"), tr("Capability"), tr("Rating")],
                            [[Cell(o.code, bold=True), o.title, o.capability or "—",
                              f"{o.rating}  {o.rating_name}" if o.rating else tr("not rated")]
                             for o in c.objectives], (0.7, 4, 2, 2.2)))
    else:
        blocks.append(note(tr("No objectives are recorded in this exercise (Evaluation dock).")))
    blocks += [Heading(tr("1.4 Treaty terms"), 2),
               key_values([(tr("Treaty option"), t.name),
                           (tr("Reaction deadline"), tr("{0} h after the incident").replace("{0}", str(t.reaction_hours))),
                           (tr("Consultation tiers"), " / ".join(f"{h} h" for h in t.tiers)),
                           (tr("Categories in scope"), ", ".join(t.categories)),
                           (tr("Coordination"), t.coordination),
                           (tr("Notes"), t.notes or "—")]
                          + ([(tr("Other options modelled"), "; ".join(t.other_options))] if t.other_options else [])),
               Table([tr("Severity"), tr("Consultation within")], [[s, f"{h} h"] for s, h in t.severity_rule],
                     (4, 1.2), aligns=(Qt.AlignmentFlag.AlignLeft, RIGHT)),
               Heading(tr("1.5 Participants"), 2),
               Text(plural(c.signatory_count, tr("{0} signatory."), tr("{0} signatories.")) + " " + tr(
                   "Parliamentary approval applies to military commitments that deploy forces; "
                   "an assumed lead time is a planning assumption, not a published figure."), 8.5, colour=MUTED),
               participants_table(c)]
    return blocks


def participants_table(c: ReportContent) -> Table:
    contacts = any(p.contact for p in c.participants)     # the column only when someone has a contact
    headers = [tr("Code"), tr("Signatory"), tr("NATO"), tr("EU"), tr("Agreement"),
               tr("Parliamentary approval (military deployment)")] + ([tr("Contact")] if contacts else [])
    rows = [[Cell(p.code, bold=True), p.name + (tr(" (organisation)") if p.kind == "organisation" else ""),
             tr("yes") if p.nato else "—", tr("yes") if p.eu else "—", p.agreement or "—",
             p.approval + (f"\n{p.approval_basis}" if p.approval_basis else "")] + ([p.contact or "—"] if contacts else [])
            for p in c.participants]
    widths = (0.6, 1.6, 0.6, 0.5, 1.1, 4.2) + ((1.4,) if contacts else ())
    return Table(headers, rows, widths, size=7.5)


def timeline(c: ReportContent) -> list[Block]:
    return [section(2), Figure(charts.draw_timeline(c.timeline), charts.timeline_height(c.timeline), caption=tr(
        "Incidents (diamonds, coloured by severity S1–S5) with their consultation windows below them: each bar runs "
        "from the incident to its consultation deadline, the black tick marks the reaction deadline, the colour says "
        "whether any signatory missed it. Each lane is a signatory; each dot a commitment by category, hollow while "
        "only pledged, ringed red where a parliamentary gate was broken. Grey: outside STARTEX–ENDEX."))]


def capital_facts(inc) -> list[tuple[str, str]]:
    """The deadlines on the capitals' clocks, when the report carries them."""
    return [(label, text) for label, text in ((tr("Reaction deadline in the capitals"), inc.reaction_capitals),
                                              (tr("Consultation deadline in the capitals"), inc.consultation_capitals))
            if text]


def incidents(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [section(3), Text(tr(
        "For each incident: what the treaty demanded (reaction and consultation deadlines, the proportional response "
        "expected) against what each signatory did. Latency is counted in hours after the incident."), 9)]
    blocks += branch_blocks(c)
    if c.missed_texts:
        blocks += [Heading(tr("Missed deadlines"), 3)] + bullets(c.missed_texts, colour=QColor("#7f1d1d"))
    for inc in c.incidents:
        blocks.append(Heading(f"{inc.label} — {inc.occurred_at}" + (f", {inc.location}" if inc.location else ""), 2))
        if inc.description:
            description = Text(inc.description, 8.5, italic=True, colour=MUTED)
            description.keep_with_next = True
            blocks.append(description)
        facts = [(tr("Severity"), inc.severity),
                 (tr("Reaction deadline"), inc.reaction_deadline),
                 (tr("Consultation deadline"), tr("{0} ({1} h tier)").format(inc.consultation_deadline, inc.tier_hours)),
                 *capital_facts(inc),
                 (tr("Expected responses"), ", ".join(inc.expected) or "—"),
                 (tr("Committed"), ", ".join(inc.committed) or "—"),
                 (tr("Gap"), ", ".join(inc.gaps) or tr("none"))]
        if not inc.occurred:
            blocks += [key_values(facts[:3 + len(capital_facts(inc))]), note(tr("Not yet occurred at the assessment time: nothing was owed."))]
            continue
        r, k = inc.reaction_counts, inc.consultation_counts
        facts.append((tr("Outcome"), tr("reaction met {0}, missed {1}, pending {2}; consultation met {3}, missed {4}, "
                                        "pending {5}").format(r["met"], r["missed"], r["pending"], k["met"],
                                                              k["missed"], k["pending"])))
        blocks.append(key_values(facts))
        blocks.append(Table([tr("Signatory"), tr("Reaction"), tr("Consultation"), tr("Commitments")],
                            [[Cell(f"{s.code}  {s.name}", bold=True), outcome_cell(s.reaction),
                              outcome_cell(s.consultation), "\n".join(s.commitments) or "—"]
                             for s in inc.responses], (1.7, 1.35, 1.35, 3.2), size=7.5))
    return blocks


def compliance(c: ReportContent) -> list[Block]:
    initials = [name[0].upper() for name in CATEGORIES]
    rows = []
    for row in c.compliance:
        missed = row.reactions["missed"] + row.consultations["missed"]
        rows.append([Cell(row.code, bold=True), row.name,
                     Cell(counts_text(row.reactions), colour=STATUS_TEXT["missed"] if row.reactions["missed"] else None),
                     hours(row.mean_reaction_h),
                     Cell(counts_text(row.consultations),
                          colour=STATUS_TEXT["missed"] if row.consultations["missed"] else None),
                     hours(row.mean_consultation_h), " ".join(str(n) for n in row.commitments),
                     Cell(str(missed), bold=bool(missed), colour=STATUS_TEXT["missed"] if missed else MUTED)])
    total = {key: sum(r.reactions[key] for r in c.compliance) for key in ("met", "missed", "pending")}
    total_c = {key: sum(r.consultations[key] for r in c.compliance) for key in ("met", "missed", "pending")}
    rows.append([Cell(tr("All"), bold=True), Cell(tr("all signatories"), bold=True),
                 Cell(counts_text(total), bold=True), "", Cell(counts_text(total_c), bold=True), "",
                 Cell(" ".join(str(sum(r.commitments[i] for r in c.compliance)) for i in range(len(CATEGORIES))),
                      bold=True), Cell(str(total["missed"] + total_c["missed"]), bold=True)])
    return [section(4), Text(tr(
        "Deadlines per signatory across all incidents that had occurred (met / missed / pending); mean latency over "
        "the deadlines a signatory fulfilled; commitments by category ({0}).").replace(
            "{0}", ", ".join(f"{i} = {n}" for i, n in zip(initials, CATEGORIES))), 9),
        Table([tr("Code"), tr("Signatory"), tr("Reactions\nmet / missed / pending"), tr("Mean\nreaction"),
               tr("Consultations\nmet / missed / pending"), tr("Mean\nconsultation"), " ".join(initials),
               tr("Missed\nin all")], rows, (0.6, 1.7, 1.5, 0.9, 1.6, 1.1, 1.2, 0.8), size=7.5,
              aligns=(Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeft, CENTRE, RIGHT, CENTRE, RIGHT, CENTRE,
                      CENTRE))]


def latency(c: ReportContent) -> list[Block]:
    return [section(5), Figure(charts.draw_latency(c.latency, c.reaction_hours), charts.latency_height(c.latency),
                               caption=tr("One bar per incident in each signatory's row, in incident order (top: "
                                          "earliest). Incidents a signatory was not obliged to answer are left out."))]


def matrix(c: ReportContent) -> list[Block]:
    return [section(6), Text(tr("Which signatories committed what, across all incidents."), 9),
            Figure(charts.draw_matrix(c.matrix_codes, c.matrix), charts.matrix_height(c.matrix_codes))]


def gaps(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [section(7), Text(tr(
        "An incident has a proportionality gap when a response category the treaty expects for its type and severity "
        "has no commitment from any signatory."), 9)]
    rows = [[Cell(i.label, bold=True), ", ".join(i.expected) or "—", ", ".join(i.committed) or "—",
             Cell(", ".join(i.gaps) or tr("none"), colour=STATUS_TEXT["missed"] if i.gaps else STATUS_TEXT["met"],
                  bold=bool(i.gaps))] for i in c.incidents if i.occurred]
    if rows:
        blocks.append(Table([tr("Incident"), tr("Expected"), tr("Committed"), tr("Missing")], rows, (2.2, 2, 2, 1.5)))
    blocks += bullets(c.gap_texts) if c.gap_texts else [note(tr("No proportionality gaps at the assessment time."))]
    return blocks


def gates(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [section(8), Text(tr(
        "A military commitment that deploys forces, by a signatory whose parliament must approve it first, cannot be "
        "effective before announcement plus the approval lead time."), 9)]
    violations = [t for t, v in c.gate_texts if v]
    respected = [t for t, v in c.gate_texts if not v]
    if violations:
        blocks += [Heading(tr("Gates broken"), 3)] + bullets(violations, colour=STATUS_TEXT["missed"])
    if respected:
        blocks += [Heading(tr("Gated commitments"), 3)] + bullets(respected)
    if not c.gate_texts:
        blocks.append(note(tr("No commitment was subject to a parliamentary gate.")))
    if c.gated_signatories:
        blocks += [Heading(tr("Signatories with an approval requirement"), 3),
                   Table([tr("Code"), tr("Signatory"), tr("Approval"), tr("Legal basis")],
                         [[Cell(p.code, bold=True), p.name, p.approval, p.approval_basis or "—"]
                          for p in c.gated_signatories], (0.6, 1.5, 1.6, 5), size=7.5)]
    return blocks


def options_compared(c: ReportContent) -> list[Block]:
    """The treaty options on the same incidents and responses: the comparison view's chart and table."""
    blocks: list[Block] = [section(9)]
    compared = c.options_compared
    if compared is None:
        return blocks + [note(tr("This exercise keeps one treaty option only: there is nothing to compare it with."))]
    letters = [letter(n) for n in range(len(compared.names))]
    blocks += [Text(tr("The same incidents, attendances and commitments judged under each treaty option kept in the "
                       "exercise, as of {0}. The exercise was played under {1}; the others show what they would "
                       "have demanded. Rows where the options differ are shaded.").replace("{0}", compared.judged_at or c.as_of)
                    .replace("{1}", compared.active), 9)]
    if compared.outcome:
        blocks.append(Text(tr("Every option is judged here on the branch “{0}”: the trunk plus the incidents, "
                              "attendances and commitments of that answer.").replace("{0}", compared.outcome), 9))
    blocks.append(Figure(draw_comparison(compared.figures),
                         lambda width, k: comparison_height(width, k, len(compared.figures),
                                                            [f.name for f in compared.figures]),
                         caption=tr("Options lettered as in the table. A dash on the base line: no such measure "
                                    "took effect under that option.")))
    rows = [[Cell(label, fill=DIFFERS if compared.differs(n) else None)]
            + [Cell(cell, fill=DIFFERS if compared.differs(n) else None, align=CENTRE) for cell in cells]
            for n, (label, cells) in enumerate(compared.rows)]
    blocks.append(Table([tr("Measure"), *[f"{x}  {name}" for x, name in zip(letters, compared.names)]], rows,
                        (2.1, *[1.4] * len(compared.names)), size=7.5))
    if compared.left_out:
        blocks.append(note(tr("Also kept in the exercise, not compared here: {0}.").replace(
            "{0}", ", ".join(compared.left_out))))
    return blocks


def log(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [section(10), Text(tr(
        "Decisions, commitments, attendances and injects recorded during conduct, in order (edits made while "
        "planning are not listed)."), 9)]
    if c.log_left_out:   # said before the table: the oldest are left out, the end of play is always there
        blocks.append(note(plural(c.log_left_out, tr("The oldest entry is left out; the newest {1} follow. The "
                                                     "exercise log holds them all."),
                                  tr("The {0} oldest entries are left out; the newest {1} follow. The exercise log "
                                     "holds them all.")).replace("{1}", str(len(c.log)))))
    if c.log:
        blocks.append(Table([tr("No."), tr("Scenario"), tr("Wall"), tr("Kind"), tr("By"), tr("Entry")],
                            [[f"#{e.number}", Cell(e.scenario, bold=True), e.wall, tr(_LOG_KINDS.get(e.kind, e.kind)),
                              e.author, e.text]
                             for e in c.log], (0.6, 1, 1, 0.9, 1, 5), size=7.5))
    else:
        blocks.append(note(tr("Nothing of this kind was logged.")))
    return blocks


def objectives(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [section(11), Text(tr("Each objective's rating, with what the evaluators observed."), 9),
                           Table([tr("Rating"), tr("Meaning")], [[Cell(k, bold=True), v]
                                                                 for k, v in c.rating_names.items()], (0.6, 5),
                                 size=8)]
    if not c.objectives:
        blocks.append(note(tr("No objectives are recorded in this exercise (Evaluation dock).")))
    for o in c.objectives:
        blocks.append(Heading(f"{o.code}  {o.title}", 2))
        facts = [(tr("Rating"), f"{o.rating}: {o.rating_name}" if o.rating else tr("Not rated"))]
        facts += [(tr("Capability"), o.capability)] if o.capability else []
        facts += [(tr("Critical tasks"), o.critical_tasks)] if o.critical_tasks else []
        facts += [(tr("Rating note"), o.rating_note)] if o.rating_note else []
        blocks.append(key_values(facts))
        for title, texts in ((tr("Strengths"), o.strengths), (tr("Areas for improvement"), o.improvements),
                             (tr("Other observations"), o.notes)):
            if texts:
                blocks += [Heading(title, 3)] + bullets(texts)
        if not (o.strengths or o.improvements or o.notes):
            blocks.append(note(tr("No observations recorded.")))
    return blocks


def improvement_plan(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [section(12)]
    if not c.improvement_plan:
        return blocks + [note(tr("The improvement plan is empty: add its items in the Evaluation dock."))]
    return blocks + [Table([tr("Obj."), tr("Issue / area for improvement"), tr("Corrective action"), tr("Capability"),
                            tr("Responsible organisation"), tr("Point of contact"), tr("Start"), tr("Completion")],
                           [[Cell(i.objective or "—", bold=True), i.issue, i.corrective_action or "—",
                             i.capability or "—", i.responsible_org or "—", i.point_of_contact or "—", i.start or "—",
                             i.completion or "—"] for i in c.improvement_plan],
                           (0.65, 2.2, 2.2, 1.2, 1.3, 1.2, 0.9, 0.9), size=7)]


def provisions(c: ReportContent) -> list[Block]:
    return provision_blocks(c, section(13))


def report_blocks(c: ReportContent) -> list[Block]:
    parts = (title_page, overview, timeline, incidents, compliance, latency, matrix, gaps, gates, options_compared,
             log, objectives, improvement_plan, provisions)
    return [block for part in parts for block in part(c)]


def report_document(c: ReportContent) -> PagedDocument:
    marking = Marking(c.classification, c.marking_colour,
                      running_title=tr("After-Action Report — {0}").replace("{0}", c.title),
                      running_right=tr("as of {0}").replace("{0}", c.as_of),
                      footer_left=tr("Pactline · generated {0}").replace("{0}", c.generated)
                      + " · " + log_head_line(c, digits=FOOTER_HEAD_DIGITS))
    return PagedDocument(report_blocks(c), marking)


def export_pdf(content: ReportContent, path: Path | str, progress: Progress | None = None) -> int:
    """Write the report to *path*; returns its page count.

    Raises Cancelled (no file left) if *progress* says so, OutputError (no file left) if the disk refuses it.
    """
    with atomic_output(path, ends_with=PDF_END) as partial:
        pages = _write(content, partial, progress)
        if progress is not None and not progress(1.0, tr("Done")):
            raise Cancelled()
    return pages


def _write(content: ReportContent, path: Path, progress: Progress | None) -> int:
    writer = QPdfWriter(str(path))
    try:
        writer.setTitle(tr("After-Action Report — {0}").replace("{0}", content.title))
        writer.setCreator("Pactline")
        PagedDocument.prepare(writer)
        return render(report_document(content), writer, progress)
    finally:
        shiboken6.delete(writer)    # closes the file now, even while an exception holds this frame
