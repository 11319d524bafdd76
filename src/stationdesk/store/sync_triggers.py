"""Database triggers that make the sync conventions impossible to bypass (SQLite).

- after every insert or update of a synced record, its changed fields are appended to
  ``change_log`` inside the same statement, hence the same transaction;
- an update must carry a newer HLC stamp than the row had, so every logged change is ordered;
- synced records are never deleted (tombstone instead); insert-only facts and the change log
  are never updated or deleted.

Migrations call these with the explicit column list of the table at that revision, so a later
model change cannot rewrite history.

From schema 0010 on (``guarded=True``) the logging triggers and the stamp guard stand aside while a
sync import runs (``sync_state.applying = 1``, set and reset inside the import's transaction): the
import writes the log rows it received with their own stamps. The delete and fact-update refusals
and the change log's append-only guard hold during an import too.
"""

from __future__ import annotations

_ABORT = "SELECT RAISE(ABORT, '{msg}');"


def _fields_select(table: str, fields: list[str], *, only_changed: bool) -> str:
    parts = []
    for name in fields:
        changed = f"OLD.{name} IS NOT NEW.{name}" if only_changed else f"NEW.{name} IS NOT NULL"
        parts.append(f"SELECT '{name}' AS f, NEW.{name} AS v, ({changed}) AS keep")
    union = " UNION ALL ".join(parts)
    return (
        "INSERT INTO change_log (table_name, row_id, field, value, hlc, site_id) "
        f"SELECT '{table}', NEW.id, f, v, NEW.hlc, NEW.site_id FROM ({union}) WHERE keep;"
    )


def _forbid(name: str, when: str, table: str, msg: str) -> str:
    return f"CREATE TRIGGER {name} BEFORE {when} ON {table} BEGIN {_ABORT.format(msg=msg)} END"


NOT_APPLYING = "(SELECT applying FROM sync_state) = 0"
"""The condition under which local writes are logged and guarded (schema 0010 on)."""


def create_statements(table: str, kind: str, fields: list[str], *, guarded: bool = False) -> list[str]:
    """DDL creating the triggers of one travelling table ("synced" or "insert_only"); ``guarded``
    adds the not-during-a-sync-import condition (schema 0010 on)."""
    when = f"WHEN {NOT_APPLYING} " if guarded else ""
    also = f"{NOT_APPLYING} AND " if guarded else ""
    stmts = [
        f"CREATE TRIGGER trg_{table}_log_insert AFTER INSERT ON {table} {when}BEGIN "
        f"{_fields_select(table, fields, only_changed=False)} END",
        _forbid(f"trg_{table}_no_delete", "DELETE", table, f"{table}: records are never deleted"),
    ]
    if kind == "insert_only":
        stmts.append(_forbid(f"trg_{table}_no_update", "UPDATE", table, f"{table}: facts are never changed"))
    else:
        stmts.append(
            f"CREATE TRIGGER trg_{table}_stamp_guard BEFORE UPDATE ON {table} "
            f"WHEN {also}(NEW.hlc IS NULL OR NEW.hlc <= OLD.hlc OR NEW.id IS NOT OLD.id) "
            f"BEGIN {_ABORT.format(msg=table + ': an update needs a newer clock stamp')} END"
        )
        stmts.append(
            f"CREATE TRIGGER trg_{table}_log_update AFTER UPDATE ON {table} {when}BEGIN "
            f"{_fields_select(table, fields, only_changed=True)} END"
        )
    return stmts


def drop_statements(table: str) -> list[str]:
    names = ["log_insert", "no_delete", "no_update", "stamp_guard", "log_update"]
    return [f"DROP TRIGGER IF EXISTS trg_{table}_{n}" for n in names]


def change_log_guard_statements() -> list[str]:
    """The change log itself is append-only."""
    return [
        _forbid("trg_change_log_no_update", "UPDATE", "change_log", "change_log is append-only"),
        _forbid("trg_change_log_no_delete", "DELETE", "change_log", "change_log is append-only"),
    ]
