"""Where a wagtail-localize translation stands, and how a translated page goes live.

wagtail-localize keeps the translated strings; this module adds what the programme needs
on top: a translation is *out of date* when the English page was published after the
translation was last synced, and a translated page goes live only through the page's
approval workflow (Curriculum approval), never straight from the translation editor.
"""

import json
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation


class Status:
    SOURCE_CHANGED = "source_changed"
    NEEDS_TRANSLATION = "needs_translation"
    READY_TO_SUBMIT = "ready_to_submit"
    AWAITING_APPROVAL = "awaiting_approval"
    CHANGES_REQUESTED = "changes_requested"
    UP_TO_DATE = "up_to_date"
    LABELS = {
        SOURCE_CHANGED: gettext_lazy("Out of date: the English source has changed"),
        NEEDS_TRANSLATION: gettext_lazy("Waiting for translation"),
        READY_TO_SUBMIT: gettext_lazy("Translated, not yet submitted for approval"),
        AWAITING_APPROVAL: gettext_lazy("Awaiting approval"),
        CHANGES_REQUESTED: gettext_lazy("Changes requested by the reviewer"),
        UP_TO_DATE: gettext_lazy("Up to date"),
    }


@dataclass
class TranslationState:
    """One translation's progress, in the order a translator works through it."""

    translation: Translation
    source_instance: object
    target_instance: object
    source_changed: bool
    total_segments: int
    translated_segments: int
    workflow_state: WorkflowState | None
    strings_changed_since_revision: bool

    @property
    def status(self):
        if self.source_changed:
            return Status.SOURCE_CHANGED
        if self.translated_segments < self.total_segments:
            return Status.NEEDS_TRANSLATION
        if self.awaiting_approval:
            return Status.AWAITING_APPROVAL
        if self.workflow_state is not None:
            return Status.CHANGES_REQUESTED
        if self.strings_changed_since_revision:
            return Status.READY_TO_SUBMIT
        return Status.UP_TO_DATE

    @property
    def awaiting_approval(self):
        return (
            self.workflow_state is not None
            and self.workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
        )

    @property
    def status_label(self):
        return Status.LABELS[self.status]

    @property
    def is_page(self):
        return isinstance(self.target_instance, Page)

    @property
    def can_submit(self):
        return self.is_page and self.status in (
            Status.NEEDS_TRANSLATION,
            Status.READY_TO_SUBMIT,
            Status.CHANGES_REQUESTED,
        )


def source_has_changed(translation, source_instance=None):
    """Has the English original changed since this translation was last synced?

    A page counts as changed once a new version of it is published (what readers see is
    what translators must follow); other objects, such as life skills, when their saved
    content differs from the content the translation was made from.
    """
    source = translation.source
    instance = source_instance or source.get_source_instance()
    if isinstance(instance, Page):
        published = instance.last_published_at
        return published is not None and published > source.last_updated_at
    if isinstance(instance, ClusterableModel):
        current = instance.to_json()
    else:
        current = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    return json.loads(current) != json.loads(source.content_json)


def translation_state(translation):
    source_instance = translation.source.get_source_instance()
    target = translation.get_target_instance()
    if isinstance(target, Page):
        target = target.specific
    total, translated = translation.get_progress()
    workflow_state = None
    strings_changed = False
    if isinstance(target, Page):
        workflow_state = target.current_workflow_state
        last_string_edit = StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context__object_id=translation.source.object_id,
        ).aggregate(latest=Max("updated_at"))["latest"]
        revision = target.latest_revision
        strings_changed = bool(
            last_string_edit and (revision is None or last_string_edit > revision.created_at)
        )
    return TranslationState(
        translation=translation,
        source_instance=source_instance,
        target_instance=target,
        source_changed=source_has_changed(translation, source_instance),
        total_segments=total,
        translated_segments=translated,
        workflow_state=workflow_state,
        strings_changed_since_revision=strings_changed,
    )


def translation_for_page(page):
    """The enabled wagtail-localize translation whose target is this page, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


@transaction.atomic
def submit_translation_for_approval(translation, user):
    """Save the translated text as a draft of the target page and send it for approval.

    The live page is not touched: the draft revision is what the reviewer sees, and
    approving it publishes it. Untranslated strings fall back to the English text, which
    the reviewer will see in the preview.
    """
    page = translation.get_target_instance().specific
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        raise PermissionDenied
    workflow = page.get_workflow()
    if workflow is None:
        raise ValidationError(
            _(
                "'%(title)s' is not under an approval workflow, so it cannot be submitted. "
                "Ask a reviewer to publish it."
            )
            % {"title": page.title}
        )
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise ValidationError(
            _(
                "'%(title)s' is already awaiting approval. Wait for the reviewer's decision "
                "before submitting again."
            )
            % {"title": page.title}
        )
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    revision = draft.save_revision(user=user, log_action=True)
    if state is not None:
        state.resume(user=user)
    else:
        workflow.start(draft, user)
    return revision
