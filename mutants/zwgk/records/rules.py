"""Who may do what with a record: the one place for the record rules.

Built on zwgk.accounts.permissions (agency boundary, roles, editor units). Decisions:
- unit editor: drafts, edits and submits records only under items whose 公开主体 includes one
  of their units; deletes their own never-published drafts;
- reviewer (审核人): everything an editor can, for every item of the agency, plus the
  公开属性认定, approve/reject, publish/schedule, withdraw and change of published records;
- agency administrator: everything in their agency; platform administrator: everything.
Staff never see another agency's records at all (views answer 404, not 403).
"""
from zwgk.accounts.models import Role
from zwgk.accounts.permissions import agency_ids, editor_unit_ids, has_role

REVIEW_ROLES = (Role.REVIEWER, Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN)
STAFF_ROLES = (Role.EDITOR,) + REVIEW_ROLES


def visible_records(user, queryset=None):
    """Records the user may see in the back office (their agencies only)."""
    from zwgk.records.models import Record

    queryset = Record.objects.all() if queryset is None else queryset
    ids = agency_ids(user)
    return queryset if ids is None else queryset.filter(agency_id__in=ids)


def can_see(user, record) -> bool:
    ids = agency_ids(user)
    return ids is None or record.agency_id in ids


def is_reviewer(user, agency) -> bool:
    return has_role(user, agency, *REVIEW_ROLES)


def draftable_units(user, item):
    """Units of `item` the user may draft for; None when not limited (reviewers and admins)."""
    agency = item.catalog.agency
    limit = editor_unit_ids(user, agency)
    if limit is None:
        return None
    return {u.pk for u in item.units.all() if u.pk in limit}


def can_create(user, item) -> bool:
    agency = item.catalog.agency
    if not has_role(user, agency, *STAFF_ROLES):
        return False
    units = draftable_units(user, item)
    return units is None or bool(units)


def _unit_ok(user, record) -> bool:
    if is_reviewer(user, record.agency):
        return True
    if not has_role(user, record.agency, Role.EDITOR):
        return False
    units = draftable_units(user, record.item)
    if units is None:
        return True
    # An item may have several 公开主体: an editor handles only the drafts of their own unit.
    return record.unit_id in units if record.unit_id else bool(units)


def allowed(user, record, action: str) -> bool:
    """May `user` do `action` on `record` now? Reads the transition table (Record.TRANSITIONS)."""
    from zwgk.records.models import ADMIN, AUTHOR, REVIEWER, UNIT, Record

    step = Record.transition(record.state, action)
    if step is None:
        return False
    if step.actor == UNIT:
        return _unit_ok(user, record)
    if step.actor == REVIEWER:
        return is_reviewer(user, record.agency)
    if step.actor == AUTHOR:
        if record.index_number:
            return False
        if record.created_by_id == getattr(user, "pk", None) and _unit_ok(user, record):
            return True
        return has_role(user, record.agency, Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN)
    if step.actor == ADMIN:
        return has_role(user, record.agency, Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN)
    return False


def can_import(user, agency) -> bool:
    """Bulk import into `agency`: the table's actor for creating records by import."""
    from zwgk.records.models import ADMIN, Record

    step = Record.transition(None, "import_draft")
    return step is not None and step.actor == ADMIN and has_role(user, agency, Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN)


def can_edit(user, record) -> bool:
    """Edit the content of an unpublished record (published ones are changed with can_change)."""
    return allowed(user, record, "edit")


def can_submit(user, record) -> bool:
    return allowed(user, record, "submit")


def can_review(user, record) -> bool:
    """Open the review page: the 公开属性认定 and approve/reject."""
    return allowed(user, record, "decide")


def can_publish(user, record) -> bool:
    return allowed(user, record, "publish")


def can_withdraw(user, record) -> bool:
    return allowed(user, record, "withdraw")


def can_change(user, record) -> bool:
    return allowed(user, record, "change")


def can_attach(user, record) -> bool:
    """Upload or remove files, and mask personal information."""
    return allowed(user, record, "attach")


def can_delete(user, record) -> bool:
    """Only never-published drafts, by their author or an administrator."""
    return allowed(user, record, "delete")
