"""Who reaches which ECIP admin screen: lms.scoping decides, in the admin as everywhere."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms import roles
from lms.factories import ObservationFactory, SessionLogFactory, TrainingRecordFactory
from lms.models import Observation, SessionLog, TrainingRecord
from lms.viewsets import delivery_viewsets
from tests.lms.admin_helpers import admin_login, admin_url, form_errors

OBJECT_VIEWS = {"edit", "delete", "history", "history_results", "inspect"}


@pytest.fixture
def records(curriculum, delivery, coordinator):
    session_log = SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    kasur_log = SessionLogFactory(
        class_group=delivery.kasur_group,
        lesson=delivery.lessons[0],
        instructor=delivery.kasur_instructor,
    )
    return {
        "jails": delivery.lahore,
        "instructors": delivery.instructor,
        "class_groups": delivery.group,
        "session_logs": session_log,
        "kasur_log": kasur_log,
        "observations": ObservationFactory(session=session_log, observer=coordinator),
        "training_records": TrainingRecordFactory(
            instructor=delivery.instructor, training_module=curriculum.training_day
        ),
    }


def every_ecip_url(records):
    """Every URL the ECIP viewsets define, with a real object where one is needed."""
    urls = []
    for viewset in delivery_viewsets.registerables:
        for pattern in viewset.get_urlpatterns():
            args = [records[viewset.name].pk] if pattern.name in OBJECT_VIEWS else []
            urls.append(reverse(f"{viewset.name}:{pattern.name}", args=args))
    return urls


def sidebar_labels(response):
    props = json.loads(
        response.content.decode()
        .split('id="wagtail-sidebar-props" type="application/json">')[1]
        .split("</script>")[0]
    )
    return json.dumps(props)


def test_the_ecip_menu_is_shown_to_coordinators_and_trainers_only(
    client, coordinator, trainer, reviewer
):
    for user, shown in ((coordinator, True), (trainer, True), (reviewer, False)):
        admin_login(client, user)
        labels = sidebar_labels(client.get("/admin/"))
        assert ('"ECIP"' in labels) is shown, user
        assert ('"Session logs"' in labels) is shown, user


def test_every_ecip_url_is_out_of_reach_for_instructors_and_reviewers(
    client, records, delivery, reviewer
):
    urls = every_ecip_url(records)
    assert len(urls) == 6 * 8
    before = SessionLog.objects.count()
    for user in (delivery.user, reviewer):
        admin_login(client, user)
        for url in urls:
            for response in (client.get(url), client.post(url, {"label": "x"})):
                assert response.status_code == 302, (user, url)
                assert response["Location"] in ("/admin/", f"/login/?next={url}"), (user, url)
    assert SessionLog.objects.count() == before
    assert not ModelLogEntry.objects.exists()


def test_coordinators_reach_every_ecip_url(client, records, coordinator):
    admin_login(client, coordinator)
    for url in every_ecip_url(records):
        response = client.get(url)
        if "/delete/" in url and response.status_code == 302:
            # Objects with history are refused before the confirmation page.
            assert "/edit/" in response["Location"], url
        else:
            assert response.status_code == 200, url


def test_trainers_read_session_logs_but_cannot_change_them(client, records, trainer):
    admin_login(client, trainer)
    session_log = records["session_logs"]
    index = client.get(admin_url("session_logs", "index"))
    assert index.status_code == 200
    html = index.content.decode()
    assert admin_url("session_logs", "inspect", session_log.pk) in html
    assert admin_url("session_logs", "edit", session_log.pk) not in html
    assert admin_url("session_logs", "add") not in html
    inspect = client.get(admin_url("session_logs", "inspect", session_log.pk))
    assert inspect.status_code == 200
    observe = admin_url("observations", "add") + f"?session={session_log.pk}"
    assert observe in inspect.content.decode()
    assert client.get(admin_url("session_logs", "history", session_log.pk)).status_code == 200

    edit = admin_url("session_logs", "edit", session_log.pk)
    response = client.post(edit, {"minutes": "5", "status": "delivered"}, follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "Sorry, you do not have permission to access this area." in response.content.decode()
    for url in (
        admin_url("session_logs", "add"),
        admin_url("session_logs", "delete", session_log.pk),
    ):
        assert client.post(url, {}).status_code == 302
    session_log.refresh_from_db()
    assert session_log.minutes == 45 and SessionLog.objects.count() == 2
    for viewset in ("jails", "instructors", "class_groups"):
        assert client.get(admin_url(viewset, "add"))["Location"] == "/admin/"
        pk = records[viewset].pk
        assert client.get(admin_url(viewset, "edit", pk))["Location"] == "/admin/"
        assert client.get(admin_url(viewset, "inspect", pk)).status_code == 200


def test_trainers_change_only_their_own_observations(client, records, trainer, delivery):
    admin_login(client, trainer)
    others = records["observations"]
    mine = ObservationFactory(session=records["session_logs"], observer=trainer, engagement=2)
    html = client.get(admin_url("observations", "index")).content.decode()
    assert admin_url("observations", "edit", mine.pk) in html
    assert admin_url("observations", "edit", others.pk) not in html
    assert admin_url("observations", "inspect", others.pk) in html

    data = {
        "session": records["session_logs"].pk,
        **dict.fromkeys(["preparation", "adherence", "engagement", "climate"], "1"),
        "time_management": "1",
        "comments": "",
    }
    for url in (
        admin_url("observations", "edit", others.pk),
        admin_url("observations", "delete", others.pk),
    ):
        assert client.post(url, data)["Location"] == "/admin/"
    others.refresh_from_db()
    assert others.preparation == 3

    response = client.post(admin_url("observations", "edit", mine.pk), data)
    assert response.status_code == 302, form_errors(response)
    mine.refresh_from_db()
    assert mine.engagement == 1
    assert client.post(admin_url("observations", "delete", mine.pk)).status_code == 302
    assert list(Observation.objects.all()) == [others]


def test_trainers_record_training(client, curriculum, delivery, trainer):
    admin_login(client, trainer)
    day = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    data = {
        "instructor": delivery.kasur_instructor.pk,
        "training_module": curriculum.training_day.pk,
        "attended_on": day,
        "status": "attended",
        "pre_score": "50",
        "post_score": "",
    }
    response = client.post(admin_url("training_records", "add"), data)
    assert response.status_code == 302, form_errors(response)
    record = TrainingRecord.objects.get()
    assert record.instructor == delivery.kasur_instructor and record.recorded_by == trainer


def test_an_instructor_with_admin_access_sees_only_their_jail(client, records, delivery):
    """Roles combine: an instructor who is also a reviewer reaches the admin, and the ECIP
    screens still show only what lms.scoping gives an instructor."""
    delivery.user.groups.add(
        *type(delivery.user.groups.first()).objects.filter(name=roles.REVIEWERS)
    )
    admin_login(client, delivery.user)
    own, other = records["session_logs"], records["kasur_log"]
    html = client.get(admin_url("session_logs", "index")).content.decode()
    assert admin_url("session_logs", "edit", own.pk) in html
    assert admin_url("session_logs", "inspect", other.pk) not in html
    for view in ("edit", "inspect", "history", "delete"):
        # Django's LocaleMiddleware first tries the /en/ prefixed path; it is a 404 too.
        response = client.get(admin_url("session_logs", view, other.pk), follow=True)
        assert response.status_code == 404, view
    response = client.get(admin_url("session_logs", "delete", own.pk))
    assert response["Location"] == "/admin/"  # instructors never delete a log
    response = client.get(admin_url("jails", "inspect", delivery.kasur.pk), follow=True)
    assert response.status_code == 404
    assert client.get(admin_url("jails", "inspect", delivery.lahore.pk)).status_code == 200
