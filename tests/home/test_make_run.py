"""What `make run` serves (manage.py runserver with lms.settings.dev): the site's own 404
page, never Django's debug page listing every address; static files and uploaded images
as before, documents only through Wagtail's view behind the login.

The settings dev.py sets on top of base.py are applied here, and the URLs are loaded again
under them (lms/urls.py reads settings when it is imported).
"""

import importlib

import pytest
from django.test import Client, override_settings
from django.urls import clear_url_caches

import lms.urls
from lms.settings import base, dev


def set_by_dev():
    return {
        name: value
        for name, value in vars(dev).items()
        if name.isupper() and (name not in vars(base) or vars(base)[name] is not value)
    }


@pytest.fixture
def make_run(db, tmp_path):
    """A client of the site as `make run` serves it, with its own media folder."""
    with override_settings(**set_by_dev(), MEDIA_ROOT=tmp_path):
        clear_url_caches()
        importlib.reload(lms.urls)
        try:
            yield Client(HTTP_HOST="127.0.0.1")
        finally:
            clear_url_caches()
    importlib.reload(lms.urls)


def test_make_run_answers_a_wrong_address_with_the_sites_404_page(make_run):
    response = make_run.get("/no-such-page.txt")
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert "Page not found" in html
    assert "URLconf" not in html and "URL patterns" not in html and "admin/" not in html


def test_make_run_still_serves_static_files(make_run, settings):
    response = make_run.get("/static/css/site.css")
    assert response.status_code == 200
    served = b"".join(response.streaming_content)
    assert served == (settings.BASE_DIR / "static/css/site.css").read_bytes()


def test_make_run_serves_uploaded_images_but_never_documents_directly(
    make_run, tmp_path, instructor_user
):
    make_run.force_login(instructor_user)  # every address but the login page needs one
    (tmp_path / "images").mkdir()
    (tmp_path / "images/photo.png").write_bytes(b"\x89PNG pretend")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents/worksheet.pdf").write_bytes(b"%PDF pretend")
    image = make_run.get("/media/images/photo.png")
    assert image.status_code == 200
    assert b"".join(image.streaming_content) == b"\x89PNG pretend"
    assert make_run.get("/media/documents/worksheet.pdf").status_code == 404
    assert make_run.get("/media/images/../documents/worksheet.pdf").status_code in {400, 404}
