"""UNorg Desktop: explore how the UN Secretariat is organised, from the official texts."""

__version__ = "0.1.0"
