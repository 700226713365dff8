"""User management in the admin without a way up: whoever manages accounts (the Beheerder)
gives only roles whose rights they hold themselves (``roles.grantable_roles``), touches only
accounts that hold no other roles (no password or e-mail change for a Redacteur, so no
takeover), never makes or edits a superuser, and never changes their own roles.

Wagtail's user forms offer the superuser flag to anyone who may add users and let a user
manager tick any group for any account, their own included; its bulk actions assign any role
to any account. Installed through ``jos_portal.accounts.apps.UsersAppConfig`` (in
INSTALLED_APPS instead of ``wagtail.users``), the way Wagtail's documentation customises its
user views; the bulk actions are replaced in ``wagtail_hooks``.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users
from wagtail.users.views.bulk_actions.assign_role import AssignRoleBulkAction
from wagtail.users.views.bulk_actions.delete import DeleteBulkAction
from wagtail.users.views.bulk_actions.set_active_state import SetActiveStateBulkAction

from .roles import ROLE_DESCRIPTIONS, grantable_roles


def role_label(group):
    description = ROLE_DESCRIPTIONS.get(group.name)
    return f"{group.name}: {description}" if description else group.name


def _is_superuser(user):
    return user.is_active and user.is_superuser


def grantable_groups(user):
    return Group.objects.filter(name__in=grantable_roles(user))


def may_manage(acting_user, account, grantable=None):
    """Whether ``acting_user`` may edit, deactivate or delete ``account``: a superuser
    always; nobody else a superuser, or an account holding a role they could not give.
    For a list of accounts, pass ``grantable_roles(acting_user)`` once and prefetch the
    accounts' groups: then no query per account."""
    if _is_superuser(acting_user):
        return True
    if account.is_superuser:
        return False
    allowed = set(grantable_roles(acting_user) if grantable is None else grantable)
    return {group.name for group in account.groups.all()} <= allowed


class GuardedUserFormMixin:
    """Only a superuser sees the superuser flag; nobody but a superuser changes their own
    groups (the field stays visible, read-only, so they see their roles)."""

    def __init__(self, *args, acting_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        groups = self.fields.get("groups")
        if groups is not None:
            groups.label_from_instance = role_label  # each role says what it may do
        if acting_user is not None and _is_superuser(acting_user):
            return
        self.fields.pop("is_superuser", None)
        if groups is None or acting_user is None:
            return
        if self.instance.pk == acting_user.pk:
            groups.disabled = True
            groups.help_text = _("Je eigen rollen kan alleen een superuser wijzigen.")
        else:
            groups.queryset = grantable_groups(acting_user)
            groups.help_text = _(
                "Je kunt alleen rollen geven waarvan je de rechten zelf hebt. Een rol voor "
                "de inhoud (Bijdrager, Redacteur, Eindredacteur) geeft een superuser."
            )


class GuardedUserCreationForm(GuardedUserFormMixin, UserCreationForm):
    pass


class GuardedUserEditForm(GuardedUserFormMixin, UserEditForm):
    pass


class CreateView(users.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}


class EditView(users.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # A superuser's password and e-mail are a way into everything; a Redacteur's into
        # the content. Your own account you may always open (your roles stay read-only).
        if self.object.pk != request.user.pk and not may_manage(request.user, self.object):
            raise PermissionDenied

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}


class DeleteView(users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not may_manage(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GuardedAssignRoleBulkAction(AssignRoleBulkAction):
    """Assign only a role you could give, only to accounts you may manage, never to yourself."""

    def check_perm(self, obj):
        return (
            super().check_perm(obj)
            and obj.pk != self.request.user.pk
            and may_manage(self.request.user, obj)
        )

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = grantable_groups(self.request.user)
        return form


class GuardedSetActiveStateBulkAction(SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


class GuardedDeleteBulkAction(DeleteBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


BULK_ACTIONS = (
    GuardedAssignRoleBulkAction,
    GuardedSetActiveStateBulkAction,
    GuardedDeleteBulkAction,
)


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return GuardedUserEditForm if for_update else GuardedUserCreationForm
