"""What the curriculum's pages show besides their own content, cached between requests.

A lesson page's module, previous/next lessons, translations and life-skill names, the
rendered lesson and the site's sections change only when a page is published,
unpublished, moved or deleted, or a life skill or site changes. Every cache key carries a
content version that those events replace, so a change shows at once wherever the
cache is shared (the process that made it, or every worker with a shared cache such as
Redis); with a per-process cache, other workers catch up within CONTENT_CACHE_SECONDS.
A page's own content is keyed by its last publication, so an approved lesson is
never served stale, whatever the cache.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "curriculum:content-version"


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def content_changed(**kwargs):
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def cache_timeout():
    return settings.CONTENT_CACHE_SECONDS


def get_or_compute(key, compute):
    """`compute()`'s value, cached under `key` for the current content version."""
    return cache.get_or_set(f"{key}:{content_version()}", compute, cache_timeout())


def publication_stamp(page):
    """Changes whenever `page` is published, so its live content can key a cache."""
    return page.last_published_at.timestamp() if page.last_published_at else 0


def live_step_choices(lessons):
    """Each live lesson's (step id, label) pairs by lesson id.

    A session form offers every lesson's steps, and reading them from the lessons' stream
    fields is the costliest part of showing it; so they are cached per publication, and
    `lessons` may come without their stream fields (`defer_streamfields()`): the steps of
    lessons not in the cache are read in one query.
    """
    from curriculum.models import LessonPlanPage

    keys = {
        lesson.pk: f"lesson-steps:{lesson.pk}:{publication_stamp(lesson)}" for lesson in lessons
    }
    cached = cache.get_many(keys.values())
    choices = {pk: cached[key] for pk, key in keys.items() if key in cached}
    missing = [pk for pk in keys if pk not in choices]
    if missing:
        read = {
            lesson.pk: lesson.step_choices()
            for lesson in LessonPlanPage.objects.filter(pk__in=missing).only("body")
        }
        cache.set_many({keys[pk]: steps for pk, steps in read.items()}, cache_timeout())
        choices.update(read)
    return choices


def connect_signals():
    from curriculum.models import LifeSkill

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"curriculum-cache-{id(signal)}")
    # Deleting any page deletes its row in wagtailcore_page, whatever its type.
    post_delete.connect(content_changed, sender=Page, dispatch_uid="curriculum-cache-page")
    for sender in (LifeSkill, Site):
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed,
                sender=sender,
                dispatch_uid=f"curriculum-cache-{sender.__name__}-{id(signal)}",
            )
