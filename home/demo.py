from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory
from home.models import HomePage

INTRODUCTION = (
    "<p>Lesson plans for the ECIP life-skills curriculum, the instructors' training, and "
    "the record of every session taught in Punjab's jails.</p>"
)


@transaction.atomic
def ensure_home_page():
    """The site root as a HomePage, replacing Wagtail's placeholder welcome page."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        root = Page.get_first_root_node()
        placeholder = (
            root.get_children().exclude(content_type__model="homepage").filter(slug="home")
        )
        for page in placeholder:
            page.delete()
        home = HomePageFactory(parent=root, introduction=INTRODUCTION)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="ECIP LMS",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "ECIP LMS"
        site.save()
    return home
