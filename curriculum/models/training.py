from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from curriculum.blocks import TrainingBodyBlock
from home.pages import SignedInReadersOnly


class TrainingProgrammePage(SignedInReadersOnly, Page):
    """A training programme for instructors, such as the three-day refresher workshop."""

    summary = models.TextField(_("summary"), blank=True)
    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "ul", "link"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    # Translations keep the English slug: only the /ur/ prefix of the address changes.
    override_translatable_fields = [SynchronizedField("slug")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["curriculum.TrainingModulePage"]
    show_in_menus_default = True
    page_description = _(
        "A training programme for ECIP instructors; its children are the modules "
        "(one per workshop day)."
    )

    class Meta:
        verbose_name = _("training programme")

    def get_modules(self):
        return TrainingModulePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = self.get_modules()
        return context


class TrainingModulePage(SignedInReadersOnly, Page):
    """One module of instructor training, usually one workshop day."""

    day_number = models.PositiveSmallIntegerField(
        _("day"),
        validators=[MinValueValidator(1)],
        help_text=_("Which day of the programme this module is taught on."),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(TrainingBodyBlock(), verbose_name=_("sessions"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("day_number"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [SynchronizedField("slug")]

    parent_page_types = ["curriculum.TrainingProgrammePage"]
    subpage_types = []
    page_description = _(
        "One training module (a workshop day): sessions with objectives, activities and resources."
    )

    class Meta:
        verbose_name = _("training module")

    @property
    def sessions(self):
        return [block.value for block in self.body if block.block_type == "session"]

    @property
    def total_minutes(self):
        return sum(session["minutes"] for session in self.sessions)
