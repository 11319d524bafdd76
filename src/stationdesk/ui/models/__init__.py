"""Thin Qt item models over the plain rows the services return (never a Session)."""
