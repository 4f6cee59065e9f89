from django import template

from curriculum.translations import translation_state

register = template.Library()


@register.simple_tag
def translation_progress(translation):
    """What a translation needs next, for the banner above wagtail-localize's editor."""
    return translation_state(translation)
