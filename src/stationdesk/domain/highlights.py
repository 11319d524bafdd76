"""The station manager's highlights (本期工作亮点) of a report period: one record per station and
period (schema 0011, table ``report_highlight``), travelling to the station's other PCs and the
district hub."""

from __future__ import annotations

from datetime import date

from stationdesk.domain.ids import derived_id

HIGHLIGHTS_MAX = 4000
"""Characters the text may hold."""


def highlight_id(station_id: str, kind: str, first_day: date, last_day: date) -> str:
    """The one key of a station's highlights of a period ("month", "quarter" or "days" from
    ``first_day`` to ``last_day``): the same at every site, so two PCs writing the same period's
    highlights apart make one record and a conflict on its text, never two records. (The last day is
    part of it: two runs of days may start on the same day.)"""
    return derived_id("report_highlight", station_id, kind, first_day.isoformat(), last_day.isoformat())
