"""Shared fixtures: the page tree, one user per role, and verified admin sessions.

Groups come from lms.roles.ensure_roles, which runs after migrate, so every test database
already holds them; fixtures only add users to them.

Admin roles (trainer, reviewer, coordinator, superuser) need two-factor authentication.
`client.force_login(user)` alone gives them a session that is sent to
/account/two-factor/... on every page, and anyone to it on every /admin/ URL. Log in with

    login_as(client, user)                   # verified if the user's role needs it
    login_verified(client, user)             # always verified (e.g. for /admin/ URLs)
    class MyTests(VerifiedLogin, WagtailPageTestCase): ...   # self.login() as usual

They go through the real path: the user gets real django-otp devices (an authenticator
and backup codes, as after enrolment) and the session is verified by posting a fresh
single-use backup code to the verification page. Instructors need none of this:
`client.force_login(instructor)` is what real use looks like for them. Django's
`client.login(username=..., password=...)` does not work at all: django-axes needs the
request, which it does not pass; use force_login or the helpers above.

Tests marked `postgres_only` run only on PostgreSQL and `sqlite_only` only on SQLite;
the other pass deselects them (never skips them), and .ci/run runs both passes.

Transactional tests (live_server, real commits) empty every table when they finish,
including rows that migrations created, such as Wagtail's locales; mark them
`@pytest.mark.django_db(transaction=True, serialized_rollback=True)` so those come back
for the tests that run after them.
"""

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticToken

from curriculum.demo_urdu import translate
from curriculum.factories import (
    CurriculumIndexPageFactory,
    LessonPlanPageFactory,
    LifeSkillFactory,
    ModulePageFactory,
    TrainingModulePageFactory,
    TrainingProgrammePageFactory,
    step_block,
)
from home.catalogues import compile_catalogues
from home.demo import ensure_home_page
from lms import roles
from lms.security import middleware as session_limits
from lms.security.mfa import devices
from lms.security.mfa.middleware import second_factor_required

PASSWORD = "correct-horse-battery-9"

ENGINE_MARKERS = {"postgres_only": "postgresql", "sqlite_only": "sqlite3"}


def pytest_collection_modifyitems(config, items):
    """Deselect the tests written for the other database engine (see the docstring)."""
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    kept, deselected = [], []
    for item in items:
        wanted = [e for marker, e in ENGINE_MARKERS.items() if item.get_closest_marker(marker)]
        (deselected if wanted and engine not in wanted else kept).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


def login_verified(client, user):
    """Log `user` in with a session verified by a second factor, through the real views."""
    if devices.totp_device(user) is None:
        devices.enrol(user, devices.new_secret(), last_t=-1)
    code = StaticToken.random_token()
    devices.backup_device(user).token_set.create(token=code)
    client.force_login(user)
    response = client.post(reverse("mfa_verify"), {"code": code})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert DEVICE_ID_SESSION_KEY in client.session
    return user


def login_as(client, user):
    """Log in as real use would: a verified session for those who must use a second
    factor (admin roles), a plain one for everyone else."""
    if second_factor_required(user):
        return login_verified(client, user)
    client.force_login(user)
    return user


class VerifiedLogin:
    """For WagtailTestUtils test cases: `self.login()` also passes two-factor."""

    def login(self, user=None, username=None, password="password"):
        if user is None:
            if username is None:
                user = self.create_test_user()
            else:
                user = get_user_model().objects.get_by_natural_key(username)
        return login_verified(self.client, user)


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """A plain `pytest` on a fresh clone compiles the Urdu catalogue, as `make` does."""
    compile_catalogues()


class PlaceholderUrdu(dict):
    """Stands in for the translator: each English segment gets a marked Urdu copy."""

    def get(self, key, default=None):
        return f"اردو: {key}"


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


@pytest.fixture(autouse=True)
def default_language(settings):
    """Start every test in English: a request to /ur/... leaves Urdu active in the thread
    (LocaleMiddleware never resets it), which would change what reverse() returns."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Start every test with an empty cache: rolled-back tests reuse primary keys, so a
    page cached by one test could otherwise be served in the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return ensure_home_page()


@pytest.fixture
def make_user(db, django_user_model):
    def make(username, role=None, **extra):
        user = django_user_model.objects.create_user(username=username, password=PASSWORD, **extra)
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def instructor_user(make_user):
    return make_user("instructor", roles.INSTRUCTORS, first_name="Ayesha")


@pytest.fixture
def trainer(make_user):
    return make_user("trainer", roles.TRAINERS)


@pytest.fixture
def reviewer(make_user):
    return make_user("reviewer", roles.REVIEWERS)


@pytest.fixture
def coordinator(make_user):
    return make_user("coordinator", roles.COORDINATORS)


@pytest.fixture
def superuser(make_user):
    return make_user("admin", is_superuser=True, is_staff=True)


@pytest.fixture
def curriculum(home):
    """A small published tree: two modules of lessons and a one-day training programme."""
    empathy = LifeSkillFactory(name="Empathy", slug="empathy")
    hygiene = LifeSkillFactory(name="Hygiene care", slug="hygiene-care")
    index = publish(CurriculumIndexPageFactory(parent=home))
    empathy_module = publish(
        ModulePageFactory(parent=index, title="Building empathy", life_skill=empathy)
    )
    hygiene_module = publish(
        ModulePageFactory(parent=index, title="Hygiene care", life_skill=hygiene)
    )
    lessons = [
        publish(
            LessonPlanPageFactory(
                parent=empathy_module,
                title="Walking in another's shoes",
                code="EMP-01",
                summary="Pupils imagine how a new arrival at the barrack feels.",
                body=[
                    step_block("Feelings circle", 10),
                    step_block("Role play in pairs", 20, grouping="pairs"),
                ],
                life_skills=[empathy],
            )
        ),
        publish(
            LessonPlanPageFactory(
                parent=empathy_module,
                title="Listening without interrupting",
                code="EMP-02",
                life_skills=[empathy],
            )
        ),
        publish(
            LessonPlanPageFactory(
                parent=hygiene_module,
                title="Handwashing with little water",
                code="HYG-01",
                summary="A two-cup handwashing routine for days the taps run dry.",
                life_skills=[hygiene],
            )
        ),
    ]
    programme = publish(TrainingProgrammePageFactory(parent=home))
    training_day = publish(TrainingModulePageFactory(parent=programme, day_number=1))
    return SimpleNamespace(
        home=home,
        index=index,
        modules=[empathy_module, hygiene_module],
        lessons=lessons,
        skills={"empathy": empathy, "hygiene-care": hygiene},
        programme=programme,
        training_day=training_day,
    )


@pytest.fixture
def delivery(curriculum, instructor_user, make_user):
    """Two jails, an instructor at each, a class group at each, on top of `curriculum`."""
    from lms.factories import ClassGroupFactory, InstructorFactory, JailFactory
    from lms.models import Jail

    lahore = JailFactory(name="Central Jail Lahore", district="Lahore", kind=Jail.Kind.CENTRAL)
    kasur = JailFactory(name="District Jail Kasur", district="Kasur")
    instructor = InstructorFactory(user=instructor_user, jail=lahore)
    kasur_user = make_user("instructor.kasur", roles.INSTRUCTORS, first_name="Imran")
    kasur_instructor = InstructorFactory(user=kasur_user, jail=kasur)
    return SimpleNamespace(
        lahore=lahore,
        kasur=kasur,
        instructor=instructor,
        user=instructor_user,
        kasur_instructor=kasur_instructor,
        kasur_user=kasur_user,
        group=ClassGroupFactory(jail=lahore, label="Barrack 2 morning"),
        kasur_group=ClassGroupFactory(jail=kasur, label="Kasur group A"),
        lessons=curriculum.lessons,
    )


@pytest.fixture
def urdu(curriculum, trainer, reviewer):
    """Published Urdu translations (real wagtail-localize ones) of part of `curriculum`:
    home, index, the empathy module and its two lessons, the training programme and day."""
    strings = PlaceholderUrdu()
    for skill in curriculum.skills.values():
        translate(skill, strings, trainer)
    pages = {
        name: translate(page, strings, trainer, reviewer)
        for name, page in [
            ("home", curriculum.home),
            ("index", curriculum.index),
            ("module", curriculum.modules[0]),
            ("lesson", curriculum.lessons[0]),
            ("second_lesson", curriculum.lessons[1]),
            ("programme", curriculum.programme),
            ("training_day", curriculum.training_day),
        ]
    }
    return SimpleNamespace(**pages)


class Clock:
    """The session-limit clock (lms.security.middleware.now), moved by hand."""

    def __init__(self, start=1_800_000_000.0):
        self.moment = start

    def __call__(self):
        return self.moment

    def advance(self, seconds):
        self.moment += seconds


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(session_limits, "now", fake)
    return fake
