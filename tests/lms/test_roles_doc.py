"""docs/roles-and-permissions.md sets out lms.scoping.RULES; the two must not drift."""

from pathlib import Path

from lms.roles import COORDINATORS, INSTRUCTORS, REVIEWERS, TRAINERS
from lms.scoping import ACTIONS, RULES

DOC = Path(__file__).resolve().parents[2] / "docs" / "roles-and-permissions.md"
ROLES = [INSTRUCTORS, TRAINERS, REVIEWERS, COORDINATORS]
WORDS = {"all": "all", "own_jail": "own jail", "own": "own", None: "no"}
RECORDS = {
    "jail": "jails",
    "classgroup": "class groups",
    "instructor": "instructors",
    "sessionlog": "session logs",
    "observation": "observations",
    "trainingrecord": "training records",
}


def documented_rows():
    lines = DOC.read_text().splitlines()
    start = lines.index("| record | action | Instructor | Trainer | Reviewer | Coordinator |")
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(tuple(cell.strip() for cell in line.strip("|").split("|")))
    return rows


def test_the_documented_matrix_is_the_rules():
    expected = [
        (RECORDS[model], action, *(WORDS[rules.get(role, {}).get(action)] for role in ROLES))
        for model, rules in RULES.items()
        for action in ACTIONS
    ]
    assert documented_rows() == expected
