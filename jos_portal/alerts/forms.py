"""The subscribe form: an e-mail address and a frequency; the scope rides along hidden."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Alert


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Je e-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul je e-mailadres in."),
            "invalid": _("Dit is geen geldig e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl."),
            "max_length": _("Dit e-mailadres is te lang."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("Hoe vaak wil je een mail?"),
        choices=Alert.Frequency.choices,
        initial=Alert.Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies hoe vaak je een mail wilt."),
            "invalid_choice": _("Kies wekelijks of maandelijks."),
        },
    )
    soort = forms.CharField(max_length=20, widget=forms.HiddenInput)
    selectie = forms.CharField(max_length=2000, required=False, widget=forms.HiddenInput)
    onderwerp = forms.CharField(max_length=100, required=False, widget=forms.HiddenInput)
    # Left empty by people (hidden from view and from screen readers); bots fill it in.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
