"""offramp's exceptions. One tree, so callers catch what they mean:

    OfframpError
    ├── InputError          bad input: unreadable, not UTF-8, empty, malformed JSON, bad date
    │   ├── DocumentTooLarge
    │   └── TimeLimitError  coding a document took longer than the per-document limit
    ├── DataError           a bundled or user data file (lexicon, actor file) is invalid
    └── StoreError          the database could not be written or read

Each message starts with a code (E1xx input, E2xx data, E3xx store) so it can be grepped.
"""

__all__ = ["OfframpError", "InputError", "DocumentTooLarge", "TimeLimitError", "DataError",
           "StoreError"]


class OfframpError(Exception):
    code = "E000"

    def __init__(self, message: str, *, source: str | None = None):
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{self.code} {where}{message}")
        self.reason = message


class InputError(OfframpError):
    code = "E100"


class DocumentTooLarge(InputError):
    code = "E101"


class TimeLimitError(InputError):
    code = "E102"


class DataError(OfframpError):
    code = "E200"


class StoreError(OfframpError):
    code = "E300"
