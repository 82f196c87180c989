"""Stage 5, TagWireSources: which agency wrote a story and which services carried it.

In:  article dicts with text, title, author, host and dateline fields.
Out: the same dicts with wire_origin (the story's source), wire_carriers (the
     services that carried it) and wire_evidence (every signal seen); credit,
     copyright and disclaimer lines leave the body.

- tag.py        the composite and tag_wire_sources, which weighs every signal
- signals.py    where signals are read: opening and closing lines, page metadata
- credits.py    credit, copyright and disclaimer lines
- house.py      house lines naming the agency by shape: slugs, digest headings, links, promotions
- bylines.py    agencies named in bylines and author fields
- datelines.py  agency credits inside datelines
Agency names and hosts come from the registry in transforms/newsroom.
"""
from transforms.wire.tag import TagWireSources, WireTags, tag_record, tag_wire_sources

__all__ = ["TagWireSources", "WireTags", "tag_wire_sources", "tag_record"]
