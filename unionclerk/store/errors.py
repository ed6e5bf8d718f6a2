"""Storage errors that are the world's fault: each carries a message a clerk can act on."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used as asked; str() is a clear Chinese message."""


class NotAUnionclerkFile(StoreError):
    pass


class CorruptDatabase(StoreError):
    pass


class NewerSchema(StoreError):
    pass


class DatabaseInUse(StoreError):
    pass


class DatabaseBusy(StoreError):
    """Another program holds a write lock on the file right now."""


class DatabaseReadOnly(StoreError):
    pass


class NeedsUpgrade(StoreError):
    """Opened read-only, the file is of an older data version, which only a writable open can upgrade."""


class RecordInUse(StoreError):
    """A record cannot be deleted because others refer to it."""


class NotFound(StoreError):
    pass
