"""Shared by the admin tests: logging in to the Wagtail admin and its ECIP URLs.

`admin_login` is the one place that signs a user in to the admin, so a later login
requirement (a verified second factor) changes here and nowhere else.
"""

from django.urls import reverse


def admin_login(client, user):
    client.force_login(user)
    return client


def admin_url(viewset, view, *args):
    return reverse(f"{viewset}:{view}", args=args)


def form_errors(response):
    form = response.context["form"]
    return {field: [str(error) for error in errors] for field, errors in form.errors.items()}
