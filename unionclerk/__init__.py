"""unionclerk: the books and the yearly work summary of a grassroots trade union."""

__version__ = "0.1.0"
