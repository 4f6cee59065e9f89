from .lessons import CurriculumIndexPage, LessonPlanPage, ModulePage
from .taxonomy import LifeSkill, with_display_names
from .training import TrainingModulePage, TrainingProgrammePage
from .workflow import CurriculumApprovalTask

__all__ = [
    "CurriculumApprovalTask",
    "CurriculumIndexPage",
    "LessonPlanPage",
    "LifeSkill",
    "ModulePage",
    "TrainingModulePage",
    "TrainingProgrammePage",
    "with_display_names",
]
