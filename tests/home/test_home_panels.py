from django.urls import reverse
from django.utils.html import escape

from lms.factories import SessionLogFactory
from tests.curriculum.admin_forms import lesson_form_data


def test_instructor_home_shows_their_jail_and_the_next_step(client, delivery):
    SessionLogFactory(
        class_group=delivery.group, lesson=delivery.lessons[0], instructor=delivery.instructor
    )
    client.force_login(delivery.user)
    html = client.get("/en/").content.decode()
    assert '<h2 id="panel-instructor">Central Jail Lahore</h2>' in html
    assert "1 of 3 live lessons taught here so far." in html
    assert reverse("delivery:log_session") in html


def test_instructor_without_an_assignment_is_told_what_to_do(client, delivery):
    delivery.instructor.assignments.all().delete()
    client.force_login(delivery.user)
    html = client.get("/en/").content.decode()
    assert "Ask a coordinator to add your current assignment" in html


def test_trainer_and_reviewer_see_changes_in_review(client, curriculum, trainer, reviewer):
    lesson = curriculum.lessons[0]
    client.force_login(trainer)
    data = lesson_form_data(title=lesson.title, slug=lesson.slug, code=lesson.code)
    data["action-submit"] = "action-submit"
    client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)
    html = client.get("/en/").content.decode()
    assert "Your changes in review" in html and escape(lesson.title) in html

    client.force_login(reviewer)
    html = client.get("/en/").content.decode()
    assert "1 curriculum change is waiting for review." in html
