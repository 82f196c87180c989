"""Stage 6, DedupSyndicated: every copy of a story in one cluster, one canonical copy each.

In:  article dicts.
Out: the same dicts with dup_cluster_id, dup_cluster_size, is_canonical and
     dup_kind (mode "mark"), or only canonical copies plus "duplicate" rejects
     (mode "drop"). The job uses DedupStagedRows: staged row files in, one
     update per row out, so rows never cross a shuffle.

- syndicated.py      the composite: fingerprints, links, clusters, annotations
- fingerprint.py     normalization, shingles, MinHash, LSH bands, pair verification
- bucket_links.py    candidate links inside hash buckets, at linear cost
- verify_pairs.py    exact verification of candidate pairs
- components.py      connected components in Beam rounds
- canonical_copy.py  which copy represents its cluster
URL keys and agency hosts come from transforms/newsroom.
"""
from transforms.dedup.syndicated import MODES, DedupStagedRows, DedupSyndicated

__all__ = ["DedupStagedRows", "DedupSyndicated", "MODES"]
