-- The same matrix as coverage_matrix_two_step.sql, read as the dashboard reads it since
-- the monthly roll-ups (docs/reports.md): whole months from lms_monthlylessondelivery,
-- and the days before and after them from the logs.
--   psql -v start=2026-05-16 -v end=2026-11-15 -v first=2026-06-01 -v stop=2026-11-01 \
--        -f bench/coverage_matrix_rollup.sql
WITH live_lessons AS (
    SELECT lesson.translation_key AS lesson_key, module.translation_key AS module_key
    FROM wagtailcore_page lesson
    JOIN curriculum_lessonplanpage plan ON plan.page_ptr_id = lesson.id
    JOIN wagtailcore_locale locale ON locale.id = lesson.locale_id
    JOIN wagtailcore_page module
        ON module.path = substr(lesson.path, 1, length(lesson.path) - 4) AND module.live
    WHERE lesson.live AND locale.language_code = 'en'
),
held AS (
    SELECT jail_id, lesson_key, delivered > 0 AS delivered
    FROM lms_monthlylessondelivery
    WHERE month >= :'first' AND month < :'stop'
    UNION ALL
    SELECT jail_id, lesson_key, status = 'delivered'
    FROM lms_sessionlog
    WHERE status IN ('delivered', 'partly')
      AND (delivered_on BETWEEN :'start' AND (:'first'::date - 1)
           OR delivered_on BETWEEN :'stop' AND :'end')
),
per_lesson AS (
    SELECT jail_id, lesson_key, bool_or(delivered) AS delivered
    FROM held
    GROUP BY jail_id, lesson_key
)
SELECT per_lesson.jail_id,
       live_lessons.module_key,
       count(*) AS lessons_covered,
       count(*) FILTER (WHERE per_lesson.delivered) AS lessons_delivered
FROM per_lesson
JOIN live_lessons ON live_lessons.lesson_key = per_lesson.lesson_key
GROUP BY per_lesson.jail_id, live_lessons.module_key;
