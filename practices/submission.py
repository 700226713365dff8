"""Public submission of a practice example (/praktijkvoorbeelden/aanmelden/).

A member of the public describes a collaboration in plain text; we store it as a Practice
draft with a revision, start the review workflow on it (Wagtail then mails the moderators)
and confirm receipt to the submitter. Nothing is public until a moderator approves.
"""

import hashlib
import logging
import re
import unicodedata
import zipfile

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from jos_portal.taxonomy.models import Municipality, Organisation, SchoolType
from jos_portal.taxonomy.provenance import Provenance

from .models import (
    SUMMARY_MAX_LENGTH,
    CollaborationType,
    EvaluationDesign,
    FundingSource,
    Practice,
    PracticeDocument,
    PracticeEvaluation,
    PracticeOrganisation,
    PracticeWorkingElement,
    PreventionLevel,
    Recognition,
    Source,
    Stage,
    databank_for_url,
)

logger = logging.getLogger(__name__)

SUBMISSION_COLLECTION = "Aanmeldingen praktijkvoorbeelden"
ATTACHMENT_TYPES = {"pdf": "PDF", "docx": "Word (DOCX)"}


def plain_text_to_html(text):
    """Escape what the submitter typed and turn blank-line separated blocks into paragraphs;
    single line breaks become <br>. No markup from the form ever reaches the page."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>{}</p>".format("<br/>".join(escape(line) for line in block.split("\n")))
        for block in blocks
        if block
    )


def attachment_kind(uploaded):
    """'pdf' or 'docx' when the file's content (not only its name) is one, otherwise None."""
    extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    if extension == "pdf" and head.startswith(b"%PDF-"):
        return "pdf"
    if extension == "docx" and head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(uploaded) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        finally:
            uploaded.seek(0)
        if {"[Content_Types].xml", "word/document.xml"} <= names:
            return "docx"
    return None


class PlainTextField(forms.CharField):
    """Free text: trimmed, control characters refused."""

    def validate(self, value):
        super().validate(value)
        if any(ord(char) < 32 and char not in "\n\r\t" for char in value):
            raise forms.ValidationError(_("Deze tekst bevat ongeldige tekens."))


class SubmissionForm(forms.Form):
    """What a professional tells us about a collaboration. Field-level Dutch errors; the
    typed input stays in the form when something is wrong."""

    title = PlainTextField(
        label=_("Naam van de samenwerking"),
        max_length=200,
        help_text=_("Bijvoorbeeld: 'Jongerenwerker in de pauze op het Dalton College'."),
    )
    summary = PlainTextField(
        label=_("Korte samenvatting"),
        max_length=SUMMARY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Twee of drie zinnen, maximaal 300 tekens."),
    )
    goal = PlainTextField(
        label=_("Wat wil de samenwerking bereiken?"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    approach = PlainTextField(
        label=_("Aanpak: wat doen school en jongerenwerk, wie doet wat?"),
        max_length=8000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Gewone tekst; een lege regel begint een nieuwe alinea."),
    )
    results = PlainTextField(
        label=_("Wat heeft het tot nu toe opgeleverd? (optioneel)"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    collaboration_type = forms.ChoiceField(
        label=_("Soort samenwerking"),
        choices=CollaborationType.choices,
        widget=forms.RadioSelect,
    )
    stage = forms.ChoiceField(
        label=_("Hoe ver is de samenwerking?"), choices=Stage.choices, widget=forms.RadioSelect
    )
    school_types = forms.ModelMultipleChoiceField(
        label=_("Schooltype(n)"),
        queryset=SchoolType.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies ten minste één schooltype.")},
    )
    municipality = forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=Municipality.objects.order_by("name"),
        empty_label=_("Kies een gemeente"),
        help_text=_("Waar de samenwerking plaatsvindt."),
    )
    organisations = PlainTextField(
        label=_("Betrokken organisaties"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Begin met de school; daarna de jongerenwerkorganisatie en eventuele anderen, "
            "één per regel."
        ),
    )
    # Databank details: all optional, so the form stays short for who does not know them.
    working_elements = PlainTextField(
        label=_("Wat maakt dat de aanpak werkt? (optioneel)"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Eén punt per regel, bijvoorbeeld 'vaste jongerenwerker in de pauze'."),
    )
    age_from = forms.IntegerField(
        label=_("Leeftijd jongeren vanaf (optioneel)"),
        required=False,
        min_value=0,
        max_value=99,
        error_messages={"min_value": _("Vul een leeftijd van 0 of hoger in.")},
    )
    age_to = forms.IntegerField(
        label=_("Leeftijd jongeren tot en met (optioneel)"),
        required=False,
        min_value=0,
        max_value=99,
        error_messages={"min_value": _("Vul een leeftijd van 0 of hoger in.")},
    )
    prevention_level = forms.ChoiceField(
        label=_("Voor wie is de aanpak? (optioneel)"),
        choices=[("", _("weet ik niet"))] + list(PreventionLevel.choices),
        required=False,
        widget=forms.RadioSelect,
    )
    youth_work_hours_per_week = forms.DecimalField(
        label=_("Uren jongerenwerk per week (optioneel)"),
        required=False,
        min_value=0,
        max_value=1000,
        decimal_places=1,
        error_messages={"min_value": _("Het aantal uren kan niet negatief zijn.")},
    )
    cost_per_year_from = forms.IntegerField(
        label=_("Kosten per jaar in euro, vanaf (optioneel)"),
        required=False,
        min_value=0,
        max_value=10_000_000,
        error_messages={"min_value": _("Een bedrag kan niet negatief zijn.")},
        help_text=_("Een schatting in hele euro's is goed. Eén bedrag? Vul alleen dit veld in."),
    )
    cost_per_year_to = forms.IntegerField(
        label=_("Kosten per jaar in euro, tot (optioneel)"),
        required=False,
        min_value=0,
        max_value=10_000_000,
        error_messages={"min_value": _("Een bedrag kan niet negatief zijn.")},
    )
    funding_sources = forms.ModelMultipleChoiceField(
        label=_("Wie betaalt de aanpak? (optioneel)"),
        queryset=FundingSource.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    recognition = forms.ChoiceField(
        label=_("Is de aanpak officieel erkend? (optioneel)"),
        choices=[("", _("nee, of weet ik niet"))] + list(Recognition.choices),
        required=False,
        widget=forms.RadioSelect,
    )
    recognition_url = forms.URLField(
        label=_("Link naar de aanpak in de databank (optioneel)"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("Bijvoorbeeld de pagina in de databank van het NJi of Movisie."),
    )
    evaluation_url = forms.URLField(
        label=_("Link naar een onderzoek of evaluatie (optioneel)"),
        required=False,
        max_length=200,
        assume_scheme="https",
    )
    contact_name = PlainTextField(label=_("Je naam"), max_length=120)
    contact_email = forms.EmailField(label=_("Je e-mailadres"), max_length=254)
    contact_organisation = PlainTextField(
        label=_("Je organisatie (optioneel)"), max_length=200, required=False
    )
    contact_role = PlainTextField(label=_("Je functie (optioneel)"), max_length=120, required=False)
    contact_phone = PlainTextField(
        label=_("Je telefoonnummer (optioneel)"), max_length=30, required=False
    )
    show_contact = forms.BooleanField(
        label=_("Mijn naam, functie en e-mailadres mogen bij het gepubliceerde voorbeeld staan."),
        required=False,
    )
    attachment = forms.FileField(
        label=_("Bijlage (optioneel)"),
        required=False,
        help_text=_("Een PDF- of Word-bestand (DOCX) van maximaal 5 MB."),
    )
    consent = forms.BooleanField(
        label=_(
            "Ik geef toestemming dat de redactie van JOS mijn gegevens gebruikt om deze "
            "aanmelding te beoordelen en contact met mij op te nemen, zoals beschreven in de "
            "privacyverklaring."
        ),
        error_messages={
            "required": _("Zonder je toestemming kunnen we de aanmelding niet verwerken.")
        },
    )
    # Honeypot: hidden from people (display: none), tempting for form-filling bots.
    website = forms.CharField(label=_("Laat dit veld leeg"), required=False)

    def clean_attachment(self):
        uploaded = self.cleaned_data.get("attachment")
        if not uploaded:
            return uploaded
        limit = settings.SUBMISSION_MAX_ATTACHMENT_BYTES
        if uploaded.size > limit:
            raise forms.ValidationError(
                _("Het bestand is te groot (maximaal %(mb)s MB)."),
                params={"mb": limit // (1024 * 1024)},
            )
        if attachment_kind(uploaded) is None:
            raise forms.ValidationError(
                _("Alleen een PDF- of Word-bestand (DOCX) kan worden meegestuurd.")
            )
        return uploaded

    def clean_working_elements(self):
        lines = [
            line.strip(" -*•\t") for line in self.cleaned_data["working_elements"].splitlines()
        ]
        lines = [line for line in lines if line]
        if len(lines) > 10:
            raise forms.ValidationError(_("Noem maximaal 10 punten."))
        if any(len(line) > 300 for line in lines):
            raise forms.ValidationError(_("Houd elk punt korter dan 300 tekens."))
        return lines

    def clean(self):
        data = super().clean()
        low, high = data.get("age_from"), data.get("age_to")
        if low is not None and high is not None and low > high:
            self.add_error("age_to", _("De leeftijd 'tot en met' mag niet lager zijn dan 'vanaf'."))
        low, high = data.get("cost_per_year_from"), data.get("cost_per_year_to")
        if low is not None and high is not None and low > high:
            self.add_error(
                "cost_per_year_to",
                _("Het bedrag 'tot' mag niet lager zijn dan het bedrag 'vanaf'."),
            )
        return data

    def full_clean(self):
        super().full_clean()
        # Screen readers hear the error with the field: link each message to its input.
        for name in self.errors:
            if name in self.fields and name != "consent":
                bound = self[name]
                described = [f"{bound.auto_id}_error"]
                if self.fields[name].help_text:
                    described.append(f"{bound.auto_id}_helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)

    @property
    def is_spam(self):
        return bool(self.data.get("website"))


def rate_key(ip_address):
    return f"practices:submission:{ip_address}"


def rate_limited(ip_address):
    """True when this address already sent ``SUBMISSION_RATE_LIMIT`` accepted submissions in
    the window. Only accepted ones count (see ``count_submission``): a form sent back with
    errors costs the submitter nothing."""
    return cache.get(rate_key(ip_address), 0) >= settings.SUBMISSION_RATE_LIMIT


def count_submission(ip_address):
    """Count one accepted submission from this address; the window starts at the first."""
    key = rate_key(ip_address)
    cache.add(key, 0, settings.SUBMISSION_RATE_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, settings.SUBMISSION_RATE_WINDOW)


def normalised(text):
    """Text as a comparison key: no accents, case, punctuation or extra spaces, so
    'Pauzeteam  Tilburg!' and 'pauzeteam tilburg' are the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def submitted_school(organisations):
    """The school as the submitter named it: the first line of the organisations field,
    which asks for the school first."""
    for line in organisations.splitlines():
        if line.strip():
            return line.strip()
    return ""


def find_duplicate(title, municipality, organisations):
    """An existing practice that is likely the same collaboration: the same title (after
    ``normalised``), or the same school in the same municipality. Drafts and earlier
    submissions count too; a fictional example is no real collaboration and never does."""
    candidates = Practice.objects.filter(is_fictional=False)
    title_key = normalised(title)
    if title_key:
        for pk, other_title in candidates.values_list("pk", "title").iterator():
            if normalised(other_title) == title_key:
                return Practice.objects.get(pk=pk)
    school_key = normalised(submitted_school(organisations))
    if not school_key:
        return None
    local = candidates.filter(municipality=municipality)
    for pk, text in local.exclude(submitted_organisations="").values_list(
        "pk", "submitted_organisations"
    ):
        if normalised(submitted_school(text)) == school_key:
            return Practice.objects.get(pk=pk)
    schools = PracticeOrganisation.objects.filter(
        practice__in=local, role=Organisation.Kind.SCHOOL
    ).values_list("practice_id", "organisation__name")
    for pk, name in schools:
        if normalised(name) == school_key:
            return Practice.objects.get(pk=pk)
    return None


def unique_slug(title):
    base = slugify(title)[:80].strip("-") or "aanmelding"
    taken = set(Practice.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def submission_collection():
    """The document collection for attachments: personal data, so restricted to the groups
    in SUBMISSION_ATTACHMENT_GROUPS (the moderators); nobody else lists, opens or downloads
    them, and public pages never link them."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=SUBMISSION_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=SUBMISSION_COLLECTION)
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=settings.SUBMISSION_ATTACHMENT_GROUPS))
    return collection


def create_practice(data):
    """Store the submission as a draft with a revision and put it into review: all of it or,
    on failure, nothing (the uploaded file is removed again)."""
    stored_files = []
    try:
        with transaction.atomic():
            return _create_practice(data, stored_files)
    except Exception:
        for file in stored_files:
            file.delete(save=False)
        raise


def _create_practice(data, stored_files):
    practice = Practice(
        title=data["title"],
        slug=unique_slug(data["title"]),
        summary=data["summary"],
        goal=plain_text_to_html(data["goal"]),
        approach=plain_text_to_html(data["approach"]),
        results=plain_text_to_html(data["results"]),
        collaboration_type=data["collaboration_type"],
        stage=data["stage"],
        municipality=data["municipality"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        contact_organisation=data["contact_organisation"],
        contact_role=data["contact_role"],
        contact_phone=data["contact_phone"],
        contact_consent=data["show_contact"],
        age_from=data.get("age_from"),
        age_to=data.get("age_to"),
        prevention_level=data.get("prevention_level") or "",
        youth_work_hours_per_week=data.get("youth_work_hours_per_week"),
        cost_per_year_from=data.get("cost_per_year_from"),
        cost_per_year_to=data.get("cost_per_year_to"),
        # The editors check a claimed recognition in the databank before publishing.
        recognition=data.get("recognition") or "",
        recognition_url=data.get("recognition_url") or "",
        recognition_databank=databank_for_url(data.get("recognition_url") or ""),
        submitted_organisations=data["organisations"],
        source=Source.PUBLIC_FORM,
        possible_duplicate=find_duplicate(
            data["title"], data["municipality"], data["organisations"]
        ),
        provenance=Provenance.PRACTICE,
        submitted_at=timezone.now(),
        live=False,
    )
    practice.school_types = data["school_types"]
    practice.funding_sources = data.get("funding_sources") or []
    practice.working_elements = [
        PracticeWorkingElement(text=text) for text in data.get("working_elements") or []
    ]
    if data.get("evaluation_url"):
        practice.evaluations = [
            PracticeEvaluation(design=EvaluationDesign.OTHER, url=data["evaluation_url"])
        ]
    if data.get("attachment"):
        document = get_document_model()(
            title=gettext("Bijlage bij aanmelding: %(title)s") % {"title": data["title"]},
            file=data["attachment"],
            collection=submission_collection(),
        )
        document._set_document_file_metadata()
        document.save()
        stored_files.append(document.file)
        practice.documents = [
            PracticeDocument(document=document, title=gettext("Bijlage van de aanmelder"))
        ]
    practice.save()
    revision = practice.save_revision(log_action=True)
    workflow = practice.get_workflow()
    if workflow is None:
        logger.warning("Geen reviewworkflow voor praktijkvoorbeelden; aanmelding %s", practice.pk)
    else:
        workflow.start(practice, user=None)
    return practice, revision


def one_line(text):
    """What the submitter typed, as one line: no extra paragraphs of their own in our mail."""
    return " ".join(text.split())


def first_confirmation(address):
    """True the first time in ``SUBMISSION_CONFIRMATION_WINDOW`` that this address is mailed,
    on every app server (the shared cache's atomic add); the key holds a hash, not the
    address. With the cache unreachable no receipt goes out (the submission is stored)."""
    return cache.add(confirmation_key(address), 1, settings.SUBMISSION_CONFIRMATION_WINDOW)


def confirmation_key(address):
    digest = hashlib.sha256(address.strip().lower().encode()).hexdigest()
    return f"practices:confirmation:{digest}"


def send_confirmation(practice, request):
    """A receipt to the address given in the form. It carries nothing the submitter typed
    but their name and the title (each on one line), and goes to an address at most once
    per ``SUBMISSION_CONFIRMATION_WINDOW``, so the form cannot make the portal mail a
    stranger someone else's text, or mail them over and over."""
    if not first_confirmation(practice.contact_email):
        logger.info("Bevestiging voor aanmelding %s overgeslagen: adres al gemaild", practice.pk)
        return
    context = {
        "name": one_line(practice.contact_name),
        "title": one_line(practice.title),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    try:
        send_mail(
            subject=gettext("We hebben je praktijkvoorbeeld ontvangen"),
            message=render_to_string("practices/email/submission_received.txt", context, request),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[practice.contact_email],
        )
    except OSError:
        # The submission is stored and in review; a failing mail server must not undo that.
        logger.exception("Bevestigingsmail voor aanmelding %s niet verstuurd", practice.pk)
        cache.delete(confirmation_key(practice.contact_email))  # a next try may mail again
