from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class LifeSkillQuerySet(models.QuerySet):
    def in_source_language(self):
        """The skills lessons point at; translations only supply display names."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


class LifeSkill(TranslatableMixin, index.Indexed, models.Model):
    """A life skill the curriculum builds (empathy, hygiene care, ...).

    Trainers keep this list; modules take one as their theme and lessons are tagged with
    several, so instructors can find every lesson that practises, say, communication.
    Translatable so Urdu pages show Urdu names; lessons always point at the source-language
    skill, which keeps filtering and reporting language-independent.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_("Used in addresses and filters, e.g. 'mental-health'."),
    )
    description = models.TextField(_("description"), blank=True)

    objects = LifeSkillQuerySet.as_manager()

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The slug names the skill in filters and addresses in every language.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("life skill")
        verbose_name_plural = _("life skills")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_life_skill_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name in the active language, once `with_display_names` has looked it up."""
        return getattr(self, "_display_name", self.name)


def with_display_names(skills):
    """Give each skill its name in the active language, with at most one query.

    Lessons and modules point at source-language skills; Urdu pages show the Urdu
    translation's name where one exists and fall back to the source name. Given an
    unevaluated queryset, the names come in the same query as the skills.
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return list(skills)
    if isinstance(skills, models.QuerySet):
        translated = LifeSkill.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language
        ).values("name")[:1]
        skills = list(skills.annotate(translated_name=Subquery(translated)))
        for skill in skills:
            skill._display_name = skill.translated_name or skill.name
        return skills
    skills = list(skills)
    if not skills:
        return skills
    names = dict(
        LifeSkill.objects.filter(
            translation_key__in={skill.translation_key for skill in skills},
            locale__language_code=language,
        ).values_list("translation_key", "name")
    )
    for skill in skills:
        skill._display_name = names.get(skill.translation_key, skill.name)
    return skills
