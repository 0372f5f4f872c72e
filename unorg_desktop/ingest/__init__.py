"""Text -> records. No Qt here."""
