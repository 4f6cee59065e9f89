"""Uploads through the Wagtail admin: size, pixel and extension limits; documents behind login."""

import io
import json
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.conftest import login_verified

MB = 1024 * 1024


def image_file(name, size=(40, 30), image_format="PNG", mode="RGB", noise=False, **save):
    if noise:
        image = PILImage.frombytes(mode, size, os.urandom(size[0] * size[1] * len(mode)))
    else:
        image = PILImage.new(mode, size)
    buffer = io.BytesIO()
    image.save(buffer, image_format, **save)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def editor_client(client, trainer):
    """Trainers upload worksheets and images (lms.roles MEDIA_EDITING)."""
    login_verified(client, trainer)
    return client


def upload_image(client, upload):
    return client.post(reverse("wagtailimages:add"), {"title": "Feelings chart", "file": upload})


def file_errors(response):
    return " ".join(str(e) for e in response.context["form"].errors["file"])


def test_an_image_within_the_limits_is_accepted(editor_client):
    response = upload_image(editor_client, image_file("chart.png"))
    assert response.status_code == 302
    assert get_image_model().objects.get().title == "Feelings chart"


def test_an_image_over_5_mb_is_refused(editor_client):
    upload = image_file("photo.png", size=(1400, 1400), noise=True, compress_level=0)
    assert upload.size > 5 * MB
    response = upload_image(editor_client, upload)
    assert response.status_code == 200
    assert "This file is too big" in file_errors(response)
    assert "Maximum filesize 5.0\xa0MB" in file_errors(response)
    assert not get_image_model().objects.exists()


def test_an_image_over_40_megapixels_is_refused_however_small_the_file(editor_client):
    upload = image_file("banner.png", size=(8000, 5001), mode="1")
    assert upload.size < 1 * MB
    response = upload_image(editor_client, upload)
    assert response.status_code == 200
    assert "This file has too many pixels (40008000). Maximum pixels 40000000." in file_errors(
        response
    )
    assert not get_image_model().objects.exists()


def test_image_formats_outside_the_allow_list_are_refused(editor_client):
    response = upload_image(editor_client, image_file("animation.gif", image_format="GIF"))
    assert response.status_code == 200
    assert "Supported formats: JPG, JPEG, PNG, WEBP" in file_errors(response)
    # Renaming does not help: the content must match the extension.
    response = upload_image(editor_client, image_file("animation.png", image_format="GIF"))
    assert response.status_code == 200
    assert file_errors(response)
    assert not get_image_model().objects.exists()


def test_the_drag_and_drop_uploader_applies_the_same_limits(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": image_file("animation.gif", image_format="GIF")},
    )
    result = json.loads(response.content)
    assert result["success"] is False
    assert "Supported formats: JPG, JPEG, PNG, WEBP" in result["error_message"]
    assert not get_image_model().objects.exists()


def upload_document(client, upload):
    return client.post(reverse("wagtaildocs:add"), {"title": "Worksheet", "file": upload})


@pytest.mark.parametrize("name", ["worksheet.html", "worksheet.exe", "worksheet.docm", "w.svg"])
def test_document_types_outside_the_allow_list_are_refused(editor_client, name):
    response = upload_document(editor_client, SimpleUploadedFile(name, b"<script>x</script>"))
    assert response.status_code == 200
    errors = file_errors(response)
    assert "File extension" in errors and "is not allowed" in errors
    assert not get_document_model().objects.exists()


def test_a_document_over_10_mb_is_refused(editor_client):
    upload = SimpleUploadedFile("register.csv", b"x" * (10 * MB + 1))
    response = upload_document(editor_client, upload)
    assert response.status_code == 200
    assert "This file is too big" in file_errors(response)
    assert not get_document_model().objects.exists()


def test_documents_are_served_through_a_view_and_only_to_logged_in_users(
    editor_client, instructor_user
):
    content = b"%PDF-1.4\n% A worksheet\n"
    response = upload_document(editor_client, SimpleUploadedFile("feelings.pdf", content))
    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert document.filename.startswith("feelings")
    assert document.url == f"/documents/{document.pk}/{document.filename}"

    anonymous = Client()
    response = anonymous.get(document.url)
    assert response.status_code == 302 and response["Location"].startswith("/login/")

    instructor = Client()
    instructor.force_login(instructor_user)
    response = instructor.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "no-store" in response["Cache-Control"]
