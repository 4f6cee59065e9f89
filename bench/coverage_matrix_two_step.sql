-- The same matrix as coverage_matrix.sql, written for speed: first one row per jail and
-- lesson (a hash aggregate), then the roll-up to modules, instead of count(DISTINCT),
-- which sorts. The dashboard's own query has the first step's shape.
--   psql -v start=2026-05-28 -v end=2026-11-28 -f bench/coverage_matrix_two_step.sql
WITH live_lessons AS (
    SELECT lesson.translation_key AS lesson_key, module.translation_key AS module_key
    FROM wagtailcore_page lesson
    JOIN curriculum_lessonplanpage plan ON plan.page_ptr_id = lesson.id
    JOIN wagtailcore_locale locale ON locale.id = lesson.locale_id
    JOIN wagtailcore_page module
        ON module.path = substr(lesson.path, 1, length(lesson.path) - 4) AND module.live
    WHERE lesson.live AND locale.language_code = 'en'
),
per_lesson AS (
    SELECT jail_id, lesson_key, bool_or(status = 'delivered') AS delivered
    FROM lms_sessionlog
    WHERE delivered_on BETWEEN :'start' AND :'end' AND status IN ('delivered', 'partly')
    GROUP BY jail_id, lesson_key
)
SELECT per_lesson.jail_id,
       live_lessons.module_key,
       count(*) AS lessons_covered,
       count(*) FILTER (WHERE per_lesson.delivered) AS lessons_delivered
FROM per_lesson
JOIN live_lessons ON live_lessons.lesson_key = per_lesson.lesson_key
GROUP BY per_lesson.jail_id, live_lessons.module_key;
