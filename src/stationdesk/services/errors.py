"""Errors the service layer raises; each carries a stable code the UI and CLI translate."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params}" if params else code)
        self.code = code
        self.params = params


class PermissionDenied(ServiceError):
    """The signed-in user's role may not do this (already written to the audit log)."""


class NotFound(ServiceError):
    pass


class LoginFailed(ServiceError):
    """Wrong user name or password, or the account is locked (``retry_after`` seconds)."""


class Cancelled(Exception):
    """The user cancelled a long piece of work; raised by its progress callback, so the work stops
    where it is and a file being written is not left behind."""
