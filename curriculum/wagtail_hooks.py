from wagtail.snippets.models import register_snippet

from curriculum.viewsets import life_skill_viewset

register_snippet(life_skill_viewset)
