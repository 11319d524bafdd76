"""Sync terms as a person at the station reads them: the roles of sites, and the records and fields
a conflict names (the engine speaks of tables and columns; staff speak of residents and phones).

An unknown table or field still reads: its name with spaces ("walk_in_phone" -> "walk in phone").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def site_role(role: str) -> str:
    """What kind of installation a site is: a station PC, the district hub, a trainer's laptop."""
    labels = {
        "station": QCoreApplication.translate("sync_words", "Station PC"),
        "hub": QCoreApplication.translate("sync_words", "District hub"),
        "trainer": QCoreApplication.translate("sync_words", "Trainer laptop"),
    }
    return labels.get(role, role)


def audience_label(audience: str) -> str:
    """A bundle for any site of a kind (no enrolled site chosen)."""
    labels = {
        "station": QCoreApplication.translate("sync_words", "Any station PC"),
        "hub": QCoreApplication.translate("sync_words", "The district hub"),
        "trainer": QCoreApplication.translate("sync_words", "Any trainer laptop"),
    }
    return labels.get(audience, audience)


def audience_contents(audience: str) -> str:
    """What a bundle made for that kind of site holds (the audience filter, in words)."""
    labels = {
        "station": QCoreApplication.translate("sync_words", "Everything (a station PC's copy)"),
        "hub": QCoreApplication.translate("sync_words", "What the district's reports need (a hub's copy)"),
        "trainer": QCoreApplication.translate(
            "sync_words", "Training records only: no ID numbers, needs or visit notes (a trainer's copy)"
        ),
    }
    return labels.get(audience, audience)


def record_kind(table: str, fallback: str = "") -> str:
    """A travelling table as the kind of record it holds (``fallback``: the service's words)."""
    labels = {
        "activity": QCoreApplication.translate("sync_words", "Volunteer activity"),
        "app_user": QCoreApplication.translate("sync_words", "User account"),
        "audit_event": QCoreApplication.translate("sync_words", "Audit log entry"),
        "hours_entry": QCoreApplication.translate("sync_words", "Volunteer hours"),
        "hours_review": QCoreApplication.translate("sync_words", "Hours review"),
        "referral_event": QCoreApplication.translate("sync_words", "Referral step"),
        "volunteer_check": QCoreApplication.translate("sync_words", "Volunteer check-in"),
        "certificate": QCoreApplication.translate("sync_words", "Training certificate"),
        "enrolment": QCoreApplication.translate("sync_words", "Training enrolment"),
        "follow_up": QCoreApplication.translate("sync_words", "Follow-up"),
        "home_visit": QCoreApplication.translate("sync_words", "Home visit"),
        "hours_certificate": QCoreApplication.translate("sync_words", "Hours certificate"),
        "key_target": QCoreApplication.translate("sync_words", "Key target"),
        "key_target_exemption": QCoreApplication.translate("sync_words", "Key target exemption"),
        "need_category": QCoreApplication.translate("sync_words", "Need category"),
        "partner": QCoreApplication.translate("sync_words", "Partner organisation"),
        "person": QCoreApplication.translate("sync_words", "Resident"),
        "person_tag": QCoreApplication.translate("sync_words", "Resident's tag"),
        "programme": QCoreApplication.translate("sync_words", "Training programme"),
        "referral": QCoreApplication.translate("sync_words", "Referral"),
        "relief_type": QCoreApplication.translate("sync_words", "Relief type"),
        "session_attendance": QCoreApplication.translate("sync_words", "Sign-in"),
        "shift": QCoreApplication.translate("sync_words", "Volunteer shift"),
        "shift_assignment": QCoreApplication.translate("sync_words", "Shift assignment"),
        "shift_role": QCoreApplication.translate("sync_words", "Shift role"),
        "shift_series": QCoreApplication.translate("sync_words", "Shift series"),
        "staff_member": QCoreApplication.translate("sync_words", "Staff member"),
        "station": QCoreApplication.translate("sync_words", "Station profile"),
        "tag": QCoreApplication.translate("sync_words", "Tag"),
        "team_member": QCoreApplication.translate("sync_words", "Team member"),
        "tier_cadence": QCoreApplication.translate("sync_words", "Visit cadence"),
        "training_session": QCoreApplication.translate("sync_words", "Training session"),
        "visit_method": QCoreApplication.translate("sync_words", "Visit method"),
        "volunteer": QCoreApplication.translate("sync_words", "Volunteer"),
        "volunteer_team": QCoreApplication.translate("sync_words", "Volunteer team"),
        "walk_in": QCoreApplication.translate("sync_words", "Walk-in"),
        "walk_in_need": QCoreApplication.translate("sync_words", "Walk-in need"),
    }
    return labels.get(table) or fallback or humanised(table)


def field_name(field: str, fallback: str = "") -> str:
    """A field as its form labels it; the fields people edit most are named, others as the service
    words them (``fallback``) or spelled out."""
    labels = {
        "address": QCoreApplication.translate("sync_words", "Address"),
        "birth_date": QCoreApplication.translate("sync_words", "Birth date"),
        "community": QCoreApplication.translate("sync_words", "Community"),
        "deleted": QCoreApplication.translate("sync_words", "Removed"),
        "description": QCoreApplication.translate("sync_words", "Description"),
        "display_name": QCoreApplication.translate("sync_words", "Display name"),
        "due_on": QCoreApplication.translate("sync_words", "Due date"),
        "findings": QCoreApplication.translate("sync_words", "Findings"),
        "id_number": QCoreApplication.translate("sync_words", "ID number"),
        "name": QCoreApplication.translate("sync_words", "Name"),
        "note": QCoreApplication.translate("sync_words", "Note"),
        "notes": QCoreApplication.translate("sync_words", "Notes"),
        "outcome": QCoreApplication.translate("sync_words", "Outcome"),
        "owner_id": QCoreApplication.translate("sync_words", "Responsible worker"),
        "phone": QCoreApplication.translate("sync_words", "Phone"),
        "role": QCoreApplication.translate("sync_words", "Role"),
        "sex": QCoreApplication.translate("sync_words", "Sex"),
        "starts_at": QCoreApplication.translate("sync_words", "Starts at"),
        "ends_at": QCoreApplication.translate("sync_words", "Ends at"),
        "status": QCoreApplication.translate("sync_words", "Status"),
        "tier": QCoreApplication.translate("sync_words", "Tier"),
        "topic": QCoreApplication.translate("sync_words", "Topic"),
        "trainer": QCoreApplication.translate("sync_words", "Trainer"),
        "venue": QCoreApplication.translate("sync_words", "Venue"),
    }
    return labels.get(field) or fallback or humanised(field)


def field_value(field: str, value: object) -> str:
    """A stored value as text: a removal flag reads as removed / kept, nothing as an empty mark."""
    if field == "deleted":
        return (
            QCoreApplication.translate("sync_words", "removed")
            if value in (1, True, "1")
            else QCoreApplication.translate("sync_words", "kept (not removed)")
        )
    if value is None or value == "":
        return QCoreApplication.translate("sync_words", "(empty)")
    if isinstance(value, bytes):
        return QCoreApplication.translate("sync_words", "(a picture or file)")
    return str(value)


def humanised(name: str) -> str:
    return name.replace("_", " ")


def moment(value: datetime | str | None, never: str = "") -> str:
    """A date and time to the minute; ``never`` when there is none."""
    if value is None or value == "":
        return never
    if isinstance(value, str):
        return value[:16].replace("T", " ")
    return value.strftime("%Y-%m-%d %H:%M")
