"""The ``stationdesk`` command: the GUI by default, plus demo, check, backup, screenshots, smoke.

Imports are lazy: ``stationdesk --version`` and the GUI start must not pay for SQLAlchemy, Alembic
or Qt before they need them, so every command imports what it uses inside its function.

Failures are one English line on stderr and an exit status, never a traceback: 2 for bad input
(arguments, a missing, foreign or too new database, a target that exists), 1 for a database
that fails its check or an unexpected error. The GUI translates error codes; the CLI uses the
small table below. Set STATIONDESK_DEBUG=1 to get the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn
from urllib.parse import quote

from stationdesk import __version__

if TYPE_CHECKING:
    from stationdesk.services.context import ServiceContext
    from stationdesk.services.database import OpenedDatabase
    from stationdesk.services.referrals import ReferralInfo
    from stationdesk.services.roster_import import Preview, RosterTable

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
LANGUAGES = ("zh_CN", "zh_TW", "en")
LEDGER_KINDS = ("reception", "visits", "referrals", "volunteer", "training")

# Error code -> English sentence; ``{name}`` placeholders come from the error's params.
MESSAGES: dict[str, str] = {
    "db.missing": "no database at {path} (the file is missing or empty)",
    "db.unreadable": "cannot read {path} as a database: {reason}",
    "db.foreign": "{path} is a database of another program, not of StationDesk",
    "db.too_new": "this database was written by a newer StationDesk (schema {revision}); please upgrade",
    "db.unsupported_backend": "StationDesk cannot use a {backend} database yet; please use a SQLite file",
    "backup.not_sqlite": "only a SQLite database file can be backed up this way",
    "backup.same_file": "the backup cannot overwrite the database itself",
    "backup.write_failed": "cannot write the backup {path}: {reason}",
    "demo.not_empty": "the database already holds a station; the demo needs a new file",
    "demo.target_exists": "{path} already exists; use --force to replace it",
    "demo.no_folder": "the folder {path} does not exist",
    "demo.target_is_folder": "{path} is a folder, not a file",
    "demo.bad_years": "--years must be at least {min}",
    "demo.bad_persons": "--persons must be at least {min}",
    "cli.target_exists": "{path} already exists; use --force to replace it",
    "cli.no_folder": "the folder {path} does not exist",
    "cli.not_a_folder": "{path} is a file, not a folder",
    "cli.needs_file": "this command needs a SQLite database file (--db PATH)",
    "cli.bad_url": "not a database URL: {url}",
    "cli.no_driver": "no database driver installed for {url}",
    "cli.no_gui": "the graphical interface is not available: {reason}",
    "cli.refused": "{reason}",
    "cli.is_a_folder": "{path} is a folder, not a file",
    "setup.no_admin": "the database has no active administrator (run the first-start set-up in the app)",
    "report.no_referral": "no referral with the id or tracking code {ref}",
    "report.no_relief_type": "no single relief type is called {name!r}; the relief types are: {names}",
    "report.coverage_needs_output": "say what to write: --json, --out FILE.pdf, or both",
    "report.no_session": "no training session with the id {id} (or it was cancelled)",
    "report.no_programme": "no training programme with the id {id}",
    "report.bad_format": "{path}: write a .pdf or an .xlsx file",
    "training.programme_not_found": "no training programme with that id (see: stationdesk training list)",
    "roster.no_file": "no roster file at {path}",
    "roster.not_xlsx": "{path} is not an .xlsx workbook (save it from Excel or WPS as .xlsx)",
    "roster.no_sheet": "the workbook has no sheet {sheet!r}; its sheets are: {sheets}",
    "roster.no_name_column": "no column of names found (a header such as 姓名 is needed)",
    "roster.bad_mapping": "a mapped column is not in the roster",
    "roster.too_many_rows": "the roster has more than {max} rows",
    "roster.no_name": "no name",
    "roster.bad_phone": "not an 11-digit mobile number",
    "roster.bad_date": "not a birth date (1980-01-02, 1980/1/2 or 1980年1月2日)",
    "roster.bad_sex": "sex is neither 男 nor 女",
    "roster.id_as_number": "the ID number was stored as a number and lost digits (format the column as text)",
    "roster.duplicate_row": "the same person as row {row}",
    "roster.id_other_name": "the ID number is registered under another name",
    "roster.conflict": "the ID number and the phone belong to different registered people",
    "roster.several_matches": "several registered people have this name and phone",
    "roster.name_only_ambiguous": "a name alone, and people of that name are registered: add a phone or ID",
    "roster.possible_duplicate": "someone of this name and birth date is registered: enrol from the registry",
    "report.no_person": "no person with the id {id}",
    "report.no_volunteer": "no volunteer with the id {id}",
    "report.not_pdf": "{path}: write a .pdf file",
    "hours_certificate.bad_period": "the period ends ({last}) before it begins ({first})",
    "hours_certificate.no_hours": "no counted volunteer hours from {first} to {last}: nothing to certify"
    " (hours awaiting review do not count)",
    "hours_certificate.hours_changed": "the counted hours of certificate {number} changed since it was"
    " issued: void it in the app and issue a new one",
    "training.nobody_enrolled": "the programme has no participants: no badges to print",
    "roster.bad_registered_on": "not a registration date (2024-05-06, 2024/5/6, 2024年5月6日; to today)",
    "team.retired": "the team {name} is retired",
    "team.bad_name": "a team's name has 1 to {max} characters",
    "volunteer.platform_number_too_long": "the platform number is too long (at most {max} characters)",
    "hub.unknown_station": "no station {code} in this database (its stations: {known})",
    "hub.bad_months": "--months must be from {min} to {max}",
    "sync.no_passphrase_file": "no passphrase file at {path}",
    "sync.no_such_peer": "no single enrolled site matches {site} (see: stationdesk site list)",
    "sync.no_file": "no file at {path}",
}


class UsageError(Exception):
    """Bad input detected by the CLI itself; shown as one line, exit status 2."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of the usage block."""

    def error(self, message: str) -> NoReturn:
        raise _ArgumentsRefused(f"{message} (see: {self.prog} --help)")


class _ArgumentsRefused(Exception):
    pass


def describe(error: BaseException) -> str:
    """One English line for an error carrying ``code`` and ``params``."""
    code = getattr(error, "code", None)
    if (
        isinstance(code, str)
        and code not in MESSAGES
        and code.startswith(SYNC_PREFIXES)
        and str(error) != code
    ):
        return _one_line(str(error))  # the sync layers' errors carry an English sentence
    if isinstance(code, str):
        return coded_line(code, getattr(error, "params", None) or {})
    return _one_line(str(error) or type(error).__name__)


def coded_line(code: str, params: Mapping[str, Any]) -> str:
    """One English line for an error code (also a refused roster row's reason)."""
    template = MESSAGES.get(code)
    if template is not None:
        try:
            return _one_line(template.format(**params))
        except (KeyError, IndexError):
            pass
    detail = ", ".join(f"{k}={v}" for k, v in params.items())
    return _one_line(f"{code} ({detail})" if detail else code)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- arguments -------------------------------------------------------------------------------


def _database_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # On subcommands the defaults are SUPPRESSed so they do not erase a --db given before the
    # subcommand (argparse copies a subparser's defaults over the parent's values).
    default = argparse.SUPPRESS if suppress else None
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--db", metavar="PATH", default=default, help="SQLite database file")
    group.add_argument("--db-url", metavar="URL", default=default, help="SQLAlchemy database URL")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="stationdesk",
        description="StationDesk: the front desk of a township social work station (社工站).",
    )
    parser.add_argument("--version", action="version", version=f"StationDesk {__version__}")
    _database_options(parser, suppress=False)
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="language of the window (default: the saved setting)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _database_options(sub, suppress=True)
        return sub

    demo = command("demo", "build a realistic demo station database (演示数据)")
    demo.add_argument("--years", type=int, default=1, help="years of history, 5,000 persons each (default 1)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same people")
    demo.add_argument("--force", action="store_true", help="replace an existing database file")
    demo.add_argument("--persons", type=int, default=None, help=argparse.SUPPRESS)

    check = command("check", "check a database: schema version, integrity, row counts")
    check.add_argument("--json", action="store_true", help="print the report as JSON")

    backup = command("backup", "write a consistent copy of the database while it may be in use")
    backup.add_argument("--out", required=True, metavar="FILE", help="backup file, or a folder to put it in")
    backup.add_argument("--force", action="store_true", help="replace an existing backup file")

    shots = command("screenshots", "render every page to PNG files (offscreen)")
    shots.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")

    smoke = command("smoke", "open the main window on a database, visit the pages and quit")
    smoke.add_argument("--page", metavar="NAME", default=None, help="only this page")

    report = command("report", "print a report to a PDF (or .xlsx) file")
    reports = report.add_subparsers(dest="report", metavar="REPORT", parser_class=_Parser, required=True)
    slip_help = "the referral slip (转介单) with its tear-off return part (回执联)"
    slip = reports.add_parser("referral-slip", help=slip_help, description=slip_help)
    _database_options(slip, suppress=True)
    slip.add_argument("--referral", required=True, metavar="ID_OR_CODE", help="referral id or tracking code")
    slip.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    slip.add_argument("--force", action="store_true", help="replace an existing file")

    notice_help = "the one-time notice (一次性告知单): the documents to bring for one relief type"
    notice = reports.add_parser("notice", help=notice_help, description=notice_help)
    _database_options(notice, suppress=True)
    notice.add_argument(
        "--relief-type", required=True, metavar="NAME", help="its name, part of it, or its id"
    )
    notice.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    notice.add_argument("--force", action="store_true", help="replace an existing file")

    coverage_help = "the key-target visit coverage of a month (due, visited, rate, the misses with reasons)"
    cover = reports.add_parser("coverage", help=coverage_help, description=coverage_help)
    _database_options(cover, suppress=True)
    cover.add_argument("--month", required=True, metavar="YYYY-MM", type=_month, help="the month")
    cover.add_argument("--json", action="store_true", help="print the coverage as JSON")
    cover.add_argument("--out", metavar="FILE.pdf", help="write the coverage as a PDF file")
    cover.add_argument("--force", action="store_true", help="replace an existing file")

    sheet_help = "the pre-filled sign-in sheet (签到表) of a training session, as PDF or .xlsx"
    sheet = reports.add_parser("signin-sheet", help=sheet_help, description=sheet_help)
    _database_options(sheet, suppress=True)
    sheet.add_argument("--session", required=True, metavar="ID", help="the training session's id")
    sheet.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="the file to write")
    sheet.add_argument("--force", action="store_true", help="replace an existing file")

    record_help = "the attendance record (考勤记录) of a training session or a whole programme"
    record = reports.add_parser("attendance", help=record_help, description=record_help)
    _database_options(record, suppress=True)
    which = record.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", help="one session's record")
    which.add_argument("--programme", metavar="ID", help="the programme's grid of participants × sessions")
    record.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="the file to write")
    record.add_argument("--force", action="store_true", help="replace an existing file")
    training_cmd = command("training", "training programmes: list them, enrol a roster")
    trainings = training_cmd.add_subparsers(
        dest="training", metavar="ACTION", parser_class=_Parser, required=True
    )
    listing_help = "the programmes with their ids, dates, counts and sessions"
    listing = trainings.add_parser("list", help=listing_help, description=listing_help)
    _database_options(listing, suppress=True)
    listing.add_argument("--json", action="store_true", help="print the programmes as JSON")
    roster_help = "enrol the people of an .xlsx roster in a programme (a preview with --dry-run)"
    roster = trainings.add_parser("import-roster", help=roster_help, description=roster_help)
    _database_options(roster, suppress=True)
    roster.add_argument("--programme", required=True, metavar="ID", help="the programme's id")
    roster.add_argument("file", metavar="FILE.xlsx", help="the roster")
    roster.add_argument("--sheet", metavar="NAME", help="the sheet (default: the first with a header row)")
    roster.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    roster.add_argument("--json", action="store_true", help="print the preview and result as JSON")
    _training_reports(reports)
    _volunteer_commands(command)
    _hub_commands(command)
    _sync_commands(command)
    roster_help = "the volunteer roster (志愿服务排班表) of a month, as PDF or .xlsx"
    month_roster = reports.add_parser("roster", help=roster_help, description=roster_help)
    _database_options(month_roster, suppress=True)
    month_roster.add_argument("--month", required=True, type=_month, metavar="YYYY-MM", help="the month")
    month_roster.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="the file to write")
    month_roster.add_argument("--force", action="store_true", help="replace an existing file")
    hours_help = (
        "a volunteer's service record certificate (志愿服务记录证明) for a period: issued if none is "
        "valid for exactly that period, else the valid one reprinted"
    )
    hours = reports.add_parser("hours-certificate", help=hours_help, description=hours_help)
    _database_options(hours, suppress=True)
    hours.add_argument("--volunteer", required=True, metavar="ID", help="the volunteer's id")
    hours.add_argument("--from", dest="first_day", required=True, type=_day, metavar="YYYY-MM-DD")
    hours.add_argument("--to", dest="last_day", required=True, type=_day, metavar="YYYY-MM-DD")
    hours.add_argument("--out", required=True, metavar="FILE.pdf", help="the file to write")
    hours.add_argument("--force", action="store_true", help="replace an existing file")
    ledger_help = "a ledger (台账) of a month on the official form, as PDF or .xlsx"
    ledger = reports.add_parser("ledger", help=ledger_help, description=ledger_help)
    _database_options(ledger, suppress=True)
    ledger.add_argument("kind", choices=LEDGER_KINDS, metavar="KIND", help=", ".join(LEDGER_KINDS))
    ledger.add_argument("--month", required=True, type=_month, metavar="YYYY-MM", help="the month")
    ledger.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="the file to write")
    ledger.add_argument("--force", action="store_true", help="replace an existing file")
    _station_reports(reports)
    return parser


def _station_reports(reports: argparse._SubParsersAction[_Parser]) -> None:
    """``report monthly | quarterly``: the station report (月报, 季报) as PDF or .xlsx."""
    for name, option, kind, metavar in (
        ("monthly", "--month", _month, "YYYY-MM"),
        ("quarterly", "--quarter", _quarter, "YYYY-Qn"),
    ):
        help_text = f"the station's {name} report (月报/季报): figures, charts, comparison; PDF or .xlsx"
        sub = reports.add_parser(name, help=help_text, description=help_text)
        _database_options(sub, suppress=True)
        sub.add_argument(option, required=True, type=kind, metavar=metavar, help="the period")
        sub.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx", help="the file to write")
        sub.add_argument("--lang", choices=LANGUAGES, default="zh_CN", help="zh_CN (default), zh_TW or en")
        sub.add_argument("--force", action="store_true", help="replace an existing file")
        sub.add_argument(
            "--station", action="append", metavar="CODE", dest="stations",
            help="only this station's figures (repeat for several; default: the whole database, on a hub"
            " the district's roll-up)",
        )  # fmt: skip


def _hub_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """``hub status``: a district hub's stations × months (催报)."""
    hub_cmd = command("hub", "a district hub: who of its stations reported which month")
    actions = hub_cmd.add_subparsers(dest="hub", metavar="ACTION", parser_class=_Parser, required=True)
    status_help = "the stations × the last complete months: reported, late, not yet due, no data; last sync"
    status = actions.add_parser("status", help=status_help, description=status_help)
    _database_options(status, suppress=True)
    status.add_argument("--months", type=int, default=12, metavar="N", help="how many months (default 12)")
    status.add_argument("--json", action="store_true", help="print the matrix as JSON")


def _sync_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """``export``, ``import``, ``site enrolment-file|enrol|list``, ``conflicts list|resolve`` (issue 7)."""
    export = command("export", "write a sync bundle for another site (incremental since its last receipt)")
    export.add_argument(
        "--out", required=True, metavar="FOLDER|FILE", help="a folder (the name is made) or a file"
    )
    whom = export.add_mutually_exclusive_group()
    whom.add_argument(
        "--for", dest="audience", choices=("hub", "station", "trainer"), help="what it may carry"
    )
    whom.add_argument("--peer", metavar="SITE", help="the enrolled site it is for (its id or last 8 digits)")
    since = export.add_mutually_exclusive_group()
    since.add_argument(
        "--since-last", action="store_true", help="only what the site has not acknowledged (default)"
    )
    since.add_argument("--full", action="store_true", help="everything the audience may receive")
    lock = export.add_mutually_exclusive_group()
    lock.add_argument("--passphrase-file", metavar="F", help="encrypt with the passphrase in this file")
    lock.add_argument("--recipient", metavar="PUBKEY", help="encrypt to this age1... key")
    export.add_argument("--json", action="store_true", help="print the result as JSON")

    imp = command(
        "import", "import a sync bundle (writing a receipt for its sender), a receipt or an enrolment file"
    )
    imp.add_argument("file", metavar="FILE", help="a .sdbundle, .sdreceipt or .sdenrol file")
    imp.add_argument("--passphrase-file", metavar="F", help="the bundle's passphrase, in this file")
    imp.add_argument(
        "--receipt-folder", metavar="DIR", help="where the receipt goes (default: beside the bundle)"
    )
    imp.add_argument("--dry-run", action="store_true", help="verify and say what would happen; write nothing")
    imp.add_argument("--json", action="store_true", help="print the counts as JSON")

    site_cmd = command("site", "this PC's sync identity and the sites it exchanges data with")
    actions = site_cmd.add_subparsers(dest="site", metavar="ACTION", parser_class=_Parser, required=True)
    file_help = "write this site's signed enrolment file (for the other PC to enrol)"
    enrolment_file = actions.add_parser("enrolment-file", help=file_help, description=file_help)
    _database_options(enrolment_file, suppress=True)
    enrolment_file.add_argument("--out", required=True, metavar="FOLDER", help="where to write it")
    enrol_help = "enrol the site of an enrolment file: its bundles and receipts are accepted from now on"
    enrol = actions.add_parser("enrol", help=enrol_help, description=enrol_help)
    _database_options(enrol, suppress=True)
    enrol.add_argument("file", metavar="FILE", help="the other site's .sdenrol file")
    role_help = "show what this PC is (station, hub, trainer), or set it (before enrolling with others)"
    role = actions.add_parser("role", help=role_help, description=role_help)
    _database_options(role, suppress=True)
    role.add_argument("role", nargs="?", choices=("station", "hub", "trainer"), help="the new role")
    list_help = "the enrolled sites: role, key fingerprint, last export and import, pending changes"
    listing = actions.add_parser("list", help=list_help, description=list_help)
    _database_options(listing, suppress=True)
    listing.add_argument("--json", action="store_true", help="print the sites as JSON")

    conflicts_cmd = command("conflicts", "concurrent edits met by sync imports: list them, resolve one")
    verbs = conflicts_cmd.add_subparsers(
        dest="conflicts", metavar="ACTION", parser_class=_Parser, required=True
    )
    open_help = "the open conflicts: record, field, the value kept and the other one, both sites"
    open_list = verbs.add_parser("list", help=open_help, description=open_help)
    _database_options(open_list, suppress=True)
    open_list.add_argument("--json", action="store_true", help="print the conflicts as JSON")
    resolve_help = "keep the value the merge kept, or the other one (the choice syncs like an edit)"
    resolve = verbs.add_parser("resolve", help=resolve_help, description=resolve_help)
    _database_options(resolve, suppress=True)
    resolve.add_argument("id", type=int, metavar="ID", help="the conflict's number (see: conflicts list)")
    resolve.add_argument("--keep", required=True, choices=("kept", "other"), help="which value stays")


def _volunteer_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """``volunteers list | import``."""
    volunteers_cmd = command("volunteers", "volunteers: list them, import a roster")
    actions = volunteers_cmd.add_subparsers(
        dest="volunteers", metavar="ACTION", parser_class=_Parser, required=True
    )
    listing_help = "the volunteers with their ids, check-in codes, status, teams and counted hours"
    listing = actions.add_parser("list", help=listing_help, description=listing_help)
    _database_options(listing, suppress=True)
    listing.add_argument("--json", action="store_true", help="print the volunteers as JSON")
    import_help = "make the people of an .xlsx roster volunteers (a preview with --dry-run)"
    roster = actions.add_parser("import", help=import_help, description=import_help)
    _database_options(roster, suppress=True)
    roster.add_argument("file", metavar="FILE.xlsx", help="the roster")
    roster.add_argument("--sheet", metavar="NAME", help="the sheet (default: the first with a header row)")
    roster.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    roster.add_argument("--json", action="store_true", help="print the preview and result as JSON")


def _training_reports(reports: argparse._SubParsersAction[_Parser]) -> None:
    """``report badges | certificates | certificate-register | ce-ledger``."""

    def printout(name: str, help_text: str, out: str) -> argparse.ArgumentParser:
        sub = reports.add_parser(name, help=help_text, description=help_text)
        _database_options(sub, suppress=True)
        sub.add_argument("--out", required=True, metavar=out, help="the file to write")
        sub.add_argument("--force", action="store_true", help="replace an existing file")
        return sub

    badges = printout(
        "badges", "badges (胸卡) with each participant's sign-in QR code, 8 an A4 page", "FILE.pdf"
    )
    badges.add_argument("--programme", required=True, metavar="ID", help="the programme's id")
    badges.add_argument("--table-cards", action="store_true", help="folded table cards (桌卡), 2 a page")
    certificates_help = (
        "issue the certificates (结业证书) not issued yet to who completed, then print every valid one"
    )
    certificates = printout("certificates", certificates_help, "FILE.pdf")
    certificates.add_argument("--programme", required=True, metavar="ID", help="the programme's id")
    register_help = "the certificate register (证书登记簿), voided certificates included"
    register = printout("certificate-register", register_help, "FILE.pdf|FILE.xlsx")
    register.add_argument("--programme", metavar="ID", help="only this programme's certificates")
    register.add_argument(
        "--year", type=int, metavar="YYYY", help="only the certificates issued in this year"
    )
    ledger_help = "a person's continuing-education hours (继续教育学时) in a 3-year registration period"
    ledger = printout("ce-ledger", ledger_help, "FILE.pdf|FILE.xlsx")
    ledger.add_argument("--person", required=True, metavar="ID", help="the person's id")
    ledger.add_argument(
        "--from", dest="first_day", type=_day, metavar="YYYY-MM-DD",
        help="first day of the registration period (default: the 3 years ending today)",
    )  # fmt: skip
    ledger.add_argument(
        "--level", choices=("assistant", "social_worker"), default="assistant",
        help="assistant social worker: 72 h; social worker and above: 90 h (default: assistant)",
    )  # fmt: skip


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _month(text: str) -> tuple[int, int]:
    """YYYY-MM, checked by argparse so that a bad month is a usage error naming the option."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text!r}")
    return int(match.group(1)), int(match.group(2))


def _quarter(text: str) -> tuple[int, int]:
    """YYYY-Qn (n 1 to 4), checked by argparse like --month."""
    match = re.fullmatch(r"(\d{4})-[Qq]([1-4])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"not a quarter (YYYY-Q1 to YYYY-Q4): {text!r}")
    return int(match.group(1)), int(match.group(2))


# --- databases -------------------------------------------------------------------------------


def sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file, built without importing SQLAlchemy."""
    return "sqlite:///" + quote(Path(path).absolute().as_posix(), safe="/:")


def _database_url(args: argparse.Namespace) -> str:
    if getattr(args, "db_url", None):
        return str(args.db_url)
    if getattr(args, "db", None):
        return sqlite_url(Path(args.db))
    from stationdesk.paths import default_db_path

    return sqlite_url(default_db_path())


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.exc import ArgumentError

    from stationdesk.store.engine import sqlite_file_of

    try:
        return sqlite_file_of(url)
    except ArgumentError:
        raise UsageError("cli.bad_url", url=url) from None


def _open_existing(url: str) -> OpenedDatabase:
    """Open a database that must already exist; it is never created here."""
    from sqlalchemy.exc import NoSuchModuleError

    from stationdesk.services.database import open_station

    _sqlite_file(url)  # refuses a malformed URL with a clear message
    try:
        opened = open_station(url, create=False)
    except NoSuchModuleError:
        raise UsageError("cli.no_driver", url=url) from None
    if opened.previous_revision is not None and opened.backup is not None:
        print(
            f"note: the database schema was upgraded from {opened.previous_revision}; "
            f"the previous file was kept as {opened.backup}",
            file=sys.stderr,
        )
    return opened


def _require_existing(url: str) -> None:
    """Refuse a missing, foreign or too new SQLite database before the GUI layer opens it."""
    from stationdesk.store.migrate import (
        DatabaseError,
        head_revision,
        known_revisions,
        read_revision_readonly,
    )

    path = _sqlite_file(url)
    if path is None:
        return
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError("db.missing", path=str(path))
    revision = read_revision_readonly(path)
    if revision is not None and revision not in known_revisions():
        raise DatabaseError("db.too_new", revision=revision, head=head_revision())


# --- commands --------------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    url = _database_url(args)
    try:
        from stationdesk.app import run_gui
    except ImportError as exc:
        raise UsageError("cli.no_gui", reason=str(exc)) from None
    return int(run_gui(url, args.lang) or 0)


def _progress_printer(stream: IO[str]) -> Callable[[str, float], None]:
    """Progress on a terminal: one line rewritten in place; in a log: a line per 10 % and step."""
    interactive = stream.isatty()
    last: list[tuple[str, int]] = []

    def show(label: str, fraction: float) -> None:
        percent = int(fraction * 100)
        shown = (label, percent if interactive else percent // 10)
        if last and last[-1] == shown:
            return
        last.append(shown)
        if interactive:
            stream.write(f"\rbuilding demo: {percent:3d}%  {label:<24}" + ("\n" if percent >= 100 else ""))
        else:
            stream.write(f"building demo: {percent:3d}% {label}\n")
        stream.flush()

    return show


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while a file is being built, so ``finally`` clean-ups run."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, _frame: object) -> NoReturn:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _cmd_demo(args: argparse.Namespace) -> int:
    if getattr(args, "db_url", None):
        path = _sqlite_file(args.db_url)
        if path is None:
            raise UsageError("cli.needs_file")
    elif getattr(args, "db", None):
        path = Path(args.db)
    else:
        raise UsageError("cli.needs_file")
    if args.years < 1:
        raise UsageError("demo.bad_years", min=1)
    if args.persons is not None and args.persons < 0:
        raise UsageError("demo.bad_persons", min=0)

    from stationdesk.services.demo import DEMO_ADMIN, DEMO_PASSWORD, build_demo_file

    with _terminate_as_exit():  # so that the half-built temporary file is removed
        summary = build_demo_file(
            path,
            years=args.years,
            seed=args.seed,
            progress=_progress_printer(sys.stderr),
            persons=args.persons,
            force=args.force,
        )
    print(
        f"demo station written to {Path(path).absolute()}: {summary.persons:,} persons, "
        f"{summary.tag_links:,} tag links, {summary.seconds:.1f} s "
        f"(sign in as {DEMO_ADMIN} / {DEMO_PASSWORD})"
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    import json

    from stationdesk.services import maintenance

    url = _database_url(args)
    opened = _open_existing(url)
    try:
        report = maintenance.check(opened.ctx)
    finally:
        opened.ctx.engine.dispose()
    if args.json:
        data = {
            "ok": report.ok,
            "database": url,
            "schema_revision": report.schema_revision,
            "head_revision": report.head_revision,
            "integrity": report.integrity,
            "foreign_key_problems": report.foreign_key_problems,
            "row_counts": report.row_counts,
            "problems": report.problems,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"database:     {url}")
        print(f"schema:       {report.schema_revision} (current {report.head_revision})")
        print(f"integrity:    {report.integrity}")
        print(f"foreign keys: {report.foreign_key_problems} problem(s)")
        print("rows:")
        width = max((len(name) for name in report.row_counts), default=0)
        for name, count in report.row_counts.items():
            print(f"  {name:<{width}}  {count:>10,}")
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        print("OK" if report.ok else f"{len(report.problems)} problem(s) found")
    if not report.ok:
        print(f"error: the database check found {len(report.problems)} problem(s)", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from stationdesk.services import maintenance

    url = _database_url(args)
    out = Path(args.out)
    source = _sqlite_file(url)
    if out.is_dir():
        stem = source.stem if source is not None else "stationdesk"
        out = out / f"{stem}-backup-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    if not out.absolute().parent.is_dir():
        raise UsageError("cli.no_folder", path=str(out.absolute().parent))
    if out.exists() and not args.force and not (source is not None and out.resolve() == source.resolve()):
        raise UsageError("cli.target_exists", path=str(out))
    opened = _open_existing(url)
    try:
        written = maintenance.backup(opened.ctx, out, by=f"cli:{getpass.getuser()}")
    finally:
        opened.ctx.engine.dispose()
    print(written)
    return EXIT_OK


def _cmd_screenshots(args: argparse.Namespace) -> int:
    url = _database_url(args)
    _require_existing(url)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError("cli.not_a_folder", path=str(out))
    if not out.absolute().parent.is_dir():
        raise UsageError("cli.no_folder", path=str(out.absolute().parent))
    try:
        from stationdesk import app
    except ImportError as exc:
        raise UsageError("cli.no_gui", reason=str(exc)) from None
    try:
        written = app.render_screenshots(url, out)
    except getattr(app, "DemoRefused", ()) as refused:  # only demo databases are photographed
        raise UsageError("cli.refused", reason=str(refused)) from None
    for path in written or ():
        print(path)
    return EXIT_OK


def _cmd_smoke(args: argparse.Namespace) -> int:
    url = _database_url(args)
    _require_existing(url)
    try:
        from stationdesk.app import run_smoke
    except ImportError as exc:
        raise UsageError("cli.no_gui", reason=str(exc)) from None
    return int(run_smoke(url, args.page) or 0)


def _output_file(raw: str, force: bool) -> Path:
    out = Path(raw)
    if out.is_dir():
        raise UsageError("cli.is_a_folder", path=str(out))
    if not out.absolute().parent.is_dir():
        raise UsageError("cli.no_folder", path=str(out.absolute().parent))
    if out.exists() and not force:
        raise UsageError("cli.target_exists", path=str(out))
    return out


def _find_referral(ctx: ServiceContext, ref: str) -> ReferralInfo:
    """By tracking code (as typed or scanned from the stub), else by id."""
    from stationdesk.domain.errors import ValidationError
    from stationdesk.services import referrals
    from stationdesk.services.errors import NotFound

    try:
        return referrals.find_by_code(ctx, ref)
    except (ValidationError, NotFound):
        pass
    try:
        return referrals.get(ctx, ref.strip())
    except NotFound:
        raise UsageError("report.no_referral", ref=ref) from None


def _write_printout(
    args: argparse.Namespace,
    find: Callable[[ServiceContext], str],
    write: Callable[[ServiceContext, str, Path], Path],
) -> int:
    """Sign the command line in, ``find`` the record to print, ``write`` it to --out and say where."""
    from stationdesk.services import accounts

    out = _output_file(args.out, args.force)
    ctx = _open_existing(_database_url(args)).ctx
    try:
        accounts.act_as_command_line(ctx, getpass.getuser())
        record_id = find(ctx)
        with _terminate_as_exit():  # so that a half-written temporary file is removed
            written = write(ctx, record_id, out)
    finally:
        ctx.engine.dispose()
    print(written)
    return EXIT_OK


def _cmd_report_referral_slip(args: argparse.Namespace) -> int:
    from stationdesk.services import printouts

    def find(ctx: ServiceContext) -> str:
        return _find_referral(ctx, args.referral).id

    return _write_printout(args, find, printouts.write_referral_slip)


def _cmd_report_notice(args: argparse.Namespace) -> int:
    from stationdesk.services import printouts, relief_types
    from stationdesk.services.errors import NotFound

    def find(ctx: ServiceContext) -> str:
        try:
            return relief_types.find(ctx, args.relief_type).id
        except NotFound:
            names = "、".join(info.name for info in relief_types.list_relief_types(ctx))
            raise UsageError("report.no_relief_type", name=args.relief_type, names=names) from None

    return _write_printout(args, find, printouts.write_relief_notice)


def _cmd_report_coverage(args: argparse.Namespace) -> int:
    import json

    from stationdesk.domain.visits import period_of
    from stationdesk.services import accounts, coverage, printouts

    if not args.json and not args.out:
        raise UsageError("report.coverage_needs_output")
    out = _output_file(args.out, args.force) if args.out else None
    year, month = args.month
    period = period_of(date(year, month, 1), "month")
    ctx = _open_existing(_database_url(args)).ctx
    try:
        accounts.act_as_command_line(ctx, getpass.getuser())
        if out is not None:
            with _terminate_as_exit():
                written = printouts.write_coverage_report(ctx, period, out)
            print(written, file=sys.stderr if args.json else sys.stdout)
        if args.json:
            print(json.dumps(coverage.as_json(coverage.coverage(ctx, period)), ensure_ascii=False, indent=2))
    finally:
        ctx.engine.dispose()
    return EXIT_OK


def _training_out(args: argparse.Namespace) -> None:
    if Path(args.out).suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError("report.bad_format", path=args.out)


def _find_session(ctx: ServiceContext, session_id: str) -> str:
    from stationdesk.services import attendance
    from stationdesk.services.errors import NotFound

    try:
        attendance.session_programme(ctx, session_id.strip())
    except NotFound:
        raise UsageError("report.no_session", id=session_id) from None
    return session_id.strip()


def _find_programme(ctx: ServiceContext, programme_id: str) -> str:
    from stationdesk.services import training
    from stationdesk.services.errors import NotFound

    try:
        training.list_sessions(ctx, programme_id.strip())
    except NotFound:
        raise UsageError("report.no_programme", id=programme_id) from None
    return programme_id.strip()


def _cmd_report_signin_sheet(args: argparse.Namespace) -> int:
    from stationdesk.services import training_printouts

    _training_out(args)
    return _write_printout(
        args, lambda ctx: _find_session(ctx, args.session), training_printouts.write_signin_sheet
    )


def _cmd_report_attendance(args: argparse.Namespace) -> int:
    from stationdesk.services import training_printouts

    _training_out(args)
    if args.session is not None:
        return _write_printout(
            args,
            lambda ctx: _find_session(ctx, args.session),
            lambda ctx, sid, out: training_printouts.write_attendance(ctx, session_id=sid, out=out),
        )
    return _write_printout(
        args,
        lambda ctx: _find_programme(ctx, args.programme),
        lambda ctx, pid, out: training_printouts.write_attendance(ctx, programme_id=pid, out=out),
    )


@contextmanager
def _unknown_record(code: str, usage_code: str, record_id: str) -> Iterator[None]:
    """A service's NotFound ``code`` as the command's one-line usage error naming the id given."""
    from stationdesk.services.errors import NotFound

    try:
        yield
    except NotFound as exc:
        if exc.code != code:
            raise
        raise UsageError(usage_code, id=record_id) from None


def _cmd_report_badges(args: argparse.Namespace) -> int:
    from stationdesk.services import credential_printouts

    def write(ctx: ServiceContext, programme_id: str, out: Path) -> Path:
        layout = "table_card" if args.table_cards else "badge"
        with _unknown_record("training.programme_not_found", "report.no_programme", programme_id):
            return credential_printouts.write_badges(ctx, programme_id, out, layout=layout)

    return _write_printout(args, lambda _ctx: args.programme, write)


def _cmd_report_certificates(args: argparse.Namespace) -> int:
    """Issue what is missing (said on stderr), then print every live certificate; with none, say why
    and write nothing (exit 1)."""
    from stationdesk.services import accounts, attendance, certificates, credential_printouts

    out = _output_file(args.out, args.force)
    ctx = _open_existing(_database_url(args)).ctx
    try:
        accounts.act_as_command_line(ctx, getpass.getuser())
        with _unknown_record("training.programme_not_found", "report.no_programme", args.programme):
            record = attendance.programme_attendance(ctx, args.programme)
        issued = certificates.issue_certificates(ctx, args.programme)
        live = certificates.live_certificates(ctx, args.programme)
        if issued:
            numbers = f"{issued[0].number} to {issued[-1].number}" if len(issued) > 1 else issued[0].number
            print(f"issued {len(issued)} new certificate(s): {numbers}", file=sys.stderr)
        if not live:
            completed = sum(1 for row in record.rows if row.completed)
            _error(
                f"no certificate to print: {completed} of {len(record.rows)} participant(s) of "
                f"{record.programme.name} completed it on the {record.held} session(s) held so far"
            )
            return EXIT_PROBLEM
        with _terminate_as_exit():
            written = credential_printouts.write_certificates(ctx, args.programme, out)
        print(f"printing {len(live)} certificate(s)", file=sys.stderr)
    finally:
        ctx.engine.dispose()
    print(written)
    return EXIT_OK


def _cmd_report_certificate_register(args: argparse.Namespace) -> int:
    from stationdesk.services import credential_printouts

    def write(ctx: ServiceContext, programme_id: str, out: Path) -> Path:
        with _unknown_record("training.programme_not_found", "report.no_programme", programme_id):
            return credential_printouts.write_certificate_register(
                ctx, out, programme_id=args.programme, year=args.year
            )

    return _write_printout(args, lambda _ctx: args.programme or "", write)


def _cmd_report_ce_ledger(args: argparse.Namespace) -> int:
    from stationdesk.services import credential_printouts

    def write(ctx: ServiceContext, person_id: str, out: Path) -> Path:
        with _unknown_record("person.not_found", "report.no_person", person_id):
            return credential_printouts.write_ce_ledger(
                ctx, person_id, out, first_day=args.first_day, level=args.level
            )

    return _write_printout(args, lambda _ctx: args.person, write)


def _cmd_report_roster(args: argparse.Namespace) -> int:
    from stationdesk.services import roster_printouts

    def write(ctx: ServiceContext, _record: str, out: Path) -> Path:
        return roster_printouts.write_roster(ctx, month=args.month, out=out)

    _training_out(args)
    return _write_printout(args, lambda _ctx: "", write)


def _cmd_report_hours_certificate(args: argparse.Namespace) -> int:
    """Reprint the volunteer's valid certificate for exactly the period, or issue one (said on stderr);
    with no counted hours, say so and write nothing."""
    from stationdesk.services import accounts, hours_certificates, volunteer_printouts

    if Path(args.out).suffix.lower() != ".pdf":
        raise UsageError("report.not_pdf", path=args.out)
    out = _output_file(args.out, args.force)
    ctx = _open_existing(_database_url(args)).ctx
    try:
        accounts.act_as_command_line(ctx, getpass.getuser())
        with _unknown_record("volunteer.not_found", "report.no_volunteer", args.volunteer):
            live = hours_certificates.live_certificate(ctx, args.volunteer, args.first_day, args.last_day)
            certificate = live or hours_certificates.issue(ctx, args.volunteer, args.first_day, args.last_day)
        if live is None:
            print(f"issued certificate {certificate.number}", file=sys.stderr)
        else:
            print(
                f"reprinting certificate {certificate.number}, issued {certificate.issued_on}",
                file=sys.stderr,
            )
        with _terminate_as_exit():
            written = volunteer_printouts.write_hours_certificate(ctx, certificate.id, out)
    finally:
        ctx.engine.dispose()
    print(written)
    return EXIT_OK


def _cmd_report_ledger(args: argparse.Namespace) -> int:
    import calendar
    from datetime import date

    from stationdesk.services import ledgers

    _training_out(args)
    year, month = args.month
    first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])

    def write(ctx: ServiceContext, _record: str, out: Path) -> Path:
        return ledgers.write_ledger(ctx, args.kind, first, last, out)

    return _write_printout(args, lambda _ctx: "", write)


def _cmd_report_station(args: argparse.Namespace) -> int:
    """``report monthly`` and ``report quarterly``: a period without data prints an empty report."""
    from stationdesk.services import report_printouts, station_report

    _training_out(args)
    if args.report == "monthly":
        period = station_report.period_of_month(*args.month)
    else:
        period = station_report.period_of_quarter(*args.quarter)

    stations = frozenset(args.stations) if args.stations else None

    def write(ctx: ServiceContext, _record: str, out: Path) -> Path:
        return report_printouts.write_report(ctx, period, out, lang=args.lang, stations=stations)

    return _write_printout(args, lambda _ctx: "", write)


REPORTS: dict[str, Callable[[argparse.Namespace], int]] = {
    "referral-slip": _cmd_report_referral_slip,
    "notice": _cmd_report_notice,
    "coverage": _cmd_report_coverage,
    "signin-sheet": _cmd_report_signin_sheet,
    "attendance": _cmd_report_attendance,
    "badges": _cmd_report_badges,
    "certificates": _cmd_report_certificates,
    "certificate-register": _cmd_report_certificate_register,
    "ce-ledger": _cmd_report_ce_ledger,
    "roster": _cmd_report_roster,
    "hours-certificate": _cmd_report_hours_certificate,
    "ledger": _cmd_report_ledger,
    "monthly": _cmd_report_station,
    "quarterly": _cmd_report_station,
}


def _cmd_report(args: argparse.Namespace) -> int:
    return REPORTS[args.report](args)


@contextmanager
def _signed_in_context(args: argparse.Namespace) -> Iterator[ServiceContext]:
    """The database of ``args``, signed in as the command line (see accounts.act_as_command_line)."""
    from stationdesk.services import accounts

    ctx = _open_existing(_database_url(args)).ctx
    try:
        accounts.act_as_command_line(ctx, getpass.getuser())
        yield ctx
    finally:
        ctx.engine.dispose()


def _when(moment: datetime | date | None) -> str | None:
    return moment.isoformat(timespec="minutes") if isinstance(moment, datetime) else (
        moment.isoformat() if moment else None
    )  # fmt: skip


def _cmd_training_list(args: argparse.Namespace) -> int:
    import json

    from stationdesk.services import training

    with _signed_in_context(args) as ctx:
        programmes = [
            (info, training.list_sessions(ctx, info.id, include_cancelled=True))
            for info in training.list_programmes(ctx, include_archived=True)
        ]
    data = [
        {
            "id": info.id,
            "name": info.name,
            "type": info.kind,
            "organiser": info.organiser,
            "archived": info.archived,
            "first_day": _when(info.first_day),
            "last_day": _when(info.last_day),
            "counts": {
                "sessions": sum(1 for s in sessions if not s.cancelled),
                "cancelled": sum(1 for s in sessions if s.cancelled),
                "participants": info.participants,
            },
            "sessions": [
                {
                    "id": s.id,
                    "start": _when(s.starts_at),
                    "end": _when(s.ends_at),
                    "venue": s.venue,
                    "trainer": s.trainer,
                    "topic": s.topic,
                    "cancelled": s.cancelled,
                }
                for s in sessions
            ],
        }
        for info, sessions in programmes
    ]
    if args.json:
        print(json.dumps({"programmes": data}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for item in data:
        counts = item["counts"]
        span = f"{item['first_day'] or '-'} .. {item['last_day'] or '-'}"
        print(f"{item['id']}  {item['type']:<8} {span:<24} {counts['sessions']:>3} sessions "
              f"{counts['participants']:>4} participants  {item['name']}")  # fmt: skip
        for s in item["sessions"]:
            what = "  ".join((s["venue"], s["trainer"], s["topic"])) + (
                "  (cancelled)" if s["cancelled"] else ""
            )
            print(f"    {s['id']}  {s['start']} - {s['end'][11:]}  {what}")
    print(f"{len(data)} programme(s)")
    return EXIT_OK


def _roster_file(args: argparse.Namespace) -> Path:
    path = Path(args.file)
    if path.is_dir():
        raise UsageError("cli.is_a_folder", path=str(path))
    return path


def _preview_data(
    path: Path, table: RosterTable, preview: Preview, dry_run: bool, detail_key: str | None = None
) -> dict[str, object]:
    """What ``--json`` prints of a roster preview (the caller adds what was written); a row's detail
    (the volunteer import's team) under ``detail_key``."""
    return {
        "file": str(path),
        "sheet": table.sheet,
        "header_row": table.header_row,
        "columns": {f.value: table.headers[c] for f, c in table.mapping.items()},
        "dry_run": dry_run,
        "counts": preview.counts,
        "rows": [
            {
                "row": r.row,
                "name": r.name,
                "phone": r.phone_masked,
                **({detail_key: r.detail or None} if detail_key else {}),
                "outcome": r.outcome.value,
                "matched_by": r.matched_by or None,
                "reason": r.reason or None,
                "reason_text": coded_line(r.reason, r.params) if r.reason else None,
            }
            for r in preview.rows
        ],
    }


def _print_preview(path: Path, table: RosterTable, preview: Preview) -> None:
    from stationdesk.services.roster_import import Outcome

    print(f"{path}: sheet {table.sheet}, header on row {table.header_row or '-'}, {len(preview.rows)} row(s)")
    print(", ".join(f"{name} {count}" for name, count in preview.counts.items()))
    for row in preview.rows:
        if row.outcome is Outcome.REFUSED:
            print(f"  row {row.row}: {row.name or '-'}: {coded_line(row.reason, row.params)}")


def _cmd_training_import_roster(args: argparse.Namespace) -> int:
    import json

    from stationdesk.services import roster_import

    path = _roster_file(args)
    with _signed_in_context(args) as ctx:
        table = roster_import.read_xlsx(path, args.sheet)
        preview = roster_import.preview(ctx, args.programme, table)
        result = None if args.dry_run else roster_import.apply(ctx, args.programme, table)
    if args.json:
        data = {"programme": args.programme, **_preview_data(path, table, preview, bool(args.dry_run))}
        written = None if result is None else {"persons": result.created, "enrolments": result.enrolled}
        data["written"] = written
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_preview(path, table, preview)
    if result is None:
        print(f"dry run: nothing written ({preview.to_enrol} would be enrolled)")
    else:
        print(f"enrolled {result.enrolled} ({result.created} newly registered)")
    return EXIT_OK


TRAINING: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _cmd_training_list,
    "import-roster": _cmd_training_import_roster,
}


def _cmd_training(args: argparse.Namespace) -> int:
    return TRAINING[args.training](args)


def _cmd_volunteers_list(args: argparse.Namespace) -> int:
    import json

    from stationdesk.services import volunteers

    with _signed_in_context(args) as ctx:
        rows = volunteers.list_volunteers(ctx)
    data = [
        {
            "id": r.id,
            "person_id": r.person_id,
            "name": r.name,
            "code": r.code,
            "status": r.status,
            "organisation": r.organisation,
            "registered_on": _when(r.registered_on),
            "platform_number": r.platform_number or None,
            "teams": list(r.teams),
            "minutes": r.minutes,
            "hours": round(r.minutes / 60, 2),
        }
        for r in rows
    ]
    if args.json:
        print(json.dumps({"volunteers": data}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for item in data:
        print(f"{item['id']}  {item['code']}  {item['status']:<6} {item['hours']:>8.2f} h  {item['name']}"
              f"  {'、'.join(item['teams'])}")  # fmt: skip
    print(f"{len(data)} volunteer(s)")
    return EXIT_OK


def _cmd_volunteers_import(args: argparse.Namespace) -> int:
    import json

    from stationdesk.services import roster_import, volunteer_import

    path = _roster_file(args)
    with _signed_in_context(args) as ctx:
        table = roster_import.read_xlsx(path, args.sheet)
        preview = volunteer_import.preview(ctx, table)
        result = None if args.dry_run else volunteer_import.apply(ctx, table)
    if args.json:
        data = _preview_data(path, table, preview, bool(args.dry_run), detail_key="team")
        data["written"] = None if result is None else {
            "persons": result.created, "volunteers": result.volunteers, "teams": list(result.teams_created)
        }  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_preview(path, table, preview)
    if result is None:
        print(f"dry run: nothing written ({preview.to_enrol} would become volunteers)")
    else:
        teams = f", teams created: {'、'.join(result.teams_created)}" if result.teams_created else ""
        print(f"{result.volunteers} new volunteer(s) ({result.created} newly registered){teams}")
    return EXIT_OK


VOLUNTEERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _cmd_volunteers_list,
    "import": _cmd_volunteers_import,
}


def _cmd_volunteers(args: argparse.Namespace) -> int:
    return VOLUNTEERS[args.volunteers](args)


HUB_MARKS = {"reported": "ok", "late": "LATE", "due": "due", "none": "-"}


def _cmd_hub(args: argparse.Namespace) -> int:
    """``hub status``: the matrix as a table (one line a station) or as JSON."""
    import json

    from stationdesk.services import hub

    with _signed_in_context(args) as ctx:
        report = hub.status(ctx, months=args.months)
    if args.json:
        print(json.dumps(hub.as_json(report), ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max([len("station"), *(len(s.code) for s in report.stations)])
    print(f"{'station':<{width}}  " + " ".join(report.months) + "  last sync         name")
    for station in report.stations:
        marks = " ".join(f"{HUB_MARKS[cell.state]:<7}" for cell in station.cells)
        synced = "this PC" if station.local else (_when(station.last_sync) or "never")
        print(f"{station.code:<{width}}  {marks}  {synced.replace('T', ' '):<16}  {station.name}")
    print(f"{len(report.stations)} station(s); a month is due on day {report.due_day} of the next month")
    return EXIT_OK


# --- sync (issue 7) ------------------------------------------------------------------------------

SYNC_PREFIXES = ("bundle.", "receipt.", "enrolment.", "keys.", "sync.")


def _passphrase(args: argparse.Namespace) -> str | None:
    if not getattr(args, "passphrase_file", None):
        return None
    path = Path(args.passphrase_file)
    if not path.is_file():
        raise UsageError("sync.no_passphrase_file", path=str(path))
    return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""


def _peer_id(ctx: ServiceContext, given: str) -> str:
    from stationdesk.services import sync

    found = [p.site_id for p in sync.peers(ctx) if p.site_id == given or p.site_id.endswith(given.lower())]
    if len(found) != 1:
        raise UsageError("sync.no_such_peer", site=given)
    return found[0]


def _dump(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _cmd_export(args: argparse.Namespace) -> int:
    from stationdesk.services import sync

    passphrase = _passphrase(args)
    with _signed_in_context(args) as ctx:
        peer = _peer_id(ctx, args.peer) if args.peer else None
        result = sync.export_bundle(
            ctx, Path(args.out), peer_site_id=peer, audience=args.audience, full=args.full,
            passphrase=passphrase, recipient=args.recipient,
        )  # fmt: skip
    if args.json:
        _dump({"path": str(result.path), "changes": result.changes, "tables": result.counts,
               "audience": result.audience, "recipient_site": result.recipient_site})  # fmt: skip
    else:
        print(
            f"wrote {result.path}: {result.changes} change(s) for {result.audience} ({result.recipient_site})"
        )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from stationdesk.services import sync

    path = Path(args.file)
    if not path.is_file():
        raise UsageError("sync.no_file", path=str(path))
    with _signed_in_context(args) as ctx:
        result = sync.import_file(
            ctx, path, passphrase=_passphrase(args), dry_run=args.dry_run,
            receipt_folder=Path(args.receipt_folder) if args.receipt_folder else None,
        )  # fmt: skip
    if isinstance(result, sync.ImportPreview | sync.ImportResult):
        receipt = getattr(result, "receipt_path", None)
        data = {"kind": "bundle", "dry_run": args.dry_run, "already": result.already, **result.counts,
                "sender": result.sender_name, "receipt": str(receipt) if receipt else None}  # fmt: skip
        counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
        verb = "would import" if args.dry_run else "imported"
        text = "already imported: nothing changed" if result.already else f"{verb} {path.name}: {counts}"
        if receipt:
            text += f"; receipt for the sender: {receipt}"
        if getattr(result, "receipt_error", None):
            text += f"; the receipt could not be written ({result.receipt_error})"  # type: ignore[union-attr]
    elif isinstance(result, sync.ReceiptResult):
        data = {"kind": "receipt", "peer": result.peer_name, "bundle_id": result.bundle_id,
                "moved": result.moved, **result.counts}  # fmt: skip
        text = f"receipt of {result.peer_name}: " + ("acknowledged" if result.moved else "nothing new")
    else:
        data = {"kind": "enrolment", **_peer_json(result)}
        text = f"enrolled {result.name} ({result.role}, {result.station_code}), key {result.fingerprint}"
    if args.json:
        _dump(data)
    else:
        print(text)
    return EXIT_OK


def _peer_json(peer: Any) -> dict[str, object]:
    return {"site_id": peer.site_id, "station_code": peer.station_code, "name": peer.name, "role": peer.role,
            "fingerprint": peer.fingerprint, "enrolled_at": _when(peer.enrolled_at),
            "last_export_at": _when(peer.last_export_at), "last_import_at": _when(peer.last_import_at),
            "pending": peer.pending}  # fmt: skip


def _cmd_site(args: argparse.Namespace) -> int:
    from stationdesk.services import sync

    with _signed_in_context(args) as ctx:
        if args.site == "enrolment-file":
            folder = Path(args.out)
            if not folder.is_dir():
                raise UsageError("cli.no_folder", path=str(folder))
            path = sync.enrolment_file(ctx, folder)
            print(f"wrote {path}; key fingerprint {sync.own_fingerprint(ctx)}")
        elif args.site == "enrol":
            peer = sync.enrol(ctx, Path(args.file))
            print(f"enrolled {peer.name} ({peer.role}, {peer.station_code}), key {peer.fingerprint}")
        elif args.site == "role":
            from stationdesk.services import hub

            if args.role:
                hub.set_local_role(ctx, args.role)
            print(hub.local_role(ctx))
        else:
            rows = sync.peers(ctx)
            if args.json:
                _dump([_peer_json(p) for p in rows])
            else:
                for p in rows:
                    exported, imported = _when(p.last_export_at) or "-", _when(p.last_import_at) or "-"
                    print(f"{p.site_id}  {p.role:<8} {p.station_code:<8} {p.fingerprint}  export {exported}  "
                          f"import {imported}  pending {p.pending}  {p.name}")  # fmt: skip
                print(f"{len(rows)} site(s)")
    return EXIT_OK


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from stationdesk.services import sync

    with _signed_in_context(args) as ctx:
        if args.conflicts == "resolve":
            sync.resolve_conflict(ctx, args.id, args.keep)
            print(f"conflict {args.id} resolved: {args.keep} value kept")
            return EXIT_OK
        rows = sync.conflicts(ctx)
    if args.json:
        keys = ("id", "table", "row_id", "field", "record_label", "kept_value", "kept_site_name",
                "other_value", "other_site_name")  # fmt: skip
        _dump([{**{k: getattr(c, k) for k in keys}, "detected_at": _when(c.detected_at)} for c in rows])
        return EXIT_OK
    for c in rows:
        print(f"{c.id:>4}  {c.table_label} {c.record_label}: {c.field_label}: kept {c.kept_value!r} "
              f"({c.kept_site_name}), other {c.other_value!r} ({c.other_site_name})")  # fmt: skip
    print(f"{len(rows)} open conflict(s)")
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: _cmd_gui,
    "demo": _cmd_demo,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "screenshots": _cmd_screenshots,
    "smoke": _cmd_smoke,
    "report": _cmd_report,
    "training": _cmd_training,
    "volunteers": _cmd_volunteers,
    "hub": _cmd_hub,
    "export": _cmd_export,
    "import": _cmd_import,
    "site": _cmd_site,
    "conflicts": _cmd_conflicts,
}


def _coded_errors() -> tuple[type[BaseException], ...]:
    """The error types that carry a stable code, from the modules already imported."""
    types: list[type[BaseException]] = [UsageError]
    for module, name in (
        ("stationdesk.store.migrate", "DatabaseError"),
        ("stationdesk.services.errors", "ServiceError"),
        ("stationdesk.domain.errors", "ValidationError"),
    ):
        loaded = sys.modules.get(module)
        if loaded is not None:
            types.append(getattr(loaded, name))
    return tuple(types)


def _error(message: str) -> None:
    print(f"stationdesk: error: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _ArgumentsRefused as exc:
        _error(str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version print and exit 0
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    if getattr(args, "db", None) and getattr(args, "db_url", None):
        _error("argument --db-url: not allowed with argument --db")
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (| head): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEM
    except Exception as exc:
        if isinstance(exc, _coded_errors()):
            _error(describe(exc))
            return EXIT_USAGE
        if os.environ.get("STATIONDESK_DEBUG"):
            raise
        _error(f"unexpected {type(exc).__name__}: {describe(getattr(exc, 'orig', None) or exc)}")
        return EXIT_PROBLEM


if __name__ == "__main__":
    raise SystemExit(main())
