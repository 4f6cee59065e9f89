-- The jails x modules coverage matrix in plain SQL, for comparison with the dashboard
-- (docs/performance.md). psql variables: start and end, the period (inclusive), e.g.
--   psql -v start=2026-05-28 -v end=2026-11-28 -f bench/coverage_matrix.sql
-- A lesson counts once per jail if it was delivered or partly delivered in the period,
-- by translation key, and only while it is live under a live module of the source-
-- language curriculum; "delivered" counts lessons delivered in full at least once.
WITH live_lessons AS (
    SELECT lesson.translation_key AS lesson_key, module.translation_key AS module_key
    FROM wagtailcore_page lesson
    JOIN curriculum_lessonplanpage plan ON plan.page_ptr_id = lesson.id
    JOIN wagtailcore_locale locale ON locale.id = lesson.locale_id
    JOIN wagtailcore_page module
        ON module.path = substr(lesson.path, 1, length(lesson.path) - 4) AND module.live
    WHERE lesson.live AND locale.language_code = 'en'
)
SELECT log.jail_id,
       live_lessons.module_key,
       count(DISTINCT log.lesson_key) AS lessons_covered,
       count(DISTINCT log.lesson_key) FILTER (WHERE log.status = 'delivered') AS lessons_delivered
FROM lms_sessionlog log
JOIN live_lessons ON live_lessons.lesson_key = log.lesson_key
WHERE log.delivered_on BETWEEN :'start' AND :'end'
  AND log.status IN ('delivered', 'partly')
GROUP BY log.jail_id, live_lessons.module_key;
