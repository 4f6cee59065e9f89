"""Audit entries of delivery records: written with the row, saying what an edit changed.

Every save of a record and its audit entry share one transaction, so a log never exists
without its `wagtail.create` entry, nor an edit without its `wagtail.edit` entry. An
edit's entry lists the changed fields as the form showed them (labels and display
values, a related record by its name, long text shortened), so the history says what
changed without the reader having to compare anything.
"""

from django import forms
from django.db import transaction
from django.template.defaultfilters import yesno
from django.utils.text import Truncator, capfirst
from wagtail.log_actions import log

#: Values are shortened in the history: the record itself holds the full text.
TEXT_PREVIEW_CHARS = 80


def _display(field, value):
    if value in (None, "", [], ()):
        return ""
    if isinstance(field, forms.ModelMultipleChoiceField):
        records = field.queryset.model._base_manager.filter(
            pk__in=[getattr(item, "pk", item) for item in value]
        )
        return "; ".join(sorted(map(str, records)))
    if isinstance(field, forms.ModelChoiceField):
        record = value
        if not hasattr(value, "pk"):
            record = field.queryset.model._base_manager.filter(pk=value).first()
        return str(record) if record is not None else ""
    if isinstance(field, forms.MultipleChoiceField):
        labels = dict(_flat_choices(field.choices))
        return "; ".join(str(labels.get(str(item), item)) for item in value)
    if isinstance(field, forms.ChoiceField):
        return str(dict(_flat_choices(field.choices)).get(str(value), value))
    if isinstance(field, forms.BooleanField):
        return capfirst(yesno(value))
    return str(value)


def _flat_choices(choices):
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            yield from _flat_choices(label)
        else:
            yield str(value), label


def changes(form):
    """[{"field", "label", "old", "new"}] for each visible field whose value changed."""
    described = []
    for name, field in form.fields.items():
        if field.widget.is_hidden or name not in form.cleaned_data:
            continue
        before = form.get_initial_for_field(field, name)
        if isinstance(field, forms.MultipleChoiceField) and before is not None:
            before = [str(item) for item in before]
        old, new = (
            Truncator(_display(field, value)).chars(TEXT_PREVIEW_CHARS)
            for value in (before, form.cleaned_data[name])
        )
        if old != new:
            described.append({"field": name, "label": str(field.label), "old": old, "new": new})
    return described


def save_created(form, user):
    """Save a new record from `form` with its `wagtail.create` entry, all or nothing."""
    with transaction.atomic():
        instance = form.save()
        log(instance=instance, action="wagtail.create", user=user)
    return instance


def save_edited(form, user, save=None):
    """Save `form`'s edit with a `wagtail.edit` entry listing the changes, all or nothing.

    `save` saves the record (by default `form.save()`); the changes are read first,
    while the form still knows the values it started from.
    """
    changed = changes(form)
    with transaction.atomic():
        instance = save() if save is not None else form.save()
        log(
            instance=instance,
            action="wagtail.edit",
            user=user,
            data={"changes": changed},
            content_changed=bool(changed),
        )
    return instance
