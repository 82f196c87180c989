"""Stage 6, DedupSyndicated: every copy of a story in one cluster, one canonical copy each.

In:  article dicts.
Out: the same dicts with dup_cluster_id, dup_cluster_size, is_canonical and
     dup_kind (mode "mark"), or only canonical copies plus "duplicate" rejects
     (mode "drop"). The job uses DedupStagedRows: staged row files in, one
     update per row out, so rows never cross a shuffle; it also writes
     dedup_index/ and, appending to a corpus, clusters with the index's rows.

- syndicated.py      the composite: fingerprints, links, clusters, annotations
- facts.py           what clustering needs of a row, from the row or from the corpus's dedup_index/
- shared_keys.py     bucket keys two rows have held (dedup_keys/): an append skips old rows that cannot pair
- fingerprint.py     normalization, shingles, MinHash, LSH bands, pair verification
- bucket_links.py    candidate links inside hash buckets, at linear cost
- verify_pairs.py    exact verification of candidate pairs
- components.py      connected components in Beam rounds
- canonical_copy.py  which copy represents its cluster
URL keys and agency hosts come from transforms/newsroom.
"""
from transforms.dedup.boilerplate import boilerplate_of_host, host_text_lines
from transforms.dedup.facts import RowFacts
from transforms.dedup.fingerprint import exact_key
from transforms.dedup.syndicated import MODES, DedupStagedRows, DedupSyndicated, node_id

# The building blocks of a dedup_index/ record, for tools that write one without running the job.
__all__ = ["DedupStagedRows", "DedupSyndicated", "MODES", "RowFacts", "boilerplate_of_host", "exact_key",
           "host_text_lines", "node_id"]
