"""Qt table models that page their rows from the store."""
