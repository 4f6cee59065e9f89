import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

application = get_wsgi_application()

# What is loaded by now (Django, Wagtail, every app's modules) lives as long as the worker.
# Freezing it takes it out of the cyclic garbage collector's full passes, which otherwise
# walk it again whenever a page builds many objects: 100-250 ms pauses on the national
# dashboard (docs/performance.md).
gc.freeze()
