"""Training printouts through the service: under the reader's rights, on the audit log, refused
with a clear code (and no file) when there is nothing to print."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from conftest import sign_in_as
from stationdesk.domain.errors import ValidationError
from stationdesk.domain.roles import Role
from stationdesk.services import audit_query, certificates, credential_printouts, people
from stationdesk.services.context import ServiceContext
from stationdesk.services.people import PersonDraft
from training_camp import make_camp


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_badges_of_chosen_participants_and_the_audit(ctx: ServiceContext, tmp_path: Path) -> None:
    camp = make_camp(ctx, {})
    chosen = [camp.enrolments["王芳"]]
    out = credential_printouts.write_badges(ctx, camp.programme, tmp_path / "b.pdf", chosen)
    text = _text(out)
    assert "王芳" in text and camp.codes["王芳"] in text and "张伟" not in text
    event = audit_query.recent(ctx, 1)[0]
    assert (event.action, event.record_id) == ("training.badge_print", camp.programme)
    with pytest.raises(ValidationError) as bad:
        credential_printouts.write_badges(ctx, camp.programme, tmp_path / "c.pdf", layout="poster")
    assert bad.value.code == "printout.bad_layout" and not (tmp_path / "c.pdf").exists()
    with pytest.raises(ValidationError) as nobody:
        credential_printouts.write_badges(ctx, camp.programme, tmp_path / "d.pdf", enrolment_ids=[])
    assert nobody.value.code == "training.nobody_enrolled" and not (tmp_path / "d.pdf").exists()


def test_certificates_print_only_live_ones_with_the_span_held(ctx: ServiceContext, tmp_path: Path) -> None:
    camp = make_camp(ctx, {"张伟": [0, 1, 2], "王芳": [0, 1, 2, 3]})
    with pytest.raises(ValidationError) as none:
        credential_printouts.write_certificates(ctx, camp.programme, tmp_path / "none.pdf")
    assert none.value.code == "certificate.none_to_print" and not (tmp_path / "none.pdf").exists()
    wang, zhang = certificates.issue_certificates(ctx, camp.programme, on=date(2025, 12, 1))
    certificates.void_certificate(ctx, wang.id, "重新发证")
    batch = credential_printouts.certificate_batch(ctx, camp.programme)
    assert [c.number for c in batch.certificates] == [zhang.number]
    (only,) = batch.certificates
    assert (only.first_day, only.last_day, only.minutes) == (date(2025, 11, 4), date(2025, 11, 25), 540)
    assert batch.organiser == "平湖市民政局" and batch.station_name == "当湖街道社会工作站"
    out = credential_printouts.write_certificates(ctx, camp.programme, tmp_path / "c.pdf")
    assert zhang.number in _text(out) and wang.number not in _text(out)


def test_a_viewer_prints_the_ledger_with_the_id_number_masked(ctx: ServiceContext, tmp_path: Path) -> None:
    clear = "330482194803151314"
    person = people.create(ctx, PersonDraft(name="张伟", phone="13912340001", id_number=clear))
    make_camp(ctx, {"张伟": [0, 1, 3]}, persons={"张伟": person})
    sign_in_as(ctx, Role.VIEWER)
    out = credential_printouts.write_ce_ledger(ctx, person, tmp_path / "l.pdf", first_day=date(2025, 1, 1))
    text = _text(out).replace(" ", "")
    assert "330482********1314" in text and clear not in text and "尚差63学时" in text
    sign_in_as(ctx, Role.ADMIN)
    event = next(e for e in audit_query.recent(ctx, 5) if e.action == "training.ce_ledger_print")
    assert (event.record_id, event.actor_name) == (person, "viewer")
