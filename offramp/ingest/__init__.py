"""ingest: text, HTML and JSONL in, cleaned `Document`s out (errors per document, never fatal)."""
from ._clean import clean_article
from ._read import document_from_text, parse_date, read_paths, read_text

__all__ = ["read_paths", "read_text", "document_from_text", "clean_article", "parse_date"]
