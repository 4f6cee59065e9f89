"""What the demo delivery history is made of: jails, instructors, class groups, and the
phrases instructors write. lms.demo turns it into records; days are counted back from
the day the demo is loaded, so the history always ends yesterday.

No phrase names or numbers a child: the demo follows the same rule as real records.
"""

from lms.models import Jail

# The nine districts of the programme notes, and a juvenile jail as the tenth.
JAILS = [
    ("Central Jail Lahore", "Lahore", Jail.Kind.CENTRAL),
    ("District Jail Sheikhupura", "Sheikhupura", Jail.Kind.DISTRICT),
    ("District Jail Kasur", "Kasur", Jail.Kind.DISTRICT),
    ("Central Jail Gujranwala", "Gujranwala", Jail.Kind.CENTRAL),
    ("Central Jail Faisalabad", "Faisalabad", Jail.Kind.CENTRAL),
    ("District Jail Bhakkar", "Bhakkar", Jail.Kind.DISTRICT),
    ("Central Jail Rawalpindi (Adiala)", "Rawalpindi", Jail.Kind.CENTRAL),
    ("Central Jail Bahawalpur", "Bahawalpur", Jail.Kind.CENTRAL),
    ("Central Jail Dera Ghazi Khan", "Dera Ghazi Khan", Jail.Kind.CENTRAL),
    ("Borstal Institution and Juvenile Jail Faisalabad", "Faisalabad", Jail.Kind.JUVENILE),
]

# username, first name, last name, [(jail, from N days ago, until N days ago or None)].
# instructor.lahore is one of the demo accounts (lms.demo.DEMO_ACCOUNTS). The borstal's
# instructor was transferred from Bhakkar: her past sessions stay Bhakkar's.
INSTRUCTORS = [
    ("instructor.lahore", "Ayesha", "Malik", [("Central Jail Lahore", 700, None)]),
    ("instructor.sheikhupura", "Usman", "Tariq", [("District Jail Sheikhupura", 650, None)]),
    ("instructor.kasur", "Imran", "Qureshi", [("District Jail Kasur", 600, None)]),
    ("instructor.gujranwala", "Saima", "Javed", [("Central Jail Gujranwala", 640, None)]),
    ("instructor.faisalabad", "Kashif", "Mehmood", [("Central Jail Faisalabad", 720, None)]),
    ("instructor.bhakkar", "Rabia", "Anwar", [("District Jail Bhakkar", 120, None)]),
    (
        "instructor.rawalpindi",
        "Zainab",
        "Hussain",
        [("Central Jail Rawalpindi (Adiala)", 680, None)],
    ),
    ("instructor.bahawalpur", "Asad", "Rehman", [("Central Jail Bahawalpur", 610, None)]),
    (
        "instructor.dera-ghazi-khan",
        "Shazia",
        "Leghari",
        [("Central Jail Dera Ghazi Khan", 590, None)],
    ),
    (
        "instructor.faisalabad-borstal",
        "Farah",
        "Naz",
        [
            ("District Jail Bhakkar", 700, 121),
            ("Borstal Institution and Juvenile Jail Faisalabad", 120, None),
        ],
    ),
]

# jail: [(label, starts N days ago, ends N days ago or None)]. A group that gets through
# the whole curriculum ends on its last session; one that ends early says so here.
# Lahore's groups are young or cut short, so its coverage still has room to grow.
CLASS_GROUPS = {
    "Central Jail Lahore": [
        ("Barrack 2 morning group", 182, 150),
        ("Barrack 4 afternoon group", 55, None),
        ("New arrivals group", 30, None),
    ],
    "District Jail Sheikhupura": [
        ("Juvenile ward morning group", 180, None),
        ("Juvenile ward afternoon group", 75, None),
    ],
    "District Jail Kasur": [
        ("Barrack 1 group", 178, None),
        ("Barrack 3 group", 60, None),
        ("Short-stay group", 35, None),
    ],
    "Central Jail Gujranwala": [
        ("Juvenile block group A", 181, None),
        ("Juvenile block group B", 95, None),
    ],
    "Central Jail Faisalabad": [
        ("Morning group", 176, None),
        ("Afternoon group", 110, None),
        ("Remand group", 25, None),
    ],
    "District Jail Bhakkar": [
        ("Juvenile barrack group", 170, None),
        ("New arrivals group", 50, None),
    ],
    "Central Jail Rawalpindi (Adiala)": [
        ("Juvenile ward group A", 182, None),
        ("Juvenile ward group B", 100, None),
        ("Juvenile ward group C", 40, None),
    ],
    "Central Jail Bahawalpur": [
        ("Morning group", 175, None),
        ("Afternoon group", 70, None),
    ],
    "Central Jail Dera Ghazi Khan": [
        ("Juvenile barrack group", 180, None),
        ("Remand group", 85, 20),
    ],
    "Borstal Institution and Juvenile Jail Faisalabad": [
        ("Hostel A group", 110, None),
        ("Hostel B group", 105, None),
        ("School block group", 45, None),
    ],
}

# Short of staff, these jails manage one session per group a week; the others two.
WEEKLY_ONLY = {"District Jail Bhakkar", "Central Jail Dera Ghazi Khan"}

# jail: (from N days ago, until N days ago): a month in which no session could be held.
LOCKDOWNS = {
    "Central Jail Lahore": (70, 41),
    "Central Jail Rawalpindi (Adiala)": (150, 121),
}

# The refresher training, by day: (held N days ago). Most instructors completed all three
# days; these attended without the assessment, and one missed the last day.
REFRESHER_DAYS_AGO = {1: 200, 2: 199, 3: 198}
ATTENDED_ONLY = {"instructor.bhakkar": {1, 2, 3}, "instructor.dera-ghazi-khan": {1, 2}}

ADAPTATIONS = [
    "Used picture cards for pupils who cannot read.",
    "Acted the story out instead of reading it aloud.",
    "Worked in one circle: the barrack had no room for pairs.",
    "Explained the key words in Punjabi as well as Urdu.",
    "Shortened the warm-up so the discussion had enough time.",
]
PARTLY_ADAPTATIONS = [
    "Stopped early: the group was called for a headcount.",
    "The electricity failed halfway; we finished with the discussion only.",
    "Started late because the barrack was unlocked late.",
    "Half the group was taken for a medical check; we stopped after the first steps.",
]
NOTES = [
    "Pupils asked to repeat the role play next time.",
    "New arrivals joined; they were quiet but listened well.",
    "Good discussion; the older boys helped the younger ones.",
    "Some pupils were tired after a court visit.",
]
OTHER_REASONS = [
    "Polio vaccination drive in the barracks.",
    "Inspection visit by the sessions judge.",
    "Power cut and no light in the classroom.",
]
OBSERVATION_COMMENTS = [
    "Clear instructions; pupils followed each step.",
    "Good use of the feelings cards.",
    "Time ran short for the discussion: plan a tighter warm-up.",
    "Respectful climate; every pupil spoke at least once.",
    "Prepared well; the chart paper was ready before the group arrived.",
]
