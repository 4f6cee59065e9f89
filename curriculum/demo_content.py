"""Demo content for ECIP LMS.

Plain data used by the demo-data command to build the life-skill taxonomy, three curriculum
modules (building empathy, maintaining mental health, hygiene care) and the three-day instructor
refresher training. All characters in the lesson stories are invented; no lesson asks a child
about their case, offence, family or identity.
"""

LIFE_SKILLS = [
    ("empathy", "Empathy", "Understanding how others feel and showing that we care."),
    (
        "mental-health",
        "Mental health",
        (
            "Noticing our feelings, calming the body and mind, and looking after ourselves when "
            "life is hard."
        ),
    ),
    (
        "hygiene-care",
        "Hygiene care",
        (
            "Keeping the body, clothes and shared spaces clean to stay healthy, even when water "
            "and soap are limited."
        ),
    ),
    (
        "communication",
        "Communication",
        (
            "Listening carefully and saying what we mean clearly and calmly, with words, face and "
            "body."
        ),
    ),
    (
        "self-control",
        "Self-control",
        "Pausing before reacting, so that anger or fear does not make our choices for us.",
    ),
    (
        "problem-solving",
        "Problem-solving",
        (
            "Looking at a problem step by step, thinking of several choices and picking the one "
            "that causes least harm."
        ),
    ),
    (
        "respect",
        "Respect",
        "Treating every person with dignity, including people who are different from us.",
    ),
    (
        "teamwork",
        "Teamwork",
        "Working with others towards a shared goal, taking turns and sharing the load fairly.",
    ),
    (
        "self-awareness",
        "Self-awareness",
        "Knowing our own feelings, strengths and needs, and what helps us cope.",
    ),
    (
        "asking-for-help",
        "Asking for help",
        "Knowing who can help and how to ask, for ourselves or for a friend.",
    ),
]

MODULES = [
    {
        "title": "Building empathy",
        "slug": "building-empathy",
        "life_skill": "empathy",
        "summary": (
            "Five lessons that help pupils notice how other people feel, listen with care and "
            "respond with kindness, in the barrack, in the yard and back at home."
        ),
        "introduction": (
            "Children in detention live very close to one another, often with boys they did not "
            "choose and would not have met outside. Quarrels in the mess hall, the yard or the "
            "barrack can grow quickly when nobody stops to think about how the other person feels. "
            "Empathy is a skill that can be practised like batting or bowling: first noticing "
            "feelings, then imagining another point of view, then acting kindly and repairing "
            "harm. These lessons use invented stories and everyday moments, never the pupils' own "
            "cases, so that every child can take part safely."
        ),
        "lessons": [
            {
                "code": "EMP-01",
                "title": "Faces, voices and feelings",
                "slug": "faces-voices-and-feelings",
                "summary": (
                    "Pupils learn to notice how others feel from faces, voices and bodies, and to "
                    "name those feelings in simple words."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["empathy", "communication", "self-awareness"],
                "objectives": [
                    (
                        "By the end, pupils can name at least five feelings in Urdu or Punjabi and "
                        "show each one with their face."
                    ),
                    (
                        "By the end, pupils can describe clues in the face, voice and body that "
                        "tell us how someone feels."
                    ),
                    (
                        "By the end, pupils can say in their own words why noticing other people's "
                        "feelings matters."
                    ),
                ],
                "materials": [
                    "Chart paper, four sheets",
                    "Thick markers in several colours, counted out and counted back in",
                    (
                        "A chart of six feeling faces drawn before the session: happy, sad, angry, "
                        "afraid, worried, proud"
                    ),
                    "Masking tape to put charts on the wall",
                    "A soft cloth ball or a pair of rolled-up socks",
                ],
                "preparation": (
                    "Draw six large, simple faces on one sheet of chart paper, each showing a "
                    "different feeling, and write the feeling word under each in Urdu so that "
                    "readers can read it and non-readers can use the picture. Ask the jail staff "
                    "in advance which room you will use and whether the floor can be swept so "
                    "pupils can sit in a circle on mats. Practise saying one short sentence, such "
                    "as khana tayyar hai (the food is ready), in five different tones of voice. "
                    "Count your markers so that you can count them back at the end."
                ),
                "safeguarding": (
                    "Talking about feelings can bring back memories of arrest, court or home. Keep "
                    "every example about everyday life or invented characters, and never ask a "
                    "pupil why they feel a certain way about their own situation. If a pupil "
                    "starts to talk about their case or family trouble, thank them gently, say "
                    "that today we are talking about everyday feelings, and offer to speak with "
                    "them after the session in a place that is private but within sight of staff. "
                    "Any pupil may pass on any activity without giving a reason. If a pupil "
                    "becomes very upset, let them sit quietly near you and check on them privately "
                    "before they return to the barrack."
                ),
                "steps": [
                    {
                        "title": "Welcome circle and class rules",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Seat everyone in a circle on the floor or on mats, with yourself as "
                            "part of the circle rather than standing in front. Introduce yourself "
                            "and agree three simple rules: one person speaks at a time, nobody "
                            "laughs at anyone, and anyone can pass. Draw each rule as a picture on "
                            "chart paper (a finger on lips, a smiling face, a raised open hand) "
                            "and tape it to the wall."
                        ),
                        "script": (
                            "Today we are going to be feelings detectives. In this room everyone "
                            "is respected, and you can always say pass if you do not want to "
                            "answer."
                        ),
                        "tips": (
                            "Keep the rules chart and put it up at every lesson in this module, so "
                            "that the rules become familiar."
                        ),
                    },
                    {
                        "title": "Feeling faces",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Show the chart of six faces. Point to each face in turn and ask "
                            "pupils to copy the face and call out the feeling. Ask for other words "
                            "for the same feeling in Urdu, Punjabi, Saraiki or any language in the "
                            "room, and write or draw them beside the face."
                        ),
                        "script": (
                            "Look at this face. What is this person feeling? Now show me the same "
                            "feeling with your own face."
                        ),
                        "tips": (
                            "Pupils who cannot read take part fully by pointing at the pictures "
                            "and making the faces."
                        ),
                    },
                    {
                        "title": "Silent feelings mime",
                        "minutes": 15,
                        "grouping": "small_groups",
                        "instructions": (
                            "Divide the class into groups of four or five. Whisper to each group a "
                            "feeling and an everyday moment, for example scoring the winning run "
                            "in a cricket match, the electricity going off on a hot night, getting "
                            "new clothes for Eid, or losing a game of ludo. Each group acts the "
                            "moment silently for about thirty seconds while the others guess the "
                            "feeling and say which clues they saw."
                        ),
                        "script": (
                            "Without any words, show us the feeling. Everyone else, watch the "
                            "eyes, the mouth, the shoulders and the hands, and tell us what gave "
                            "it away."
                        ),
                        "tips": (
                            "Keep the mimes short and light. Do not allow acting out fights or "
                            "arrests, even as a joke."
                        ),
                    },
                    {
                        "title": "Same words, different voice",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Say the sentence khana tayyar hai in a happy voice, then an angry, "
                            "bored, frightened and excited voice. After each one pupils call out "
                            "the feeling they heard. Invite two or three volunteers to try a new "
                            "sentence of their own in different voices."
                        ),
                        "script": (
                            "Listen to my voice, not my words. The words stay the same, so how do "
                            "you know my feeling has changed?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Why notice feelings?",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Pass the soft ball around the circle; whoever holds it may answer or "
                            "pass. Ask when noticing someone's feeling has helped, for example "
                            "seeing that an elder at home is tired and helping with the work, or "
                            "seeing a teammate upset after getting out and saying well tried. Sum "
                            "up that noticing feelings is the first step of empathy."
                        ),
                        "script": (
                            "When we notice how someone feels, we can choose how to treat them. "
                            "That choice is what empathy means."
                        ),
                        "tips": (
                            "Roll the ball gently on the floor rather than throwing it, so the "
                            "game stays calm."
                        ),
                    },
                    {
                        "title": "Closing round",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask each pupil to show with their face, or say in one word, how they "
                            "feel at the end of the lesson. Thank the class and count the markers "
                            "back in before pupils leave."
                        ),
                        "script": (
                            "Thank you for being good detectives today. Keep watching faces and "
                            "voices this week, and notice what you learn."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Which feeling was the hardest to guess, and why?",
                    "Can a person look happy on the outside and feel something different inside?",
                    "What could you do if you notice that someone in your barrack looks sad?",
                ],
                "callouts": [
                    {
                        "kind": "tip",
                        "text": (
                            "Every activity in this lesson works with faces, voices and pictures "
                            "alone, so pupils who cannot read or write can take a full part."
                        ),
                    },
                ],
            },
            {
                "code": "EMP-02",
                "title": "In someone else's shoes",
                "slug": "in-someone-elses-shoes",
                "summary": (
                    "Using short invented stories, pupils practise imagining a situation from "
                    "another person's point of view and choosing a kind response."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["empathy", "respect", "problem-solving"],
                "objectives": [
                    (
                        "By the end, pupils can describe one situation from the point of view of "
                        "at least two different people."
                    ),
                    (
                        "By the end, pupils can suggest a kind response that fits how another "
                        "person feels."
                    ),
                    (
                        "By the end, pupils can explain the saying walk in someone else's shoes in "
                        "their own words."
                    ),
                ],
                "materials": [
                    "An old pair of chappals to use as a prop",
                    (
                        "Three story cards prepared in advance, each with a simple drawing and a "
                        "few lines of Urdu"
                    ),
                    "Chart paper, one sheet per group",
                    "Thick markers, counted out and counted back in",
                ],
                "preparation": (
                    "Prepare three short stories with invented characters and write each on a card "
                    "in simple Urdu, with a drawing so that non-readers can follow. Story one: "
                    "Hamza is new and is not picked for the cricket match in the yard. Story two: "
                    "Ali is last in the mess-hall queue and the roti runs out, while the server "
                    "has been on his feet since morning. Story three: at home, an older sister "
                    "cooks for the whole family on Eid and nobody thanks her. Practise telling "
                    "each story aloud in under a minute. Bring the chappals and put them in the "
                    "middle of the circle before pupils arrive."
                ),
                "safeguarding": (
                    "Use only the invented stories; do not invite pupils to use their own lives, "
                    "cases or families as examples. Stories about being new or being left out may "
                    "remind some pupils of their first days in detention, so watch for pupils who "
                    "go quiet and check in with them privately afterwards. Role-play must not "
                    "include pushing, grabbing or acting out fights, and no pupil should be made "
                    "to play a character who is laughed at."
                ),
                "steps": [
                    {
                        "title": "Change places if",
                        "minutes": 8,
                        "grouping": "whole_class",
                        "instructions": (
                            "Seat pupils in a circle with one fewer mat than people, and stand in "
                            "the middle yourself. Call out statements such as change places if you "
                            "like mangoes, if you have ever flown a kite, if you prefer summer to "
                            "winter, and everyone for whom it is true swaps places. Keep the "
                            "statements about likes and hobbies only."
                        ),
                        "script": (
                            "Change places if the statement is true for you. Move carefully and do "
                            "not push anyone."
                        ),
                        "tips": (
                            "If space is tight, pupils can stand up and sit down instead of "
                            "changing places."
                        ),
                    },
                    {
                        "title": "The chappal saying",
                        "minutes": 7,
                        "grouping": "whole_class",
                        "instructions": (
                            "Point to the chappals in the middle of the circle. Explain the saying "
                            "walk in someone else's shoes, and the Urdu idea of putting yourself "
                            "in the other person's place. Ask pupils for any similar sayings they "
                            "know from home."
                        ),
                        "script": (
                            "If I put on your chappals and walk your road, I start to understand "
                            "how your day feels. Today we will try that with some stories."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Story groups",
                        "minutes": 20,
                        "grouping": "small_groups",
                        "instructions": (
                            "Form three groups and give each one a story card, reading the story "
                            "aloud to any group with non-readers. Each group answers three "
                            "questions for every person in the story: how do they feel, why, and "
                            "what might they need. Groups draw a face for each character on chart "
                            "paper and add words or symbols."
                        ),
                        "script": (
                            "Think about every person in your story, not only the main one. What "
                            "is each of them feeling, and what would help them?"
                        ),
                        "tips": (
                            "Move between groups and ask about the quieter characters, such as the "
                            "tired mess-hall server."
                        ),
                    },
                    {
                        "title": "Stepping into the chappals",
                        "minutes": 15,
                        "grouping": "whole_class",
                        "instructions": (
                            "Each group briefly tells its story. One volunteer from the group "
                            "steps into the chappals and speaks as one of the characters, "
                            "beginning with I feel ... because .... The rest of the class suggests "
                            "one kind thing someone could say or do for that character."
                        ),
                        "script": (
                            "When you stand in the chappals, you speak as the character, not as "
                            "yourself. Tell us how you feel and what you need."
                        ),
                        "tips": (
                            "Volunteers only. A pupil who does not want to step in can tell the "
                            "group's answer sitting down."
                        ),
                    },
                    {
                        "title": "One thing to try",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask pupils to think of one moment this week when they could stop and "
                            "imagine the other person's point of view, such as in the queue, "
                            "during a game or with a new boy. Go round the circle; pupils can say "
                            "it, show it with a gesture or pass. Sum up the lesson and count the "
                            "markers back in."
                        ),
                        "script": (
                            "Before you react this week, try to put on the other person's chappals "
                            "for a moment. What might they be feeling?"
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    (
                        "Which character in the stories was easiest to understand, and which was "
                        "hardest?"
                    ),
                    "How can the same event feel very different to two people?",
                    (
                        "What stops people from thinking about others' feelings when they are "
                        "angry or in a hurry?"
                    ),
                    "Who in your daily life might need someone to step into their chappals?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Do not ask pupils to tell stories about people they know. Invented "
                            "characters keep the lesson safe and stop gossip in the barrack."
                        ),
                    },
                ],
            },
            {
                "code": "EMP-03",
                "title": "Listening with care",
                "slug": "listening-with-care",
                "summary": (
                    "Pupils practise the signs of good listening and learn to repeat back what "
                    "they heard, so that others feel understood."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["empathy", "communication", "respect"],
                "objectives": [
                    (
                        "By the end, pupils can show at least three signs of good listening with "
                        "their face and body."
                    ),
                    "By the end, pupils can repeat back the main point of what a partner said.",
                    "By the end, pupils can explain how being listened to makes a person feel.",
                ],
                "materials": [
                    "A ball of soft wool",
                    "Chart paper and thick markers, counted out and counted back in",
                    "A folded cloth or cap to use as a talking object",
                ],
                "preparation": (
                    "Prepare a short whisper-chain message, for example: the cricket match on "
                    "Saturday will start after lunch near the big neem tree. Plan the two short "
                    "listening scenes you will act out; if a co-facilitator or teacher is present, "
                    "practise them together, otherwise plan to ask a confident pupil to speak "
                    "while you listen badly and then well. Choose the safe topics for the pair "
                    "work in advance. Wind the wool into a loose ball that rolls easily."
                ),
                "safeguarding": (
                    "The pair topics are chosen to be safe: food, games, festivals and hobbies. Do "
                    "not let pairs drift into talking about cases, court or reasons for detention, "
                    "and quietly redirect any pair that does. Collect the wool at the end, wind it "
                    "up and take it away with you, as with all materials. Pair pupils yourself so "
                    "that no one is left out and so that a younger or newer pupil is not paired "
                    "with someone who may pressure them."
                ),
                "steps": [
                    {
                        "title": "Whisper chain",
                        "minutes": 8,
                        "grouping": "whole_class",
                        "instructions": (
                            "Whisper the prepared message to the first pupil in the circle, who "
                            "whispers it to the next, and so on around the circle. The last pupil "
                            "says aloud what they heard, and you read the original. Laugh together "
                            "at how the message changed."
                        ),
                        "script": (
                            "A message can change a lot when we do not listen carefully. Today we "
                            "will practise listening so that messages stay true."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Bad listening, good listening",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Act out two short scenes in which someone tells you about their "
                            "favourite food. In the first, look away, interrupt and fiddle; in the "
                            "second, face the speaker, nod, wait and repeat back what you heard. "
                            "Pupils call out the differences, and you draw them on chart paper as "
                            "symbols: an eye, an ear, a nodding head, a closed mouth."
                        ),
                        "script": (
                            "What did I do differently the second time? How do you think the "
                            "speaker felt in each scene?"
                        ),
                        "tips": (
                            "Exaggerate the bad listening so it is funny; pupils remember it "
                            "better."
                        ),
                    },
                    {
                        "title": "Listening pairs",
                        "minutes": 15,
                        "grouping": "pairs",
                        "instructions": (
                            "Put pupils into pairs. One speaks for one minute on a safe topic, "
                            "such as my favourite food, the best cricket match I have seen, what I "
                            "like about Eid, or a game I played as a small child; the other "
                            "listens using the signs on the chart. The listener then repeats back "
                            "one thing they heard, and the pair swaps roles. If time allows, form "
                            "new pairs and repeat."
                        ),
                        "script": (
                            "Listener, your job is to make the speaker feel heard. At the end, "
                            "tell them one thing you heard, starting with you said that."
                        ),
                        "tips": (
                            "Call out the start and end of each minute clearly, so every pupil "
                            "gets an equal turn."
                        ),
                    },
                    {
                        "title": "Web of wool",
                        "minutes": 15,
                        "grouping": "whole_class",
                        "instructions": (
                            "Stand or sit in a circle. Hold the end of the wool, say one thing you "
                            "learned from listening today, and roll the ball to a pupil while "
                            "keeping hold of your end. Each pupil holds the thread, says one thing "
                            "they heard from their partner and rolls the ball on, until a web "
                            "joins everyone. Ask one pupil to gently pull their thread and notice "
                            "that everyone feels it."
                        ),
                        "script": (
                            "Look at this web. When we listen to each other we are connected, and "
                            "what happens to one person is felt by all of us."
                        ),
                        "tips": (
                            "Pupils who do not want to speak can hold the thread and pass the ball "
                            "on silently."
                        ),
                    },
                    {
                        "title": "Closing word",
                        "minutes": 7,
                        "grouping": "whole_class",
                        "instructions": (
                            "Wind the wool back up together. Ask each pupil for one word about how "
                            "it felt to be listened to today, or a thumbs up, sideways or down. "
                            "Count materials back in."
                        ),
                        "script": (
                            "Being listened to is a gift we can give anyone, at any time, for "
                            "free. Try giving it to someone this week."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "How did it feel when your partner repeated back what you said?",
                    "What makes it hard to listen well in a noisy barrack or mess hall?",
                    "Why do quarrels sometimes start because someone did not listen?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Collect the wool and take it with you at the end of the session. Do "
                            "not leave any cord or string in the room."
                        ),
                    },
                ],
            },
            {
                "code": "EMP-04",
                "title": "Small acts of kindness",
                "slug": "small-acts-of-kindness",
                "summary": (
                    "Pupils explore everyday kindness at home and in detention, practise kind "
                    "responses to tricky moments and choose one small act for the week."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["empathy", "teamwork", "respect"],
                "objectives": [
                    (
                        "By the end, pupils can give three examples of small acts of kindness that "
                        "are possible in their daily life."
                    ),
                    (
                        "By the end, pupils can suggest a kind and safe response to a difficult "
                        "moment for someone else."
                    ),
                    "By the end, pupils can choose one act of kindness to try in the coming week.",
                ],
                "materials": [
                    "Chart paper and thick markers, counted out and counted back in",
                    "Four scenario cards with a picture and one line of Urdu each",
                    "Masking tape",
                ],
                "preparation": (
                    "Prepare four scenario cards with simple drawings. One: on visiting day, a "
                    "boy's family could not come this week and he sits alone. Two: a new boy does "
                    "not know where to stand in the mess-hall queue and others laugh. Three: a boy "
                    "has a fever and misses his meal. Four: a younger boy is teased about his "
                    "accent. Check with jail staff which kind actions are allowed, for example "
                    "whether food may be shared, so that you never suggest anything against the "
                    "rules."
                ),
                "safeguarding": (
                    "Some pupils never receive visitors, and visiting day can be painful. Never "
                    "ask who gets visits or how often, and keep the visiting-day scenario about an "
                    "invented boy. Make sure suggested kind acts stay within jail rules: no "
                    "sharing of medicines, no passing items that are not allowed, no covering up "
                    "for others. If a pupil says that they are being teased or bullied, do not "
                    "discuss it in front of the group; speak with them privately afterwards and "
                    "follow the jail's procedure."
                ),
                "steps": [
                    {
                        "title": "Pass the smile",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "In a circle, smile at the pupil beside you, who turns and passes the "
                            "smile on until it comes back to you. Then try passing a nod, then a "
                            "thumbs up. Point out how quickly a small kind sign travels around a "
                            "group."
                        ),
                        "script": (
                            "A smile took only a few seconds to go round all of us. Kindness "
                            "spreads the same way."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "What is kindness?",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask pupils for examples of kindness from home, such as sharing food "
                            "at a family meal, helping an elder carry shopping, or lending a "
                            "cricket bat to a neighbour. Then ask for examples that are possible "
                            "here, such as showing a new boy the routine or helping someone "
                            "understand a lesson. Draw each example as a quick picture on chart "
                            "paper."
                        ),
                        "script": (
                            "Kindness does not need money or big gestures. What small kind things "
                            "have you seen people do?"
                        ),
                        "tips": (
                            "Let pupils who cannot write tell you the example while you draw it."
                        ),
                    },
                    {
                        "title": "Tricky moments",
                        "minutes": 15,
                        "grouping": "small_groups",
                        "instructions": (
                            "Give each group one scenario card and read it aloud. Each group "
                            "decides how the person in the story feels and one kind action that "
                            "someone could take that is safe and within the rules. They plan a "
                            "short scene of under a minute to show it."
                        ),
                        "script": (
                            "Think about how the person feels first, then decide what kindness "
                            "would help them most. It must be something you really could do here."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Showing kindness",
                        "minutes": 15,
                        "grouping": "whole_class",
                        "instructions": (
                            "Each group shows its short scene. After each one, ask the audience "
                            "what the kind person noticed and what difference the action made. "
                            "Praise actions that are simple and realistic."
                        ),
                        "script": (
                            "What did the kind person notice? How do you think the boy in the "
                            "story felt afterwards?"
                        ),
                        "tips": "If a group is shy, they can tell the scene instead of acting it.",
                    },
                    {
                        "title": "My kindness plan",
                        "minutes": 10,
                        "grouping": "individual",
                        "instructions": (
                            "Ask each pupil to choose one small act of kindness to try this week. "
                            "Pupils draw it on a shared chart or tell it quietly to you or a "
                            "partner; nobody has to share it with the whole class. Check that "
                            "every plan is within the jail's rules."
                        ),
                        "script": (
                            "Choose one small thing you will do for someone this week. Keep it "
                            "simple, so that you can really do it."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Closing",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Pass the smile once more around the circle. Remind pupils that next "
                            "time you will ask how their kindness plan went. Count the markers "
                            "back in."
                        ),
                        "script": (
                            "Next time I will ask how your kindness plan went. Even a small act "
                            "can change someone's whole day."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Why is it sometimes hard to be kind when other people are watching?",
                    "How does it feel when someone is kind to you without being asked?",
                    "Is there a difference between kindness and doing whatever someone tells you?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Check the jail's rules before suggesting any act of kindness that "
                            "involves sharing food or belongings."
                        ),
                    },
                ],
            },
            {
                "code": "EMP-05",
                "title": "Disagreeing and making up",
                "slug": "disagreeing-and-making-up",
                "summary": (
                    "Pupils learn that people can be different and still respect each other, and "
                    "practise four simple steps for sorting out a quarrel and repairing hurt."
                ),
                "duration": 75,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["empathy", "respect", "self-control", "problem-solving"],
                "objectives": [
                    (
                        "By the end, pupils can explain that people can disagree and still treat "
                        "each other with respect."
                    ),
                    (
                        "By the end, pupils can name and show the four steps of making up: stop, "
                        "listen, speak, agree."
                    ),
                    (
                        "By the end, pupils can use an I-sentence to say how they felt without "
                        "blaming."
                    ),
                    (
                        "By the end, pupils can name one thing they have learned about empathy in "
                        "this module."
                    ),
                ],
                "materials": [
                    "Chart paper and thick markers, counted out and counted back in",
                    "A chart of the four making-up steps with hand signs, drawn in advance",
                    "A large outline of a tree drawn on chart paper for the module wrap-up",
                    "Masking tape",
                ],
                "preparation": (
                    "Draw the four steps of making up on chart paper with a picture and hand sign "
                    "for each: stop (open palm), listen (hand to ear), speak (hand on chest), "
                    "agree (a nod or thumbs up). Prepare a short invented story about two boys, "
                    "Bilal and Danish, who argue over a cricket bat in the yard. Prepare three "
                    "pair scenarios: someone sat in your usual place in class, someone used your "
                    "comb without asking, someone changed the game rules halfway through. Draw the "
                    "outline of a large tree for the closing activity."
                ),
                "safeguarding": (
                    "Quarrels in detention can be serious, and some pupils may have been hurt by "
                    "others or may have hurt others. Keep all practice to small, everyday "
                    "disagreements and never use real incidents from the barrack. Role-plays are "
                    "spoken only, with no touching, and pupils sit or stand a comfortable distance "
                    "apart. If a pupil tells you about a real conflict, threat or violence, do not "
                    "try to resolve it in class; speak with them privately afterwards and follow "
                    "the jail's procedure for reporting safety concerns. Handshakes are optional; "
                    "a nod is always enough."
                ),
                "steps": [
                    {
                        "title": "Same and different",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Mark two sides of the room. Call out pairs of choices, such as tea or "
                            "lassi, batting or bowling, summer or winter, biryani or daal chawal, "
                            "and pupils move to the side they prefer. After a few rounds, point "
                            "out that everyone was on different sides at different times and "
                            "nobody was wrong."
                        ),
                        "script": (
                            "We all chose differently, and that is fine. Being different is not a "
                            "reason to fight."
                        ),
                        "tips": (
                            "In a very small room, pupils can raise their left or right hand "
                            "instead of moving."
                        ),
                    },
                    {
                        "title": "The cricket bat quarrel",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Tell the story of Bilal and Danish arguing over the cricket bat in "
                            "the yard. Stop the story at the moment voices are rising and ask how "
                            "each boy feels and what each one wants. Draw the quarrel as a hill: "
                            "the first spark, the anger rising, the top where people say or do "
                            "things they regret, and the way back down."
                        ),
                        "script": (
                            "Both boys want to bat, and both feel the other is being unfair. What "
                            "usually happens next, and what could happen instead?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Four steps of making up",
                        "minutes": 15,
                        "grouping": "whole_class",
                        "instructions": (
                            "Teach the four steps using the chart and hand signs, and have the "
                            "class repeat each sign. Stop: pause and cool down, using slow breaths "
                            "if needed. Listen: let the other person say what happened for them. "
                            "Speak: say what happened and how you felt with an I-sentence, such as "
                            "I felt angry when you took the bat because it was my turn. Agree: "
                            "find something fair for both, such as taking turns by overs."
                        ),
                        "script": (
                            "Stop, listen, speak, agree. When you say I felt, instead of you "
                            "always, the other person is more likely to listen."
                        ),
                        "tips": (
                            "Practise turning a few blaming sentences into I-sentences together "
                            "before the pair work."
                        ),
                    },
                    {
                        "title": "Practice in pairs",
                        "minutes": 20,
                        "grouping": "pairs",
                        "instructions": (
                            "Give each pair one of the everyday scenarios. Pupils take turns to be "
                            "each person and talk the problem through using the four steps and the "
                            "hand signs. Move around the room, listening and helping pairs find "
                            "I-sentences and fair agreements."
                        ),
                        "script": (
                            "Use the four steps in order, and use the hand signs to remind "
                            "yourselves. There is no need to act angry; just talk it through."
                        ),
                        "tips": (
                            "Pupils who find speaking hard can use the hand signs while you or a "
                            "partner speaks for them."
                        ),
                    },
                    {
                        "title": "Sharing and reflecting",
                        "minutes": 12,
                        "grouping": "whole_class",
                        "instructions": (
                            "Invite two or three pairs to show how they used the four steps. Ask "
                            "the class which step was hardest and why. Note on chart paper the "
                            "fair agreements pupils found."
                        ),
                        "script": (
                            "Which step was hardest for you? Most people find stopping the "
                            "hardest, and that is why we practise it."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Empathy tree",
                        "minutes": 8,
                        "grouping": "whole_class",
                        "instructions": (
                            "Show the outline of the tree. Each pupil says one thing they learned "
                            "about empathy in this module, and you draw it as a leaf on the tree, "
                            "or the pupil draws or writes it. Put the tree on the wall if the room "
                            "allows, and count materials back in."
                        ),
                        "script": (
                            "Look at everything we have grown together in this module. Each leaf "
                            "is something you can use every day, here and after you leave."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Can two people disagree and still respect each other? How?",
                    "What helps you to stop before a quarrel goes over the top of the hill?",
                    "Why does an I-sentence work better than blaming?",
                    "Which of the empathy lessons will be most useful to you, here or at home?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Keep role-plays spoken only, with no touching and no acting out of "
                            "fights, and never use real incidents from the barrack."
                        ),
                    },
                    {
                        "kind": "tip",
                        "text": (
                            "The four hand signs give pupils who cannot read a way to remember and "
                            "use the steps without any written material."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "title": "Maintaining mental health",
        "slug": "maintaining-mental-health",
        "life_skill": "mental-health",
        "summary": (
            "Five lessons that give pupils simple, practical tools for looking after their minds "
            "in detention: naming feelings, calming breath, better sleep, coping with waiting and "
            "asking for help."
        ),
        "introduction": (
            "Children in detention carry heavy loads: separation from family, crowded and noisy "
            "barracks, uncertainty about court dates and what will happen next, and often "
            "difficult experiences from before they arrived. This module does not replace "
            "individual psychological support. It gives the whole group a shared language for "
            "feelings and a few tools that work anywhere, without any equipment, and it makes "
            "clear who they can turn to for help. Because these lessons invite pupils to think "
            "about their own feelings, the instructor should expect that some children will need a "
            "private follow-up, and should plan time for it after each session."
        ),
        "lessons": [
            {
                "code": "MH-01",
                "title": "Naming my feelings",
                "slug": "naming-my-feelings",
                "summary": (
                    "Pupils build a shared word bank of feelings, notice where feelings show in "
                    "the body, and learn that feelings come in different sizes."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["mental-health", "self-awareness", "communication"],
                "objectives": [
                    (
                        "By the end, pupils can name at least six feelings and group them into "
                        "families."
                    ),
                    (
                        "By the end, pupils can say where in the body they might notice anger, "
                        "fear or worry."
                    ),
                    "By the end, pupils can rate the size of a feeling on a scale of zero to five.",
                ],
                "materials": [
                    "Chart paper and thick markers, counted out and counted back in",
                    (
                        "A feelings thermometer drawn on chart paper, numbered 0 to 5 with a face "
                        "at each level"
                    ),
                    (
                        "A large outline of a body drawn on chart paper before the session, one "
                        "per group"
                    ),
                    "Masking tape",
                ],
                "preparation": (
                    "Draw the feelings thermometer and one simple body outline per group on chart "
                    "paper before the session; do not trace around pupils' bodies. Think of six "
                    "everyday moments you can use for the thermometer activity, such as the fans "
                    "stopping during load-shedding in June, winning at ludo, a loud argument in "
                    "the barrack, or waiting in a long queue for water. Plan where you will sit "
                    "for private check-ins after the lesson, within sight of staff but out of "
                    "earshot."
                ),
                "safeguarding": (
                    "This lesson asks pupils to notice their own feelings, and some may feel "
                    "strong sadness, anger or fear. Sharing is always optional; the individual "
                    "check-in is private and pupils may pass. If a pupil tells you, or hints, that "
                    "they are thinking of hurting themselves or ending their life, take it "
                    "seriously and stay calm: stay with the child, do not leave them alone, and do "
                    "not promise to keep it secret. Follow the jail's procedure for referral to "
                    "the jail psychologist and the medical officer straight away; if you are the "
                    "jail psychologist yourself, carry out your usual assessment in private after "
                    "class and inform the medical officer as the procedure requires. Keep any "
                    "record of the disclosure in the clinical file, never in class materials."
                ),
                "steps": [
                    {
                        "title": "Welcome and rules",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Sit in a circle and put up the class rules chart: one person speaks "
                            "at a time, nobody laughs at anyone, anyone can pass. Add one new rule "
                            "for this module: what is said about feelings in this room is not used "
                            "to tease anyone outside."
                        ),
                        "script": (
                            "In this module we talk about feelings. Everyone has them, and nobody "
                            "will be laughed at for theirs."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Feelings word bank",
                        "minutes": 12,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask pupils for as many feeling words as they can think of in any "
                            "language, and write or draw each one on chart paper. Together, sort "
                            "the words into four families: happy, sad, angry and scared, and draw "
                            "a face for each family. Point out that some words are strong, like "
                            "furious, and some are mild, like annoyed."
                        ),
                        "script": (
                            "How many feelings can we name together? Every language in this room "
                            "counts."
                        ),
                        "tips": (
                            "Non-readers can say the word aloud while you write it, then point to "
                            "its family face."
                        ),
                    },
                    {
                        "title": "Where do I feel it?",
                        "minutes": 15,
                        "grouping": "small_groups",
                        "instructions": (
                            "Give each group a body outline. Ask them to mark, with colours or "
                            "symbols, where a person might feel anger, fear and worry in the body, "
                            "such as a hot face, tight fists, a racing heart or butterflies in the "
                            "stomach. Each group shows its body map to the class in one sentence."
                        ),
                        "script": (
                            "Feelings do not only live in our heads. Where in the body might "
                            "someone notice anger, or fear, or worry?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Feelings thermometer",
                        "minutes": 13,
                        "grouping": "whole_class",
                        "instructions": (
                            "Show the thermometer from zero (calm) to five (very strong). Describe "
                            "each everyday moment and ask pupils to show with their fingers how "
                            "strong the feeling would be for them. Notice that people give "
                            "different numbers for the same moment, and that naming a feeling and "
                            "its size is the first step to managing it."
                        ),
                        "script": (
                            "Feelings come in sizes. When we can say I am angry, about a three, we "
                            "are already starting to take charge of it."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Private check-in",
                        "minutes": 10,
                        "grouping": "individual",
                        "instructions": (
                            "Ask each pupil to think silently of one feeling word and one number "
                            "for how they feel right now. Pupils can keep it to themselves, draw "
                            "it on a small corner of chart paper, or whisper it to you as you go "
                            "round. Do not comment on any answer in front of the group."
                        ),
                        "script": (
                            "This one is just for you. Think of one word and one number for how "
                            "you feel right now. You can keep it private or tell me quietly."
                        ),
                        "tips": (
                            "Note any pupil who gives a very high number or seems withdrawn, and "
                            "find a moment to speak to them privately after class."
                        ),
                    },
                    {
                        "title": "Closing",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Thank pupils for their honesty. Remind them that you are available to "
                            "talk after the session. Count materials back in."
                        ),
                        "script": (
                            "Naming a feeling is a skill, and you practised it well today. If "
                            "anything today felt heavy, you can talk to me after class."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Which feeling family had the most words, and why do you think that is?",
                    "Why might two people give different numbers for the same moment?",
                    "What happens when a strong feeling has no name and nowhere to go?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "If a pupil mentions thoughts of self-harm, stay with them and follow "
                            "the jail's referral procedure straight away. Do not discuss it in "
                            "front of the group."
                        ),
                    },
                ],
            },
            {
                "code": "MH-02",
                "title": "Calm breathing and grounding",
                "slug": "calm-breathing-and-grounding",
                "summary": (
                    "Pupils learn what stress does to the body and practise two breathing "
                    "exercises and a grounding exercise they can use anywhere, without anyone "
                    "noticing."
                ),
                "duration": 45,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["mental-health", "self-control", "self-awareness"],
                "objectives": [
                    (
                        "By the end, pupils can explain in simple words what happens in the body "
                        "during stress."
                    ),
                    (
                        "By the end, pupils can lead themselves through flower-and-candle "
                        "breathing and finger breathing."
                    ),
                    "By the end, pupils can use the five-four-three-two-one grounding exercise.",
                ],
                "materials": [
                    "The feelings thermometer chart from the previous lesson",
                    "Chart paper and thick markers, counted out and counted back in",
                ],
                "preparation": (
                    "Practise the breathing exercises yourself until you can lead them slowly and "
                    "calmly. Plan a simple explanation of the body's alarm system, for example "
                    "that the body reacts to stress like a car engine racing. Ask staff to keep "
                    "the room as quiet as possible during the session and to avoid entering in the "
                    "middle of the breathing exercises if they can."
                ),
                "safeguarding": (
                    "For some children who have been through frightening experiences, closing "
                    "their eyes or focusing on their body can feel unsafe. Always say that eyes "
                    "can stay open, looking at the floor, and that anyone can stop at any time. "
                    "Never ask pupils to hold their breath for long, and stop any pupil who feels "
                    "dizzy. If a pupil becomes distressed, help them look around the room and name "
                    "things they can see. If a pupil tells you they are thinking of hurting "
                    "themselves, stay with them, do not leave them alone, and follow the jail's "
                    "procedure for referral to the jail psychologist and the medical officer."
                ),
                "steps": [
                    {
                        "title": "Thermometer check-in",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Show the feelings thermometer and ask pupils to show with their "
                            "fingers how calm or stressed they feel right now, from zero to five. "
                            "Ask them to remember their number, because you will check again at "
                            "the end."
                        ),
                        "script": (
                            "Show me with your fingers how calm or stressed you feel right now. "
                            "Remember your number."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "The body's alarm",
                        "minutes": 8,
                        "grouping": "whole_class",
                        "instructions": (
                            "Explain that when we feel threatened, the body switches on an alarm: "
                            "the heart beats fast, breathing becomes quick and shallow, and "
                            "muscles get tight, like a car engine racing. Ask pupils for everyday "
                            "moments when they have felt this, such as just before batting in a "
                            "big match. Explain that slow breathing is the brake that tells the "
                            "body it is safe."
                        ),
                        "script": (
                            "Your body's alarm is trying to protect you, but sometimes it goes off "
                            "when we do not need it. Slow breathing is how we tell the alarm to "
                            "calm down."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Flower and candle breathing",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Lead the class in slowly breathing in through the nose as if smelling "
                            "a flower, counting to four, then breathing out through the mouth as "
                            "if gently blowing out a candle, counting to six. Do five rounds "
                            "together. Then teach finger breathing: trace up one finger while "
                            "breathing in and down while breathing out, across all five fingers."
                        ),
                        "script": (
                            "Smell the flower, slowly, two, three, four. Now blow out the candle, "
                            "gently, two, three, four, five, six. Your eyes can stay open."
                        ),
                        "tips": (
                            "Finger breathing can be done with the hand hidden under a blanket or "
                            "in a lap, so nobody needs to know."
                        ),
                    },
                    {
                        "title": "Five-four-three-two-one",
                        "minutes": 10,
                        "grouping": "pairs",
                        "instructions": (
                            "Teach the grounding exercise: name five things you can see, four you "
                            "can hear, three you can touch, two you can smell, and one you can "
                            "taste or one good thing about today. Pupils practise in pairs, one "
                            "guiding and one answering, then swap."
                        ),
                        "script": (
                            "When your thoughts are racing, bring yourself back to this room. Five "
                            "things you can see, four you can hear, three you can touch, two you "
                            "can smell, and one you can taste."
                        ),
                        "tips": (
                            "Pupils can count on their fingers instead of remembering the numbers."
                        ),
                    },
                    {
                        "title": "When could I use this?",
                        "minutes": 7,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask pupils when these tools could help, such as at night in the "
                            "barrack, on the way to a court hearing, after an argument, or when "
                            "visiting time ends. Each pupil chooses one moment and one tool, and "
                            "can say it, show it or keep it in their head."
                        ),
                        "script": (
                            "These tools need no equipment and nobody can take them from you. When "
                            "will you try one this week?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Closing breath",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Do three rounds of flower and candle breathing together. Ask pupils "
                            "to show their thermometer number again and notice whether it has "
                            "changed. Count materials back in."
                        ),
                        "script": (
                            "Check your number again. If it went down even a little, that was you "
                            "who did it."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Which exercise felt most natural for you, and why?",
                    (
                        "What makes it hard to remember to breathe slowly when you are angry or "
                        "scared?"
                    ),
                    "How could you remind yourself to use these tools when you need them?",
                ],
                "callouts": [
                    {
                        "kind": "tip",
                        "text": (
                            "Start every lesson in the rest of this module with three rounds of "
                            "flower and candle breathing, so that it becomes a habit."
                        ),
                    },
                    {
                        "kind": "caution",
                        "text": (
                            "Never insist that pupils close their eyes. Eyes open and looking at "
                            "the floor works just as well."
                        ),
                    },
                ],
            },
            {
                "code": "MH-03",
                "title": "Sleeping better in a crowded place",
                "slug": "sleeping-better",
                "summary": (
                    "Pupils learn why sleep matters, name what makes sleep hard in the barrack, "
                    "and build a simple personal plan for better nights."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["mental-health", "self-awareness", "problem-solving"],
                "objectives": [
                    (
                        "By the end, pupils can give two reasons why sleep is important for the "
                        "body and the mind."
                    ),
                    (
                        "By the end, pupils can separate things that disturb sleep into ones they "
                        "can change and ones they cannot."
                    ),
                    "By the end, pupils can choose two tools to help them settle at night.",
                ],
                "materials": [
                    "Chart paper and thick markers, counted out and counted back in",
                    "A simple torch drawing on chart paper to explain the battery idea",
                    "Masking tape",
                ],
                "preparation": (
                    "Find out the barrack routine from staff: lights-out time, whether lights stay "
                    "on at night, wake-up time and headcounts, so that your advice fits the real "
                    "routine. Practise the squeeze-and-release exercise for fists, shoulders and "
                    "feet. Draw a torch with a battery that is full, half and empty."
                ),
                "safeguarding": (
                    "Poor sleep and nightmares can be signs of trauma, depression or of feeling "
                    "unsafe at night. If a pupil says they cannot sleep because they feel unsafe, "
                    "or hints that someone threatens or hurts them at night, treat it as a child "
                    "protection concern: do not question them in front of others, see them "
                    "privately as soon as possible and follow the jail's reporting procedure. If a "
                    "pupil says they have not slept for many nights or talks about wanting to hurt "
                    "themselves, stay with them, do not leave them alone, and follow the jail's "
                    "procedure for referral to the jail psychologist and the medical officer. Do "
                    "not give advice about medicines; refer sleep problems that need treatment to "
                    "the medical officer."
                ),
                "steps": [
                    {
                        "title": "How did you sleep?",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Begin with three rounds of flower and candle breathing. Then ask "
                            "pupils to show with a thumb up, sideways or down how they usually "
                            "sleep. Do not ask anyone to explain their answer."
                        ),
                        "script": (
                            "Thumb up if you usually sleep well, sideways if it is so-so, down if "
                            "sleep is hard. There is no right answer."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Why sleep matters",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Show the torch drawing and explain that sleep recharges the body and "
                            "mind like a battery. Ask pupils what happens when the battery is low: "
                            "short temper, arguments, forgetting things, feeling sad, getting ill "
                            "more easily. Write or draw their answers beside the empty battery."
                        ),
                        "script": (
                            "When we sleep, the body repairs itself and the mind sorts out the "
                            "day. With an empty battery, everything feels harder and small things "
                            "make us angry."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "What keeps us awake here",
                        "minutes": 12,
                        "grouping": "small_groups",
                        "instructions": (
                            "Ask each group to list or draw things that make sleep hard in the "
                            "barrack, such as noise, lights, heat and mosquitoes in summer, cold "
                            "in winter, crowding, worries about court and missing home. Then each "
                            "group sorts their list into two columns: things we can change a "
                            "little, and things we cannot change."
                        ),
                        "script": (
                            "Some things we cannot change, like the lights or the heat. But some "
                            "things we can change a little. Let us find them."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Sleep tools",
                        "minutes": 15,
                        "grouping": "whole_class",
                        "instructions": (
                            "Teach and practise a few tools: keeping the same sleep and wake times "
                            "as far as the routine allows; avoiding long naps in the day; a cloth "
                            "folded over the eyes against the light; slow breathing; squeezing and "
                            "releasing the fists, shoulders and feet one at a time. Teach worry "
                            "parking: before sleep, imagine putting each worry into a box to open "
                            "again tomorrow, and remind pupils that worries can be brought to a "
                            "trusted person during the day."
                        ),
                        "script": (
                            "Squeeze your fists tight, hold, two, three, and let go. Notice the "
                            "difference between tight and loose. Your worries can wait in the box "
                            "until morning."
                        ),
                        "tips": (
                            "Pupils who can write may like to write their worries down before "
                            "sleep; others can park them in their imagination."
                        ),
                    },
                    {
                        "title": "My night plan",
                        "minutes": 12,
                        "grouping": "individual",
                        "instructions": (
                            "Ask each pupil to choose two tools they will try tonight. Pupils draw "
                            "their two tools on a shared chart, tell a partner, or keep the plan "
                            "in their head. Go round and help anyone who is unsure."
                        ),
                        "script": (
                            "Choose two tools for tonight. Try them for a week, because new habits "
                            "take a few nights to work."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Closing",
                        "minutes": 6,
                        "grouping": "whole_class",
                        "instructions": (
                            "Practise the squeeze-and-release exercise once more together. Remind "
                            "pupils that if sleep stays very difficult, they can ask to speak to "
                            "you or the medical officer. Count materials back in."
                        ),
                        "script": (
                            "If sleep stays very hard for a long time, that is something to ask "
                            "for help with. You can come and talk to me."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "What is one thing about sleep here that you can change a little?",
                    "How is your mood different after a good night and a bad night?",
                    "What could the whole barrack agree on to help everyone sleep better?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "A pupil who cannot sleep because they feel unsafe at night is a child "
                            "protection concern. Speak with them privately and follow the jail's "
                            "reporting procedure."
                        ),
                    },
                ],
            },
            {
                "code": "MH-04",
                "title": "Coping with waiting",
                "slug": "coping-with-waiting",
                "summary": (
                    "Pupils explore how waiting and uncertainty feel, sort worries into what they "
                    "can and cannot control, and plan small daily anchors to get through long "
                    "waits such as court dates."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["mental-health", "problem-solving", "self-awareness"],
                "objectives": [
                    (
                        "By the end, pupils can describe how waiting without knowing the end can "
                        "affect feelings."
                    ),
                    (
                        "By the end, pupils can sort worries into things they can control and "
                        "things they cannot."
                    ),
                    (
                        "By the end, pupils can plan three small daily anchors for the body, the "
                        "mind and connection."
                    ),
                ],
                "materials": [
                    (
                        "Chart paper with two large circles drawn one inside the other, one sheet "
                        "per group"
                    ),
                    "Thick markers, counted out and counted back in",
                    (
                        "A sheet of chart paper divided into three boxes with a symbol in each: a "
                        "running figure, a book, two hands"
                    ),
                ],
                "preparation": (
                    "Draw the circle of control on chart paper for each group: the inner circle "
                    "for things I can control and the outer ring for things I cannot control. "
                    "Prepare a short invented story about Usman, a boy whose hearing keeps being "
                    "postponed, without any details of offences. Find out from the jail how pupils "
                    "can properly ask about their next hearing date and about legal aid, so that "
                    "you can tell them the right channel without giving legal advice."
                ),
                "safeguarding": (
                    "Court dates and adjournments are a major source of stress. Talk about waiting "
                    "and courts only in general; never ask pupils about their cases, charges, "
                    "hearing dates or lawyers, and stop any pupil who begins to share details in "
                    "front of the group, kindly offering to talk afterwards. Do not give legal "
                    "advice or predictions about outcomes; refer legal questions through the "
                    "jail's proper channel for legal aid. A pupil who has just had a hearing "
                    "adjourned may be especially low. If a pupil says they feel hopeless or are "
                    "thinking of hurting themselves, stay with them, do not leave them alone, and "
                    "follow the jail's procedure for referral to the jail psychologist and the "
                    "medical officer."
                ),
                "steps": [
                    {
                        "title": "Waiting we all know",
                        "minutes": 8,
                        "grouping": "whole_class",
                        "instructions": (
                            "Begin with three rounds of flower and candle breathing. Ask pupils "
                            "for examples of waiting from everyday life: waiting for Eid, for exam "
                            "results, for the monsoon rain after a hot summer, for your turn to "
                            "bat. Ask how waiting feels when you know the date compared with when "
                            "you do not."
                        ),
                        "script": (
                            "Waiting is part of everyone's life. It is much harder when we do not "
                            "know how long it will last."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Usman's story",
                        "minutes": 7,
                        "grouping": "whole_class",
                        "instructions": (
                            "Tell the invented story of Usman, whose hearing is postponed again "
                            "and who stops eating and snaps at his friends. Ask pupils how Usman "
                            "feels and what happens to his days while he waits. Keep the "
                            "discussion about Usman, not about the pupils."
                        ),
                        "script": (
                            "Usman cannot change the date of his hearing. But is there anything at "
                            "all in his day that he can still choose?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Circle of control",
                        "minutes": 15,
                        "grouping": "small_groups",
                        "instructions": (
                            "Give each group a circle-of-control chart. Groups place examples in "
                            "the inner circle (things I can control, such as how I treat others, "
                            "my routine, learning something new, asking questions through the "
                            "right channel) or the outer ring (things I cannot control, such as "
                            "the court date, the decision, what other people do). Groups write, "
                            "draw or tell you the examples while you write them."
                        ),
                        "script": (
                            "Put your energy into the inside circle. The outside things matter, "
                            "but worrying about them all day does not change them."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "From worry to one small step",
                        "minutes": 12,
                        "grouping": "whole_class",
                        "instructions": (
                            "Teach a three-part routine for when a worry about waiting arrives: "
                            "name it (I am worried about my date), calm the body (three slow "
                            "breaths), then choose one small thing from the inner circle to do "
                            "next. Practise it together using Usman's story."
                        ),
                        "script": (
                            "Name it, calm it, choose one small step. You cannot control the whole "
                            "road, but you can take the next step."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "My daily anchors",
                        "minutes": 12,
                        "grouping": "individual",
                        "instructions": (
                            "Show the three-box chart. Each pupil chooses one daily anchor for the "
                            "body, such as exercise or cricket in the yard; one for the mind, such "
                            "as a lesson, learning words or a game of ludo; and one for "
                            "connection, such as talking with a friend or with you. Pupils draw "
                            "their anchors, tell a partner, or keep them in their head."
                        ),
                        "script": (
                            "Anchors keep a boat steady in a storm. Choose three small things that "
                            "will keep your days steady while you wait."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Closing",
                        "minutes": 6,
                        "grouping": "whole_class",
                        "instructions": (
                            "Each pupil names one thing from their inner circle, or passes. Tell "
                            "pupils how to ask about hearing dates or legal aid through the jail's "
                            "proper channel, and remind them that you are available after class. "
                            "Count materials back in."
                        ),
                        "script": (
                            "While you wait, you are still growing and learning. If waiting feels "
                            "too heavy, come and talk to me."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Why is waiting harder when we do not know the end date?",
                    "What is one thing in your inner circle that you often forget about?",
                    "How can friends in the barrack help each other get through long waits?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Never ask pupils about their cases, charges or hearing dates, and do "
                            "not give legal advice. Refer legal questions through the jail's "
                            "proper channel."
                        ),
                    },
                ],
            },
            {
                "code": "MH-05",
                "title": "Asking for help",
                "slug": "asking-for-help",
                "summary": (
                    "Pupils learn that asking for help is a strength, map who can help them inside "
                    "the jail, practise asking, and learn what to do when a friend is struggling."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["asking-for-help", "communication", "mental-health"],
                "objectives": [
                    (
                        "By the end, pupils can name at least three people inside the jail they "
                        "can ask for help."
                    ),
                    "By the end, pupils can use a simple three-part sentence to ask for help.",
                    (
                        "By the end, pupils can describe signs that a friend may be struggling and "
                        "what to do about it."
                    ),
                ],
                "materials": [
                    "Chart paper and thick markers, counted out and counted back in",
                    (
                        "A helpers map drawn in advance: a circle in the middle with space around "
                        "it for symbols of helpers"
                    ),
                    "Masking tape",
                ],
                "preparation": (
                    "Confirm with the jail administration exactly who children can go to for help "
                    "and how: the psychologist, the teacher, the medical officer, the welfare or "
                    "probation officer, and any staff members designated for children. Find out "
                    "how a child asks to see each one in practice, so that you give accurate "
                    "information. Draw simple symbols for each helper on the helpers map. Plan "
                    "time after the session, because this lesson often leads to private requests "
                    "for help."
                ),
                "safeguarding": (
                    "This lesson is designed to encourage help-seeking, so be ready for "
                    "disclosures during or after the session. If a pupil discloses that they are "
                    "being harmed, threatened or abused, listen calmly, do not question them in "
                    "detail, do not promise secrecy, and follow the jail's child protection "
                    "reporting procedure. If a pupil tells you, or a friend tells you about them, "
                    "that they are thinking of hurting themselves or ending their life, stay with "
                    "the child, do not leave them alone, and follow the jail's procedure for "
                    "referral to the jail psychologist and the medical officer straight away. Tell "
                    "pupils honestly that you will keep what they say private unless someone is in "
                    "danger, in which case you must tell the people who can keep them safe."
                ),
                "steps": [
                    {
                        "title": "The ball in the tree",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Begin with three rounds of flower and candle breathing. Tell a short "
                            "story of a cricket ball stuck in a tree: one boy tries alone and "
                            "fails, then asks two friends and together they get it down. Ask "
                            "pupils what made the difference."
                        ),
                        "script": (
                            "Even the best batsman has a coach and teammates. Asking for help is "
                            "how problems too big for one person get solved."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Why asking is hard",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask pupils why people sometimes do not ask for help, such as shame, "
                            "fear of looking weak, fear of being laughed at, or not knowing whom "
                            "to ask. Write or draw each reason. Then ask what could make asking "
                            "easier."
                        ),
                        "script": (
                            "Many strong people find it hard to ask for help. But asking is a "
                            "skill, and it takes courage."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Who can help here",
                        "minutes": 12,
                        "grouping": "whole_class",
                        "instructions": (
                            "Show the helpers map. With the class, place each helper around the "
                            "circle with a symbol: the psychologist, the teacher, the medical "
                            "officer, the welfare officer, a trusted staff member, a friend, and "
                            "family on visiting day. For each helper, explain clearly what they "
                            "can help with and how to ask to see them."
                        ),
                        "script": (
                            "Each of these people can help with different things. If you are not "
                            "sure whom to ask, you can start with me, and I will help you find the "
                            "right person."
                        ),
                        "tips": (
                            "Leave the helpers map on the wall if the room allows, so non-readers "
                            "can remember the symbols."
                        ),
                    },
                    {
                        "title": "Practising how to ask",
                        "minutes": 15,
                        "grouping": "pairs",
                        "instructions": (
                            "Teach a three-part help sentence: I need help with ...; it is making "
                            "me feel ...; can we talk? Pairs practise with everyday examples, such "
                            "as a toothache, not understanding a lesson, feeling sad for many "
                            "days, or being teased. One pupil asks and the other plays the helper, "
                            "then they swap."
                        ),
                        "script": (
                            "I need help with, it is making me feel, can we talk. Three short "
                            "parts, and the helper knows what you need."
                        ),
                        "tips": (
                            "Pupils who struggle with words can practise simply saying can we "
                            "talk, which is enough to start."
                        ),
                    },
                    {
                        "title": "When a friend is struggling",
                        "minutes": 12,
                        "grouping": "small_groups",
                        "instructions": (
                            "Ask groups to list signs that a friend may not be okay, such as not "
                            "eating, not talking, not sleeping, giving things away or saying there "
                            "is no point. Then discuss what to do: stay with the friend, listen, "
                            "and tell a trusted adult. Make clear that if someone might be in "
                            "danger, telling an adult is not betrayal; it is keeping them safe."
                        ),
                        "script": (
                            "If a friend says something that worries you, you do not have to carry "
                            "it alone. Telling an adult you trust is how you protect your friend."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Closing and module wrap-up",
                        "minutes": 6,
                        "grouping": "whole_class",
                        "instructions": (
                            "Go round the circle and ask each pupil to name one tool from the "
                            "module: naming feelings, breathing, grounding, sleep tools, the "
                            "circle of control or asking for help. Remind them when and where they "
                            "can find you. Count materials back in."
                        ),
                        "script": (
                            "You now have a toolbox for your mind. And the most important tool of "
                            "all is knowing that you can ask for help."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Why do some people think asking for help is weak? Do you agree?",
                    "Who would you go to first if you felt very sad for a long time?",
                    "What would you do if a friend told you a worrying secret about themselves?",
                    "Which tool from this module do you think you will use most?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Expect disclosures during or after this lesson. Plan private time "
                            "after the session and know the jail's referral procedure before you "
                            "begin."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "title": "Hygiene care",
        "slug": "hygiene-care",
        "life_skill": "hygiene-care",
        "summary": (
            "Five practical lessons on staying clean and healthy in a crowded place with limited "
            "water and soap: germs, handwashing, teeth, skin and hair, clean clothes and spaces, "
            "and safe water and food."
        ),
        "introduction": (
            "In a crowded barrack, skin infections, lice, diarrhoea and coughs spread quickly, and "
            "water and soap are often limited or available only at certain times. Children are "
            "rarely to blame for being unclean; most of the time it is about access, not effort. "
            "These lessons focus on what pupils can realistically do with what they have, how to "
            "share resources fairly, and how to ask for supplies and medical help through proper "
            "channels. Never shame a child about their body, smell or clothes, and agree any "
            "demonstration that uses water with the jail staff in advance."
        ),
        "lessons": [
            {
                "code": "HYG-01",
                "title": "How germs spread in a crowded place",
                "slug": "how-germs-spread",
                "summary": (
                    "Through a simple coloured-powder demonstration, pupils see how germs travel "
                    "from hand to hand and agree a few realistic habits to break the chain."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["hygiene-care", "teamwork", "problem-solving"],
                "objectives": [
                    (
                        "By the end, pupils can explain how germs travel from person to person "
                        "through hands, cups, food, coughs and shared items."
                    ),
                    (
                        "By the end, pupils can name two realistic ways to break the chain of "
                        "germs in the barrack."
                    ),
                    (
                        "By the end, pupils can agree with classmates on simple hygiene habits for "
                        "the class."
                    ),
                ],
                "materials": [
                    (
                        "A pinch of haldi (turmeric) mixed with a few drops of cooking oil, "
                        "requested from the jail kitchen"
                    ),
                    "A soft cloth ball",
                    (
                        "A plastic bucket of water, a plastic mug and a small bar of soap for "
                        "washing hands afterwards"
                    ),
                    "Chart paper and thick markers, counted out and counted back in",
                ],
                "preparation": (
                    "Ask the jail kitchen for a pinch of haldi and a little cooking oil, and agree "
                    "with staff that you may bring a bucket of water and soap into the classroom. "
                    "Just before the lesson, rub the haldi paste on your palms so it is barely "
                    "visible. Prepare a chart with simple drawings of the main ways germs travel: "
                    "hands to mouth, shared cups, coughs and sneezes, flies on food, shared towels "
                    "and combs."
                ),
                "safeguarding": (
                    "Do not single out any pupil as dirty or use anyone's body, clothes or illness "
                    "as an example. Some pupils may have skin conditions that others tease them "
                    "about; set the tone early that illness is nobody's fault. Check that no pupil "
                    "is allergic to turmeric, and let any pupil who does not want the powder on "
                    "their hands hold the ball with a cloth. Talk about shortages of water or soap "
                    "without blaming the jail staff or the pupils; the aim is to do the best with "
                    "what is available."
                ),
                "steps": [
                    {
                        "title": "Where have your hands been?",
                        "minutes": 7,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask pupils to list everything their hands have touched since waking "
                            "up: the blanket, the bucket, the bars, the toilet, the roti, a "
                            "cricket ball, other people's hands. Write or draw each one on chart "
                            "paper. Finish by asking how many of those things went near their "
                            "mouth."
                        ),
                        "script": (
                            "Our hands touch hundreds of things every day. Let us see where germs "
                            "can hitch a ride."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "The haldi demonstration",
                        "minutes": 13,
                        "grouping": "whole_class",
                        "instructions": (
                            "With haldi paste on your palms, pick up the soft ball and pass it to "
                            "a pupil, who passes it on around the circle. After a minute, ask "
                            "everyone to look at their hands and see how the yellow has spread. "
                            "Explain that germs travel the same way but are invisible. Then show "
                            "the difference between rinsing with plain water and washing with "
                            "soap, using the bucket and mug."
                        ),
                        "script": (
                            "I touched the ball only once, but look at everyone's hands now. Germs "
                            "spread exactly like this, except we cannot see them."
                        ),
                        "tips": (
                            "Have the bucket and soap ready so pupils can wash straight after the "
                            "demonstration."
                        ),
                    },
                    {
                        "title": "How illness travels here",
                        "minutes": 12,
                        "grouping": "small_groups",
                        "instructions": (
                            "Give each group a sheet of chart paper. Groups draw the paths germs "
                            "can take in the barrack and the mess hall, such as unwashed hands at "
                            "mealtimes, sharing a cup, coughing without covering, flies on "
                            "uncovered food, and shared towels or combs. Each group shows its "
                            "drawing to the class."
                        ),
                        "script": (
                            "Think about a normal day here. Draw every way a germ could travel "
                            "from one person to another."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Breaking the chain",
                        "minutes": 13,
                        "grouping": "small_groups",
                        "instructions": (
                            "Each group chooses one path from its drawing and suggests a realistic "
                            "way to break it with the water and soap available, such as washing "
                            "hands before meals even with one mug of water, keeping your own cup, "
                            "covering a cough with the elbow, and covering food and water. Groups "
                            "share their ideas, and the class decides which are realistic."
                        ),
                        "script": (
                            "We cannot make the barrack perfect. But which small change could we "
                            "really make, with the water and soap we have?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Our class promise",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "From the ideas, agree two or three habits for the class, such as "
                            "washing hands before eating and after the toilet, coughing into the "
                            "elbow, and not sharing cups. Draw each habit as a picture on chart "
                            "paper, and pupils show agreement with a thumbs up."
                        ),
                        "script": (
                            "These are our promises to each other. When we keep them, we protect "
                            "everyone in the barrack, not only ourselves."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Closing",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Make sure everyone has washed the haldi off their hands. Ask each "
                            "pupil to name one way germs travel and one way to stop them. Count "
                            "materials back in and remove the bucket."
                        ),
                        "script": (
                            "Remember the yellow hands. Every time you wash before eating, you "
                            "break the chain."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Which path for germs surprised you most?",
                    "Why does illness spread faster in a crowded place than at home?",
                    (
                        "What makes it hard to keep the class promises, and how could we help each "
                        "other?"
                    ),
                ],
                "callouts": [
                    {
                        "kind": "tip",
                        "text": (
                            "The haldi demonstration needs no reading at all and is remembered for "
                            "a long time. Ask the kitchen a day in advance."
                        ),
                    },
                ],
            },
            {
                "code": "HYG-02",
                "title": "Handwashing with little water",
                "slug": "handwashing-with-little-water",
                "summary": (
                    "Pupils learn when handwashing matters most and practise a thorough handwash "
                    "with a single mug of water, and what to do when soap runs short."
                ),
                "duration": 45,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["hygiene-care", "problem-solving", "teamwork"],
                "objectives": [
                    "By the end, pupils can name the two most important times to wash hands.",
                    "By the end, pupils can wash all parts of the hands using one mug of water.",
                    (
                        "By the end, pupils can suggest ways to make soap last longer and to ask "
                        "for supplies politely."
                    ),
                ],
                "materials": [
                    "A plastic bucket of clean water",
                    "Two plastic mugs or a lota",
                    "A small bar of soap",
                    "An empty plastic basin to catch used water",
                    "A chart of handwashing steps drawn as pictures",
                ],
                "preparation": (
                    "Agree with jail staff that you may bring a bucket of water, a basin and soap "
                    "to the classroom, and ask where the used water can be emptied. Draw a picture "
                    "chart of the handwashing steps: wet, soap, palms, backs, between fingers, "
                    "thumbs, nails, wrists, rinse, air dry. Practise washing your own hands with "
                    "exactly one mug of water so you can show that it is possible."
                ),
                "safeguarding": (
                    "Do not inspect pupils' hands or comment on anyone's cleanliness in front of "
                    "others. If you notice a skin problem such as sores, rashes or constant "
                    "itching, speak to the pupil privately afterwards and refer them to the "
                    "medical officer following the jail's procedure. Access to water is controlled "
                    "by staff and can be a sensitive subject; describe shortages factually and "
                    "encourage pupils to ask for supplies through the proper channel, never to "
                    "take them."
                ),
                "steps": [
                    {
                        "title": "When to wash",
                        "minutes": 8,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask pupils when they think handwashing matters most. Collect answers "
                            "and then highlight the two most important times: after using the "
                            "toilet and before eating or touching food, including before meals in "
                            "the mess hall. Add other times such as after cleaning and after "
                            "caring for someone who is ill."
                        ),
                        "script": (
                            "If water is short, use it first for the two most important times: "
                            "after the toilet and before you eat."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "The one-mug handwash",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Demonstrate over the basin using the picture chart. Wet your hands "
                            "with a little water and put the mug down; rub with soap for about "
                            "twenty seconds, covering palms, backs, between the fingers, thumbs, "
                            "nails and wrists; then rinse with the rest of the water and let hands "
                            "air dry rather than wiping on a dirty cloth. Explain that if there is "
                            "no soap, rubbing every part of the hands well while rinsing still "
                            "removes some dirt, and that soap should be asked for."
                        ),
                        "script": (
                            "One mug is enough if we use it well. Wet, soap and rub while I count "
                            "to twenty, then rinse. The rubbing is what does the work."
                        ),
                        "tips": (
                            "Counting slowly to twenty together helps pupils who cannot read the "
                            "chart remember how long to rub."
                        ),
                    },
                    {
                        "title": "Practice in pairs",
                        "minutes": 12,
                        "grouping": "pairs",
                        "instructions": (
                            "In pairs, one pupil pours the water from the mug while the other "
                            "washes, then they swap. The pourer watches and checks each step "
                            "against the picture chart. Catch the used water in the basin and ask "
                            "staff where it can be reused, for example for flushing the toilet."
                        ),
                        "script": (
                            "Pourer, you are the checker. Did your partner wash between the "
                            "fingers, the thumbs and the nails?"
                        ),
                        "tips": (
                            "If water is very limited, let a few pairs demonstrate while the rest "
                            "check and count."
                        ),
                    },
                    {
                        "title": "Solving the soap problem",
                        "minutes": 10,
                        "grouping": "small_groups",
                        "instructions": (
                            "Ask groups how soap could last longer and be shared fairly in the "
                            "barrack, such as keeping it dry on a ledge rather than in a puddle, "
                            "pressing small pieces together, and taking turns. Then ask how to ask "
                            "politely for more soap or water, and from whom. Groups share one idea "
                            "each."
                        ),
                        "script": (
                            "Soap that sits in water melts away. What could your barrack do to "
                            "make one bar last as long as possible?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Closing",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask every pupil to mime the handwashing steps in the air together "
                            "while you count to twenty. Remind them of the two most important "
                            "times. Empty the basin where staff have said and take all materials "
                            "with you."
                        ),
                        "script": (
                            "After the toilet and before you eat. Twenty seconds, every part of "
                            "the hand."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    (
                        "What makes it hard to wash your hands before meals here, and how could we "
                        "get around it?"
                    ),
                    "How can the barrack share soap and water fairly?",
                    "Whom could you ask, and how, if there is no soap at all?",
                ],
                "callouts": [
                    {
                        "kind": "tip",
                        "text": (
                            "Mime the handwash in the air at the start of each hygiene lesson. It "
                            "costs no water and builds the habit."
                        ),
                    },
                ],
            },
            {
                "code": "HYG-03",
                "title": "Teeth, skin and hair",
                "slug": "teeth-skin-and-hair",
                "summary": (
                    "Pupils learn simple ways to care for teeth, skin and hair with limited "
                    "supplies, which personal items should never be shared, and how to get help "
                    "for itching, rashes or toothache."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["hygiene-care", "self-awareness", "asking-for-help"],
                "objectives": [
                    (
                        "By the end, pupils can describe how to keep teeth clean with or without a "
                        "toothbrush."
                    ),
                    (
                        "By the end, pupils can explain why towels, combs, caps and toothbrushes "
                        "should not be shared."
                    ),
                    (
                        "By the end, pupils can say how to ask to see the medical officer about "
                        "itching, rashes or toothache."
                    ),
                ],
                "materials": [
                    "Chart paper and thick markers, counted out and counted back in",
                    (
                        "A set of picture cards drawn in advance: toothbrush, towel, comb, soap, "
                        "cricket bat, cup, ludo board, cap, blanket"
                    ),
                    "Masking tape",
                ],
                "preparation": (
                    "Draw the picture cards on pieces of chart paper, one set per group. Find out "
                    "from the jail what pupils are provided with, such as toothbrushes, toothpaste "
                    "or miswak, soap and combs, and how often they can bathe, so that your advice "
                    "is realistic. Confirm how a child asks to see the medical officer for skin "
                    "problems or toothache, and whether nail clipping is supervised by staff."
                ),
                "safeguarding": (
                    "Never ask a pupil to show their teeth, skin, scalp or any part of their body "
                    "in class, and do not carry out any checks yourself. Skin infections such as "
                    "scabies and head lice are common in crowded places and are nobody's fault; "
                    "stop any teasing immediately. If you notice a pupil scratching constantly or "
                    "with visible sores, speak to them privately and refer them to the medical "
                    "officer following the jail's procedure. Do not recommend medicines or home "
                    "remedies."
                ),
                "steps": [
                    {
                        "title": "Morning routines",
                        "minutes": 7,
                        "grouping": "whole_class",
                        "instructions": (
                            "Mime the handwash together to start. Ask pupils what a good morning "
                            "routine looks like for a cricket player getting ready for a big "
                            "match: washing the face, cleaning teeth, combing hair, putting on "
                            "clean clothes. Note the ideas on chart paper as pictures."
                        ),
                        "script": (
                            "A player looks after his body because his body is his tool. Your body "
                            "is your tool too."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Looking after teeth",
                        "minutes": 12,
                        "grouping": "whole_class",
                        "instructions": (
                            "Explain simply that sugar and food left on teeth cause holes and "
                            "pain. Teach the options from best to simplest: brushing morning and "
                            "night with a toothbrush and toothpaste; using a miswak if allowed; "
                            "and when nothing else is available, rinsing the mouth with clean "
                            "water after meals and rubbing the teeth and gums with a clean finger. "
                            "Stress that toothbrushes are never shared."
                        ),
                        "script": (
                            "Even without a toothbrush, rinsing after every meal helps. A "
                            "toothache can be treated, so tell someone early, before it gets "
                            "worse."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Looking after skin",
                        "minutes": 13,
                        "grouping": "whole_class",
                        "instructions": (
                            "Explain that in crowded places, itching skin and rashes spread "
                            "through shared bedding, towels and clothes. Advise bathing when "
                            "possible, washing the body in parts with a bucket and mug when water "
                            "is short, and drying the skin fully, especially between the toes and "
                            "in skin folds. Explain that itching which does not stop, or that is "
                            "worse at night, should be reported to the medical officer, because it "
                            "can be treated, and the whole barrack may need treatment together."
                        ),
                        "script": (
                            "Itching that does not go away is not something to hide or be ashamed "
                            "of. It is common here and it can be treated, so ask to see the "
                            "doctor."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Hair and nails",
                        "minutes": 8,
                        "grouping": "whole_class",
                        "instructions": (
                            "Explain that lice spread from head to head and through shared combs "
                            "and caps. Advise keeping your own comb, washing hair when possible "
                            "and not sharing caps. Explain that short, clean nails hold less dirt "
                            "and should be trimmed in the way the jail allows."
                        ),
                        "script": (
                            "Your comb and your cap are just for you. Sharing them is how lice "
                            "move around a barrack."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Share or don't share",
                        "minutes": 12,
                        "grouping": "small_groups",
                        "instructions": (
                            "Give each group a set of picture cards. Groups sort them into three "
                            "piles: fine to share, never share, and fine to share if it is cleaned "
                            "first. Groups explain their choices, and you correct any mistakes, "
                            "for example that a blanket should not be shared while someone has "
                            "itching skin."
                        ),
                        "script": (
                            "Some things are made for sharing, like a cricket bat or a ludo board. "
                            "Others carry germs from one body to another. Which are which?"
                        ),
                        "tips": (
                            "Pupils who cannot read can sort the cards using the pictures alone."
                        ),
                    },
                    {
                        "title": "Closing",
                        "minutes": 8,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask each pupil to name one thing they will do for their teeth, skin "
                            "or hair this week. Explain clearly how to ask to see the medical "
                            "officer. Count materials back in."
                        ),
                        "script": (
                            "Looking after your body is a way of respecting yourself. And when "
                            "something hurts or itches, asking for help early is the smart choice."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    (
                        "Why do you think people in crowded places sometimes share things they "
                        "should not?"
                    ),
                    "How could you say no politely when someone asks to borrow your comb or towel?",
                    (
                        "What stops people from telling the doctor about itching or toothache, and "
                        "how could we change that?"
                    ),
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Never ask pupils to show any part of their body in class. Refer "
                            "visible skin problems privately to the medical officer."
                        ),
                    },
                ],
            },
            {
                "code": "HYG-04",
                "title": "Clean clothes and shared spaces",
                "slug": "clean-clothes-and-shared-spaces",
                "summary": (
                    "Pupils learn how to wash clothes and air bedding with little water, and work "
                    "in teams to design a fair plan for keeping shared spaces clean."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["hygiene-care", "teamwork", "respect"],
                "objectives": [
                    (
                        "By the end, pupils can describe how to wash clothes using two buckets and "
                        "a small amount of soap."
                    ),
                    (
                        "By the end, pupils can explain why airing bedding in the sun and keeping "
                        "food away from sleeping areas helps health."
                    ),
                    (
                        "By the end, pupils can work in a team to design a fair cleaning plan in "
                        "which nobody is left with all the work."
                    ),
                ],
                "materials": [
                    "Two plastic buckets and a plastic mug to demonstrate (they can be empty)",
                    "Chart paper and thick markers, counted out and counted back in",
                    "Masking tape",
                ],
                "preparation": (
                    "Find out from staff when and where pupils wash their clothes, how much water "
                    "and soap they get, and whether there is a cleaning rota for the barracks. "
                    "Bring two empty buckets and a mug to show the two-bucket method. Prepare a "
                    "simple picture of a barrack with a sleeping area, a food area and a rubbish "
                    "bin to use during the discussion."
                ),
                "safeguarding": (
                    "In some places, younger or weaker children are made to wash clothes or clean "
                    "for older ones. Watch and listen for signs of this during the lesson without "
                    "asking anyone directly in front of others; if you become concerned, speak to "
                    "the child privately and follow the jail's procedure for reporting bullying or "
                    "exploitation. Make clear that cleaning plans must be fair and that cleaning "
                    "should never be used as a punishment by pupils. The pupils' plans are "
                    "suggestions only; do not promise changes to jail rules."
                ),
                "steps": [
                    {
                        "title": "A clean place I like",
                        "minutes": 6,
                        "grouping": "whole_class",
                        "instructions": (
                            "Mime the handwash together to start. Ask pupils to picture a clean "
                            "place they like, such as a freshly swept courtyard before Eid guests "
                            "arrive or a cricket ground on match day, and describe how it feels to "
                            "be there."
                        ),
                        "script": (
                            "Think of a clean place you like. How does it feel to be there, "
                            "compared with a dirty place?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Washing clothes with little water",
                        "minutes": 12,
                        "grouping": "whole_class",
                        "instructions": (
                            "Using the two buckets, show the method: soak the clothes in the first "
                            "bucket, rub soap only on the dirtiest parts such as collars, "
                            "underarms and socks, scrub, then rinse in the second bucket, wring "
                            "well and dry in the sun, which also helps kill germs. Explain that "
                            "underclothes and socks matter most if water is short."
                        ),
                        "script": (
                            "You do not need a lot of soap. Put it where the dirt is, rinse well, "
                            "and let the sun do the rest."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Bedding and the barrack",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Using the barrack picture, discuss shaking out and airing blankets in "
                            "the sun when allowed, keeping food and leftovers away from sleeping "
                            "areas so that insects and rats are not attracted, and putting rubbish "
                            "in the bin. Ask pupils which of these are possible in their barrack."
                        ),
                        "script": (
                            "Food near where we sleep brings insects and rats. Sun on a blanket is "
                            "free medicine."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Team cleaning plan",
                        "minutes": 17,
                        "grouping": "small_groups",
                        "instructions": (
                            "Ask each group to design a fair plan for keeping a shared space "
                            "clean, such as the classroom or a barrack. They decide the jobs, how "
                            "turns rotate, how the plan is fair to younger pupils and to anyone "
                            "who is ill, and what happens if someone forgets. Groups draw their "
                            "plan on chart paper with symbols for each job."
                        ),
                        "script": (
                            "A good plan is fair. Nobody should do all the work, and nobody should "
                            "be left out. How will your plan make sure of that?"
                        ),
                        "tips": (
                            "Give each group member a role, such as drawer, timekeeper or "
                            "presenter, so everyone takes part."
                        ),
                    },
                    {
                        "title": "Sharing the plans",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Each group presents its plan in two minutes. The class points out "
                            "what makes each plan fair. Tell pupils that you can share their best "
                            "ideas with staff as suggestions, without promising changes."
                        ),
                        "script": (
                            "What makes this plan fair? What would make it work in real life?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Closing",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask each pupil to name one thing they can do for their clothes, "
                            "bedding or shared space this week. Count materials back in and take "
                            "the buckets with you."
                        ),
                        "script": (
                            "A clean shared space is something we build together, and everyone's "
                            "small part counts."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    "Why is it important that cleaning jobs are shared fairly?",
                    (
                        "How can we respect people whose job it is to clean, inside and outside "
                        "the jail?"
                    ),
                    (
                        "What would you do if you saw someone always being made to do other "
                        "people's washing?"
                    ),
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Watch for younger pupils being made to do older pupils' washing or "
                            "cleaning. Follow up privately and use the jail's reporting procedure."
                        ),
                    },
                ],
            },
            {
                "code": "HYG-05",
                "title": "Safe water, food and staying well",
                "slug": "safe-water-food-and-staying-well",
                "summary": (
                    "Pupils learn how to keep drinking water and food safe, recognise signs of "
                    "dehydration and illness, and practise asking to see the medical officer."
                ),
                "duration": 60,
                "age_min": 12,
                "age_max": 17,
                "life_skills": ["hygiene-care", "asking-for-help", "self-awareness"],
                "objectives": [
                    (
                        "By the end, pupils can describe three ways to keep drinking water safe in "
                        "the barrack."
                    ),
                    (
                        "By the end, pupils can name signs of dehydration and of illness that need "
                        "the medical officer."
                    ),
                    "By the end, pupils can practise asking politely to see the medical officer.",
                ],
                "materials": [
                    (
                        "A plastic water container with a lid and a plastic mug with a handle, for "
                        "demonstration"
                    ),
                    (
                        "Picture cards drawn in advance: fever, loose motions, vomiting, itching, "
                        "toothache, long cough, very tired"
                    ),
                    "Chart paper and thick markers, counted out and counted back in",
                ],
                "preparation": (
                    "Find out where pupils get drinking water in the jail, such as a filter plant, "
                    "water cooler or tap, and whether water is stored in the barracks, so that "
                    "your advice matches the jail's water supply. Confirm the procedure for a "
                    "child to see the medical officer, including at night. Draw the illness "
                    "picture cards, one set per group, and prepare six true-or-false statements "
                    "for the closing quiz."
                ),
                "safeguarding": (
                    "Do not diagnose any pupil or give advice about medicines; refer anyone who "
                    "seems unwell to the medical officer following the jail's procedure, and tell "
                    "the medical officer if several pupils report diarrhoea or vomiting at the "
                    "same time. Pupils must not share medicines. Some pupils may be fasting during "
                    "Ramadan; do not ask them to drink water in class, and simply give the "
                    "information. Talk about water shortages factually and without blaming staff "
                    "or pupils."
                ),
                "steps": [
                    {
                        "title": "A hot June day",
                        "minutes": 6,
                        "grouping": "whole_class",
                        "instructions": (
                            "Mime the handwash together to start. Ask pupils what a forty-five "
                            "degree day in June feels like and what their bodies tell them when "
                            "they need water. Collect signs such as thirst, headache, dark urine "
                            "and feeling dizzy or weak."
                        ),
                        "script": (
                            "Punjab summers are hard on the body. How does your body tell you it "
                            "needs water?"
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Safe drinking water",
                        "minutes": 12,
                        "grouping": "whole_class",
                        "instructions": (
                            "Explain how to keep drinking water safe: drink from the source the "
                            "jail provides for drinking; keep stored water in a container with a "
                            "lid; pour it out with a clean mug with a handle rather than dipping "
                            "hands or cups into it; and keep your own cup clean. Demonstrate with "
                            "the container and mug. Explain that in hot weather everyone needs to "
                            "drink more, little and often."
                        ),
                        "script": (
                            "Hands carry germs, so keep them out of the drinking water. Lid on, "
                            "pour with the mug, and drink little and often when it is hot."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Food safety in the mess hall and barrack",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Discuss simple food safety: wash hands before eating; eat food while "
                            "it is fresh; in hot weather, do not keep leftover daal or rice for "
                            "the next day; cover food so flies cannot land on it; and keep food "
                            "away from where you sleep. Ask pupils what food their families kept "
                            "safe at home and how."
                        ),
                        "script": (
                            "Flies and heat make food go bad fast. Eat it fresh, keep it covered, "
                            "and do not keep leftovers overnight in summer."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "When I feel unwell",
                        "minutes": 12,
                        "grouping": "small_groups",
                        "instructions": (
                            "Give each group the illness picture cards. Groups sort them into tell "
                            "a staff member today and tell at the next chance, then explain their "
                            "choices. Correct any mistakes, for example that loose motions with "
                            "weakness, high fever or vomiting need help today. Pupils then "
                            "practise in their group asking to see the medical officer using the "
                            "help sentence: I need help with ..., it is making me feel ..., can I "
                            "see the doctor?"
                        ),
                        "script": (
                            "Some illnesses can wait a day and some cannot. When in doubt, ask. It "
                            "is never wrong to ask to see the doctor."
                        ),
                        "tips": "",
                    },
                    {
                        "title": "Stand up, sit down quiz",
                        "minutes": 10,
                        "grouping": "whole_class",
                        "instructions": (
                            "Read out six true-or-false statements from the whole module, such as "
                            "sharing a comb is fine, or you should wash hands after the toilet and "
                            "before eating. Pupils stand up for true and stay sitting for false. "
                            "After each one, ask a pupil to explain the answer."
                        ),
                        "script": "Stand up if it is true, stay sitting if it is false. Ready?",
                        "tips": (
                            "This quiz needs no reading or writing, so every pupil can take part "
                            "equally."
                        ),
                    },
                    {
                        "title": "Closing and module wrap-up",
                        "minutes": 5,
                        "grouping": "whole_class",
                        "instructions": (
                            "Ask each pupil to name one hygiene habit from the module that they "
                            "will keep. Thank the class and remind them how to ask for the medical "
                            "officer. Count materials back in."
                        ),
                        "script": (
                            "Looking after your body here is hard, and you are learning to do it "
                            "well. These habits will stay with you when you go home."
                        ),
                        "tips": "",
                    },
                ],
                "discussion_questions": [
                    (
                        "Which hygiene habit from this module is easiest to keep here, and which "
                        "is hardest?"
                    ),
                    "How can the barrack work together to keep drinking water safe?",
                    "What would you do if a friend was very ill at night?",
                ],
                "callouts": [
                    {
                        "kind": "caution",
                        "text": (
                            "Do not diagnose or advise on medicines. Refer pupils who seem unwell "
                            "to the medical officer, and report several cases of diarrhoea or "
                            "vomiting together straight away."
                        ),
                    },
                ],
            },
        ],
    },
]

TRAINING_PROGRAMME = {
    "title": "ECIP refresher training for instructors",
    "slug": "refresher-training",
    "summary": (
        "A three-day refresher workshop for prison psychologists serving as ECIP instructors, "
        "covering their role, communication, teaching techniques and the redesigned ECIP "
        "curriculum."
    ),
    "introduction": (
        "This three-day refresher is for prison psychologists from Central and District Jails "
        "across Punjab who act as ECIP instructors, teaching the life-skills curriculum to "
        "children held in juvenile detention. It is delivered by educational experts of the "
        "partner organisation. Day 1 breaks the ice and revisits the psychologist's "
        "responsibilities and effective communication with children. Day 2 builds teaching "
        "techniques: assertive behaviour, motivating the pupil, and teaching with empathy and "
        "respect. Day 3 puts everything together in practice teaching with the redesigned ECIP "
        "curriculum, with peer feedback and a walk-through of how deliveries are recorded. "
        "Participants complete a short self-assessment at the start of Day 1 and at the end of Day "
        "3."
    ),
    "modules": [
        {
            "day": 1,
            "title": "Day 1: Ice-breaking, the psychologist's role and effective communication",
            "slug": "day-1",
            "summary": (
                "Instructors from different jails get to know each other, revisit their "
                "responsibilities as psychologists and ECIP instructors, and sharpen their "
                "communication with children in detention."
            ),
            "sessions": [
                {
                    "title": "Welcome and ice-breaking",
                    "minutes": 60,
                    "objectives": [
                        (
                            "Get to know colleagues from other jails and build a supportive group "
                            "for the three days."
                        ),
                        (
                            "Share expectations, and one success and one challenge from ECIP "
                            "delivery so far."
                        ),
                        "Agree the workshop norms and complete the pre-training self-assessment.",
                    ],
                    "activities": [
                        {
                            "name": "Two truths and a wish",
                            "minutes": 15,
                            "description": (
                                "Each participant shares two true facts about themselves and one "
                                "wish for their ECIP class; the group guesses which is the wish. "
                                "This models an ice-breaker instructors can adapt for pupils."
                            ),
                        },
                        {
                            "name": "Expectations tree",
                            "minutes": 20,
                            "description": (
                                "Participants add leaves (hopes for the workshop) and roots (what "
                                "they already bring) to a tree on chart paper, then share one "
                                "success and one challenge from their jail."
                            ),
                        },
                        {
                            "name": "Workshop agreement",
                            "minutes": 10,
                            "description": (
                                "The group agrees norms such as confidentiality about children, "
                                "phones away and respectful disagreement, mirroring the class "
                                "rules instructors set with pupils."
                            ),
                        },
                        {
                            "name": "Pre-training self-assessment",
                            "minutes": 15,
                            "description": (
                                "Participants complete a short self-assessment of confidence and "
                                "knowledge on communication, classroom techniques, safeguarding "
                                "and the curriculum, to compare with the end of Day 3."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Pre-training self-assessment sheet",
                            "note": (
                                "One page, rated on a five-point scale; repeated at the end of Day "
                                "3."
                            ),
                        },
                        {
                            "title": "Ice-breaker bank for pupils",
                            "note": (
                                "Ten short ice-breakers that need no materials and no touching, "
                                "suitable for a bare room with guards nearby."
                            ),
                        },
                    ],
                },
                {
                    "title": "The psychologist as ECIP instructor: roles and responsibilities",
                    "minutes": 90,
                    "objectives": [
                        (
                            "Distinguish the teaching role of the ECIP instructor from the "
                            "clinical role of the jail psychologist."
                        ),
                        "Apply boundaries and confidentiality in realistic classroom situations.",
                        (
                            "Review child protection duties and the referral pathway, including "
                            "for self-harm concerns."
                        ),
                        (
                            "Restate the rule that no child's identity, case or family details are "
                            "ever collected in class."
                        ),
                    ],
                    "activities": [
                        {
                            "name": "Two hats",
                            "minutes": 20,
                            "description": (
                                "In pairs, participants list tasks that belong to the clinician, "
                                "to the instructor, and to both, then discuss where the roles "
                                "overlap and where they must be kept apart."
                            ),
                        },
                        {
                            "name": "Boundary dilemmas",
                            "minutes": 35,
                            "description": (
                                "Small groups work through invented scenarios: a pupil starts "
                                "describing his case in class; a guard asks what a child said in "
                                "the lesson; a pupil asks you to carry a message to his family; a "
                                "pupil hints that he is being bullied at night. Groups agree a "
                                "response and the principle behind it."
                            ),
                        },
                        {
                            "name": "Referral pathway walk-through",
                            "minutes": 25,
                            "description": (
                                "Trainers walk through the child protection and self-harm referral "
                                "steps: stay with the child, do not promise secrecy, refer to the "
                                "psychologist and medical officer under the jail's procedure, and "
                                "record in the clinical file. Participants compare practice across "
                                "their jails."
                            ),
                        },
                        {
                            "name": "Reflection",
                            "minutes": 10,
                            "description": (
                                "Each participant notes one responsibility they want to strengthen "
                                "in their own jail."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Juvenile Justice System Act 2018: key protections",
                            "note": (
                                "A one-page summary prepared by the trainers, including the "
                                "protection of a child's identity."
                            ),
                        },
                        {
                            "title": "UN Convention on the Rights of the Child, Articles 37 and 40",
                            "note": (
                                "Child-friendly and instructor versions of the articles on "
                                "detention and juvenile justice."
                            ),
                        },
                        {
                            "title": "Referral flowchart template",
                            "note": (
                                "A blank flowchart each instructor completes with their own jail's "
                                "procedure and contacts."
                            ),
                        },
                    ],
                },
                {
                    "title": "Effective communication with children in detention",
                    "minutes": 90,
                    "objectives": [
                        "Practise active listening and reflecting back in Urdu and Punjabi.",
                        "Turn adult or clinical language into simple, child-friendly words.",
                        (
                            "Use body language and positioning that feel safe in a bare room with "
                            "guards nearby."
                        ),
                        "Respond to silence and refusal without pressure.",
                    ],
                    "activities": [
                        {
                            "name": "Listening triads",
                            "minutes": 30,
                            "description": (
                                "In threes (speaker, listener, observer), participants practise "
                                "listening and reflecting back on a neutral topic, and the "
                                "observer gives feedback on eye contact, nodding, interrupting and "
                                "summarising."
                            ),
                        },
                        {
                            "name": "Say it simply",
                            "minutes": 20,
                            "description": (
                                "Groups rewrite difficult sentences from lesson plans and clinical "
                                "talk into words a twelve-year-old with little schooling would "
                                "understand, then test them on another group."
                            ),
                        },
                        {
                            "name": "Where do I stand?",
                            "minutes": 20,
                            "description": (
                                "Participants try different positions in a bare room: standing in "
                                "front, sitting in the circle, kneeling beside a group, and "
                                "discuss how each feels to pupils and how to work alongside guards "
                                "without handing them the class."
                            ),
                        },
                        {
                            "name": "Silence and refusals",
                            "minutes": 15,
                            "description": (
                                "Short role-plays of a pupil who will not speak or refuses an "
                                "activity, practising the right to pass, offering choices and "
                                "following up privately."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Open and closed questions handout",
                            "note": (
                                "Examples of open questions that invite talk without probing into "
                                "cases or family."
                            ),
                        },
                        {
                            "title": "Feelings word list in Urdu and Punjabi",
                            "note": (
                                "The same word bank used in the mental-health module, for "
                                "instructors to keep at hand."
                            ),
                        },
                    ],
                },
                {
                    "title": "Day 1 closing circle",
                    "minutes": 30,
                    "objectives": [
                        "Consolidate the day's learning.",
                        "Identify questions to carry into Day 2.",
                    ],
                    "activities": [
                        {
                            "name": "One word, one question",
                            "minutes": 20,
                            "description": (
                                "Each participant shares one word about the day and one question "
                                "they still have; trainers group the questions for Day 2."
                            ),
                        },
                        {
                            "name": "Calm breathing close",
                            "minutes": 10,
                            "description": (
                                "Trainers lead the flower-and-candle breathing exercise from the "
                                "curriculum, so that participants experience it as their pupils "
                                "will."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Day 1 summary sheet",
                            "note": (
                                "Key points on roles, boundaries, referral and communication, to "
                                "take back to the jail."
                            ),
                        },
                    ],
                },
            ],
        },
        {
            "day": 2,
            "title": (
                "Day 2: Teaching techniques: assertive behaviour, motivating the pupil, empathy "
                "and respect"
            ),
            "slug": "day-2",
            "summary": (
                "Instructors practise the classroom techniques that keep children engaged and "
                "safe: calm, assertive leadership, motivation for pupils with mixed literacy, and "
                "teaching with empathy and respect."
            ),
            "sessions": [
                {
                    "title": "Assertive behaviour in the classroom",
                    "minutes": 90,
                    "objectives": [
                        "Distinguish passive, aggressive and assertive responses.",
                        "Set and hold class rules calmly and consistently.",
                        (
                            "Manage common disruptions without shaming pupils or handing "
                            "discipline to guards."
                        ),
                    ],
                    "activities": [
                        {
                            "name": "Three voices",
                            "minutes": 20,
                            "description": (
                                "Trainers demonstrate the same classroom moment three ways, "
                                "passive, aggressive and assertive, and participants identify the "
                                "words, tone and body language of each."
                            ),
                        },
                        {
                            "name": "Calm limits role-play",
                            "minutes": 35,
                            "description": (
                                "In small groups, participants practise the broken record "
                                "technique and calm, short limit-setting with pupils who talk over "
                                "others, leave their seat or mock a classmate."
                            ),
                        },
                        {
                            "name": "Disruption scenarios",
                            "minutes": 25,
                            "description": (
                                "Groups plan responses to harder moments: a quarrel starting in "
                                "the circle, a pupil who refuses to come in, a guard who wants to "
                                "intervene. They agree when to pause the lesson and when to "
                                "involve staff."
                            ),
                        },
                        {
                            "name": "Debrief",
                            "minutes": 10,
                            "description": (
                                "Participants name one assertive phrase they will use in their "
                                "next lesson."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Assertive phrases card",
                            "note": (
                                "Short phrases in Urdu and English for setting limits calmly, "
                                "sized to fit inside a printed lesson plan."
                            ),
                        },
                    ],
                },
                {
                    "title": "Motivating the pupil",
                    "minutes": 90,
                    "objectives": [
                        "Use specific praise for effort and small wins.",
                        "Offer choices and link lessons to pupils' lives now and after release.",
                        "Adapt activities so pupils who cannot read or write take a full part.",
                    ],
                    "activities": [
                        {
                            "name": "What kept me going",
                            "minutes": 15,
                            "description": (
                                "Participants recall a teacher or coach who motivated them as "
                                "children and list what that person did."
                            ),
                        },
                        {
                            "name": "Praise that works",
                            "minutes": 20,
                            "description": (
                                "Participants turn general praise such as good into specific "
                                "praise for effort, such as you kept listening even when it was "
                                "noisy, and practise it in pairs."
                            ),
                        },
                        {
                            "name": "No reading needed",
                            "minutes": 35,
                            "description": (
                                "Groups take one activity from the curriculum and adapt it for a "
                                "class where most pupils cannot read, using pictures, hand signs, "
                                "mime and oral answers, then present it."
                            ),
                        },
                        {
                            "name": "Energiser bank",
                            "minutes": 20,
                            "description": (
                                "Participants share and try quick, quiet energisers that need no "
                                "equipment and no touching, for when attention drops."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Adapting for mixed literacy",
                            "note": (
                                "A checklist for making any lesson step work with pictures, "
                                "symbols and speech."
                            ),
                        },
                        {
                            "title": "Energiser bank",
                            "note": "Twelve two-minute energisers collected from ECIP instructors.",
                        },
                    ],
                },
                {
                    "title": "Empathy and respect: trauma-informed teaching",
                    "minutes": 90,
                    "objectives": [
                        "Recognise how trauma and detention can show up as behaviour in class.",
                        "Respond with respect rather than shame, using dignified language.",
                        "Avoid activities and questions that may re-traumatise pupils.",
                        "Plan self-care for instructors working in a demanding setting.",
                    ],
                    "activities": [
                        {
                            "name": "Behind the behaviour",
                            "minutes": 25,
                            "description": (
                                "Groups look at invented examples of pupil behaviour, such as "
                                "sudden anger, sleeping in class or clowning, and discuss what "
                                "might lie behind them and how to respond."
                            ),
                        },
                        {
                            "name": "Language check",
                            "minutes": 20,
                            "description": (
                                "Participants list labels sometimes used about children in "
                                "detention and agree respectful alternatives, such as child or "
                                "pupil rather than mujrim or criminal."
                            ),
                        },
                        {
                            "name": "Safe openings and closings",
                            "minutes": 25,
                            "description": (
                                "Participants practise opening and closing lessons in ways that "
                                "help pupils settle and leave calmly, including breathing and "
                                "check-ins that never require disclosure."
                            ),
                        },
                        {
                            "name": "Looking after ourselves",
                            "minutes": 20,
                            "description": (
                                "A discussion of stress and secondary trauma among instructors, "
                                "and each participant plans one way to look after themselves and "
                                "one colleague they can turn to."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Trauma-informed classroom checklist",
                            "note": (
                                "Ten questions to check a lesson plan for safety, choice and "
                                "dignity."
                            ),
                        },
                        {
                            "title": "Respectful language guide",
                            "note": "Words to use and words to avoid, in Urdu and English.",
                        },
                    ],
                },
            ],
        },
        {
            "day": 3,
            "title": "Day 3: Delivering lessons with the redesigned ECIP curriculum",
            "slug": "day-3",
            "summary": (
                "Instructors learn their way around the redesigned curriculum, practise teaching "
                "real lesson plans with peer feedback, and learn to record each session they "
                "deliver in the session log."
            ),
            "sessions": [
                {
                    "title": "Tour of the redesigned ECIP curriculum",
                    "minutes": 60,
                    "objectives": [
                        "Navigate the curriculum modules and the parts of a lesson plan.",
                        "Use the preparation and safeguarding notes before every session.",
                        (
                            "Adapt timings and activities to their own jail without losing the "
                            "core steps."
                        ),
                    ],
                    "activities": [
                        {
                            "name": "Curriculum walk",
                            "minutes": 25,
                            "description": (
                                "Trainers walk through the modules and one lesson plan section by "
                                "section: code, objectives, duration, materials, preparation, "
                                "safeguarding notes, timed steps with facilitator script, and "
                                "discussion questions. Participants follow on printed copies."
                            ),
                        },
                        {
                            "name": "Find it fast",
                            "minutes": 15,
                            "description": (
                                "A quick team quiz in which participants find answers in the "
                                "printed plans, such as which lesson uses haldi or what to do if a "
                                "pupil mentions self-harm."
                            ),
                        },
                        {
                            "name": "Fitting it to my jail",
                            "minutes": 20,
                            "description": (
                                "In pairs from similar jails, participants discuss adaptations for "
                                "short sessions, lockdowns, very large or very small groups, and "
                                "rooms without mats, and decide which steps are core."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Printed lesson plans",
                            "note": (
                                "All lessons from the empathy, mental health and hygiene modules, "
                                "printed for use in jails without connectivity."
                            ),
                        },
                        {
                            "title": "Materials checklist",
                            "note": (
                                "A list of safe materials allowed in jail classrooms, with a "
                                "reminder to count materials in and out."
                            ),
                        },
                    ],
                },
                {
                    "title": "Practice teaching and peer feedback",
                    "minutes": 150,
                    "objectives": [
                        (
                            "Deliver part of a real lesson plan using the techniques from Days 1 "
                            "and 2."
                        ),
                        "Give and receive specific, respectful feedback.",
                        "Check delivery against the lesson plan's steps and timings.",
                    ],
                    "activities": [
                        {
                            "name": "Preparation",
                            "minutes": 25,
                            "description": (
                                "In groups of four, each participant chooses one lesson step of "
                                "ten to fifteen minutes from a lesson they will teach soon, and "
                                "prepares it using the plan's preparation and safeguarding notes."
                            ),
                        },
                        {
                            "name": "Micro-teaching rounds",
                            "minutes": 80,
                            "description": (
                                "Each participant teaches their step to the group, who act as "
                                "pupils, including a quiet pupil, a pupil who cannot read and a "
                                "pupil who interrupts. One colleague observes with a simple "
                                "checklist of steps followed, timing, assertive and respectful "
                                "language, and inclusion."
                            ),
                        },
                        {
                            "name": "Two stars and a wish",
                            "minutes": 30,
                            "description": (
                                "After each round, the observer and pupils give two specific "
                                "strengths and one suggestion, and the teacher reflects on what "
                                "they would change."
                            ),
                        },
                        {
                            "name": "Whole-group learning",
                            "minutes": 15,
                            "description": (
                                "Trainers collect common strengths and challenges from all groups "
                                "and agree tips for the curriculum team."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Peer observation checklist",
                            "note": (
                                "One page listing the lesson steps, timing, techniques and "
                                "inclusion points to look for."
                            ),
                        },
                        {
                            "title": "Feedback guide",
                            "note": "How to give feedback that is specific, kind and useful.",
                        },
                    ],
                },
                {
                    "title": "Using the session log",
                    "minutes": 60,
                    "objectives": [
                        (
                            "Record every planned session, whether delivered, partly delivered or "
                            "not held, with the reason."
                        ),
                        "Record which steps of the lesson plan were done and any adaptations made.",
                        (
                            "Record headcounts by age band only, never a child's name, case number "
                            "or other identifying detail."
                        ),
                    ],
                    "activities": [
                        {
                            "name": "Session log walk-through",
                            "minutes": 15,
                            "description": (
                                "Trainers show the session log: the lesson and class group, date, "
                                "minutes, headcount by age band, status, which steps were done, "
                                "adaptations, the reason when a session was not held (such as "
                                "lockdown, court day or staff shortage), and notes. They explain "
                                "that paper registers kept in the jail can be entered later when "
                                "connectivity allows."
                            ),
                        },
                        {
                            "name": "Practice entries",
                            "minutes": 30,
                            "description": (
                                "Participants complete log entries from invented scenarios: a full "
                                "session, a session cut short by a headcount, and a session "
                                "cancelled because of a court day. They tick the steps done and "
                                "describe adaptations."
                            ),
                        },
                        {
                            "name": "What never goes in the log",
                            "minutes": 15,
                            "description": (
                                "Participants review sample notes and remove anything that could "
                                "identify a child, such as names, case numbers, family details or "
                                "descriptions of offences, and discuss where clinical concerns "
                                "should be recorded instead."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Paper register template",
                            "note": (
                                "A printable register matching the session log fields, for use "
                                "inside jails where devices are not allowed."
                            ),
                        },
                        {
                            "title": "Session log quick guide",
                            "note": (
                                "A one-page guide to each field, with examples of good and bad "
                                "notes."
                            ),
                        },
                    ],
                },
                {
                    "title": "Action planning and closing",
                    "minutes": 45,
                    "objectives": [
                        "Plan the next month of ECIP sessions in each jail.",
                        "Complete the post-training self-assessment.",
                    ],
                    "activities": [
                        {
                            "name": "My next month",
                            "minutes": 20,
                            "description": (
                                "Each participant plans which lessons they will deliver next, the "
                                "preparation needed and the support they will ask for from jail "
                                "administration."
                            ),
                        },
                        {
                            "name": "Post-training self-assessment",
                            "minutes": 15,
                            "description": (
                                "Participants repeat the Day 1 self-assessment and compare their "
                                "scores."
                            ),
                        },
                        {
                            "name": "Closing circle",
                            "minutes": 10,
                            "description": (
                                "Each participant shares one thing they will do differently in "
                                "their next lesson."
                            ),
                        },
                    ],
                    "resources": [
                        {
                            "title": "Post-training self-assessment sheet",
                            "note": "The same questions as the Day 1 sheet, for comparison.",
                        },
                        {
                            "title": "Monthly delivery plan template",
                            "note": (
                                "A simple planner for scheduling lessons around court days and "
                                "jail routines."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
}
