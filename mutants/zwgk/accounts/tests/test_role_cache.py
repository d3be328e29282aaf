"""Roles are read once per user object and re-read after a Membership changes."""
from zwgk.accounts.models import Membership, Role
from zwgk.accounts.permissions import agency_ids, editor_unit_ids, has_role, is_platform_admin


def test_roles_are_loaded_once_and_refreshed_when_a_membership_changes(agency, other_agency, django_user_model,
                                                                        django_assert_num_queries):
    user = django_user_model.objects.create_user("u", password="pw")
    assert not has_role(user, agency, Role.EDITOR)
    membership = Membership.objects.create(user=user, agency=agency, role=Role.EDITOR)
    with django_assert_num_queries(1):
        for _ in range(10):
            assert has_role(user, agency, Role.EDITOR) and has_role(user, agency.pk, Role.EDITOR)
            assert not has_role(user, agency, Role.REVIEWER) and not has_role(user, other_agency, Role.EDITOR)
            assert agency_ids(user) == {agency.pk} and agency_ids(user, roles=[Role.REVIEWER]) == set()
            assert editor_unit_ids(user, agency) == {None} and not is_platform_admin(user)
    membership.role = Role.REVIEWER
    membership.save()
    assert has_role(user, agency, Role.REVIEWER) and editor_unit_ids(user, agency) is None
    membership.delete()
    assert agency_ids(user) == set()
    Membership.objects.create(user=user, role=Role.PLATFORM_ADMIN)
    assert is_platform_admin(user) and agency_ids(user) is None and has_role(user, other_agency, Role.EDITOR)
