"""The `offramp` command: thin shells over the core (offramp.code_document, Store)."""
from ._main import app, main

__all__ = ["app", "main"]
from . import _quotes  # noqa: F401
from . import _serve  # noqa: F401
from . import _csbm  # noqa: F401
from . import _corpus  # noqa: F401
