"""StreamField blocks for lesson plans and training modules.

Each activity step is a top-level stream child, so it carries the stream's own block id:
Wagtail keeps that id across edits and wagtail-localize keeps it in translations. Session
logs record which steps were done by those ids, so reordering or rewording a step never
breaks the history of what was delivered.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class Grouping:
    WHOLE_CLASS = "whole_class"
    PAIRS = "pairs"
    SMALL_GROUPS = "small_groups"
    INDIVIDUAL = "individual"
    CHOICES = [
        (WHOLE_CLASS, _("Whole class")),
        (PAIRS, _("Pairs")),
        (SMALL_GROUPS, _("Small groups")),
        (INDIVIDUAL, _("Individual")),
    ]


class ActivityStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Step title"))
    minutes = blocks.IntegerBlock(
        min_value=1,
        max_value=240,
        label=_("Minutes"),
        help_text=_("How long this step takes, in whole minutes."),
    )
    grouping = blocks.ChoiceBlock(
        choices=Grouping.CHOICES, default=Grouping.WHOLE_CLASS, label=_("Grouping")
    )
    instructions = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul"],
        label=_("Instructions"),
        help_text=_("What the instructor does in this step."),
    )
    script = blocks.TextBlock(
        required=False,
        label=_("Facilitator script"),
        help_text=_("What the instructor says, in their own words if they prefer."),
    )
    tips = blocks.TextBlock(required=False, label=_("Tips"))

    def defer_required_validation(self):
        # Wagtail lets drafts skip required fields, but a step without minutes would
        # silently break lesson timings, so its length is required even in a draft.
        super().defer_required_validation()
        self.child_blocks["minutes"].restore_deferred_validation()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["grouping_label"] = dict(Grouping.CHOICES).get(value["grouping"], "")
        return context

    class Meta:
        icon = "list-ol"
        label = _("Activity step")
        template = "curriculum/blocks/activity_step.html"


class DiscussionQuestionsBlock(blocks.StructBlock):
    questions = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label=_("Question")), min_num=1, label=_("Questions")
    )

    class Meta:
        icon = "help"
        label = _("Discussion questions")
        template = "curriculum/blocks/discussion_questions.html"


class WorksheetBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Worksheet"))
    description = blocks.CharBlock(required=False, max_length=250, label=_("Description"))

    class Meta:
        icon = "doc-full"
        label = _("Worksheet")
        template = "curriculum/blocks/worksheet.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe the picture for people who cannot see it."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "curriculum/blocks/image.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("caution", _("Caution"))], default="tip", label=_("Kind")
    )
    text = blocks.RichTextBlock(features=["bold", "italic", "ul"], label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "curriculum/blocks/callout.html"


class LessonBodyBlock(blocks.StreamBlock):
    step = ActivityStepBlock()
    discussion = DiscussionQuestionsBlock()
    worksheet = WorksheetBlock()
    image = CaptionedImageBlock()
    callout = CalloutBlock()

    class Meta:
        block_counts = {"step": {"min_num": 1}}


class TrainingActivityBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=150, label=_("Activity"))
    minutes = blocks.IntegerBlock(min_value=1, max_value=480, label=_("Minutes"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        label = _("Activity")


class TrainingResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150, label=_("Title"))
    document = DocumentChooserBlock(required=False, label=_("Document"))
    note = blocks.TextBlock(required=False, label=_("Note"))

    class Meta:
        label = _("Resource")


class TrainingSessionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150, label=_("Session title"))
    minutes = blocks.IntegerBlock(min_value=1, max_value=480, label=_("Minutes"))
    objectives = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label=_("Objective")), min_num=1, label=_("Objectives")
    )
    activities = blocks.ListBlock(TrainingActivityBlock(), label=_("Activities"))
    resources = blocks.ListBlock(TrainingResourceBlock(), default=[], label=_("Resources"))

    class Meta:
        icon = "group"
        label = _("Training session")
        template = "curriculum/blocks/training_session.html"


class TrainingBodyBlock(blocks.StreamBlock):
    session = TrainingSessionBlock()
    callout = CalloutBlock()
