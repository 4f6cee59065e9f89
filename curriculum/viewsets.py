from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from curriculum.models import LifeSkill


class LifeSkillViewSet(SnippetViewSet):
    """Trainers keep the life-skill list; it is content, translated like the lessons."""

    model = LifeSkill
    icon = "tag"
    menu_label = _("Life skills")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    ordering = ["name"]


life_skill_viewset = LifeSkillViewSet()
