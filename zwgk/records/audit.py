"""The tamper-evident audit log: each event carries the hash of the one before it.

Changing, deleting or inserting an event in the database breaks the chain at that event, and
`zwgk verify-audit` reports the first broken link. The hash covers only what never changes after
the event is written (a deleted draft or user leaves its id in `refs`).
"""
import hashlib
import json

GENESIS = "0" * 64


def refs_of(event) -> str:
    """The ids the event points at, frozen at write time (foreign keys may later be set to NULL)."""
    return f"record={event.record_id or ''};agency={event.agency_id or ''};user={event.user_id or ''}"


def _payload(prev_hash: str, refs: str, action: str, detail, ip, at_text: str) -> str:
    return json.dumps(
        {"prev": prev_hash, "refs": refs, "action": action, "detail": detail, "ip": ip or "", "at": at_text},
        ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str,
    )


def event_hash(prev_hash: str, *, refs: str, action: str, detail, ip, at) -> str:
    """SHA-256 over the previous hash and the event's immutable content, canonically serialised."""
    return hashlib.sha256(_payload(prev_hash, refs, action, detail, ip, at.isoformat()).encode("utf-8")).hexdigest()


# Stand-ins for what a bulk import only knows inside its write transaction (time, previous hash, ids).
_SLOTS = ("\ue000at\ue000", "\ue000prev\ue000", "\ue000refs\ue000")


def hash_parts(event) -> tuple[str, str, str, str] | None:
    """The event's canonical payload cut where `at`, the previous hash and `refs` go (the keys are
    sorted: at, prev, refs), so that hash_from_parts only joins strings inside the transaction.
    None if the content happens to hold a stand-in: then the event is hashed in full."""
    text = _payload(_SLOTS[1], _SLOTS[2], event.action, event.detail, event.ip, _SLOTS[0])
    parts = []
    for slot in _SLOTS:
        quoted = json.dumps(slot, ensure_ascii=False)
        if text.count(quoted) != 1:
            return None
        head, _, text = text.partition(quoted)
        parts.append(head)
    return (*parts, text)


def hash_from_parts(parts, prev_hash: str, refs: str, at_text: str) -> str:
    """event_hash from hash_parts: the same canonical JSON (hex, ids and an ISO time need no escaping)."""
    payload = f'{parts[0]}"{at_text}"{parts[1]}"{prev_hash}"{parts[2]}"{refs}"{parts[3]}'
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def seal(event, prev_hash: str) -> str:
    """Fill the event's chain fields from the previous hash; returns the event's own hash."""
    event.refs = refs_of(event)
    event.prev_hash = prev_hash
    event.hash = event_hash(prev_hash, refs=event.refs, action=event.action, detail=event.detail, ip=event.ip, at=event.at)
    return event.hash


def first_break(events):
    """The first (event, reason) where the chain is broken, or None; events in write order."""
    prev = GENESIS
    for event in events:
        if event.prev_hash != prev:
            return event, "前一条记录的哈希不符：其前的事件被删除、插入或修改"
        expected = event_hash(prev, refs=event.refs, action=event.action, detail=event.detail, ip=event.ip, at=event.at)
        if event.hash != expected:
            return event, "内容与哈希不符：此事件被修改"
        prev = event.hash
    return None
