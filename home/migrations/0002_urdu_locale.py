"""Every database holds the Urdu locale, so /ur/ pages and translations work everywhere."""

from django.db import migrations


def add_urdu_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="ur")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    # Reversing keeps the locale: deleting it would delete every Urdu page with it.
    operations = [migrations.RunPython(add_urdu_locale, migrations.RunPython.noop)]
