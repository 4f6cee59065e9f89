from wagtail.models import PageViewRestriction


class SignedInReadersOnly:
    """A page every signed-in user may read, with no page-level privacy of its own.

    Every address of the site already requires a login (LoginRequiredMiddleware), and
    who may read the curriculum does not vary by page. Wagtail's per-page privacy
    (shared password, groups) is therefore hidden in the admin and never consulted,
    which spares two queries on every page view (the ancestors and their restrictions).
    """

    private_page_options = []

    def get_view_restrictions(self):
        return PageViewRestriction.objects.none()
