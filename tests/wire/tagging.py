"""What the wire tests share: a plain body, a feed disclaimer and the tagger as tuples."""
from transforms.wire import tag_wire_sources
from transforms.wire.tag import remove_spans

BODY = "Officials said the talks would resume next week after a pause over the holiday."  # 79 chars


def tags(text, **meta):
    found = tag_wire_sources(text, **meta)
    return found.origin, found.carriers, found.evidence


def body_after(text, **meta):
    return remove_spans(text, tag_wire_sources(text, **meta).credit_spans)


DISCLAIMER = ("(This story has not been edited by Devdiscourse staff and is auto-generated from a "
              "syndicated feed.)")
