from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


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


# What people type into a search box that search engines read as syntax: FTS5 on SQLite
# and tsquery on PostgreSQL each have their own quotes, operators and prefixes.
TYPED_QUERIES = [
    '"x',
    'x"',
    '"',
    '"a-b"',
    'a"b',
    '"role play"',
    "(",
    "feelings)",
    "AND",
    "a OR",
    "NOT x",
    "NEAR(a b)",
    "NEAR/2",
    "*",
    "x*",
    "-",
    "x -y",
    "^x",
    ":",
    "title:x",
    "'",
    "it's",
    "\\",
    "a & b | !c",
    "x\x00y",
    "<script>",
]


def test_any_typed_query_gets_a_page_never_a_server_error(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    for query in TYPED_QUERIES:
        response = client.get(reverse("search"), {"q": query})
        assert response.status_code == 200, query
        assert response.context["query"] == query.strip()  # the box keeps what was typed


def test_quotes_and_operators_are_searched_as_words(client, instructor_user, curriculum):
    client.force_login(instructor_user)
    assert search(client, q='"role play"') == ["EMP-01"]
    assert search(client, q='"handwashing') == ["HYG-01"]
    assert search(client, q="handwashing*") == ["HYG-01"]


def test_a_query_of_symbols_only_explains_that_words_are_needed(
    client, instructor_user, curriculum
):
    client.force_login(instructor_user)
    response = client.get(reverse("search"), {"q": '"*()'})
    assert response.status_code == 200
    assert list(response.context["page_obj"]) == []
    assert "Type a word: search looks for letters and numbers" in response.content.decode()
    assert 'value="&quot;*()"' in response.content.decode()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.text(max_size=30))
def test_fuzzed_queries_never_cause_a_server_error(instructor_user, curriculum, query):
    client = Client()
    client.force_login(instructor_user)
    assert client.get(reverse("search"), {"q": query}).status_code == 200
