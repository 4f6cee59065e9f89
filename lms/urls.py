from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from curriculum import views as curriculum_views
from home import views as home_views

urlpatterns = [
    path("login/", home_views.LoginView.as_view(), name="login"),
    path("language/", home_views.switch_language, name="switch_language"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/", include("lms.security.mfa.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA_IMAGES:
    # Images only, as the production proxy: documents go through Wagtail's view, which
    # checks the login and sets the download headers.
    urlpatterns += [
        re_path(
            r"^media/images/(?P<path>.+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT / "images"},
        ),
    ]

urlpatterns += i18n_patterns(
    path("search/", curriculum_views.search, name="search"),
    path("delivery/", include("lms.instructor_urls")),
    path("", include(wagtail_urls)),
)
