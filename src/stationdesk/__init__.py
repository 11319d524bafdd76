"""StationDesk: the front desk of a township social work station (社工站)."""

__version__ = "0.1.0"
