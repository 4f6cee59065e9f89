from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from curriculum.models import (
    CurriculumIndexPage,
    LessonPlanPage,
    ModulePage,
    TrainingModulePage,
    TrainingProgrammePage,
)
from home.models import HomePage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_under_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CurriculumIndexPage, TrainingProgrammePage})

    def test_curriculum_index_holds_modules_only(self):
        self.assertAllowedParentPageTypes(CurriculumIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CurriculumIndexPage, {ModulePage})

    def test_module_holds_lesson_plans_only(self):
        self.assertAllowedParentPageTypes(ModulePage, {CurriculumIndexPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPlanPage})

    def test_lesson_plan_is_a_leaf(self):
        self.assertAllowedParentPageTypes(LessonPlanPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPlanPage, set())

    def test_training_programme_holds_training_modules(self):
        self.assertAllowedParentPageTypes(TrainingProgrammePage, {HomePage})
        self.assertAllowedSubpageTypes(TrainingProgrammePage, {TrainingModulePage})
        self.assertAllowedParentPageTypes(TrainingModulePage, {TrainingProgrammePage})
        self.assertAllowedSubpageTypes(TrainingModulePage, set())

    def test_lessons_cannot_go_straight_under_the_index_or_home(self):
        self.assertCanNotCreateAt(CurriculumIndexPage, LessonPlanPage)
        self.assertCanNotCreateAt(HomePage, LessonPlanPage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
