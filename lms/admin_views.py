"""Wagtail's generic admin views, narrowed by lms.scoping.

Wagtail 8's generic views ask the permission policy about the model only ("may this
user change *some* session log?") and load rows from the model's default manager. These
subclasses load every row through `for_user`: a record outside the user's scope is a
404 on every admin screen, and one the user may see but not change or delete is refused
through Wagtail's permission-denied redirect. Nothing is saved in either case.
"""

import datetime
import uuid

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db.models import PROTECT, Exists, OuterRef, ProtectedError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history
from wagtail.admin.widgets.button import Button

from lms import audit
from lms.forms import ALREADY_SAVED, HELD, DuplicateLogError, StaleEditError
from lms.models import Observation, SessionLog
from lms.scoping import ADD, ALL, CHANGE, DELETE, VIEW, scope_for


def scoped_object(request, model, pk, action=VIEW):
    """The row `pk` if the user may see it (else 404) and may do `action` to it (else 403)."""
    user = request.user
    if scope_for(user, model, VIEW) is None:
        raise PermissionDenied
    row = get_object_or_404(model._default_manager.for_user(user, VIEW), pk=pk)
    if action != VIEW and scope_for(user, model, action) != ALL:
        allowed = model._default_manager.for_user(user, action)
        if not allowed.filter(pk=row.pk).exists():
            raise PermissionDenied
    return row


class ScopedIndexView(generic.IndexView):
    """Lists only what the user may see; edit and delete links only where they may act."""

    list_select_related = ()

    def get_base_queryset(self):
        user = self.request.user
        queryset = super().get_base_queryset().for_user(user, VIEW)
        if self.list_select_related:
            queryset = queryset.select_related(*self.list_select_related)
        for action in (CHANGE, DELETE):
            if scope_for(user, self.model, action) not in (ALL, None):
                # A per-row answer in the listing's own query, not one query per row.
                allowed = self.model._default_manager.for_user(user, action)
                queryset = queryset.annotate(
                    **{f"_ecip_may_{action}": Exists(allowed.filter(pk=OuterRef("pk")))}
                )
        return queryset

    def get_edit_url(self, instance):
        if getattr(instance, f"_ecip_may_{CHANGE}", True):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if getattr(instance, f"_ecip_may_{DELETE}", True):
            return super().get_delete_url(instance)
        return None


class ScopedEditView(generic.EditView):
    def get_object(self, queryset=None):
        self.kwargs[self.pk_url_kwarg] = self.object_pk
        return scoped_object(self.request, self.model, self.object_pk, CHANGE)

    def save_instance(self):
        """Wagtail's edit, with an audit entry that lists what changed (lms.audit)."""
        action = self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=False
        )
        return audit.save_edited(
            self.form,
            self.request.user,
            save=lambda: action.execute(skip_permission_checks=True),
        )


class ScopedInspectView(generic.InspectView):
    def get_object(self, queryset=None):
        return scoped_object(self.request, self.model, unquote(str(self.pk)), VIEW)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        # Wagtail's template formats the value with |localize, which (unlike {{ value }})
        # does not move an aware datetime to the current time zone: it would read UTC.
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            return timezone.localtime(value)
        return value


class ChangesColumn(Column):
    """What an edit changed, field by field (lms.audit writes it into the entry)."""

    cell_template_name = "lms/includes/audit_changes_cell.html"

    def get_value(self, instance):
        return (instance.data or {}).get("changes")


class ScopedHistoryView(history.HistoryView):
    """The audit trail of one record, readable by anyone who may read the record."""

    any_permission_required = [VIEW, "add", CHANGE, DELETE]

    @cached_property
    def columns(self):
        action, *others = super().columns
        return [action, ChangesColumn("changes", label=_("Changes")), *others]

    def get_object(self):
        return scoped_object(self.request, self.model, self.pk, VIEW)


class ScopedDeleteView(generic.DeleteView):
    """Wagtail's confirm-then-delete, refused with a clear message while history refers to
    the record (the models protect it), instead of a server error."""

    inspect_url_name = None
    #: What the user can do instead of deleting, appended to the refusal.
    delete_hint = ""

    def get_object(self, queryset=None):
        if getattr(self, "object", None):
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return scoped_object(self.request, self.model, pk, DELETE)

    def get_usage_url(self):
        # Wagtail's reference index does not see rows made in bulk (the demo, imports);
        # the refusal below counts the protecting rows directly instead.
        return None

    def refusal(self):
        blockers = protected_references(self.object)
        if not blockers:
            return None
        return _(
            "%(object)s cannot be deleted while other records refer to it: %(blockers)s. %(hint)s"
        ) % {
            "object": self.object,
            "blockers": get_text_list(blockers, _("and")),
            "hint": self.delete_hint,
        }

    def refuse(self, message):
        messages.error(self.request, message)
        user = self.request.user
        may_change = scope_for(user, self.model, CHANGE) is not None and (
            self.model._default_manager.for_user(user, CHANGE).filter(pk=self.object.pk).exists()
        )
        if may_change and self.edit_url_name:
            return redirect(self.edit_url_name, quote(self.object.pk))
        if self.inspect_url_name:
            return redirect(self.inspect_url_name, quote(self.object.pk))
        return redirect(self.index_url_name)

    def get(self, request, *args, **kwargs):
        if message := self.refusal():
            return self.refuse(message)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if message := self.refusal():
            return self.refuse(message)
        try:
            return super().post(request, *args, **kwargs)
        except ProtectedError:
            # A row referring to it was added since the check above.
            return self.refuse(self.refusal() or _("This record is in use and was not deleted."))


def protected_references(instance):
    """["412 session logs", ...]: rows that refer to `instance` through a PROTECT key.

    One count per protecting relation, so the check costs the same whatever the history.
    """
    blockers = []
    for relation in instance._meta.related_objects:
        if getattr(relation, "on_delete", None) is not PROTECT:
            continue
        count = relation.related_model._base_manager.filter(
            **{relation.field.name: instance}
        ).count()
        if count:
            opts = relation.related_model._meta
            name = opts.verbose_name if count == 1 else opts.verbose_name_plural
            blockers.append(f"{count} {name}")
    return blockers


class PrefillMixin:
    """Links such as "observe this session" pass initial choices in the query string."""

    prefill_fields = ()

    def get_initial(self):
        initial = super().get_initial()
        for name in self.prefill_fields:
            if self.request.GET.get(name):
                initial[name] = self.request.GET[name]
        return initial


class SessionLogFormMixin:
    """Messages for the session-log rules that only show up at save time."""

    def form_invalid(self, form):
        self.form = form
        buttons = []
        duplicate = form.duplicate_of
        if duplicate is not None and (
            SessionLog.objects.for_user(self.request.user).filter(pk=duplicate.pk).exists()
        ):
            buttons.append(
                messages.button(
                    reverse(self.edit_url_name, args=(duplicate.pk,)),
                    _("Open log #%(pk)d") % {"pk": duplicate.pk},
                )
            )
        messages.validation_error(self.request, self.get_error_message(), form, buttons=buttons)
        return self.render_to_response(self.get_context_data(form=form))


class ObserveButtonMixin:
    """A session that took place can be observed: a header button starts the observation."""

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        may_observe = scope_for(self.request.user, Observation, ADD) is not None
        if may_observe and self.object.status in HELD:
            url = reverse("observations:add") + f"?session={self.object.pk}"
            buttons.append(Button(_("Add an observation"), url=url, icon_name="view", priority=40))
        return buttons


class SessionLogInspectView(ObserveButtonMixin, ScopedInspectView):
    pass


class SessionLogCreateView(SessionLogFormMixin, PrefillMixin, generic.CreateView):
    """Adds a log through SessionLogForm; a repeated submission shows the first log."""

    prefill_fields = ("instructor", "class_group", "lesson", "delivered_on")

    def get_initial(self):
        return {**super().get_initial(), "client_key": uuid.uuid4()}

    def form_invalid(self, form):
        # SessionLogForm's submission guard found this submission already saved.
        if form.saved_twin is not None:
            return self.already_saved(form.saved_twin)
        return super().form_invalid(form)

    def already_saved(self, session_log):
        if not SessionLog.objects.for_user(self.request.user).filter(pk=session_log.pk).exists():
            raise PermissionDenied
        messages.info(self.request, ALREADY_SAVED)
        return redirect(self.edit_url_name, session_log.pk)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except DuplicateLogError:
            form.full_clean()  # the rules now see the row that won the race
            return self.form_invalid(form)


class SessionLogEditView(ObserveButtonMixin, SessionLogFormMixin, ScopedEditView):
    """Edits through SessionLogForm; an edit based on an outdated copy is refused."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except StaleEditError as stale:
            form.add_error(None, str(stale))
        except DuplicateLogError:
            form.full_clean()
        return self.form_invalid(form)


class ObservationCreateView(PrefillMixin, generic.CreateView):
    prefill_fields = ("session",)
