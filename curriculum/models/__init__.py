from .lessons import CurriculumIndexPage, LessonPlanPage, ModulePage
from .taxonomy import LifeSkill, with_display_names
from .training import TrainingModulePage, TrainingProgrammePage

__all__ = [
    "CurriculumIndexPage",
    "LessonPlanPage",
    "LifeSkill",
    "ModulePage",
    "TrainingModulePage",
    "TrainingProgrammePage",
    "with_display_names",
]
