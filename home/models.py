import functools

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from home.pages import SignedInReadersOnly


class HomePage(SignedInReadersOnly, Page):
    """The site's front page: each role's starting point.

    What a role should do next comes from `ecip_home_panels` hooks, so the apps that own
    those figures (lms) add them here without this app importing them.
    """

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    # Every language's home keeps the same slug; the /en/ or /ur/ prefix tells them apart.
    override_translatable_fields = [SynchronizedField("slug")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "curriculum.CurriculumIndexPage",
        "curriculum.TrainingProgrammePage",
    ]
    max_count = 1
    page_description = _("The front page of the site. There is one per language.")

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Resolve a whole path below home with one lookup instead of one per tree level.

        No page type under home has sub-routes of its own (none is a RoutablePage), so a
        URL maps to exactly one page by its url_path. Where the tree rules allow only one
        page type at that depth (lessons, three levels down), that type is loaded
        directly, in one query instead of Wagtail's two for a page of unknown type. This
        keeps a lesson page within its query budget in every language.
        """
        if not path_components:
            return super().route(request, path_components)
        url_path = f"{self.url_path}{'/'.join(path_components)}/"
        page = None
        only_type = _only_page_type_at(len(path_components))
        if only_type is not None:
            page = only_type.objects.filter(url_path=url_path, live=True).first()
        if page is None:
            page = Page.objects.filter(url_path=url_path, live=True).specific().first()
        if page is None:
            raise Http404
        return RouteResult(page)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = self.get_children().live().specific().order_by("path")
        panels = []
        for hook in hooks.get_hooks("ecip_home_panels"):
            panel = hook(request, self)
            if panel:
                panels.append(panel)
        context.update(sections=sections, panels=panels)
        return context


@functools.cache
def _only_page_type_at(levels_below_home):
    """The one concrete page type the tree rules allow that many levels below home."""
    models = {HomePage}
    for _level in range(levels_below_home):
        models = {child for model in models for child in model.allowed_subpage_models()}
    concrete = [model for model in models if not model._meta.abstract]
    return concrete[0] if len(concrete) == 1 else None
