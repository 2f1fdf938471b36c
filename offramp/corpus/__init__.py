"""corpus: code thousands of articles into one database — streaming, parallel, exactly once.

`code_corpus(paths, db=...)` reads files, folders, globs, JSONL(.gz), HTML and feeds, codes
them on worker processes (or a Dask cluster) and writes each document once, in input order;
`watch(feeds, db=...)` polls feeds and codes new items; `code_bag` / `code_dataframe` /
`to_parquet` run the same coding function (`code_batch`) on a Dask collection.
"""
from ._dask import code_bag, code_dataframe, to_parquet
from ._runner import code_corpus, code_items, default_workers
from ._watch import watch
from ._work import Outcome, Settings, code_batch
from ._writer import RunStats

__all__ = ["code_corpus", "code_items", "code_batch", "watch", "code_bag", "code_dataframe",
           "to_parquet", "RunStats", "Settings", "Outcome", "default_workers"]
