"""User management in the admin without a way up: whoever manages accounts (the Beheerder)
cannot make a superuser, cannot edit one, and cannot change their own roles.

Wagtail's user forms offer the superuser flag to anyone who may add users, and let a user
manager tick any group for any account, their own included. Installed through
``jos_portal.accounts.apps.UsersAppConfig`` (in INSTALLED_APPS instead of
``wagtail.users``), the way Wagtail's documentation customises its user views.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users


def _is_superuser(user):
    return user.is_active and user.is_superuser


class GuardedUserFormMixin:
    """Only a superuser sees the superuser flag; nobody but a superuser changes their own
    groups (the field stays visible, read-only, so they see their roles)."""

    def __init__(self, *args, acting_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if acting_user is not None and _is_superuser(acting_user):
            return
        self.fields.pop("is_superuser", None)
        if acting_user is not None and self.instance.pk == acting_user.pk:
            groups = self.fields.get("groups")
            if groups is not None:
                groups.disabled = True
                groups.help_text = _("Je eigen rollen kan alleen een superuser wijzigen.")


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
        # A superuser's password and e-mail are a way into everything.
        if self.object.is_superuser and not _is_superuser(request.user):
            raise PermissionDenied

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return GuardedUserEditForm if for_update else GuardedUserCreationForm
