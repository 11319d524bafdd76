"""Apply a change set to a database in one transaction: field-level last-writer-wins by (hlc, site).

For each incoming change, the newest local stamp of that field (from ``change_log``) decides: a
greater (hlc, site) wins and the field takes its value; a change already held (same stamp) is
unchanged; an older one loses but is still logged (the site now holds it). Rows that do not exist are
inserted (a NOT NULL field the sender's audience filtered gets its placeholder, see sync/tables.py);
insert-only facts are inserted if their id is new, else left as they are (union). Received changes
are appended to ``change_log`` verbatim, with their own stamps, so they can travel on; a row's
``hlc``/``site_id`` become the newest (hlc, site) it holds. While the import runs,
``sync_state.applying`` is 1 so the triggers neither log nor guard (set and reset inside the
transaction: a crash rolls both back). A change the sender knew nothing of meeting a different local
value, or an edit meeting a tombstone, is a conflict: the winner stays, and ``sync_conflict`` records
both. Changes for unknown tables or fields, or for tables the sender's role may not send, are refused
(counted, never written).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter

from sqlalchemy import Connection, Engine

from stationdesk.store.session import Stamper
from stationdesk.sync.audience import rules
from stationdesk.sync.changeset import Change, ChangeSet, Row
from stationdesk.sync.conflicts import settle_resolved
from stationdesk.sync.tables import TableInfo, tables

_CACHE_KIB = -262144  # 256 MB page cache during an import (the default 2 MB thrashes on big ones)
_BATCH = 400  # rows per lookup (SQLite's default limit of 999 host parameters is far)
_BULK_AFTER = 50_000  # log rows written by this import before the indexes are dropped, and at least
_BULK_SHARE = 0.5  # this share of the rows the log held before (rebuilding costs one sort of them all)


@dataclass
class ApplyResult:
    new: int = 0  # rows inserted
    updated: int = 0  # rows with at least one field taking an incoming value
    unchanged: int = 0  # rows the change set had nothing new for
    conflicts: int = 0
    refused: int = 0  # changes for unknown tables/fields or tables the sender may not send
    settled: int = 0  # open conflicts here the change set settled (resolved on another site)
    max_hlc: int = 0
    refused_tables: set[str] = field(default_factory=set)
    dry_run: bool = False

    def counts(self) -> dict[str, int]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "refused": self.refused,
        }


BOOKKEEPING = frozenset({"updated_at", "updated_by"})
"""Fields every edit rewrites: last writer wins, but two edits of a record are not a conflict of them."""


class _Rollback(Exception):
    pass


def _norm(value: object) -> object:
    """Values as change_log holds them (TEXT affinity: numbers read back as text)."""
    if value is None or isinstance(value, bytes):
        return value
    if isinstance(value, bool):
        return str(int(value))
    return str(value)


def _truthy(value: object) -> bool:
    return _norm(value) in ("1", "True", "true")


Stamp = tuple[int, str]
_STAMP = attrgetter("hlc", "site_id")


@dataclass
class _Ctx:
    cur: object
    vector: dict[str, int]
    result: ApplyResult
    now: datetime
    bulk_after: int  # log rows this import writes before it drops the log's indexes
    log_rows: list[tuple] = field(default_factory=list)
    logged: int = 0
    bulk: bool = False  # the indexes were dropped once (never twice in one import)
    dropped: set[str] = field(default_factory=set)
    conflict_rows: list[tuple] = field(default_factory=list)

    def unknown_to_sender(self, stamp: Stamp) -> bool:
        return stamp[0] > self.vector.get(stamp[1], 0)

    def conflict(self, table: str, row_id: str, name: str, kept: tuple, other: tuple) -> None:
        """kept/other: (value, hlc, site)."""
        self.conflict_rows.append((table, row_id, name, *kept, *other, self.now))
        self.result.conflicts += 1


def _batches(rows: Iterable[Row]) -> Iterator[tuple[str, dict[str, list[Change]]]]:
    """Consecutive rows of one table, at most _BATCH, each row id once per batch."""
    table_now: str | None = None
    batch: dict[str, list[Change]] = {}
    for table, row_id, group in rows:
        if batch and (table != table_now or row_id in batch or len(batch) >= _BATCH):
            yield table_now, batch  # type: ignore[misc]
            batch = {}
        table_now = table
        batch[row_id] = group
    if batch:
        yield table_now, batch  # type: ignore[misc]


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def _held(cur, table: str, ids: list[str]) -> dict[str, set[tuple[str, int, str]]]:
    """Row id -> the (field, hlc, site) stamps this site's log holds for it (no values: cheap)."""
    out: dict[str, set[tuple[str, int, str]]] = {}
    cur.execute(
        "SELECT row_id, field, hlc, site_id FROM change_log "
        f"WHERE table_name = ? AND row_id IN ({_placeholders(len(ids))})",
        (table, *ids),
    )
    for row_id, name, hlc, site in cur.fetchall():
        out.setdefault(row_id, set()).add((name, hlc, site))
    return out


def _local_log(cur, table: str, row_id: str) -> dict:
    """Field -> its newest local (value, hlc, site), and ("#held", field) -> its held stamps."""
    local: dict = {}
    rows = cur.execute(
        "SELECT field, value, hlc, site_id FROM change_log WHERE table_name = ? AND row_id = ?",
        (table, row_id),
    ).fetchall()
    for name, value, hlc, site in rows:
        best = local.get(name)
        if best is None or (hlc, site) > (best[1], best[2]):
            local[name] = (value, hlc, site)
        local.setdefault(("#held", name), set()).add((hlc, site))
    return local


def _newest_by_field(changes: list[Change]) -> dict[str, Change]:
    newest: dict[str, Change] = {}
    for c in changes:
        best = newest.get(c.field)
        if best is None or _STAMP(c) > _STAMP(best):
            newest[c.field] = c
    return newest


def _clashing(ctx: _Ctx, info: TableInfo, row_id: str, values: dict[str, object]) -> list[str]:
    """The unique fields (a user name, a referral's tracking code) whose value another row holds here
    already, e.g. two stations' "admin" meeting at the hub; each counts as one refused change."""
    clashing = [
        name
        for name in info.unique
        if values.get(name) is not None
        and ctx.cur.execute(
            f"SELECT 1 FROM {info.name} WHERE {name} = ? AND id <> ?", (values[name], row_id)
        ).fetchone()
    ]
    ctx.result.refused += len(clashing)
    if clashing:
        ctx.result.refused_tables.add(info.name)
    return clashing


def _distinct(changes: list[Change]) -> tuple[list[Change], list[Change]]:
    """(each field's newest change, the changes without repeats); a compacted export sends each field
    once, which this checks cheaply before doing the general work."""
    if len({c.field for c in changes}) == len(changes):
        return changes, changes
    return list(_newest_by_field(changes).values()), list(set(changes))


def _insert(ctx: _Ctx, info: TableInfo, rows: dict[str, list[Change]]) -> None:
    cur = ctx.cur
    columns = ("id", "site_id", "hlc", *info.fields)
    sql = f"INSERT INTO {info.name} ({','.join(columns)}) VALUES ({_placeholders(len(columns))})"
    values = []
    log = ctx.log_rows
    top_hlc = ctx.result.max_hlc
    for row_id, changes in rows.items():
        newest, changes = _distinct(changes)
        row = dict(info.placeholders)
        for c in newest:
            row[c.field] = c.value
        top = max(newest, key=_STAMP)
        top_hlc = max(top_hlc, top.hlc)
        log.extend(changes)
        if info.unique:  # one at a time: the next row's check sees this one
            for name in _clashing(ctx, info, row_id, row):
                row[name] = row_id  # the stand-in no other row holds; the log keeps the sent value
            cur.execute(sql, (row_id, top.site_id, top.hlc, *map(row.get, info.fields)))
            ctx.result.new += 1
            continue
        values.append((row_id, top.site_id, top.hlc, *map(row.get, info.fields)))
    ctx.result.new += len(values)
    ctx.result.max_hlc = top_hlc
    cur.executemany(sql, values)


def _merge_row(ctx: _Ctx, info: TableInfo, row_id: str, stamp: Stamp, changes: list[Change], local) -> None:
    """One existing synced row: the winners, the log rows, the conflicts."""
    fresh = [c for c in set(changes) if (c.hlc, c.site_id) not in local.get(("#held", c.field), ())]
    if not fresh:
        ctx.result.unchanged += 1
        return
    ctx.log_rows.extend(fresh)
    winners: dict[str, Change] = {}
    for name, c in _newest_by_field(fresh).items():
        mine = local.get(name)  # (value, hlc, site) of the newest local change of the field
        if mine is None or (c.hlc, c.site_id) > (mine[1], mine[2]):
            winners[name] = c
        if (
            mine is not None
            and name not in BOOKKEEPING
            and ctx.unknown_to_sender((mine[1], mine[2]))
            and _norm(c.value) != _norm(mine[0])
        ):
            incoming = (c.value, c.hlc, c.site_id)
            kept, other = (incoming, mine) if name in winners else (mine, incoming)
            ctx.conflict(info.name, row_id, name, kept, other)
    _tombstone_conflicts(ctx, info, row_id, fresh, local)
    if not winners:
        ctx.result.unchanged += 1
        return
    if info.unique:
        new_values = {n: c.value for n, c in winners.items()}
        for name in _clashing(ctx, info, row_id, new_values):
            del winners[name]  # this row keeps its value; the log holds the sent one
        if not winners:
            ctx.result.unchanged += 1
            return
    top = max([stamp, *((c.hlc, c.site_id) for c in winners.values())])
    ctx.result.max_hlc = max(ctx.result.max_hlc, top[0])
    names = list(winners)
    ctx.cur.execute(
        f"UPDATE {info.name} SET {', '.join(f'{n} = ?' for n in names)}, hlc = ?, site_id = ? WHERE id = ?",
        (*(winners[n].value for n in names), top[0], top[1], row_id),
    )
    ctx.result.updated += 1


def _tombstone_conflicts(ctx: _Ctx, info: TableInfo, row_id: str, fresh: list[Change], local) -> None:
    """A delete concurrent with an edit of the same row, either way round."""
    if info.kind != "synced":
        return
    edits = [c for c in fresh if c.field != "deleted"]
    deletes = [c for c in fresh if c.field == "deleted" and _truthy(c.value)]
    mine_deleted = local.get("deleted")
    if edits and mine_deleted and _truthy(mine_deleted[0]) and ctx.unknown_to_sender(mine_deleted[1:]):
        edit = max(edits, key=_STAMP)
        ctx.conflict(info.name, row_id, "deleted", mine_deleted, (0, edit.hlc, edit.site_id))
        return
    if deletes:
        mine_edits = [
            v
            for (name, v) in ((n, local[n]) for n in info.fields if n != "deleted" and n in local)
            if ctx.unknown_to_sender(v[1:])
        ]
        if mine_edits:
            edit = max(mine_edits, key=lambda v: (v[1], v[2]))
            d = max(deletes, key=_STAMP)
            ctx.conflict(info.name, row_id, "deleted", (d.value, d.hlc, d.site_id), (0, edit[1], edit[2]))


def _apply_batch(ctx: _Ctx, info: TableInfo, rows: dict[str, list[Change]]) -> None:
    cur = ctx.cur
    ids = list(rows)
    existing = {
        r[0]: (r[1], r[2])
        for r in cur.execute(
            f"SELECT id, hlc, site_id FROM {info.name} WHERE id IN ({_placeholders(len(ids))})", ids
        ).fetchall()
    }
    _insert(ctx, info, {i: rows[i] for i in ids if i not in existing})
    if not existing:
        return
    if info.kind == "insert_only":
        ctx.result.unchanged += len(existing)
        return
    _flush_log(ctx)  # the rows logged so far are read below
    _restore(ctx, [_LOOKUP])
    held = _held(cur, info.name, list(existing))
    for row_id, stamp in existing.items():
        mine = held.get(row_id, set())
        if all((c.field, c.hlc, c.site_id) in mine for c in rows[row_id]):
            ctx.result.unchanged += 1  # a re-import: nothing it does not hold
            continue
        _merge_row(ctx, info, row_id, stamp, rows[row_id], _local_log(cur, info.name, row_id))


def _admitted(ctx: _Ctx, rows: Iterable[Row], sender_role: str) -> Iterator[Row]:
    """The rows' changes the sender may send; the others counted as refused (checked per row for the
    table and per change for the field, with sets: a full import passes millions)."""
    known = tables()
    allowed = rules(sender_role)
    fields_of = {
        t: frozenset(info.fields) if allowed[t].fields is None else frozenset(info.fields) & allowed[t].fields
        for t, info in known.items()
        if t in allowed
    }
    result = ctx.result
    for table, row_id, group in rows:
        ok = fields_of.get(table)
        if ok is not None and ok.issuperset([c.field for c in group]):
            yield table, row_id, group
            continue
        kept = [c for c in group if c.field in ok] if ok is not None else []
        result.refused += len(group) - len(kept)
        result.refused_tables.add(table)
        if kept:
            yield table, row_id, kept


# A big import drops change_log's indexes inside its transaction and builds them again before the
# commit: one sort each instead of millions of B-tree inserts. The merge reads the log (along
# _LOOKUP) only for rows this database held before: that index comes back as soon as one is met
# after the drop (at most one extra sort).
_LOOKUP = "ix_change_log_field"
_INDEXES = {
    _LOOKUP: "change_log (table_name, row_id, field, hlc)",
    "ix_change_log_hlc": "change_log (hlc)",
    "ix_change_log_site_hlc": "change_log (site_id, hlc)",
}


def _flush_log(ctx: _Ctx) -> None:
    ctx.logged += len(ctx.log_rows)
    if ctx.logged > ctx.bulk_after and not ctx.bulk:
        ctx.bulk = True
        ctx.dropped = set(_INDEXES)
        for name in sorted(ctx.dropped):
            ctx.cur.execute(f"DROP INDEX {name}")
    ctx.cur.executemany(
        "INSERT INTO change_log (table_name, row_id, field, value, hlc, site_id) VALUES (?,?,?,?,?,?)",
        ctx.log_rows,
    )
    ctx.log_rows.clear()


def _restore(ctx: _Ctx, names: Iterable[str]) -> None:
    for name in sorted(set(names) & ctx.dropped):
        ctx.cur.execute(f"CREATE INDEX {name} ON {_INDEXES[name]}")
        ctx.dropped.discard(name)


def _run(
    conn: Connection, changeset: ChangeSet, sender_role: str, result: ApplyResult, bundle_id: str | None
) -> None:
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cur.execute("PRAGMA defer_foreign_keys = ON")
    cur.execute(f"PRAGMA cache_size = {_CACHE_KIB}")  # the log's indexes take millions of rows
    cur.execute("UPDATE sync_state SET applying = 1")
    held = cur.execute("SELECT max(seq) FROM change_log").fetchone()[0] or 0
    bulk_after = max(_BULK_AFTER, int(held * _BULK_SHARE))
    ctx = _Ctx(cur, dict(changeset.sender_vector), result, datetime.now(), bulk_after)
    known = tables()
    for table, rows in _batches(_admitted(ctx, changeset.rows(), sender_role)):
        _apply_batch(ctx, known[table], rows)
        if len(ctx.log_rows) > 20_000:
            _flush_log(ctx)
    _flush_log(ctx)
    _restore(ctx, _INDEXES)
    cur.executemany(
        "INSERT INTO sync_conflict (table_name, row_id, field, kept_value, kept_hlc, kept_site, "
        "other_value, other_hlc, other_site, detected_at, resolution) VALUES (?,?,?,?,?,?,?,?,?,?,'')",
        [(*r[:-1], r[-1].isoformat(" ")) for r in ctx.conflict_rows],
    )
    if bundle_id is not None:
        cur.execute(
            "INSERT OR IGNORE INTO sync_bundle (id, sender_site_id, applied_at, new, updated, unchanged, "
            "conflicts, refused) VALUES (?,?,?,?,?,?,?,?)",
            (bundle_id, changeset.sender_site_id, ctx.now.isoformat(" "), *result.counts().values()),
        )
    result.settled = settle_resolved(cur, changeset.sender_vector)
    cur.execute("UPDATE sync_state SET applying = 0")


def apply_changes(
    engine: Engine,
    changeset: ChangeSet,
    *,
    sender_role: str = "station",
    dry_run: bool = False,
    bundle_id: str | None = None,
    stamper: Stamper | None = None,
) -> ApplyResult:
    """Merge ``changeset`` (sent by a peer of ``sender_role``) in one transaction and return the counts;
    ``dry_run`` classifies the same way and rolls everything back. ``stamper`` (the open context's)
    observes the newest stamp received, so the next local write stamps past it."""
    result = ApplyResult(dry_run=dry_run)
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cache = cur.execute("PRAGMA cache_size").fetchone()[0]
        trans = conn.begin()
        try:
            _run(conn, changeset, sender_role, result, bundle_id)
            if dry_run:
                raise _Rollback
            trans.commit()
        except _Rollback:
            trans.rollback()
        except BaseException:
            trans.rollback()
            raise
        finally:
            cur.execute(f"PRAGMA cache_size = {int(cache)}")
    if stamper is not None and not dry_run and result.max_hlc:
        stamper.clock.observe(result.max_hlc)
    return result


def applied_before(engine: Engine, bundle_id: str) -> dict[str, object] | None:
    """The record of a bundle already applied here (sender, when, counts), or None: the service
    says "already imported, nothing changed" without decoding it again."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT sender_site_id, applied_at, new, updated, unchanged, conflicts, refused "
            "FROM sync_bundle WHERE id = ?",
            (bundle_id,),
        ).first()
    if row is None:
        return None
    keys = ("sender_site_id", "applied_at", "new", "updated", "unchanged", "conflicts", "refused")
    return dict(zip(keys, row, strict=True))
