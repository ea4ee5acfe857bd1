"""Any article text -> a dataset: entities, mentions, quotes and relations, no curation.

``ingest_text`` extracts from a string, ``ingest_cached`` from a file with a cache in the
user cache directory. Nothing here imports the user interface.
"""

from tui.ingest.api import ingest_text
from tui.ingest.cache import ingest_cached
from tui.ingest.pipeline import EXTRACTOR, VERSION, ArticleInfo, Progress
from tui.ingest.reader import MAX_INPUT_BYTES, IngestError, read_source

__all__ = [
    "EXTRACTOR",
    "MAX_INPUT_BYTES",
    "VERSION",
    "ArticleInfo",
    "IngestError",
    "Progress",
    "ingest_cached",
    "ingest_text",
    "read_source",
]
