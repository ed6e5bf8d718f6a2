"""Developer commands (not needed at run time)."""
