"""Knowledge vectors and the export of a change set since what a recipient acknowledged.

Reads ``change_log`` with raw SQL in chunks (never ORM objects): a full export of a ten-year station
streams millions of rows in (table, row, field) order along ``ix_change_log_field``, compacting each
field to its newest change on the way; an incremental one reads only the changes above the
acknowledged stamps along ``ix_change_log_site_hlc``, so its cost follows the changes, not the
database size.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import groupby

from sqlalchemy import Connection, Engine

from stationdesk.sync.audience import Rule, sendable
from stationdesk.sync.changeset import Change, ChangeSet
from stationdesk.sync.tables import table_order

_FETCH = 5000
# Above this share of the log, one ordered pass over the whole log beats reading per origin and sorting.
_FULL_SCAN_SHARE = 0.2

Vector = dict[str, int]
_UNBOUNDED = (1 << 63) - 1


def _cursor(conn: Connection):
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def knowledge_vector(conn: Connection) -> Vector:
    """{origin site: the newest stamp held from it}: a skip scan along ``ix_change_log_site_hlc``
    (a few index probes per origin site, whatever the size of the log)."""
    cur = _cursor(conn)
    vector: Vector = {}
    site = cur.execute("SELECT min(site_id) FROM change_log").fetchone()[0]
    while site is not None:
        vector[site] = cur.execute("SELECT max(hlc) FROM change_log WHERE site_id = ?", (site,)).fetchone()[0]
        site = cur.execute("SELECT min(site_id) FROM change_log WHERE site_id > ?", (site,)).fetchone()[0]
    return vector


def local_site_id(conn: Connection) -> str:
    return _cursor(conn).execute("SELECT site_id FROM local_site").fetchone()[0]  # type: ignore[no-any-return]


def own_origins(conn: Connection) -> Vector:
    """{site id: newest stamp let through} of what this database originated itself: its site id
    (everything) and each earlier id from ``site_history`` (a copy re-minted it) up to the first stamp
    of the id that replaced it, the copy's audit event (changes received under that id later, from
    the original database, were not written here). A trainer laptop or hub exports only these."""
    cur = _cursor(conn)
    current = cur.execute("SELECT site_id FROM local_site").fetchone()[0]
    earlier = [r[0] for r in cur.execute("SELECT site_id FROM site_history ORDER BY replaced_at, site_id")]
    origins: Vector = {current: _UNBOUNDED}
    for old, successor in zip(earlier, [*earlier[1:], current], strict=True):
        first = cur.execute("SELECT min(hlc) FROM change_log WHERE site_id = ?", (successor,)).fetchone()[0]
        origins[old] = first - 1 if first is not None else _UNBOUNDED
    return origins


def _newest(group: list[tuple]) -> tuple:
    """The newest of one field's changes by (hlc, site)."""
    return max(group, key=lambda r: (r[4], r[5]))


def _pending_count(conn: Connection, vector: Vector, since: Mapping[str, int]) -> int:
    cur = _cursor(conn)
    total = 0
    for site, newest in vector.items():
        if newest > since.get(site, 0):
            total += cur.execute(
                "SELECT count(*) FROM change_log WHERE site_id = ? AND hlc > ?", (site, since.get(site, 0))
            ).fetchone()[0]
    return total


def pending_count(conn: Connection, since: Mapping[str, int] | None = None) -> int:
    """How many change_log rows lie above ``since``: an upper bound of what an export would carry
    (before compaction and audience filters), cheap along ``ix_change_log_site_hlc``."""
    return _pending_count(conn, knowledge_vector(conn), dict(since or {}))


def _full_scan(conn: Connection, since: Mapping[str, int]) -> Iterator[tuple]:
    cur = _cursor(conn)
    for table in table_order():
        cur.execute(
            "SELECT table_name, row_id, field, value, hlc, site_id FROM change_log "
            "INDEXED BY ix_change_log_field WHERE table_name = ? ORDER BY row_id, field, hlc",
            (table,),
        )
        while rows := cur.fetchmany(_FETCH):
            yield from rows


def _by_origin(conn: Connection, vector: Vector, since: Mapping[str, int]) -> Iterator[tuple]:
    cur = _cursor(conn)
    rows: list[tuple] = []
    for site, newest in sorted(vector.items()):
        if newest > since.get(site, 0):
            rows += cur.execute(
                "SELECT table_name, row_id, field, value, hlc, site_id FROM change_log "
                "WHERE site_id = ? AND hlc > ?",
                (site, since.get(site, 0)),
            ).fetchall()
    rank = table_order()
    rows.sort(key=lambda r: (rank.get(r[0], len(rank)), r[0], r[1], r[2], r[4], r[5]))
    return iter(rows)


def _allowed_rows(conn: Connection, table_rules: dict[str, Rule]) -> dict[str, set[str]]:
    cur = _cursor(conn)
    return {t: {r[0] for r in cur.execute(rule.rows)} for t, rule in table_rules.items() if rule.rows}


def iter_changes(
    conn: Connection,
    since: Mapping[str, int] | None = None,
    audience: str = "station",
    vector: Vector | None = None,
    origins: Mapping[str, int] | None = None,
    sender_role: str = "station",
) -> Iterator[Change]:
    """Every change above ``since`` ({origin site: stamp the recipient holds}), newest per field,
    filtered for ``audience``, in (table, row, field) order, tables parents first. ``origins``
    ({origin site: newest stamp let through}, see ``own_origins``) keeps only the changes of those
    origins up to those stamps (None: every origin); ``sender_role`` (this site's) leaves out what
    the recipient would refuse from it."""
    since = dict(since or {})
    table_rules = sendable(audience, sender_role)
    allowed_rows = _allowed_rows(conn, table_rules)
    vector = knowledge_vector(conn) if vector is None else vector
    if origins is not None:
        vector = {site: min(hlc, origins[site]) for site, hlc in vector.items() if site in origins}
    pending = _pending_count(conn, vector, since)
    if pending == 0:
        return
    total = _cursor(conn).execute("SELECT max(seq) FROM change_log").fetchone()[0] or 1
    source = (
        _full_scan(conn, since) if pending > total * _FULL_SCAN_SHARE else _by_origin(conn, vector, since)
    )
    for key, group in groupby(source, key=lambda r: (r[0], r[1], r[2])):
        table, row_id, field = key
        rule = table_rules.get(table)
        if rule is None or (rule.fields is not None and field not in rule.fields):
            continue
        if rule.rows is not None and row_id not in allowed_rows[table]:
            continue
        fresh = [r for r in group if since.get(r[5], 0) < r[4] <= vector.get(r[5], 0)]
        if fresh:
            yield Change(*_newest(fresh))


def export_changes(
    engine: Engine | Connection,
    since: Mapping[str, int] | None = None,
    audience: str = "station",
    *,
    lazy: bool = False,
    origins: Mapping[str, int] | None = None,
    sender_role: str = "station",
) -> ChangeSet:
    """The change set for a recipient that holds ``since`` (empty: a full export). ``lazy`` streams
    the changes from an open connection (give a Connection and encode before closing it).
    ``origins``: only these origins' changes, ``sender_role``: this site's (see ``iter_changes``);
    the header's vector stays this site's whole knowledge (the recipient's conflict detection needs
    it)."""
    if isinstance(engine, Connection):
        vector = knowledge_vector(engine)
        stream = iter_changes(engine, since, audience, vector, origins, sender_role)
        return ChangeSet(local_site_id(engine), vector, stream if lazy else list(stream), audience)
    with engine.connect() as conn:
        vector = knowledge_vector(conn)
        return ChangeSet(
            local_site_id(conn),
            vector,
            list(iter_changes(conn, since, audience, vector, origins, sender_role)),
            audience,
        )
