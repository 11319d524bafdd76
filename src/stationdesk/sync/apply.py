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
from itertools import groupby

from sqlalchemy import Connection, Engine

from stationdesk.store.session import Stamper
from stationdesk.sync.audience import rules
from stationdesk.sync.changeset import Change, ChangeSet
from stationdesk.sync.tables import TableInfo, tables

_CACHE_KIB = -262144  # 256 MB page cache during an import (the default 2 MB thrashes on big ones)
_BATCH = 400  # rows per lookup (SQLite's default limit of 999 host parameters is far)


@dataclass
class ApplyResult:
    new: int = 0  # rows inserted
    updated: int = 0  # rows with at least one field taking an incoming value
    unchanged: int = 0  # rows the change set had nothing new for
    conflicts: int = 0
    refused: int = 0  # changes for unknown tables/fields or tables the sender may not send
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


@dataclass
class _Ctx:
    cur: object
    vector: dict[str, int]
    result: ApplyResult
    now: datetime
    log_rows: list[tuple] = field(default_factory=list)
    logged: int = 0
    bulk: bool = False
    conflict_rows: list[tuple] = field(default_factory=list)

    def unknown_to_sender(self, stamp: Stamp) -> bool:
        return stamp[0] > self.vector.get(stamp[1], 0)

    def conflict(self, table: str, row_id: str, name: str, kept: tuple, other: tuple) -> None:
        """kept/other: (value, hlc, site)."""
        self.conflict_rows.append((table, row_id, name, *kept, *other, self.now))
        self.result.conflicts += 1


def _rows(changes: Iterable[Change]) -> Iterator[tuple[str, str, list[Change]]]:
    for (table, row_id), group in groupby(changes, key=lambda c: (c.table, c.row_id)):
        yield table, row_id, list(group)


def _batches(changes: Iterable[Change]) -> Iterator[tuple[str, dict[str, list[Change]]]]:
    """Consecutive rows of one table, at most _BATCH, each row id once per batch."""
    table_now: str | None = None
    batch: dict[str, list[Change]] = {}
    for table, row_id, group in _rows(changes):
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
        if best is None or (c.hlc, c.site_id) > (best.hlc, best.site_id):
            newest[c.field] = c
    return newest


def _unique_clash(cur, info: TableInfo, row_id: str, values: dict[str, object]) -> bool:
    for name in info.unique:
        if values.get(name) is None:
            continue
        hit = cur.execute(f"SELECT id FROM {info.name} WHERE {name} = ? AND id <> ?", (values[name], row_id))
        if hit.fetchone():
            return True
    return False


def _insert(ctx: _Ctx, info: TableInfo, rows: dict[str, list[Change]]) -> None:
    cur = ctx.cur
    columns = ("id", "site_id", "hlc", *info.fields)
    sql = f"INSERT INTO {info.name} ({','.join(columns)}) VALUES ({_placeholders(len(columns))})"
    values = []
    for row_id, changes in rows.items():
        newest = _newest_by_field(changes)
        row = dict(info.placeholders)
        row.update({name: c.value for name, c in newest.items()})
        if info.unique and _unique_clash(cur, info, row_id, row):
            ctx.result.refused += len(changes)
            ctx.result.refused_tables.add(info.name)
            continue
        top = max(newest.values(), key=lambda c: (c.hlc, c.site_id))
        values.append((row_id, top.site_id, top.hlc, *(row.get(f) for f in info.fields)))
        ctx.log_rows.extend(set(changes))
        ctx.result.new += 1
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
    top = max([stamp, *((c.hlc, c.site_id) for c in winners.values())])
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
        edit = max(edits, key=lambda c: (c.hlc, c.site_id))
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
            d = max(deletes, key=lambda c: (c.hlc, c.site_id))
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
    held = _held(cur, info.name, list(existing))
    for row_id, stamp in existing.items():
        mine = held.get(row_id, set())
        if all((c.field, c.hlc, c.site_id) in mine for c in rows[row_id]):
            ctx.result.unchanged += 1  # a re-import: nothing it does not hold
            continue
        _merge_row(ctx, info, row_id, stamp, rows[row_id], _local_log(cur, info.name, row_id))


def _filtered(ctx: _Ctx, changes: Iterable[Change], sender_role: str) -> Iterator[Change]:
    """The changes the sender may send; the others counted as refused. Checked per row (the table)
    and per change (the field), with sets, since a full import passes millions."""
    known = tables()
    allowed = rules(sender_role)
    fields_of = {
        t: frozenset(info.fields) if allowed[t].fields is None else frozenset(info.fields) & allowed[t].fields
        for t, info in known.items()
        if t in allowed
    }
    result = ctx.result
    top = result.max_hlc
    for (table, _row), group in groupby(changes, key=lambda c: (c.table, c.row_id)):
        ok = fields_of.get(table)
        for c in group:
            if c.hlc > top:
                top = c.hlc
            if ok is not None and c.field in ok:
                yield c
            else:
                result.refused += 1
                result.refused_tables.add(c.table)
    result.max_hlc = top


# Indexes of change_log the merge does not read; a big import drops them inside its transaction and
# builds them again before the commit (one sort instead of millions of random B-tree inserts).
_DEFERRED_INDEXES = {
    "ix_change_log_hlc": "change_log (hlc)",
    "ix_change_log_site_hlc": "change_log (site_id, hlc)",
}
_BULK_AFTER = 200_000  # log rows written by this import before the deferred indexes are dropped


def _flush_log(ctx: _Ctx) -> None:
    ctx.logged += len(ctx.log_rows)
    if ctx.logged > _BULK_AFTER and not ctx.bulk:
        for name in _DEFERRED_INDEXES:
            ctx.cur.execute(f"DROP INDEX {name}")
        ctx.bulk = True
    ctx.cur.executemany(
        "INSERT INTO change_log (table_name, row_id, field, value, hlc, site_id) VALUES (?,?,?,?,?,?)",
        ctx.log_rows,
    )
    ctx.log_rows.clear()


def _run(
    conn: Connection, changeset: ChangeSet, sender_role: str, result: ApplyResult, bundle_id: str | None
) -> None:
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cur.execute("PRAGMA defer_foreign_keys = ON")
    cur.execute(f"PRAGMA cache_size = {_CACHE_KIB}")  # the log's indexes take millions of rows
    cur.execute("UPDATE sync_state SET applying = 1")
    ctx = _Ctx(cur, dict(changeset.sender_vector), result, datetime.now())
    known = tables()
    for table, rows in _batches(_filtered(ctx, changeset.changes, sender_role)):
        _apply_batch(ctx, known[table], rows)
        if len(ctx.log_rows) > 20_000:
            _flush_log(ctx)
    _flush_log(ctx)
    if ctx.bulk:
        for name, on in _DEFERRED_INDEXES.items():
            cur.execute(f"CREATE INDEX {name} ON {on}")
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
