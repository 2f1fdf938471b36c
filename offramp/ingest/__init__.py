"""ingest: text, HTML, JSONL, feeds and URLs in, cleaned `Document`s out (errors per document, never fatal)."""
from ._clean import clean_article
from ._feeds import looks_like_feed, read_feed
from ._read import (document_from_text, expand_paths, html_document, parse_date, read_paths,
                    read_text)
from ._transport import (MockTransport, Response, UrlTransport, get_transport, set_transport,
                         use_transport)

__all__ = ["read_paths", "read_text", "document_from_text", "html_document", "clean_article",
           "parse_date", "expand_paths", "read_feed", "looks_like_feed", "MockTransport",
           "Response", "UrlTransport", "get_transport", "set_transport", "use_transport"]
