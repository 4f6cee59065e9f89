"""No CNIC or B-form number (13 digits) is stored, however it is written.

The guarantee: after reading every Unicode digit as a digit and removing everything
else, no run of 13 digits is left in any free-text field, in the free-text fields of one
record taken together, or in a stored file name; a refused upload is deleted at once.
"""

import unicodedata

import pytest
from django.apps import apps
from django.db import models, transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from lms.factories import SessionLogFactory
from lms.imports.views import upload_dir
from lms.models import ClassGroup, Jail, Observation, SessionLog
from lms.validators import digits, identity_number_errors, safe_file_name
from tests.lms.admin_helpers import admin_login, admin_url, form_errors
from tests.lms.test_import import confirm, csv_file, row, upload
from tests.lms.test_log_session import valid_data

# The ways the old pattern (\d{5}-?\d{7}-?\d) was passed, each a whole 13-digit number.
EVASIONS = {
    "spaces": "35202 1234567 1",
    "two spaces": "35202  1234567  1",
    "dots": "35202.1234567.1",
    "slashes": "35202/1234567/1",
    "en dash": "35202–1234567–1",
    "non-breaking hyphen": "35202\u20111234567\u20111",
    "digit by digit": "3 5 2 0 2 1 2 3 4 5 6 7 1",
    "zero-width spaces": "35202\u200b1234567\u200b1",
    "words between": "CNIC 35202, then 1234567, then 1",
    "Urdu digits": "۳۵۲۰۲-۱۲۳۴۵۶۷-۱",
    "Arabic-Indic digits": "٣٥٢٠٢-١٢٣٤٥٦٧-١",
    "fullwidth digits": "３５２０２-１２３４５６７-１",
    "plain": "35202-1234567-1",
}
evasions = pytest.mark.parametrize("number", EVASIONS.values(), ids=EVASIONS.keys())

# Split between two fields of one record: neither half has 13 digits on its own.
SPLIT = ("Child's card 35202-12", "34567-1 as noted")


def refused(messages):
    return any("CNIC or B-form number" in str(message) for message in messages)


def sentence(number):
    return f"Spoke to the boy with card {number} about the role play."


@pytest.fixture
def instructor_client(client, delivery):
    client.force_login(delivery.user)
    return client


@pytest.fixture
def coordinator_client(client, coordinator):
    return admin_login(client, coordinator)


@pytest.fixture
def session_log(delivery):
    return SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )


# The one rule -------------------------------------------------------------------------


@evasions
def test_every_evasion_counts_thirteen_digits(number):
    assert digits(number) == "3520212345671"
    assert identity_number_errors({"notes": number})


@pytest.mark.parametrize(
    "text",
    [
        "12 children, 45 minutes, steps 1,2,3,4,5,6,7",
        "Room 12, 25 children",
        "Lesson EMP-01 at 10:30",
        "Moved to 14 December 2026",
        "",
    ],
)
def test_texts_with_at_most_twelve_digits_pass(text):
    assert identity_number_errors({"notes": text}) == {}


def test_the_message_names_the_field_and_says_what_to_do():
    [message] = identity_number_errors({"notes": "35202 1234567 1"}, {"notes": "notes"}).values()
    assert message.messages == [
        "Too many digits in notes: 13. At most 12 are allowed, so that no CNIC or B-form "
        "number (13 digits) can be recorded, however it is spaced or written. Write the "
        "numbers in words (for example “twelve”) or remove them."
    ]


def test_fields_taken_together_are_named_on_each_of_them():
    errors = identity_number_errors(
        {"detail": "", "adaptations": SPLIT[0], "notes": SPLIT[1]},
        {"detail": "other reason", "adaptations": "adaptations", "notes": "notes"},
    )
    assert set(errors) == {"adaptations", "notes"}
    assert errors["notes"].messages == [
        "Too many digits in adaptations and notes taken together: 13. At most 12 are "
        "allowed in all, so that no CNIC or B-form number (13 digits) can be split between "
        "them. Write the numbers in words (for example “twelve”) or remove some of them."
    ]


# Every free-text field is guarded -----------------------------------------------------

# Text fields nobody types: copied from a curriculum page, or a log's choice in a roll-up.
NOT_FREE_TEXT = {
    ("lms.SessionLog", "lesson_code"),
    ("lms.SessionLog", "lesson_title"),
    ("lms.TrainingRecord", "module_title"),
    ("lms.MonthlySessions", "status"),
    ("lms.MonthlySessions", "not_held_reason"),
}


def test_every_free_text_field_of_a_delivery_record_is_guarded():
    for model in apps.get_app_config("lms").get_models():
        for field in model._meta.local_fields:
            key = (model._meta.label, field.name)
            if not isinstance(field, models.CharField | models.TextField) or field.choices:
                continue
            if key in NOT_FREE_TEXT:
                continue
            assert field.name in getattr(model, "free_text_fields", ()), key


# The instructor's form ----------------------------------------------------------------


@evasions
def test_instructor_form_refuses_every_evasion_and_keeps_the_text(
    instructor_client, delivery, number
):
    response = instructor_client.post(
        reverse("delivery:log_session"), valid_data(delivery, notes=sentence(number))
    )
    assert response.status_code == 200
    assert refused(response.context["form"].errors["notes"])
    assert sentence(number).replace("'", "&#x27;") in response.content.decode()
    assert SessionLog.objects.count() == 0


def test_instructor_form_refuses_a_number_split_between_adaptations_and_notes(
    instructor_client, delivery
):
    data = valid_data(delivery, adaptations=SPLIT[0], notes=SPLIT[1])
    response = instructor_client.post(reverse("delivery:log_session"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert refused(errors["adaptations"]) and refused(errors["notes"])
    assert "adaptations and notes taken together" in str(errors["notes"])
    assert SessionLog.objects.count() == 0


def test_instructor_form_refuses_a_number_in_the_other_reason(instructor_client, delivery):
    data = valid_data(
        delivery,
        status="not_held",
        minutes="",
        children_10_13="0",
        children_14_15="0",
        children_16_17="0",
        steps_done=[],
        not_held_reason="other",
        not_held_detail=f"Court for {EVASIONS['dots']}",
        adaptations="",
    )
    response = instructor_client.post(reverse("delivery:log_session"), data)
    assert refused(response.context["form"].errors["not_held_detail"])
    assert SessionLog.objects.count() == 0


def test_instructor_form_still_saves_ordinary_numbers(instructor_client, delivery):
    notes = "12 children, 45 minutes, steps 1,2,3,4,5,6,7"
    response = instructor_client.post(
        reverse("delivery:log_session"), valid_data(delivery, notes=notes)
    )
    assert response.status_code == 302
    assert SessionLog.objects.get().notes == notes


# The coordinators' admin --------------------------------------------------------------


@evasions
def test_admin_session_log_form_refuses_every_evasion(coordinator_client, delivery, number):
    response = coordinator_client.post(
        admin_url("session_logs", "add"), valid_data(delivery, adaptations=sentence(number))
    )
    assert response.status_code == 200
    assert refused(form_errors(response)["adaptations"])
    assert SessionLog.objects.count() == 0


def test_admin_session_log_form_refuses_a_split_number(coordinator_client, delivery):
    data = valid_data(delivery, adaptations=SPLIT[0], notes=SPLIT[1])
    response = coordinator_client.post(admin_url("session_logs", "add"), data)
    errors = form_errors(response)
    assert refused(errors["adaptations"]) and refused(errors["notes"])
    assert SessionLog.objects.count() == 0


def observation_data(session_log, comments):
    return {
        "session": session_log.pk,
        **dict.fromkeys(["preparation", "adherence", "engagement", "climate"], "3"),
        "time_management": "3",
        "comments": comments,
    }


@evasions
def test_observation_comments_refuse_every_evasion(coordinator_client, session_log, number):
    data = observation_data(session_log, sentence(number))
    response = coordinator_client.post(admin_url("observations", "add"), data)
    assert response.status_code == 200
    assert refused(form_errors(response)["comments"])
    assert Observation.objects.count() == 0


def jail_data(name="District Jail Okara", district="Okara"):
    return {"name": name, "district": district, "kind": "district", "active": "on"}


@evasions
@pytest.mark.parametrize("field", ["name", "district"])
def test_jail_name_and_district_refuse_every_evasion(coordinator_client, db, number, field):
    data = {**jail_data(), field: f"Jail {number}"}
    response = coordinator_client.post(admin_url("jails", "add"), data)
    assert response.status_code == 200
    errors = form_errors(response)
    assert refused(errors[field]) and f"in {field}:" in errors[field][0]
    assert Jail.objects.count() == 0


def test_jail_name_and_district_taken_together_are_refused(coordinator_client, db):
    response = coordinator_client.post(admin_url("jails", "add"), jail_data(*SPLIT))
    errors = form_errors(response)
    assert "name and district taken together" in errors["name"][0]
    assert refused(errors["district"])
    assert Jail.objects.count() == 0


def test_a_jail_edit_is_refused_too(coordinator_client, delivery):
    data = jail_data(name=delivery.lahore.name, district="Lahore 35202 1234567 1")
    response = coordinator_client.post(admin_url("jails", "edit", delivery.lahore.pk), data)
    assert refused(form_errors(response)["district"])
    delivery.lahore.refresh_from_db()
    assert delivery.lahore.district == "Lahore"


@evasions
def test_class_group_labels_refuse_every_evasion(coordinator_client, delivery, number):
    data = {"jail": delivery.kasur.pk, "label": f"Group {number}", "starts_on": "2026-01-05"}
    response = coordinator_client.post(admin_url("class_groups", "add"), data)
    assert response.status_code == 200
    assert refused(form_errors(response)["label"])
    assert not ClassGroup.objects.filter(jail=delivery.kasur, label__startswith="Group").exists()


# The import ---------------------------------------------------------------------------


@pytest.fixture
def private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_uploads():
    return sorted(path.name for path in upload_dir().iterdir())


@evasions
def test_import_refuses_every_evasion_and_keeps_no_copy(
    instructor_client, delivery, private_media, number
):
    preview = upload(instructor_client, csv_file([row(notes=sentence(number))]))
    [(row_number, column, message)] = preview.context["result"].errors
    assert (row_number, column) == (2, "notes") and "CNIC or B-form number" in message
    assert stored_uploads() == []  # deleted at once, not at the next upload
    assert preview.context["token"] is None
    assert SessionLog.objects.count() == 0


def test_import_refuses_a_number_split_between_columns(instructor_client, delivery, private_media):
    rows = [row(adaptations=SPLIT[0], notes=SPLIT[1])]
    errors = upload(instructor_client, csv_file(rows)).context["result"].errors
    assert [(number, column) for number, column, _message in errors] == [
        (2, "adaptations"),
        (2, "notes"),
    ]
    assert "adaptations and notes taken together" in errors[1][2]
    assert stored_uploads() == []


def test_import_refuses_a_number_in_a_detail_the_log_would_drop(
    instructor_client, delivery, private_media
):
    # A delivered session keeps no "other reason", but the uploaded file would.
    preview = upload(instructor_client, csv_file([row(reason_detail=EVASIONS["slashes"])]))
    assert [column for _n, column, _m in preview.context["result"].errors] == ["reason_detail"]
    assert stored_uploads() == []


def test_an_import_file_named_with_a_number_is_stored_and_audited_without_it(
    instructor_client, delivery, private_media
):
    file = csv_file([row()], name="35202-1234567-9.csv")
    preview = upload(instructor_client, file)
    assert preview.context["result"].ok
    html = preview.content.decode()
    assert "35202-1234567-9" not in html
    assert "upload.csv" in html
    [stored] = stored_uploads()
    assert digits(stored) == "" and stored.endswith(".csv")

    response = confirm(instructor_client, preview)
    assert response.status_code == 302
    entry = ModelLogEntry.objects.get(action="lms.import_sessions")
    assert entry.data == {"file": "upload.csv", "rows": 1, "created": 1}
    assert stored_uploads() == []


def test_an_ordinary_file_name_is_kept(instructor_client, delivery, private_media):
    confirm(instructor_client, upload(instructor_client, csv_file([row()], name="march-2026.csv")))
    entry = ModelLogEntry.objects.get(action="lms.import_sessions")
    assert entry.data["file"] == "march-2026.csv"


def test_an_upload_refused_at_confirmation_is_deleted_at_once(
    instructor_client, delivery, private_media
):
    preview = upload(instructor_client, csv_file([row()]))
    assert preview.context["result"].ok and len(stored_uploads()) == 1
    # Meanwhile the instructor is deactivated, so the confirmation finds an error.
    delivery.instructor.active = False
    delivery.instructor.save()
    response = confirm(instructor_client, preview)
    assert not response.context["result"].ok
    assert stored_uploads() == []
    assert SessionLog.objects.count() == 0


# Properties ---------------------------------------------------------------------------

DIGIT_SCRIPTS = ["0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "०१२३४५६७८९"]
# Anything that is not a digit may stand between the digits of a number.
non_digits = st.text(
    st.characters(exclude_categories=["Cs"]).filter(lambda c: unicodedata.digit(c, None) is None),
    max_size=3,
)


@st.composite
def disguised_numbers(draw):
    """A 13-digit number, each digit in any script, with anything but digits between."""
    number = draw(st.text("0123456789", min_size=13, max_size=13))
    parts = []
    for digit in number:
        parts.append(draw(non_digits))
        parts.append(draw(st.sampled_from(DIGIT_SCRIPTS))[int(digit)])
    return "".join(parts) + draw(non_digits)


PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@settings(max_examples=300, deadline=None)
@given(text=disguised_numbers(), cut=st.integers(min_value=0))
def test_a_disguised_number_is_refused_whole_or_split(text, cut):
    assert identity_number_errors({"notes": text})
    cut %= len(text) + 1
    assert identity_number_errors({"adaptations": text[:cut], "notes": text[cut:]})


@settings(max_examples=300, deadline=None)
@given(name=st.one_of(st.text(), disguised_numbers().map(lambda n: n + ".csv")))
def test_a_stored_file_name_never_holds_thirteen_digits(name):
    stored = safe_file_name(name)
    assert len(digits(stored)) <= 12
    if name.endswith(".csv"):
        assert stored.endswith(".csv")


@PROPERTY
@given(text=disguised_numbers(), cut=st.integers(min_value=0))
def test_the_instructor_form_never_saves_a_disguised_number(delivery, text, cut):
    cut %= len(text) + 1
    # Each example starts from the same state: its session and any row are rolled back.
    with transaction.atomic():
        client = Client()
        client.force_login(delivery.user)
        data = valid_data(delivery, adaptations=text[:cut], notes=text[cut:])
        response = client.post(reverse("delivery:log_session"), data)
        assert response.status_code == 200
        assert SessionLog.objects.count() == 0
        transaction.set_rollback(True)
