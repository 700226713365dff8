"""StreamField blocks for editorial pages; each renders templates/blocks/<name>.html."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("kop 2")), ("h3", _("kop 3"))],
        default="h2",
        help_text=_("Gebruik kop 3 alleen onder een kop 2, zodat de structuur klopt."),
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("alternatieve tekst"),
        required=False,
        max_length=250,
        help_text=_(
            "Beschrijf wat de afbeelding laat zien voor wie haar niet kan zien. "
            "Laat leeg als de afbeelding puur decoratief is."
        ),
    )
    caption = blocks.CharBlock(label=_("onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("citaat"))
    attribution = blocks.CharBlock(label=_("bron of naam"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote.html"


class LinkValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return page.url if page else self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=120)
    text = blocks.TextBlock(label=_("tekst"), required=False)
    page = blocks.PageChooserBlock(label=_("pagina"), required=False)
    external_url = blocks.URLBlock(label=_("of externe link"), required=False)
    button_label = blocks.CharBlock(label=_("knoptekst"), max_length=60)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Kies een pagina óf vul een externe link in."))
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Oproep met link")
        template = "blocks/call_to_action.html"
        value_class = LinkValue


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("linktekst"), required=False, help_text=_("Leeg: de titel van het document.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("vraag"), max_length=250)
    answer = blocks.RichTextBlock(label=_("antwoord"), features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), required=False, max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), label=_("vragen"))

    class Meta:
        icon = "help"
        label = _("Veelgestelde vragen")
        template = "blocks/faq.html"


class EntryPointBlock(blocks.StructBlock):
    """An entry on the home page for one kind of visitor."""

    audience = blocks.CharBlock(label=_("voor wie"), max_length=60)
    title = blocks.CharBlock(label=_("titel"), max_length=120)
    text = blocks.TextBlock(label=_("tekst"), required=False, max_length=300)
    page = blocks.PageChooserBlock(label=_("pagina"), required=False)
    external_url = blocks.CharBlock(
        label=_("of webadres"),
        required=False,
        max_length=300,
        help_text=_("Ook een pad binnen de site, bijv. /praktijkvoorbeelden/?provincie=utrecht."),
    )
    link_text = blocks.CharBlock(label=_("linktekst"), max_length=80)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Kies een pagina óf vul een webadres in."))}
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Ingang")
        value_class = LinkValue


class TipBlock(blocks.StructBlock):
    """A rotating tip: the tip of the day among the chosen tips that are published, or
    among all published tips when none are chosen. Rotating by date (not at random) keeps
    the page the same for everyone all day, so it stays cacheable."""

    tips = blocks.ListBlock(
        SnippetChooserBlock("stories.Tip"),
        label=_("tips"),
        min_num=0,
        help_text=_("Leeg: elke dag een andere tip uit alle gepubliceerde tips."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        tips = apps.get_model("stories", "Tip").objects.all()
        chosen = [tip.pk for tip in value.get("tips") or [] if tip is not None]
        if chosen:
            tips = tips.filter(pk__in=chosen)
        context["tip"] = tips.of_the_day()
        return context

    class Meta:
        icon = "help"
        label = _("Tip")
        template = "blocks/tip.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    faq = FaqBlock()
    tip = TipBlock()
