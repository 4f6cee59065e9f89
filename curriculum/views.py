import unicodedata

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale

from curriculum.models import LessonPlanPage, LifeSkill, ModulePage, with_display_names

RESULTS_PER_PAGE = 20


def search(request):
    """Find lesson plans by words in their title, summary, objectives or steps.

    Filters narrow by module and life skill before the text search runs, so the result
    count and the pagination are for the filtered set.
    """
    locale = Locale.get_active()
    query = request.GET.get("q", "").strip()
    modules = ModulePage.objects.live().filter(locale=locale).order_by("path")
    skills = LifeSkill.objects.in_source_language()

    lessons = LessonPlanPage.objects.live().filter(locale=locale)
    selected_module = modules.filter(pk=_int_or_none(request.GET.get("module"))).first()
    if selected_module:
        lessons = lessons.descendant_of(selected_module)
    selected_skill = skills.filter(slug=request.GET.get("skill", "")).first()
    if selected_skill:
        tagged = LessonPlanPage.objects.filter(life_skills=selected_skill)
        lessons = lessons.filter(translation_key__in=tagged.values("translation_key"))

    words = searchable_words(query)
    searched = bool(words or selected_module or selected_skill)
    if words:
        results = lessons.search(words)
    elif searched:
        results = lessons.order_by("path")
    else:
        results = LessonPlanPage.objects.none()

    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "curriculum/search.html",
        {
            "query": query,
            "no_words": bool(query and not words),
            "searched": searched,
            "page_obj": page,
            "modules": modules,
            "skills": with_display_names(skills),
            "selected_module": selected_module,
            "selected_skill": selected_skill,
            "title": _("Search lesson plans"),
        },
    )


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def searchable_words(query):
    """The typed query as plain words, or "" if it has none.

    The search backends pass quotes (and NUL, which PostgreSQL refuses) through to the
    database's own query language, where an unbalanced one is a syntax error; every other
    character is quoted by the backend. Search is by words anyway, so these become spaces.
    """
    cleaned = "".join(
        " " if char == '"' or unicodedata.category(char) == "Cc" else char for char in query
    )
    if not any(char.isalnum() for char in cleaned):
        return ""
    return " ".join(cleaned.split())
