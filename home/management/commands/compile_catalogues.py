from django.core.management.base import BaseCommand

from home.catalogues import compile_catalogues


class Command(BaseCommand):
    help = "Compile the interface catalogues (.po to .mo) with polib; no GNU gettext needed."

    def handle(self, *args, **options):
        for path in compile_catalogues():
            self.stdout.write(f"Compiled {path}")
