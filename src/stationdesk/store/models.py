"""The database schema as SQLAlchemy 2 typed models.

Tables come in three kinds (see docs/sync.md):
- synced records (``SyncedRecord``): UUID key, writing site, HLC stamp, tombstone; database
  triggers append every field change to ``change_log`` in the same transaction;
- insert-only facts (``InsertOnlyFact``): UUID key, site and stamp, never updated or deleted;
- local state (``LocalState``): belongs to this installation only and never travels.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from stationdesk.domain.ids import new_id

SYNC_COLUMNS = ("id", "site_id", "hlc")
"""Columns every travelling record has; not logged as fields (the log rows carry them)."""


class Base(DeclarativeBase):
    pass


class _Travelling:
    """Columns shared by records that travel between installations."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    site_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(BigInteger)


class SyncedRecord(_Travelling):
    """A record that may change after it is written; merged field by field."""

    sync_kind: ClassVar[str] = "synced"
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class InsertOnlyFact(_Travelling):
    """A fact that cannot conflict: written once, never changed, unioned on merge."""

    sync_kind: ClassVar[str] = "insert_only"


# --- local state -----------------------------------------------------------------------------


class LocalSite(Base):
    """This installation's identity: the site id stamped on every record it writes."""

    __tablename__ = "local_site"
    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    site_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The machine this database was last opened on (sync/identity.py): a copy opened elsewhere
    # gets a new site id before its first write. The Ed25519 signing key of this site (private).
    machine_fingerprint: Mapped[str | None] = mapped_column(String(64))
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)


class Setting(Base):
    """A local key/value setting (language, idle lock minutes...)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LoginThrottle(Base):
    """Failed-login counter of one user name on this PC (local, never synced)."""

    __tablename__ = "login_throttle"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class ChangeLog(Base):
    """Append-only log of field changes, written by triggers (see store/sync_triggers.py)."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text)
    hlc: Mapped[int] = mapped_column(BigInteger, index=True)
    site_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (
        # the newest stamp of one field (the merge), and one origin's changes above a stamp (export)
        Index("ix_change_log_field", "table_name", "row_id", "field", "hlc"),
        Index("ix_change_log_site_hlc", "site_id", "hlc"),
    )


# --- sync (local: schema 0010) ---------------------------------------------------------------


class SyncState(Base):
    """One row: 1 while a sync import applies received changes (the triggers stand aside)."""

    __tablename__ = "sync_state"
    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    applying: Mapped[int] = mapped_column(Integer, default=0)


class SyncPeer(Base):
    """An enrolled installation this site exchanges bundles with."""

    __tablename__ = "sync_peer"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))  # station, hub, trainer
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    # its age X25519 recipient ("age1..." from its enrolment file): bundles for it are encrypted to it
    age_recipient: Mapped[str | None] = mapped_column(String(80))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    last_export_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_import_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncAck(Base):
    """What a peer is known to hold: per origin site, the newest stamp (from its receipts)."""

    __tablename__ = "sync_ack"
    peer_site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)


class SyncConflict(Base):
    """Concurrent writes of one field met in an import: the value kept and the other one."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[str | None] = mapped_column(Text)
    kept_hlc: Mapped[int] = mapped_column(BigInteger)
    kept_site: Mapped[str] = mapped_column(String(36))
    other_value: Mapped[str | None] = mapped_column(Text)
    other_hlc: Mapped[int] = mapped_column(BigInteger)
    other_site: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolution: Mapped[str] = mapped_column(String(8), default="", server_default="")  # confirm, swap

    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "detected_at"),)


class SyncBundle(Base):
    """A bundle applied here: who sent it, when, and what it did."""

    __tablename__ = "sync_bundle"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_site_id: Mapped[str] = mapped_column(String(36))
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    new: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    refused: Mapped[int] = mapped_column(Integer)


class SiteHistory(Base):
    """A site id this database wrote under before (a copy opened on another machine re-mints it)."""

    __tablename__ = "site_history"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    machine_fingerprint: Mapped[str | None] = mapped_column(String(64))
    replaced_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(32))


# --- synced records --------------------------------------------------------------------------


class Station(SyncedRecord, Base):
    """The station profile (四统一: one name, one logo on every screen and page)."""

    __tablename__ = "station"
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    district: Mapped[str] = mapped_column(String(128), default="")
    address: Mapped[str] = mapped_column(String(256), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    person_in_charge: Mapped[str] = mapped_column(String(64), default="", server_default="")  # 负责人


class User(SyncedRecord, Base):
    __tablename__ = "app_user"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(256))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Tag(SyncedRecord, Base):
    """A label on persons (低保, 特困, 独居老人 ...); retired instead of removed."""

    __tablename__ = "tag"
    name: Mapped[str] = mapped_column(String(32))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Person(SyncedRecord, Base):
    """One resident (居民) or other person the station meets; the registry every area links to."""

    __tablename__ = "person"
    name: Mapped[str] = mapped_column(String(64))
    name_initials: Mapped[str] = mapped_column(String(64), default="")
    name_pinyin: Mapped[str] = mapped_column(String(256), default="")
    sex: Mapped[str] = mapped_column(String(1), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18))
    id_number_rev: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str | None] = mapped_column(String(11))
    phone_rev: Mapped[str | None] = mapped_column(String(11))
    community: Mapped[str] = mapped_column(String(64), default="")
    grid: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(String(256), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(String(256), default="")
    duplicate_reason: Mapped[str] = mapped_column(String(256), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_person_name", "name"),
        Index("ix_person_name_initials", "name_initials"),
        Index("ix_person_id_number", "id_number"),
        Index("ix_person_id_number_rev", "id_number_rev"),
        Index("ix_person_phone", "phone"),
        Index("ix_person_phone_rev", "phone_rev"),
        Index("ix_person_birth_date", "birth_date"),
        Index("ix_person_community", "community"),
        # The registry list (counts and pages of live persons in pinyin order) and full-pinyin search.
        # "deleted" comes last: first, SQLite's planner (without ANALYZE statistics) would take it
        # for a selective equality and scan every live person instead of a search's name range.
        Index("ix_person_listing", "name_pinyin", "id", "deleted"),
        Index("ix_person_created_at", "created_at"),
    )


class PersonTag(SyncedRecord, Base):
    __tablename__ = "person_tag"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    tag_id: Mapped[str] = mapped_column(ForeignKey("tag.id"))

    __table_args__ = (Index("ix_person_tag_person", "person_id"), Index("ix_person_tag_tag", "tag_id"))


# --- reception (全科接待) ----------------------------------------------------------------------


class NeedCategory(SyncedRecord, Base):
    """What a walk-in came for (心理疏导, 政策咨询 ...): configurable, retired once used, never removed."""

    __tablename__ = "need_category"
    name: Mapped[str] = mapped_column(String(32))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Partner(SyncedRecord, Base):
    """A partner or resource referrals go to: relief departments, social organisations, enterprises..."""

    __tablename__ = "partner"
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    contact_name: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(256), default="")
    provides: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class WalkIn(SyncedRecord, Base):
    """One resident served at the desk (接待登记): who, when, what for, the outcome, its owner (首问负责)."""

    __tablename__ = "walk_in"
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    anonymous_sex: Mapped[str] = mapped_column(String(1), default="")
    anonymous_age_band: Mapped[str] = mapped_column(String(16), default="")
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    recorded_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (Index("ix_walk_in_arrived_at", "arrived_at"), Index("ix_walk_in_person", "person_id"))


class WalkInNeed(SyncedRecord, Base):
    __tablename__ = "walk_in_need"
    walk_in_id: Mapped[str] = mapped_column(ForeignKey("walk_in.id"))
    category_id: Mapped[str] = mapped_column(ForeignKey("need_category.id"))

    __table_args__ = (Index("ix_walk_in_need_walk_in", "walk_in_id"),)


class Referral(SyncedRecord, Base):
    """A need handed to a partner (转介): a state machine (domain/referrals.py) with a tracking code."""

    __tablename__ = "referral"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    walk_in_id: Mapped[str | None] = mapped_column(ForeignKey("walk_in.id"))
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id"))
    need: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    status_reason: Mapped[str] = mapped_column(String(256), default="")
    tracking_code: Mapped[str] = mapped_column(String(8))
    consent_given: Mapped[bool] = mapped_column(Boolean)
    override_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    override_reason: Mapped[str] = mapped_column(String(256), default="")
    sent_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_referral_tracking_code", "tracking_code", unique=True),
        Index("ix_referral_person", "person_id"),
        Index("ix_referral_status", "status"),
        Index("ix_referral_sent_at", "sent_at"),
        Index("ix_referral_walk_in", "walk_in_id"),
    )


class FollowUp(SyncedRecord, Base):
    """A promise to come back to someone (跟进): an owner, a due date, and an end."""

    __tablename__ = "follow_up"
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    walk_in_id: Mapped[str | None] = mapped_column(ForeignKey("walk_in.id"))
    owner_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    due_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8))
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (
        Index("ix_follow_up_owner_status_due", "owner_id", "status", "due_on"),
        Index("ix_follow_up_walk_in", "walk_in_id"),
        Index("ix_follow_up_done_at", "done_at"),
        Index("ix_follow_up_due_on", "due_on"),
        Index("ix_follow_up_status_due", "status", "due_on"),
    )


class ReliefType(SyncedRecord, Base):
    """A kind of relief or benefit (低保, 临时救助 ...) and the documents a resident must bring for it:
    the one-time notice (一次性告知单) prints them. Retired instead of removed."""

    __tablename__ = "relief_type"
    name: Mapped[str] = mapped_column(String(64))
    documents: Mapped[str] = mapped_column(Text, default="")  # one document per line
    notes: Mapped[str] = mapped_column(Text, default="")  # where to apply, how long it takes ...
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


# --- key targets and home visits (重点对象探访) ----------------------------------------------------


class TierCadence(SyncedRecord, Base):
    """How often a key-target tier is visited (high-risk weekly, key monthly, general quarterly)."""

    __tablename__ = "tier_cadence"
    tier: Mapped[str] = mapped_column(String(16), unique=True)
    cadence: Mapped[str] = mapped_column(String(8))


class VisitMethod(SyncedRecord, Base):
    """How a visit was made (上门, 电话, 视频 ...); the administrator chooses which count as a visit."""

    __tablename__ = "visit_method"
    name: Mapped[str] = mapped_column(String(32))
    counts_as_visit: Mapped[bool] = mapped_column(Boolean, default=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class KeyTarget(SyncedRecord, Base):
    """One enrolment of a person on the key-target list with one tier; a change of tier is a new one."""

    __tablename__ = "key_target"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    tier: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(256))
    worker_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(256), default="")
    created_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (
        Index("ix_key_target_person", "person_id"),
        Index("ix_key_target_dates", "start_on", "end_on"),
    )


class KeyTargetExemption(SyncedRecord, Base):
    """A stretch of days a target leaves the denominator (hospital, away, refused, moved, deceased)."""

    __tablename__ = "key_target_exemption"
    target_id: Mapped[str] = mapped_column(ForeignKey("key_target.id"))
    reason: Mapped[str] = mapped_column(String(32))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(256), default="")
    recorded_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (Index("ix_key_target_exemption_target", "target_id"),)


class HomeVisit(SyncedRecord, Base):
    """One visit to a key target (探访): when, how, by whom, what was found, risk raised or cleared."""

    __tablename__ = "home_visit"
    target_id: Mapped[str] = mapped_column(ForeignKey("key_target.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    visited_on: Mapped[date] = mapped_column(Date)
    method_id: Mapped[str] = mapped_column(ForeignKey("visit_method.id"))
    visitor_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    companions: Mapped[str] = mapped_column(String(128), default="")  # volunteers, party members ...
    findings: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(String(8), default="")  # "", "raised" or "cleared"
    follow_up_id: Mapped[str | None] = mapped_column(ForeignKey("follow_up.id"))
    recorded_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_home_visit_target", "target_id"),
        Index("ix_home_visit_visited_on", "visited_on"),
        Index("ix_home_visit_person", "person_id"),
    )


# --- training (培训): programmes, sessions, enrolment, attendance ----------------------------------


class Programme(SyncedRecord, Base):
    """A course, salon, lecture series or camp (智创营) with its completion rule and hours."""

    __tablename__ = "programme"
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    organiser: Mapped[str] = mapped_column(String(128), default="")
    trainers: Mapped[str] = mapped_column(String(256), default="")
    target_groups: Mapped[str] = mapped_column(String(128), default="")  # codes, comma-separated
    rule_kind: Mapped[str] = mapped_column(String(8))
    rule_value: Mapped[int] = mapped_column(Integer)
    minutes_per_session: Mapped[int] = mapped_column(Integer, default=0)  # continuing-education time
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))


class TrainingSession(SyncedRecord, Base):
    """One session of a programme: when, where, by whom, on what; cancelled rather than removed."""

    __tablename__ = "training_session"
    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    venue: Mapped[str] = mapped_column(String(128), default="")
    trainer: Mapped[str] = mapped_column(String(64), default="")
    topic: Mapped[str] = mapped_column(String(256), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    minutes: Mapped[int | None] = mapped_column(Integer)  # None: the programme's minutes per session
    late_after_minutes: Mapped[int] = mapped_column(Integer, default=10)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_training_session_programme", "programme_id", "starts_at"),
        Index("ix_training_session_starts", "starts_at"),
    )


class Enrolment(SyncedRecord, Base):
    """A participant of a programme, with the short code they sign in with. A walk-in signed in on
    the spot has no person yet (name and phone only) until matched to the registry."""

    __tablename__ = "enrolment"
    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    walk_in_name: Mapped[str] = mapped_column(String(64), default="")
    walk_in_phone: Mapped[str] = mapped_column(String(11), default="")
    unit: Mapped[str] = mapped_column(String(128), default="")  # 单位
    target_group: Mapped[str] = mapped_column(String(24), default="")
    signin_code: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(16))  # registry, paste, xlsx, walk_in
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    # A walk-in found to be this programme's participant already: its sign-ins count there.
    merged_into: Mapped[str | None] = mapped_column(ForeignKey("enrolment.id"))

    __table_args__ = (
        Index("ix_enrolment_programme", "programme_id"),
        Index("ix_enrolment_person", "person_id"),
        # Not unique in the database: two PCs may mint codes apart (the service checks its own, the
        # merge of a sync import must tell a clash; 31^6 codes make one unlikely).
        Index("ix_enrolment_signin_code", "signin_code"),
    )


class SessionAttendance(SyncedRecord, Base):
    """How one participant attended one session; who recorded it, how, and when."""

    __tablename__ = "session_attendance"
    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"))
    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolment.id"))
    status: Mapped[str] = mapped_column(String(12))
    signed_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_out_at: Mapped[datetime | None] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(8))  # scan, name, phone, paper, kiosk
    recorded_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)

    # One row per participant and session: kept by the service, not a unique index, since the laptop
    # at the door and the station PC may both record the same person (a sync merge joins them).
    __table_args__ = (Index("ix_session_attendance_session_enrolment", "session_id", "enrolment_id"),)


class Certificate(SyncedRecord, Base):
    """A completion certificate from the register: its number, holder and the time it attests.
    Voided with a reason rather than removed, so the register keeps every number it gave."""

    __tablename__ = "certificate"
    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"))
    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolment.id"))
    number: Mapped[str] = mapped_column(String(24))
    holder_name: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    sessions_attended: Mapped[int] = mapped_column(Integer)
    issued_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(String(256), default="")

    __table_args__ = (
        Index("ix_certificate_programme", "programme_id"),
        Index("ix_certificate_number", "number"),
    )


# --- volunteers (schema 0007) --------------------------------------------------------------------


class Volunteer(SyncedRecord, Base):
    """A registry person's volunteer profile: organisation, skills, availability, status."""

    __tablename__ = "volunteer"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    code: Mapped[str] = mapped_column(String(8))  # check-in code (domain/codes.py), on the volunteer card
    organisation: Mapped[str] = mapped_column(String(128), default="")  # e.g. a university team
    skills: Mapped[str] = mapped_column(String(256), default="")
    availability: Mapped[str] = mapped_column(String(256), default="")
    registered_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8))  # active, paused, left
    platform_number: Mapped[str] = mapped_column(String(32), default="")  # 全国志愿服务信息系统
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_volunteer_person", "person_id"), Index("ix_volunteer_code", "code"))


class VolunteerTeam(SyncedRecord, Base):
    __tablename__ = "volunteer_team"
    name: Mapped[str] = mapped_column(String(64))
    organisation: Mapped[str] = mapped_column(String(128), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class TeamMember(SyncedRecord, Base):
    """A volunteer in a team (a leader or not), from a day until a day."""

    __tablename__ = "team_member"
    team_id: Mapped[str] = mapped_column(ForeignKey("volunteer_team.id"))
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"))
    leader: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_team_member_team", "team_id"),
        Index("ix_team_member_volunteer", "volunteer_id"),
    )


class Activity(SyncedRecord, Base):
    """A volunteer activity (e.g. 公益巴士进社区) with its place and partner."""

    __tablename__ = "activity"
    name: Mapped[str] = mapped_column(String(128))
    place: Mapped[str] = mapped_column(String(128), default="")
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partner.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))


class ShiftSeries(SyncedRecord, Base):
    """A repeating activity: every N weeks on ``first_day``'s weekday until a day, at a time, with
    the roles each shift gets (JSON: [{"name": "司机", "capacity": 2}, ...])."""

    __tablename__ = "shift_series"
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"))
    first_day: Mapped[date] = mapped_column(Date)
    until: Mapped[date] = mapped_column(Date)
    every_weeks: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)  # minutes after midnight
    end_minute: Mapped[int] = mapped_column(Integer)
    roles: Mapped[str] = mapped_column(Text)
    ignore_holidays: Mapped[bool] = mapped_column(Boolean, default=False)


class Shift(SyncedRecord, Base):
    """One occurrence of an activity. A series' shift keeps the day it was planned for
    (``planned_on``), so one moved or cancelled occurrence does not break the series."""

    __tablename__ = "shift"
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"))
    series_id: Mapped[str | None] = mapped_column(ForeignKey("shift_series.id"))
    planned_on: Mapped[date | None] = mapped_column(Date)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(256), default="")

    __table_args__ = (
        Index("ix_shift_starts", "starts_at"),
        Index("ix_shift_activity", "activity_id", "starts_at"),
        Index("ix_shift_series", "series_id", "planned_on"),
    )


class ShiftRole(SyncedRecord, Base):
    """A role on a shift with how many it needs (2 drivers, 6 helpers)."""

    __tablename__ = "shift_role"
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"))
    name: Mapped[str] = mapped_column(String(32))
    capacity: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_shift_role_shift", "shift_id"),)


class ShiftAssignment(SyncedRecord, Base):
    """A volunteer signed up for a role on a shift."""

    __tablename__ = "shift_assignment"
    shift_id: Mapped[str] = mapped_column(ForeignKey("shift.id"))
    role_id: Mapped[str] = mapped_column(ForeignKey("shift_role.id"))
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"))
    assigned_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    assigned_at: Mapped[datetime] = mapped_column(DateTime)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_shift_assignment_shift", "shift_id"),
        Index("ix_shift_assignment_volunteer", "volunteer_id"),
    )


class HoursCertificate(SyncedRecord, Base):
    """A volunteer-service record certificate (志愿服务记录证明) from the register; voided, never
    removed, so a number is never given twice."""

    __tablename__ = "hours_certificate"
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"))
    number: Mapped[str] = mapped_column(String(24))
    holder_name: Mapped[str] = mapped_column(String(64))
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(String(256), default="")

    __table_args__ = (
        Index("ix_hours_certificate_volunteer", "volunteer_id"),
        Index("ix_hours_certificate_number", "number"),
    )


class StaffMember(SyncedRecord, Base):
    """A member of the station's staff, for the 6430 panel: full-time or not, certified or not."""

    __tablename__ = "staff_member"
    name: Mapped[str] = mapped_column(String(64))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    full_time: Mapped[bool] = mapped_column(Boolean, default=True)
    certified: Mapped[bool] = mapped_column(Boolean, default=False)
    cert_level: Mapped[str] = mapped_column(String(16), default="")  # assistant, social_worker, senior
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(String(256), default="")


class ReportHighlight(SyncedRecord, Base):
    """The manager's highlights (本期工作亮点) of one station's report period; the id is derived from
    (station, kind, first and last day) (domain/highlights.py), so there is one per period in practice
    and two sites writing it apart make a field conflict, not two rows (no unique index: it would
    refuse the merge)."""

    __tablename__ = "report_highlight"
    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"))
    period_kind: Mapped[str] = mapped_column(String(8))  # month, quarter, days
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_report_highlight_period", "first_day", "period_kind", "last_day"),)


# --- insert-only facts -----------------------------------------------------------------------


class AuditEvent(InsertOnlyFact, Base):
    """Append-only audit trail: logins, reveals, exports, imports, prints, user changes."""

    __tablename__ = "audit_event"
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    record_type: Mapped[str] = mapped_column(String(64), default="")
    record_id: Mapped[str] = mapped_column(String(36), default="")
    reason: Mapped[str] = mapped_column(String(256), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class ReferralEvent(InsertOnlyFact, Base):
    """One step of a referral's history: who moved it from which status to which, when, and why."""

    __tablename__ = "referral_event"
    referral_id: Mapped[str] = mapped_column(ForeignKey("referral.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    by_user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(String(256), default="")

    __table_args__ = (Index("ix_referral_event_referral", "referral_id"),)


def travelling_tables() -> dict[str, tuple[str, list[str]]]:
    """Table name -> (sync kind, logged field names) for every travelling model."""
    out: dict[str, tuple[str, list[str]]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, _Travelling):
            fields = [c.name for c in mapper.local_table.columns if c.name not in SYNC_COLUMNS]
            out[mapper.local_table.name] = (cls.sync_kind, fields)
    return out


class VolunteerCheck(InsertOnlyFact, Base):
    """A volunteer checked in or out at the desk (or from a roster afterwards)."""

    __tablename__ = "volunteer_check"
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"))
    shift_id: Mapped[str | None] = mapped_column(ForeignKey("shift.id"))
    kind: Mapped[str] = mapped_column(String(4))  # in, out
    at: Mapped[datetime] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(8))  # scan, name, roster
    recorded_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (
        Index("ix_volunteer_check_volunteer", "volunteer_id", "at"),
        Index("ix_volunteer_check_shift", "shift_id"),
    )


class HoursEntry(InsertOnlyFact, Base):
    """Time credited to a volunteer for a service, and how it was made (desk, entry, import, rule).
    A correction supersedes an entry; only the latest of a chain counts, once reviewed if it must be."""

    __tablename__ = "hours_entry"
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteer.id"))
    shift_id: Mapped[str | None] = mapped_column(ForeignKey("shift.id"))
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"))
    service_date: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime | None] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    credited_minutes: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(String(256), default="")
    source: Mapped[str] = mapped_column(String(8))  # desk, entry, import, rule
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    flag: Mapped[str] = mapped_column(String(32), default="")  # e.g. forgot_checkout
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("hours_entry.id"))
    recorded_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_hours_entry_volunteer", "volunteer_id", "service_date"),
        Index("ix_hours_entry_date", "service_date"),
        Index("ix_hours_entry_shift", "shift_id"),
        Index("ix_hours_entry_supersedes", "supersedes_id"),
    )


class HoursReview(InsertOnlyFact, Base):
    """A coordinator approved or rejected an hours entry."""

    __tablename__ = "hours_review"
    entry_id: Mapped[str] = mapped_column(ForeignKey("hours_entry.id"))
    decision: Mapped[str] = mapped_column(String(8))  # approved, rejected
    reviewed_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(256), default="")

    __table_args__ = (Index("ix_hours_review_entry", "entry_id"),)
