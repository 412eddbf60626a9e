"""A worker's one learning history: every CPL entry, including those that complete a catalogue
module (a completion recorded on the pathway, by attending a session or by import is such an
entry). Each entry's effective coverage — frameworks, regulator topics and SSSC core learning
elements — is worked out here, once, for every place that counts learning."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from planner.core.cpl import FRAMEWORK_TOPICS, TOPIC_ELEMENTS, CplEntry
from planner.core.model import Catalogue, Module


def coverage(entry: CplEntry, catalogue: Catalogue) -> CplEntry:
    """The entry with what it covers: what the person ticked, plus what its module covers (the
    frameworks of the levels it grants, its topics and elements); frameworks that are topics
    (trauma, child protection) count as those topics, and topics count for the SSSC elements
    that must include them."""
    frameworks = set(entry.frameworks)
    topics = set(entry.topics)
    elements = set(entry.sssc_elements)
    if entry.module_id and catalogue.has_module(entry.module_id):
        module = catalogue.module(entry.module_id)
        frameworks |= {catalogue.framework(catalogue.level(lv).framework_id).code for lv in module.grants}
        topics |= set(module.topics)
        elements |= set(module.sssc_elements)
    topics |= frameworks & set(FRAMEWORK_TOPICS)
    elements |= {TOPIC_ELEMENTS[t] for t in topics if t in TOPIC_ELEMENTS}
    return replace(
        entry, frameworks=tuple(sorted(frameworks)), topics=tuple(sorted(topics)), sssc_elements=tuple(sorted(elements))
    )


def history(entries: Iterable[CplEntry], catalogue: Catalogue) -> list[CplEntry]:
    return [coverage(e, catalogue) for e in entries]


def modules_covering(topic: str, catalogue: Catalogue) -> list[Module]:
    """Current modules whose completion covers a regulator topic, shortest first."""
    from datetime import date

    found = []
    for m in catalogue.modules:
        if m.retired:
            continue
        probe = CplEntry(id="", occurred_on=date.min, title="", kind="course", hours=0, module_id=m.id)
        if topic in coverage(probe, catalogue).topics:
            found.append(m)
    return sorted(found, key=lambda m: (m.hours is None, m.hours or 0.0, m.code))
