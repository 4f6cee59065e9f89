"""Date formats of the site, in every language (FORMAT_MODULE_PATH): day, month, year.

Django's English formats are US style ("Dec. 2, 2026") and it has none for Urdu, while
the site's templates write "2 Dec 2026"; the Wagtail admin reads these, so its listings,
filters and history write dates the same way. Only the output formats are set: what a
form accepts still comes from Django's own formats.
"""
