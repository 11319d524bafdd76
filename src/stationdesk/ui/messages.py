"""Error codes from the Qt-free layers, turned into sentences in the user's language.

Services and the domain raise errors with a stable ``code`` and ``params``; only here do they
become text. An unknown code still gives a readable message (and a test lists all known codes).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stationdesk.ui.text import fmt


def _table() -> dict[str, str]:
    # Spelled out in full so that pyside6-lupdate finds every literal.
    return {
        "id.empty": QCoreApplication.translate("messages", "Please enter the ID number."),
        "id.length": QCoreApplication.translate(
            "messages", "An ID number has 18 characters; this one has %1."
        ),
        "id.chars": QCoreApplication.translate(
            "messages", "The ID number has a wrong character at position %1."
        ),
        "id.checksum": QCoreApplication.translate(
            "messages", "The ID number's last character should be %1: please check for a typo."
        ),
        "id.birth_date": QCoreApplication.translate(
            "messages", "The birth date inside the ID number is not a real date."
        ),
        "id.future": QCoreApplication.translate(
            "messages", "The birth date inside the ID number is in the future."
        ),
        "id.area": QCoreApplication.translate(
            "messages", "The area code %1 at the start of the ID number does not exist."
        ),
        "phone.format": QCoreApplication.translate(
            "messages", "Please enter an 11-digit mobile number starting with 13-19."
        ),
        "person.name_required": QCoreApplication.translate("messages", "Please enter the name."),
        "person.name_too_long": QCoreApplication.translate(
            "messages", "The name is too long (at most %1 characters)."
        ),
        "person.bad_sex": QCoreApplication.translate("messages", "Please choose the sex."),
        "person.birth_in_future": QCoreApplication.translate("messages", "The birth date is in the future."),
        "person.not_found": QCoreApplication.translate(
            "messages", "This person no longer exists in the registry."
        ),
        "person.duplicates": QCoreApplication.translate(
            "messages", "%1 people like this are already registered."
        ),
        "person.bad_field": QCoreApplication.translate("messages", "This field cannot be revealed."),
        "auth.not_signed_in": QCoreApplication.translate("messages", "Please sign in first."),
        "auth.forbidden": QCoreApplication.translate(
            "messages", "Your role may not do this. The attempt has been recorded."
        ),
        "auth.bad_credentials": QCoreApplication.translate("messages", "Wrong user name or password."),
        "auth.locked": QCoreApplication.translate(
            "messages", "Too many failed attempts: please wait %1 seconds, or ask an administrator."
        ),
        "password.too_short": QCoreApplication.translate(
            "messages", "The password needs at least %1 characters."
        ),
        "user.bad_username": QCoreApplication.translate(
            "messages", "A user name cannot be empty or contain spaces."
        ),
        "user.exists": QCoreApplication.translate("messages", "The user name %1 is already taken."),
        "user.not_found": QCoreApplication.translate("messages", "This user no longer exists."),
        "user.last_admin": QCoreApplication.translate(
            "messages", "The station needs at least one active administrator."
        ),
        "setup.already_done": QCoreApplication.translate("messages", "This station has already been set up."),
        "station.name_required": QCoreApplication.translate("messages", "Please enter the station's name."),
        "station.bad_code": QCoreApplication.translate(
            "messages", "The station code may hold only letters, digits, - and _."
        ),
        "station.logo_too_large": QCoreApplication.translate(
            "messages", "The logo is too large (at most %1 KB)."
        ),
        "station.missing": QCoreApplication.translate("messages", "The station profile is missing."),
        "station.person_too_long": QCoreApplication.translate(
            "messages", "The name of the person in charge may have at most %1 characters."
        ),
        "tag.bad_name": QCoreApplication.translate("messages", "A tag name needs 1 to 32 characters."),
        "tag.exists": QCoreApplication.translate("messages", "The tag %1 already exists."),
        "tag.not_found": QCoreApplication.translate("messages", "This tag no longer exists."),
        "settings.bad_language": QCoreApplication.translate("messages", "This language is not available."),
        "settings.bad_idle_minutes": QCoreApplication.translate(
            "messages", "The idle lock must be between %1 and %2 minutes."
        ),
        "backup.not_sqlite": QCoreApplication.translate(
            "messages", "Only a SQLite database file can be backed up this way."
        ),
        "backup.same_file": QCoreApplication.translate(
            "messages", "The backup cannot overwrite the database itself."
        ),
        "db.foreign": QCoreApplication.translate("messages", "The file %1 is not a StationDesk database."),
        "db.unreadable": QCoreApplication.translate("messages", "The database file %1 cannot be read."),
        "db.missing": QCoreApplication.translate("messages", "The database file %1 does not exist."),
        "db.unsupported_backend": QCoreApplication.translate(
            "messages", "StationDesk cannot use a %1 database yet: please use a SQLite file."
        ),
        "walkin.person_or_anonymous": QCoreApplication.translate(
            "messages", "Please pick a person, or mark the visitor anonymous with sex and age band."
        ),
        "walkin.categories_required": QCoreApplication.translate(
            "messages", "Please tick at least one need."
        ),
        "walkin.bad_outcome": QCoreApplication.translate("messages", "Please choose the outcome."),
        "walkin.future": QCoreApplication.translate("messages", "The arrival time is in the future."),
        "walkin.referral_needs_person": QCoreApplication.translate(
            "messages", "An anonymous visitor cannot be referred: please pick or register the person."
        ),
        "walkin.referral_required": QCoreApplication.translate(
            "messages", "A referred walk-in needs the referral's partner and need."
        ),
        "walkin.retired_category": QCoreApplication.translate("messages", "The need %1 is no longer in use."),
        "walkin.owner_required": QCoreApplication.translate(
            "messages", "The owner must be an active user who may record reception work."
        ),
        "walkin.reason_required": QCoreApplication.translate(
            "messages", "Please say why the walk-in is removed."
        ),
        "walk_in.not_found": QCoreApplication.translate("messages", "This walk-in no longer exists."),
        "followup.owner_required": QCoreApplication.translate(
            "messages", "A follow-up needs an owner who may record reception work."
        ),
        "followup.due_required": QCoreApplication.translate(
            "messages", "Please enter the follow-up's due date."
        ),
        "followup.due_in_past": QCoreApplication.translate(
            "messages", "The follow-up's due date is in the past."
        ),
        "followup.note_required": QCoreApplication.translate("messages", "Please say what was done."),
        "followup.already_done": QCoreApplication.translate("messages", "This follow-up is already done."),
        "followup.person_required": QCoreApplication.translate("messages", "This follow-up needs a person."),
        "followup.person_mismatch": QCoreApplication.translate(
            "messages", "The follow-up and its walk-in are of different people."
        ),
        "follow_up.not_found": QCoreApplication.translate("messages", "This follow-up no longer exists."),
        "referral.need_required": QCoreApplication.translate(
            "messages", "Please say what the person needs from the partner."
        ),
        "referral.need_too_long": QCoreApplication.translate(
            "messages", "The need is too long (at most %1 characters)."
        ),
        "referral.override_reason_too_long": QCoreApplication.translate(
            "messages", "The override reason is too long (at most %1 characters)."
        ),
        "referral.consent_required": QCoreApplication.translate(
            "messages", "The person's consent to share their data is required."
        ),
        "referral.override_reason_required": QCoreApplication.translate(
            "messages", "Sending without consent needs a reason."
        ),
        "referral.partner_retired": QCoreApplication.translate(
            "messages", "The partner %1 is no longer in the directory's use."
        ),
        "referral.walk_in_other_person": QCoreApplication.translate(
            "messages", "The referral and its walk-in are of different people."
        ),
        "referral.manager_only": QCoreApplication.translate("messages", "Only a manager may do this."),
        "referral.reason_required": QCoreApplication.translate("messages", "Please give a reason."),
        "referral.not_found": QCoreApplication.translate("messages", "This referral no longer exists."),
        "referral.code_format": QCoreApplication.translate(
            "messages", "This is not a referral tracking code."
        ),
        "referral.code_checksum": QCoreApplication.translate(
            "messages", "The tracking code has a typo: please check it."
        ),
        "referral.bad_transition": QCoreApplication.translate(
            "messages", "This step is not possible from the referral's present status."
        ),
        "referral.reason_too_long": QCoreApplication.translate(
            "messages", "The reason is too long (at most %1 characters)."
        ),
        "partner.not_found": QCoreApplication.translate("messages", "This partner no longer exists."),
        "partner.name_required": QCoreApplication.translate("messages", "Please enter the partner's name."),
        "partner.name_too_long": QCoreApplication.translate(
            "messages", "The name is too long (at most %1 characters)."
        ),
        "partner.bad_kind": QCoreApplication.translate(
            "messages", "Please choose what kind of partner this is."
        ),
        "partner.exists": QCoreApplication.translate("messages", "%1 is already in the directory."),
        "partner.contact_name_too_long": QCoreApplication.translate(
            "messages", "The contact's name is too long (at most %1 characters)."
        ),
        "partner.phone_too_long": QCoreApplication.translate(
            "messages", "The phone is too long (at most %1 characters)."
        ),
        "partner.address_too_long": QCoreApplication.translate(
            "messages", "The address is too long (at most %1 characters)."
        ),
        "partner.provides_too_long": QCoreApplication.translate(
            "messages", "What the partner provides is too long (at most %1 characters)."
        ),
        "category.bad_name": QCoreApplication.translate(
            "messages", "A need's name needs 1 to %1 characters."
        ),
        "category.exists": QCoreApplication.translate("messages", "The need %1 already exists."),
        "category.not_found": QCoreApplication.translate("messages", "This need no longer exists."),
        "keytarget.person_required": QCoreApplication.translate("messages", "Please choose the person."),
        "keytarget.tier_required": QCoreApplication.translate("messages", "Please choose a tier."),
        "keytarget.reason_required": QCoreApplication.translate(
            "messages", "Please say why the person is a key target."
        ),
        "keytarget.reason_too_long": QCoreApplication.translate(
            "messages", "The reason is too long (at most %1 characters)."
        ),
        "keytarget.note_too_long": QCoreApplication.translate(
            "messages", "The note is too long (at most %1 characters)."
        ),
        "keytarget.worker_required": QCoreApplication.translate(
            "messages", "The worker must be an active user who may record reception work."
        ),
        "keytarget.start_required": QCoreApplication.translate("messages", "Please enter the start date."),
        "keytarget.start_in_future": QCoreApplication.translate(
            "messages", "The start date is in the future."
        ),
        "keytarget.end_required": QCoreApplication.translate("messages", "Please enter the end date."),
        "keytarget.end_in_future": QCoreApplication.translate("messages", "The end date is in the future."),
        "keytarget.end_before_start": QCoreApplication.translate(
            "messages", "The end date is before the start date."
        ),
        "keytarget.already_enrolled": QCoreApplication.translate(
            "messages", "This person is already a key target at that time."
        ),
        "keytarget.already_ended": QCoreApplication.translate(
            "messages", "This enrolment has already ended."
        ),
        "keytarget.same_tier": QCoreApplication.translate("messages", "The person already has this tier."),
        "keytarget.change_outside": QCoreApplication.translate(
            "messages", "The change must fall after the enrolment's start and before its end."
        ),
        "keytarget.exemption_reason_required": QCoreApplication.translate(
            "messages", "Please choose why the visits are excused."
        ),
        "keytarget.exemption_outside": QCoreApplication.translate(
            "messages", "The exemption must start while the person is enrolled."
        ),
        "keytarget.remove_reason_required": QCoreApplication.translate(
            "messages", "Please say why it is removed."
        ),
        "keytarget.not_found": QCoreApplication.translate(
            "messages", "This key-target enrolment no longer exists."
        ),
        "keytarget.exemption_not_found": QCoreApplication.translate(
            "messages", "This exemption no longer exists."
        ),
        "visit.date_required": QCoreApplication.translate("messages", "Please enter the date of the visit."),
        "visit.date_in_future": QCoreApplication.translate("messages", "The visit date is in the future."),
        "visit.outside_enrolment": QCoreApplication.translate(
            "messages", "The visit date falls outside the person's time on the key-target list."
        ),
        "visit.method_required": QCoreApplication.translate(
            "messages", "Please choose how the visit was made."
        ),
        "visit.visitor_required": QCoreApplication.translate(
            "messages", "The visitor must be an active user who may record reception work."
        ),
        "visit.companions_too_long": QCoreApplication.translate(
            "messages", "The companions are too long (at most %1 characters)."
        ),
        "visit.bad_risk": QCoreApplication.translate("messages", "Please choose how the risk changed."),
        "visit.not_found": QCoreApplication.translate("messages", "This visit no longer exists."),
        "visits.period_not_calendar": QCoreApplication.translate(
            "messages", "This is not a whole calendar week, month or quarter."
        ),
        "visits.tier_without_cadence": QCoreApplication.translate(
            "messages", "The tier %1 has no visit cadence: please set one in the settings."
        ),
        # -- training programmes, sessions and participants (the training page) --
        "training.name_required": QCoreApplication.translate(
            "messages", "Please enter the programme's name."
        ),
        "training.name_too_long": QCoreApplication.translate(
            "messages", "The name is too long (at most %1 characters)."
        ),
        "training.kind_required": QCoreApplication.translate(
            "messages", "Please choose the type of programme."
        ),
        "training.bad_target_group": QCoreApplication.translate("messages", "Unknown target group."),
        "training.bad_minutes": QCoreApplication.translate(
            "messages", "The time a session counts must be from 0 to 24 hours."
        ),
        "training.organiser_too_long": QCoreApplication.translate(
            "messages", "The organiser is too long (at most %1 characters)."
        ),
        "training.trainers_too_long": QCoreApplication.translate(
            "messages", "The trainers are too long (at most %1 characters)."
        ),
        "training.bad_share": QCoreApplication.translate(
            "messages", "The share of sessions must be from 1 to 100 percent."
        ),
        "training.bad_count": QCoreApplication.translate(
            "messages", "At least one session must be required."
        ),
        "training.holidays_unknown": QCoreApplication.translate(
            "messages",
            "The public holidays of %1 are not known yet (they are announced in the autumn before).",
        ),
        "training.bad_interval": QCoreApplication.translate("messages", "Repeat every 1 week or more."),
        "training.bad_session_count": QCoreApplication.translate(
            "messages", "A series has from 1 to %1 sessions."
        ),
        "training.programme_not_found": QCoreApplication.translate(
            "messages", "This programme no longer exists."
        ),
        "training.session_not_found": QCoreApplication.translate(
            "messages", "This session no longer exists or was cancelled."
        ),
        "session.time_required": QCoreApplication.translate(
            "messages", "Please enter the session's day, start and end."
        ),
        "session.ends_before_start": QCoreApplication.translate(
            "messages", "The session ends before it starts."
        ),
        "session.bad_capacity": QCoreApplication.translate(
            "messages", "The capacity must be at least 1, or left empty."
        ),
        "session.bad_grace": QCoreApplication.translate(
            "messages", "Late after 0 to 240 minutes from the start."
        ),
        "session.venue_too_long": QCoreApplication.translate(
            "messages", "The venue is too long (at most %1 characters)."
        ),
        "session.trainer_too_long": QCoreApplication.translate(
            "messages", "The trainer is too long (at most %1 characters)."
        ),
        "session.topic_too_long": QCoreApplication.translate(
            "messages", "The topic is too long (at most %1 characters)."
        ),
        "session.cancelled": QCoreApplication.translate("messages", "A cancelled session cannot be changed."),
        "session.has_signins": QCoreApplication.translate(
            "messages", "%1 people have signed in to this session: its day and time can no longer change."
        ),
        "enrolment.none_chosen": QCoreApplication.translate(
            "messages", "Find the people to enrol and tick them first."
        ),
        "enrolment.not_found": QCoreApplication.translate(
            "messages", "This participant is no longer enrolled."
        ),
        "printout.bad_format": QCoreApplication.translate(
            "messages", "Please save it as a .pdf or an .xlsx file."
        ),
        "printout.session_or_programme": QCoreApplication.translate(
            "messages", "Please choose either one session or a whole programme."
        ),
        "roster.no_file": QCoreApplication.translate("messages", "The roster file %1 does not exist."),
        "roster.not_xlsx": QCoreApplication.translate(
            "messages", "This is not an .xlsx workbook: please save it from Excel or WPS as .xlsx."
        ),
        "roster.no_sheet": QCoreApplication.translate("messages", "The workbook has no sheet %1."),
        "roster.no_name_column": QCoreApplication.translate(
            "messages", "No column of names was found: please choose which column holds the names."
        ),
        "roster.bad_mapping": QCoreApplication.translate(
            "messages", "A chosen column is not in the roster: please choose the columns again."
        ),
        "roster.too_many_rows": QCoreApplication.translate(
            "messages", "The roster has more than %1 rows: please split it."
        ),
        "roster.no_name": QCoreApplication.translate("messages", "No name."),
        "roster.bad_phone": QCoreApplication.translate("messages", "Not an 11-digit mobile number."),
        "roster.bad_date": QCoreApplication.translate(
            "messages", "Not a birth date (write it as 1980-01-02, 1980/1/2 or 1980年1月2日)."
        ),
        "roster.bad_sex": QCoreApplication.translate("messages", "The sex is neither 男 nor 女."),
        "roster.id_as_number": QCoreApplication.translate(
            "messages", "The ID number was stored as a number and lost digits: format the column as text."
        ),
        "roster.duplicate_row": QCoreApplication.translate("messages", "The same person as row %1."),
        "roster.id_other_name": QCoreApplication.translate(
            "messages", "This ID number is registered under another name."
        ),
        "roster.conflict": QCoreApplication.translate(
            "messages", "The ID number and the mobile belong to two different registered people."
        ),
        "roster.several_matches": QCoreApplication.translate(
            "messages", "Several registered people have this name and mobile."
        ),
        "roster.name_only_ambiguous": QCoreApplication.translate(
            "messages", "A name alone, and people of this name are registered: add a mobile or ID number."
        ),
        "roster.possible_duplicate": QCoreApplication.translate(
            "messages", "Someone of this name and birth date is registered: enrol them from the registry."
        ),
        # Sign-ins at the door, marks, walk-ins (issue 4)
        "signin.empty": QCoreApplication.translate(
            "messages", "Scan a code, or type a name, pinyin initials or a phone's last 4 digits."
        ),
        "signin.code_checksum": QCoreApplication.translate(
            "messages",
            "“%1” is not a valid sign-in code (one character mistyped or misread?) and matches no name. "
            "Scan or type it again.",
        ),
        "signin.no_match": QCoreApplication.translate(
            "messages", "No participant matches “%1”. Check the spelling, or sign them in as a walk-in."
        ),
        "signin.session_over": QCoreApplication.translate(
            "messages", "This session is over: enter the paper sheet in the reconciliation grid instead."
        ),
        "signin.walk_in_name_required": QCoreApplication.translate("messages", "Please enter the name."),
        "signin.walk_in_name_too_long": QCoreApplication.translate(
            "messages", "The name is too long (at most %1 characters)."
        ),
        "signin.walk_in_unit_too_long": QCoreApplication.translate(
            "messages", "The unit is too long (at most %1 characters)."
        ),
        "training.enrolment_not_found": QCoreApplication.translate(
            "messages", "This participant is no longer enrolled in the programme."
        ),
        "training.walk_in_not_found": QCoreApplication.translate(
            "messages", "This walk-in no longer exists."
        ),
        "training.walk_in_matched": QCoreApplication.translate(
            "messages", "This walk-in has been matched already: undo that match first."
        ),
        "training.walk_in_not_matched": QCoreApplication.translate(
            "messages", "This walk-in is not matched to anyone."
        ),
        "attendance.bad_status": QCoreApplication.translate("messages", "“%1” is not an attendance status."),
        "attendance.bad_method": QCoreApplication.translate(
            "messages", "A mark is taken from the paper sheet or at the desk."
        ),
        "attendance.not_yet_held": QCoreApplication.translate(
            "messages", "This session is on a later day: only “excused” can be marked before it."
        ),
        "attendance.time_off_day": QCoreApplication.translate(
            "messages", "The time must be on the day of the session."
        ),
        "attendance.out_before_in": QCoreApplication.translate(
            "messages", "The sign-out time is before the sign-in time."
        ),
        "attendance.not_signed_in": QCoreApplication.translate(
            "messages", "This participant has not signed in, so cannot sign out."
        ),
        # --- issue 5: volunteer hours and the 6430 staff list ---
        "hours.bad_basis": QCoreApplication.translate(
            "messages", "Credit either the actual or the scheduled time."
        ),
        "hours.bad_rounding": QCoreApplication.translate("messages", "Round to 0, 5, 10 or 15 minutes."),
        "hours.out_before_in": QCoreApplication.translate(
            "messages", "The check-out time is before the check-in time."
        ),
        "hours.too_long": QCoreApplication.translate(
            "messages", "A stay longer than %1 hours cannot be credited: please check the times."
        ),
        "hours.shift_ends_before_start": QCoreApplication.translate(
            "messages", "The shift ends before it starts."
        ),
        "hours.shift_too_long": QCoreApplication.translate(
            "messages", "A shift cannot be longer than %1 hours."
        ),
        "hours.bad_credit": QCoreApplication.translate(
            "messages", "The credited time must be between 0 and %1 hours."
        ),
        "hours.bad_period": QCoreApplication.translate("messages", "The period ends before it starts."),
        "hours.empty": QCoreApplication.translate(
            "messages", "Scan a volunteer card, or type a name, initials or a phone's last 4 digits."
        ),
        "hours.no_match": QCoreApplication.translate("messages", "No volunteer matches “%1”."),
        "hours.code_checksum": QCoreApplication.translate(
            "messages", "“%1” is not a valid card code (a typo?) and matches no name."
        ),
        "hours.volunteer_left": QCoreApplication.translate(
            "messages", "This volunteer has left the station: restore their profile first."
        ),
        "hours.not_checked_in": QCoreApplication.translate("messages", "This volunteer is not checked in."),
        "hours.content_too_long": QCoreApplication.translate(
            "messages", "The content of service is too long (at most %1 characters)."
        ),
        "hours.in_future": QCoreApplication.translate(
            "messages", "Hours can only be entered once they have been served."
        ),
        "hours.activity_required": QCoreApplication.translate(
            "messages", "Choose the shift or the activity."
        ),
        "hours.duplicate": QCoreApplication.translate(
            "messages",
            "This volunteer's hours for this shift are already entered: correct that entry instead.",
        ),
        "hours.overlap": QCoreApplication.translate(
            "messages", "This volunteer already has hours at that time."
        ),
        "hours.not_on_roster": QCoreApplication.translate(
            "messages", "%1 of them did not sign up for this shift."
        ),
        "hours.entry_not_found": QCoreApplication.translate("messages", "This hours entry no longer exists."),
        "hours.superseded": QCoreApplication.translate(
            "messages", "This entry has been corrected already: open the latest one."
        ),
        "hours.own_entry": QCoreApplication.translate(
            "messages", "You entered these hours yourself: another coordinator reviews them."
        ),
        "hours.note_too_long": QCoreApplication.translate(
            "messages", "The note is too long (at most %1 characters)."
        ),
        "volunteer.not_found": QCoreApplication.translate("messages", "This volunteer no longer exists."),
        "shift.not_found": QCoreApplication.translate("messages", "This shift no longer exists."),
        "activity.not_found": QCoreApplication.translate("messages", "This activity no longer exists."),
        "staff.name_required": QCoreApplication.translate("messages", "Please enter the name."),
        "staff.name_too_long": QCoreApplication.translate(
            "messages", "The name is too long (at most %1 characters)."
        ),
        "staff.notes_too_long": QCoreApplication.translate(
            "messages", "The notes are too long (at most %1 characters)."
        ),
        "staff.bad_level": QCoreApplication.translate("messages", "“%1” is not a certificate level."),
        "staff.level_without_certificate": QCoreApplication.translate(
            "messages", "A certificate level is only for a certified social worker."
        ),
        "staff.until_before_since": QCoreApplication.translate(
            "messages", "The end date is before the start date."
        ),
        "staff.not_found": QCoreApplication.translate(
            "messages", "This staff member is no longer on the list."
        ),
        "db.too_new": QCoreApplication.translate(
            "messages",
            "This database was written by a newer StationDesk (schema %1). Please upgrade StationDesk; "
            "the file has not been changed.",
        ),
        # Certificates, badges and the continuing-education ledger.
        "certificate.future_date": QCoreApplication.translate(
            "messages", "A certificate cannot be dated in the future."
        ),
        "certificate.reason_required": QCoreApplication.translate(
            "messages", "Please say why the certificate is voided."
        ),
        "certificate.reason_too_long": QCoreApplication.translate(
            "messages", "The reason may have at most %1 characters."
        ),
        "certificate.not_found": QCoreApplication.translate("messages", "This certificate no longer exists."),
        "certificate.already_voided": QCoreApplication.translate(
            "messages", "Certificate %1 is already void."
        ),
        "certificate.none_to_print": QCoreApplication.translate(
            "messages", "The programme has no valid certificate to print: issue the certificates first."
        ),
        # --- volunteers and teams (issue 5) ---
        "volunteer.exists": QCoreApplication.translate("messages", "%1 is a volunteer already."),
        "volunteer.bad_status": QCoreApplication.translate(
            "messages", "A volunteer is active, paused or has left."
        ),
        "volunteer.platform_number_too_long": QCoreApplication.translate(
            "messages", "The platform number is too long (at most %1 characters)."
        ),
        "volunteer.organisation_too_long": QCoreApplication.translate(
            "messages", "The organisation is too long (at most %1 characters)."
        ),
        "volunteer.skills_too_long": QCoreApplication.translate(
            "messages", "The skills are too long (at most %1 characters)."
        ),
        "volunteer.availability_too_long": QCoreApplication.translate(
            "messages", "The availability is too long (at most %1 characters)."
        ),
        "volunteer.registered_in_future": QCoreApplication.translate(
            "messages", "The registration date is in the future."
        ),
        "volunteer.registered_too_early": QCoreApplication.translate(
            "messages", "The registration date is before 1900."
        ),
        "volunteer.none_chosen": QCoreApplication.translate("messages", "Choose a person from the registry."),
        "team.bad_name": QCoreApplication.translate("messages", "A team's name has 1 to %1 characters."),
        "team.exists": QCoreApplication.translate("messages", "A team called %1 exists already."),
        "team.organisation_too_long": QCoreApplication.translate(
            "messages", "The organisation is too long (at most %1 characters)."
        ),
        "team.not_found": QCoreApplication.translate("messages", "This team no longer exists."),
        "team.retired": QCoreApplication.translate(
            "messages", "The team %1 is retired: bring it back first."
        ),
        "team.none_chosen": QCoreApplication.translate("messages", "Tick the volunteers to add."),
        "team.joined_in_future": QCoreApplication.translate("messages", "The joining date is in the future."),
        "team.member_not_found": QCoreApplication.translate(
            "messages", "This member is no longer in the team."
        ),
        "team.member_left": QCoreApplication.translate("messages", "This volunteer has left the team."),
        "team.left_before_joined": QCoreApplication.translate(
            "messages", "The leaving date is before the joining date."
        ),
        "team.left_in_future": QCoreApplication.translate("messages", "The leaving date is in the future."),
        "roster.bad_registered_on": QCoreApplication.translate(
            "messages", "Not a registration date (2024-05-06, 2024/5/6 or 2024年5月6日, not in the future)."
        ),
        "training.nobody_enrolled": QCoreApplication.translate(
            "messages", "The programme has no participants to print."
        ),
        "printout.bad_layout": QCoreApplication.translate("messages", "Choose badges or table cards."),
        "ce.bad_level": QCoreApplication.translate(
            "messages", "Choose the level: assistant social worker, or social worker and above."
        ),
        "ce.bad_period_start": QCoreApplication.translate(
            "messages", "The registration period must start in 1900 or later."
        ),
        # Volunteer activities, shifts, sign-ups and the roster (issue 5).
        "activity.name_required": QCoreApplication.translate("messages", "Please enter the activity's name."),
        "activity.name_too_long": QCoreApplication.translate(
            "messages", "The activity's name may have at most %1 characters."
        ),
        "activity.place_too_long": QCoreApplication.translate(
            "messages", "The place may have at most %1 characters."
        ),
        "activity.description_too_long": QCoreApplication.translate(
            "messages", "The description may have at most %1 characters."
        ),
        "shifts.bad_interval": QCoreApplication.translate(
            "messages", "A series repeats every 1 to %1 weeks."
        ),
        "shifts.until_before_first": QCoreApplication.translate(
            "messages", "The series ends before its first day."
        ),
        "shifts.series_too_long": QCoreApplication.translate(
            "messages", "A series may have at most %1 shifts: choose an earlier end."
        ),
        "shifts.roles_required": QCoreApplication.translate(
            "messages", "A shift needs at least one role (e.g. 帮手 6)."
        ),
        "shifts.too_many_roles": QCoreApplication.translate("messages", "A shift may have at most %1 roles."),
        "shifts.role_name_required": QCoreApplication.translate("messages", "Every role needs a name."),
        "shifts.role_name_too_long": QCoreApplication.translate(
            "messages", "The role name %1 is too long (at most %2 characters)."
        ),
        "shifts.bad_capacity": QCoreApplication.translate("messages", "The role %1 needs 1 to %2 people."),
        "shifts.duplicate_role": QCoreApplication.translate("messages", "The role %1 is named twice."),
        "shifts.bad_roles": QCoreApplication.translate("messages", "The series' roles cannot be read."),
        "shifts.ends_before_start": QCoreApplication.translate(
            "messages", "The shift ends before it starts."
        ),
        "shifts.longer_than_a_day": QCoreApplication.translate("messages", "A shift lasts at most a day."),
        "shifts.series_not_found": QCoreApplication.translate("messages", "This series no longer exists."),
        "shifts.until_earlier": QCoreApplication.translate(
            "messages", "A series is extended, not shortened: it runs until %1 already."
        ),
        "shifts.note_too_long": QCoreApplication.translate(
            "messages", "The note may have at most %1 characters."
        ),
        "shifts.cancelled": QCoreApplication.translate(
            "messages", "This shift is cancelled: restore it first."
        ),
        "shifts.capacity_below_signups": QCoreApplication.translate(
            "messages", "%2 volunteers are signed up as %1: it cannot have only %3 places."
        ),
        "shifts.role_has_signups": QCoreApplication.translate(
            "messages", "%2 volunteers are signed up as %1: withdraw them before removing the role."
        ),
        "shifts.role_not_found": QCoreApplication.translate(
            "messages", "This role is not one of the shift's."
        ),
        "signup.volunteer_not_found": QCoreApplication.translate(
            "messages", "This volunteer no longer exists."
        ),
        "signup.not_active": QCoreApplication.translate(
            "messages", "%1 is paused or has left: change the volunteer's status first."
        ),
        "signup.nobody": QCoreApplication.translate("messages", "Please choose at least one volunteer."),
        "signup.team_empty": QCoreApplication.translate(
            "messages", "The team has no active members on that day."
        ),
        "signup.not_found": QCoreApplication.translate("messages", "This sign-up no longer exists."),
        "roster.bad_month": QCoreApplication.translate("messages", "There is no month %2 in %1."),
        "roster.month_or_week": QCoreApplication.translate("messages", "Choose a month or a week."),
        # The station report (issue 6).
        "report.bad_month": QCoreApplication.translate("messages", "There is no month %2 in %1."),
        "report.bad_quarter": QCoreApplication.translate("messages", "A quarter is Q1 to Q4."),
        "report.period_reversed": QCoreApplication.translate("messages", "The period ends before it starts."),
        "ledger.bad_period": QCoreApplication.translate("messages", "The period ends before it starts."),
        "ledger.unknown_kind": QCoreApplication.translate("messages", "There is no such ledger."),
        "report.highlights_too_long": QCoreApplication.translate(
            "messages", "The highlights may have at most %1 characters."
        ),
        "report.bad_lang": QCoreApplication.translate(
            "messages", "The report prints in Simplified Chinese, Traditional Chinese or English, not in %1."
        ),
        # Volunteer-service record certificates (志愿服务记录证明).
        "hours_certificate.bad_period": QCoreApplication.translate(
            "messages", "The period ends (%2) before it begins (%1)."
        ),
        "hours_certificate.no_hours": QCoreApplication.translate(
            "messages",
            "No approved volunteer hours from %1 to %2: there is nothing to certify. "
            "Hours still awaiting review do not count.",
        ),
        "hours_certificate.bad_handler": QCoreApplication.translate(
            "messages", "The handler must be an active user of the station."
        ),
        "hours_certificate.bad_minimum": QCoreApplication.translate(
            "messages", "The minimum hours cannot be negative."
        ),
        "hours_certificate.hours_changed": QCoreApplication.translate(
            "messages",
            "The counted hours of certificate %1 have changed since it was issued: "
            "void it and issue a new one.",
        ),
        # Hub mode (issue 7): the stations × months matrix and the per-station reports.
        "hub.unknown_station": QCoreApplication.translate(
            "messages", "There is no station %1 in this database (its stations: %2)."
        ),
        "hub.bad_months": QCoreApplication.translate("messages", "Show from %1 to %2 months."),
        "hub.bad_due_day": QCoreApplication.translate(
            "messages", "The monthly report is due on a day from %1 to %2 of the next month."
        ),
        "site.bad_role": QCoreApplication.translate(
            "messages", "This PC is a station PC, a district hub or a trainer laptop."
        ),
        # Sync (issue 7): bundles, receipts, enrolment files, exchanges, conflicts.
        "bundle.addressed_elsewhere": QCoreApplication.translate(
            "messages", "The bundle is addressed to another site, not to this PC."
        ),
        "bundle.bad_archive": QCoreApplication.translate(
            "messages", "The bundle file is damaged inside: it is not a StationDesk bundle as written."
        ),
        "bundle.bad_manifest": QCoreApplication.translate(
            "messages", "The bundle's description is malformed (%1): it was not written by StationDesk."
        ),
        "bundle.bad_payload": QCoreApplication.translate(
            "messages", "The bundle's content cannot be read: it was not written by StationDesk."
        ),
        "bundle.bad_recipient": QCoreApplication.translate(
            "messages", "That is not a recipient key (it starts with age1...)."
        ),
        "bundle.bad_signature": QCoreApplication.translate(
            "messages", "The bundle's signature is not its sender's: it was altered or forged."
        ),
        "bundle.damaged": QCoreApplication.translate(
            "messages", "The bundle file is damaged: altered, cut short or not completely copied."
        ),
        "bundle.key_needed": QCoreApplication.translate(
            "messages", "The bundle is encrypted for this site's key, but this PC has no key yet."
        ),
        "bundle.missing_records": QCoreApplication.translate(
            "messages",
            "The file refers to records this PC does not hold yet (such as a training session written "
            "on the station PC). Import the station PC's file first, then this one again. Nothing was "
            "written.",
        ),
        "bundle.newer_format": QCoreApplication.translate(
            "messages", "The bundle was written by a newer StationDesk: please upgrade to read it."
        ),
        "bundle.newer_schema": QCoreApplication.translate(
            "messages",
            "The bundle comes from a newer StationDesk (schema %1): "
            "please upgrade StationDesk to a version with schema %1.",
        ),
        "bundle.not_a_bundle": QCoreApplication.translate(
            "messages", "The file is not a StationDesk bundle."
        ),
        "bundle.not_for_us": QCoreApplication.translate(
            "messages", "The bundle is encrypted for another site: this PC cannot open it."
        ),
        "bundle.other_station": QCoreApplication.translate(
            "messages", "The bundle holds the data of station %1, not of this station (%2)."
        ),
        "bundle.passphrase_needed": QCoreApplication.translate(
            "messages", "The bundle is protected by a passphrase: please enter it."
        ),
        "bundle.payload_mismatch": QCoreApplication.translate(
            "messages", "The bundle's content is not the one its sender signed: it was altered."
        ),
        "bundle.station_mismatch": QCoreApplication.translate(
            "messages",
            "The bundle says it comes from station %1, but its sender was enrolled for station %2.",
        ),
        "bundle.too_large": QCoreApplication.translate(
            "messages", "The bundle is larger than allowed (%1 bytes)."
        ),
        "bundle.truncated": QCoreApplication.translate(
            "messages", "The bundle file is empty or cut short: copy it again."
        ),
        "bundle.unknown_sender": QCoreApplication.translate(
            "messages", "The bundle comes from a site that is not enrolled here (station %1): enrol it first."
        ),
        "bundle.unreadable": QCoreApplication.translate("messages", "The bundle file cannot be read: %1."),
        "bundle.weak_passphrase": QCoreApplication.translate(
            "messages", "The passphrase needs at least %1 characters."
        ),
        "bundle.wrong_passphrase": QCoreApplication.translate(
            "messages", "The passphrase is not the bundle's."
        ),
        "keys.bad_keys": QCoreApplication.translate("messages", "This PC's stored sync key is damaged (%1)."),
        "receipt.bad_file": QCoreApplication.translate(
            "messages", "The receipt is malformed (%1): it was not written by StationDesk."
        ),
        "receipt.bad_signature": QCoreApplication.translate(
            "messages", "The receipt's signature is not its importer's: it was altered or forged."
        ),
        "receipt.newer_format": QCoreApplication.translate(
            "messages", "The receipt was written by a newer StationDesk: please upgrade to read it."
        ),
        "receipt.not_receipt": QCoreApplication.translate(
            "messages", "The file is not a StationDesk receipt."
        ),
        "receipt.too_large": QCoreApplication.translate(
            "messages", "The receipt file is larger than allowed."
        ),
        "receipt.own": QCoreApplication.translate(
            "messages",
            "This receipt (回执) was written on this PC, for the PC whose file was imported here. "
            "Take it back to that PC and import it there. Nothing was changed.",
        ),
        "receipt.unknown_sender": QCoreApplication.translate(
            "messages", "The receipt comes from a site that is not enrolled here (station %1)."
        ),
        "receipt.unreadable": QCoreApplication.translate("messages", "The receipt file cannot be read: %1."),
        "enrolment.bad_file": QCoreApplication.translate("messages", "The enrolment file is malformed (%1)."),
        "enrolment.bad_signature": QCoreApplication.translate(
            "messages", "The enrolment's signature does not match the key it names: it was altered."
        ),
        "enrolment.newer_format": QCoreApplication.translate(
            "messages", "The enrolment file was written by a newer StationDesk: please upgrade to read it."
        ),
        "enrolment.not_enrolment": QCoreApplication.translate(
            "messages", "The file is not a StationDesk enrolment file."
        ),
        "enrolment.too_large": QCoreApplication.translate(
            "messages", "The enrolment file is larger than allowed."
        ),
        "enrolment.unreadable": QCoreApplication.translate(
            "messages", "The enrolment file cannot be read: %1."
        ),
        "sync.bad_audience": QCoreApplication.translate(
            "messages", "There is no audience %1 (hub, station or trainer)."
        ),
        "sync.conflict_bad_choice": QCoreApplication.translate(
            "messages", "Choose to keep the value kept or the other one."
        ),
        "sync.conflict_not_found": QCoreApplication.translate("messages", "This conflict no longer exists."),
        "sync.conflict_resolved": QCoreApplication.translate(
            "messages", "This conflict has been resolved already."
        ),
        "sync.conflict_row_missing": QCoreApplication.translate(
            "messages", "The record of this conflict is not in the database."
        ),
        "sync.conflict_unknown_field": QCoreApplication.translate(
            "messages", "This conflict is about a field this version does not know."
        ),
        "sync.file_exists": QCoreApplication.translate("messages", "%1 exists already."),
        "sync.key_changed": QCoreApplication.translate(
            "messages",
            "This site is enrolled already with another key. "
            "If it was reinstalled, compare the codes and enrol it anew.",
        ),
        "sync.needs_passphrase": QCoreApplication.translate(
            "messages", "Give a passphrase: the site the bundle is for is not enrolled with a key."
        ),
        "sync.no_addressee": QCoreApplication.translate(
            "messages", "Choose whom the bundle is for: a site, or hub, station or trainer."
        ),
        "sync.no_dry_run": QCoreApplication.translate(
            "messages", "A %1 file has no preview: import it directly."
        ),
        "sync.no_folder": QCoreApplication.translate("messages", "The folder %1 does not exist."),
        "sync.no_station": QCoreApplication.translate(
            "messages", "Set up the station before exchanging data."
        ),
        "sync.other_station": QCoreApplication.translate(
            "messages",
            "The enrolment is of station %1, not of this station (%2): "
            "only a hub exchanges data with other stations.",
        ),
        "sync.own_site": QCoreApplication.translate(
            "messages", "This is this PC's own enrolment file: enrol it on the other PC."
        ),
        "sync.unknown_file": QCoreApplication.translate(
            "messages", "The file is neither a bundle, a receipt nor an enrolment file."
        ),
        "sync.unknown_peer": QCoreApplication.translate("messages", "No enrolled site %1."),
        "sync.verify_failed": QCoreApplication.translate(
            "messages", "%1 read back differently from what was written: the USB stick may be failing."
        ),
        "sync.write_failed": QCoreApplication.translate("messages", "%1 could not be written: %2."),
        # --- issue 7: enrolling a site by scanning or pasting its code (Sync page) ---
        "enrolment.not_code": QCoreApplication.translate(
            "messages",
            "This is not a StationDesk enrolment code: scan the code the other PC shows under "
            "“This PC's enrolment file…”. Nothing was enrolled.",
        ),
        "enrolment.bad_code": QCoreApplication.translate(
            "messages",
            "The code was read only in part or wrongly: scan it again (or paste it whole). "
            "Nothing was enrolled.",
        ),
        # --- issue 8: a new PC joins its station from the station PC's backup (services/join.py) ---
        "backup.write_failed": QCoreApplication.translate(
            "messages", "The backup could not be written to %1 (%2). Nothing was left there."
        ),
        "join.no_file": QCoreApplication.translate("messages", "The file %1 does not exist."),
        "join.not_sqlite": QCoreApplication.translate(
            "messages",
            "The file %1 is not a StationDesk backup: it is no database file. Choose the file the "
            'station PC wrote with "Back up the database…". Nothing was changed.',
        ),
        "join.foreign": QCoreApplication.translate(
            "messages",
            "The file %1 is a database of another program, not a StationDesk backup. Nothing was changed.",
        ),
        "join.no_station": QCoreApplication.translate(
            "messages",
            "No station has been set up in the database %1: choose the backup of the station PC, "
            "where the station is in use. Nothing was changed.",
        ),
        "join.damaged": QCoreApplication.translate(
            "messages",
            "The backup %1 is damaged (its integrity check failed). Please make a new backup on the "
            "station PC. Nothing was changed.",
        ),
        "join.not_empty": QCoreApplication.translate(
            "messages",
            "A station has already been set up on this PC: a backup can only be taken over by a new, "
            "empty installation.",
        ),
        "join.not_sqlite_here": QCoreApplication.translate(
            "messages", "This PC's database is no SQLite file: a backup cannot be taken over into it."
        ),
        "join.same_file": QCoreApplication.translate(
            "messages", "The file %1 is this PC's own database: choose the station PC's backup."
        ),
        "join.in_use": QCoreApplication.translate(
            "messages",
            "Another program has this PC's database open: close it (or the other StationDesk window) "
            "and try again. Nothing was changed.",
        ),
    }


# The params of each code, in placeholder order (%1, %2 ...).
_PARAMS: dict[str, tuple[str, ...]] = {
    "id.length": ("length",),
    "id.chars": ("position",),
    "id.checksum": ("expected",),
    "id.area": ("area_code",),
    "person.name_too_long": ("max",),
    "person.duplicates": ("count",),
    "auth.locked": ("retry_after",),
    "password.too_short": ("min",),
    "user.exists": ("username",),
    "station.logo_too_large": ("max_kb",),
    "station.person_too_long": ("max",),
    "tag.exists": ("name",),
    "settings.bad_idle_minutes": ("min", "max"),
    "db.foreign": ("path",),
    "db.unreadable": ("path",),
    "db.missing": ("path",),
    "db.too_new": ("revision",),
    "db.unsupported_backend": ("backend",),
    "walkin.retired_category": ("name",),
    "referral.need_too_long": ("max",),
    "referral.override_reason_too_long": ("max",),
    "referral.partner_retired": ("partner",),
    "referral.reason_too_long": ("max",),
    "partner.name_too_long": ("max",),
    "partner.exists": ("name",),
    "partner.contact_name_too_long": ("max",),
    "partner.phone_too_long": ("max",),
    "partner.address_too_long": ("max",),
    "partner.provides_too_long": ("max",),
    "category.bad_name": ("max",),
    "category.exists": ("name",),
    "keytarget.reason_too_long": ("max",),
    "keytarget.note_too_long": ("max",),
    "visit.companions_too_long": ("max",),
    "visits.tier_without_cadence": ("tier",),
    "training.name_too_long": ("max",),
    "training.organiser_too_long": ("max",),
    "training.trainers_too_long": ("max",),
    "training.holidays_unknown": ("year",),
    "training.bad_session_count": ("max",),
    "session.venue_too_long": ("max",),
    "session.trainer_too_long": ("max",),
    "session.topic_too_long": ("max",),
    "session.has_signins": ("count",),
    "roster.no_file": ("path",),
    "roster.no_sheet": ("sheet",),
    "roster.too_many_rows": ("max",),
    "roster.duplicate_row": ("row",),
    "certificate.reason_too_long": ("max",),
    "certificate.already_voided": ("number",),
    "signin.no_match": ("typed",),
    "signin.code_checksum": ("typed",),
    "signin.walk_in_name_too_long": ("max",),
    "signin.walk_in_unit_too_long": ("max",),
    "attendance.bad_status": ("status",),
    "volunteer.exists": ("name",),
    "volunteer.platform_number_too_long": ("max",),
    "volunteer.organisation_too_long": ("max",),
    "volunteer.skills_too_long": ("max",),
    "volunteer.availability_too_long": ("max",),
    "team.bad_name": ("max",),
    "team.exists": ("name",),
    "team.organisation_too_long": ("max",),
    "team.retired": ("name",),
    # Volunteer activities, shifts, sign-ups and the roster (issue 5).
    "activity.name_too_long": ("max",),
    "activity.place_too_long": ("max",),
    "activity.description_too_long": ("max",),
    "shifts.bad_interval": ("max",),
    "shifts.series_too_long": ("max",),
    "shifts.too_many_roles": ("max",),
    "shifts.role_name_too_long": ("name", "max"),
    "shifts.bad_capacity": ("name", "max"),
    "shifts.duplicate_role": ("name",),
    "shifts.until_earlier": ("until",),
    "shifts.note_too_long": ("max",),
    "shifts.capacity_below_signups": ("name", "count", "capacity"),
    "shifts.role_has_signups": ("name", "count"),
    "signup.not_active": ("name",),
    "roster.bad_month": ("year", "month"),
    "report.bad_month": ("year", "month"),
    "report.highlights_too_long": ("max",),
    "report.bad_lang": ("lang",),
    "hours_certificate.bad_period": ("first", "last"),
    "hours_certificate.no_hours": ("first", "last"),
    "hours_certificate.hours_changed": ("number",),
    # --- issue 5: volunteer hours and the 6430 staff list ---
    "hours.too_long": ("hours",),
    "hours.shift_too_long": ("hours",),
    "hours.bad_credit": ("hours",),
    "hours.no_match": ("typed",),
    "hours.code_checksum": ("typed",),
    "hours.content_too_long": ("max",),
    "hours.not_on_roster": ("count",),
    "hours.note_too_long": ("max",),
    "staff.name_too_long": ("max",),
    "staff.notes_too_long": ("max",),
    "staff.bad_level": ("level",),
    # --- issue 7: hub mode ---
    "hub.unknown_station": ("code", "known"),
    "hub.bad_months": ("min", "max"),
    "hub.bad_due_day": ("min", "max"),
    # --- issue 7: sync ---
    "bundle.bad_manifest": ("field",),
    "bundle.newer_schema": ("revision",),
    "bundle.other_station": ("station", "own"),
    "bundle.station_mismatch": ("station", "enrolled"),
    "bundle.too_large": ("limit",),
    "bundle.unknown_sender": ("station",),
    "bundle.unreadable": ("reason",),
    "bundle.weak_passphrase": ("min",),
    "keys.bad_keys": ("field",),
    "receipt.bad_file": ("field",),
    "receipt.unknown_sender": ("station",),
    "receipt.unreadable": ("reason",),
    "enrolment.bad_file": ("field",),
    "enrolment.unreadable": ("reason",),
    "sync.bad_audience": ("audience",),
    "sync.file_exists": ("name",),
    "sync.no_dry_run": ("kind",),
    "sync.no_folder": ("path",),
    "sync.other_station": ("station", "own"),
    "sync.unknown_peer": ("site",),
    "sync.verify_failed": ("name",),
    "sync.write_failed": ("name", "reason"),
    # --- issue 8: joining a station from its backup ---
    "backup.write_failed": ("path", "reason"),
    "join.no_file": ("path",),
    "join.not_sqlite": ("path",),
    "join.foreign": ("path",),
    "join.no_station": ("path",),
    "join.damaged": ("path",),
    "join.same_file": ("path",),
}


def known_codes() -> set[str]:
    return set(_table())


def message(code: str, params: dict[str, object] | None = None) -> str:
    """The translated sentence for an error code."""
    template = _table().get(code)
    if template is None:
        return fmt(QCoreApplication.translate("messages", "Something went wrong (%1)."), code)
    params = params or {}
    return fmt(template, *(params.get(name, "") for name in _PARAMS.get(code, ())))


def describe(error: BaseException) -> str:
    """The sentence for any error with ``code``/``params`` (ServiceError, ValidationError, DatabaseError)."""
    code = getattr(error, "code", None)
    if isinstance(code, str):
        return message(code, getattr(error, "params", None))
    return fmt(QCoreApplication.translate("messages", "Something went wrong (%1)."), type(error).__name__)
