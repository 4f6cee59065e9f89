from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from curriculum import caching
from curriculum.blocks import LessonBodyBlock
from home.pages import SignedInReadersOnly

from .taxonomy import LifeSkill, with_display_names

LIST_FEATURES = ["bold", "italic", "ul", "ol"]


class CurriculumIndexPage(SignedInReadersOnly, Page):
    """The ECIP curriculum: the parent of every module, in teaching order."""

    introduction = RichTextField(_("introduction"), blank=True, features=LIST_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    override_translatable_fields = [SynchronizedField("slug")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["curriculum.ModulePage"]
    max_count_per_parent = 1
    show_in_menus_default = True
    page_description = _(
        "The curriculum's front page. Modules go under it in the order they are taught."
    )

    class Meta:
        verbose_name = _("curriculum index")

    def get_modules(self):
        lessons = LessonPlanPage.objects.live().filter(
            path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
        )
        per_module = lessons.order_by().values("depth")
        return (
            ModulePage.objects.child_of(self)
            .live()
            .select_related("life_skill")
            .annotate(
                lesson_count=Coalesce(Subquery(per_module.annotate(n=Count("pk")).values("n")), 0),
                lesson_minutes=Coalesce(
                    Subquery(per_module.annotate(m=Sum("duration_minutes")).values("m")),
                    0,
                ),
            )
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = self.get_modules()
        skill = (
            LifeSkill.objects.in_source_language().filter(slug=request.GET.get("skill", "")).first()
        )
        if skill:
            tagged_lessons = LessonPlanPage.objects.live().filter(
                path__startswith=OuterRef("path"), life_skills=skill
            )
            modules = modules.filter(Q(life_skill=skill) | Q(Exists(tagged_lessons)))
        modules = list(modules)
        with_display_names([module.life_skill for module in modules])
        context.update(
            modules=modules,
            selected_skill=skill,
            life_skills=with_display_names(LifeSkill.objects.in_source_language()),
        )
        return context


class ModulePage(SignedInReadersOnly, Page):
    """A life-skill theme, such as building empathy: an ordered run of lessons."""

    life_skill = models.ForeignKey(
        LifeSkill,
        verbose_name=_("life skill"),
        on_delete=models.PROTECT,
        related_name="modules",
        help_text=_("The life skill this module is built around."),
    )
    summary = models.TextField(_("summary"), max_length=500)
    introduction = RichTextField(_("introduction"), blank=True, features=LIST_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("life_skill"),
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("life_skill")]

    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = ["curriculum.LessonPlanPage"]
    page_description = _(
        "A module of the curriculum built around one life skill. Lessons go under it in "
        "teaching order."
    )

    class Meta:
        verbose_name = _("module")

    def get_lessons(self):
        return LessonPlanPage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lessons = self.get_lessons().prefetch_related("life_skills")
        skill = (
            LifeSkill.objects.in_source_language().filter(slug=request.GET.get("skill", "")).first()
        )
        if skill:
            lessons = lessons.filter(life_skills=skill)
        context.update(
            lessons=lessons,
            selected_skill=skill,
            life_skill_theme=with_display_names([self.life_skill])[0],
            life_skills=with_display_names(
                LifeSkill.objects.filter(lessons__in=self.get_lessons()).distinct()
            ),
        )
        return context


class LessonPlanPage(SignedInReadersOnly, Page):
    """A lesson plan an instructor can teach from: timed steps with a facilitator script.

    The activity steps live in `body` as stream children; their block ids are stable
    across edits and translations, and session logs record delivered steps by those ids.

    The code is unique within a language (a translation shares its source's code). The
    locale lives on Wagtail's page table, so no single-table constraint can say that;
    `clean()` enforces it for every form, the admin's included.
    """

    code = models.CharField(
        _("lesson code"),
        max_length=20,
        help_text=_("A short unique code printed on registers, e.g. EMP-03."),
    )
    summary = models.TextField(_("summary"), max_length=600)
    duration_minutes = models.SmallIntegerField(
        _("duration (minutes)"),
        validators=[
            MinValueValidator(1, _("A lesson must last at least 1 minute.")),
            MaxValueValidator(600, _("A lesson cannot last more than 600 minutes.")),
        ],
        help_text=_("Planned length of the lesson. The steps must fit inside it."),
    )
    age_min = models.PositiveSmallIntegerField(
        _("youngest age"),
        default=12,
        validators=[MinValueValidator(6), MaxValueValidator(21)],
    )
    age_max = models.PositiveSmallIntegerField(
        _("oldest age"),
        default=17,
        validators=[MinValueValidator(6), MaxValueValidator(21)],
    )
    objectives = RichTextField(
        _("learning objectives"),
        features=LIST_FEATURES,
        help_text=_("What pupils can do by the end, as a list."),
    )
    materials = RichTextField(_("materials"), blank=True, features=LIST_FEATURES)
    preparation = RichTextField(_("preparation"), blank=True, features=LIST_FEATURES)
    safeguarding_notes = RichTextField(
        _("safeguarding notes"),
        blank=True,
        features=LIST_FEATURES,
        help_text=_(
            "Risks in this lesson and what to do if a child is distressed or discloses harm."
        ),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("lesson steps"))
    life_skills = ParentalManyToManyField(
        LifeSkill,
        verbose_name=_("life skills"),
        related_name="lessons",
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("code"), FieldPanel("duration_minutes")]),
                FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
                FieldPanel("summary"),
                FieldPanel("life_skills"),
            ],
            heading=_("At a glance"),
        ),
        FieldPanel("objectives"),
        FieldPanel("materials"),
        FieldPanel("preparation"),
        FieldPanel("safeguarding_notes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("code"),
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("body"),
        index.AutocompleteField("code"),
        index.FilterField("code"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("code"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("age_min"),
        SynchronizedField("age_max"),
        SynchronizedField("life_skills"),
    ]

    parent_page_types = ["curriculum.ModulePage"]
    subpage_types = []
    page_description = _(
        "A lesson plan: objectives, materials, timed activity steps with a facilitator "
        "script, and discussion questions."
    )

    class Meta:
        verbose_name = _("lesson plan")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gte=1), name="lesson_duration_positive"
            )
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def activity_steps(self):
        return [block for block in self.body if block.block_type == "step"]

    @property
    def step_minutes(self):
        return sum(step.value["minutes"] or 0 for step in self.activity_steps)

    def step_choices(self):
        """(stable step id, label) pairs: what a session log may say was done."""
        return [
            (step.id, f"{number}. {step.value['title']}")
            for number, step in enumerate(self.activity_steps, start=1)
        ]

    def get_module_and_lessons(self):
        """This lesson's module, its live lessons in order, and this lesson's live
        translations by language code, in one query.

        Only titles and addresses are loaded: enough for the breadcrumb, the
        previous/next links and the language switcher, whatever the size of the module.
        """
        module_path = self.path[: -self.steplen]
        pages = list(
            Page.objects.filter(
                Q(path=module_path)
                | Q(path__startswith=module_path, depth=self.depth, live=True)
                | (Q(translation_key=self.translation_key, live=True) & ~Q(pk=self.pk))
            )
            .select_related("locale")
            .order_by("path")
            .only("title", "url_path", "path", "depth", "translation_key", "locale")
        )
        module = next(page for page in pages if page.path == module_path)
        siblings = [
            page for page in pages if page.depth == self.depth and page.path.startswith(module_path)
        ]
        translations = {
            page.locale.language_code: page
            for page in pages
            if page.translation_key == self.translation_key and page.pk != self.pk
        }
        return module, siblings, translations

    def clean(self):
        super().clean()
        errors = {}
        if self.code:
            self.code = self.code.strip().upper()
            duplicate = (
                LessonPlanPage.objects.filter(code__iexact=self.code, locale_id=self.locale_id)
                .exclude(pk=self.pk)
                .first()
            )
            if duplicate:
                errors["code"] = _(
                    "Lesson code %(code)s is already used by '%(title)s'. Choose another code."
                ) % {"code": self.code, "title": duplicate.title}
        if self.age_min and self.age_max and self.age_min > self.age_max:
            errors["age_max"] = _("The oldest age must not be below the youngest age.")
        if (self.duration_minutes or 0) >= 1 and self.step_minutes > self.duration_minutes:
            errors["duration_minutes"] = _(
                "The activity steps add up to %(steps)d minutes, more than the lesson's "
                "%(duration)d. Lengthen the lesson or shorten the steps."
            ) % {"steps": self.step_minutes, "duration": self.duration_minutes}
        if errors:
            raise ValidationError(errors)

    def body_with_start_minutes(self):
        """Each block with the minute it starts at (steps only), so a printed plan
        doubles as a clock."""
        elapsed = 0
        blocks = []
        for block in self.body:
            if block.block_type == "step":
                blocks.append((block, elapsed))
                elapsed += block.value["minutes"] or 0
            else:
                blocks.append((block, None))
        return blocks

    def get_surroundings(self):
        """The module, neighbours, translations and life skills the page shows."""
        module, siblings, translations = self.get_module_and_lessons()
        position = next((i for i, s in enumerate(siblings) if s.pk == self.pk), None)
        if position is None:  # a draft preview: not among the live lessons
            prev_lesson = next_lesson = None
        else:
            prev_lesson = siblings[position - 1] if position > 0 else None
            next_lesson = siblings[position + 1] if position + 1 < len(siblings) else None
        return {
            "module": module,
            "prev_lesson": prev_lesson,
            "next_lesson": next_lesson,
            "lesson_number": None if position is None else position + 1,
            "lesson_total": len(siblings),
            "life_skills": with_display_names(self.life_skills.all()),
            "page_translations": translations,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context.update(self.get_surroundings())
        else:
            stamp = caching.publication_stamp(self)
            key = f"lesson:{self.pk}:{stamp}:{translation.get_language()}"
            context.update(caching.get_or_compute(key, self.get_surroundings))
            context.update(
                content_version=caching.content_version(),
                content_cache_seconds=caching.cache_timeout(),
            )
        return context
