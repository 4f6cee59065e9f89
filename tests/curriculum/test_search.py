from django.urls import reverse


def search(client, **params):
    response = client.get(reverse("search"), params)
    assert response.status_code == 200
    return [lesson.code for lesson in response.context["page_obj"]]


def test_search_finds_lessons_by_title_summary_and_step_text(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    assert search(client, q="handwashing") == ["HYG-01"]
    assert search(client, q="barrack") == ["EMP-01"]  # only in the summary
    assert search(client, q="role play") == ["EMP-01"]  # only in a step title


def test_search_filters_by_module_and_life_skill(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    empathy_module = curriculum.modules[0]
    assert sorted(search(client, module=empathy_module.pk)) == ["EMP-01", "EMP-02"]
    assert search(client, skill="hygiene-care") == ["HYG-01"]
    assert search(client, q="handwashing", module=empathy_module.pk) == []


def test_search_ignores_unpublished_lessons(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    curriculum.lessons[2].unpublish()
    assert search(client, q="handwashing") == []


def test_search_with_nonsense_filters_is_not_an_error(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    assert search(client, q="feelings", module="not-a-number", skill="nope", page="99") is not None
