"""The admin screens of the bulk import: template downloads, upload with dry run, confirm.

Reached from the header of the practice list; only users who may add practices (the
"add" right of the practice permission policy) open them, everyone else gets a 403.
The checked file travels back with the confirm button as a hidden field and is checked
again before anything is stored, so the servers keep no state between the two steps.
"""

import base64
import binascii

from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from jos_portal.taxonomy.models import SchoolType, TargetGroup

from . import imports
from .models import Practice


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Bestand (CSV of Excel)"),
        help_text=gettext_lazy("Een .csv- of .xlsx-bestand volgens het sjabloon."),
        error_messages={
            "required": gettext_lazy("Kies een bestand om te controleren."),
            "empty": gettext_lazy("Het bestand is leeg."),
            "invalid": gettext_lazy("Dit is geen bestand. Kies een .csv- of .xlsx-bestand."),
        },
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,application/vnd.ms-excel,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )


class ImportPermissionMixin:
    """Only who may add practices. Wagtail turns a PermissionDenied into a redirect to the
    dashboard; here the answer is a real 403, with a page that says why."""

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(Practice)
        if not policy.user_has_permission(request.user, "add"):
            return TemplateResponse(request, "practices/admin/import_forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)


class PracticeImportView(ImportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "practices/admin/import.html"
    page_title = gettext_lazy("Praktijkvoorbeelden importeren")
    header_icon = "upload"
    index_url_name = "wagtailsnippets_practices_practice:list"
    url_namespace = "wagtailsnippets_practices_practice"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": Practice._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "form": kwargs.get("form") or UploadForm(),
                "columns": imports.columns(),
                "school_types": SchoolType.objects.values_list("name", flat=True),
                "target_groups": TargetGroup.objects.values_list("name", flat=True),
                "index_url": reverse(self.index_url_name),
                "template_csv_url": reverse(f"{self.url_namespace}:import_template_csv"),
                "template_xlsx_url": reverse(f"{self.url_namespace}:import_template_xlsx"),
                "max_mb": settings.PRACTICE_IMPORT_MAX_BYTES // (1024 * 1024),
                "max_rows": settings.PRACTICE_IMPORT_MAX_ROWS,
                "separator": imports.LIST_SEPARATOR,
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm(request)
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        uploaded = form.cleaned_data["file"]
        if uploaded.size > settings.PRACTICE_IMPORT_MAX_BYTES:
            # Not read at all: the size alone decides.
            check = imports.ImportCheck(
                file_error=_(
                    "Het bestand is te groot: maximaal %(mb)s MB. Splits het in kleinere bestanden."
                )
                % {"mb": settings.PRACTICE_IMPORT_MAX_BYTES // (1024 * 1024)}
            )
            return self.show_check(check, uploaded.name, b"")
        content = uploaded.read()
        check = imports.check_file(uploaded.name, content, user=request.user)
        return self.show_check(check, uploaded.name, content)

    def show_check(self, check, name, content, **extra):
        return self.render_to_response(
            self.get_context_data(
                check=check,
                file_name=name,
                file_data=base64.b64encode(content).decode() if check.ok else "",
                **extra,
            )
        )

    def confirm(self, request):
        name = request.POST.get("file_name", "")
        try:
            content = base64.b64decode(request.POST.get("file_data", ""), validate=True)
        except (binascii.Error, ValueError):
            content = b""
        check = imports.check_file(name, content, user=request.user)
        if not check.ok:
            messages.error(
                request,
                _(
                    "Er is niets geïmporteerd: het bestand heeft fouten. Verbeter ze en upload "
                    "het opnieuw."
                ),
            )
            return self.show_check(check, name, content, refused=True)
        created = imports.import_rows(check, request.user)
        messages.success(
            request,
            ngettext(
                "%(count)s praktijkvoorbeeld geïmporteerd. Het staat als concept ter "
                "beoordeling klaar; bezoekers zien het pas na goedkeuring.",
                "%(count)s praktijkvoorbeelden geïmporteerd. Ze staan als concept ter "
                "beoordeling klaar; bezoekers zien ze pas na goedkeuring.",
                len(created),
            )
            % {"count": len(created)},
        )
        return redirect(self.index_url_name)


class ImportTemplateView(ImportPermissionMixin, View):
    """The empty template with its one fictional example row, as CSV or XLSX."""

    file_format = "xlsx"

    def get(self, request, *args, **kwargs):
        if self.file_format == "csv":
            response = HttpResponse(imports.template_csv(), content_type="text/csv; charset=utf-8")
        else:
            response = HttpResponse(
                imports.template_xlsx(),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        name = f"sjabloon-praktijkvoorbeelden.{self.file_format}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
