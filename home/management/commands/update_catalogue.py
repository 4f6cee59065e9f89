from django.core.management.base import BaseCommand, CommandError

from home.catalogues import GettextMissing, update_catalogue


class Command(BaseCommand):
    help = (
        "Extract the interface strings into locale/<language>/LC_MESSAGES/django.po "
        "(Django's makemessages with the project's options). Needs GNU gettext."
    )

    def handle(self, *args, **options):
        try:
            update_catalogue(verbosity=options["verbosity"])
        except GettextMissing as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            "Now translate every empty msgstr (and clear any 'fuzzy' flag after checking it), "
            "then run `make compilemessages`."
        )
