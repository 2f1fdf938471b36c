"""corpus: code thousands of articles into one database — streaming, parallel, exactly once.

`code_corpus(paths, db=...)` reads files, folders, globs, JSONL(.gz), HTML and feeds, codes
them on worker processes (or a Dask cluster) and writes each document once, in input order;
`watch(feeds, db=...)` polls feeds and codes new items; `code_bag` / `code_dataframe` /
`to_parquet` run the same coding function on a Dask collection.
"""
from ._runner import RunStats, code_corpus, code_items, default_workers
from ._work import Outcome, Settings, code_batch

__all__ = ["code_corpus", "code_items", "code_batch", "RunStats", "Settings", "Outcome",
           "default_workers"]
