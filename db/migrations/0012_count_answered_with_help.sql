ALTER TABLE "response_answer_counts" ADD COLUMN "answered_with_help" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "response_answer_counts" DROP CONSTRAINT "response_answer_counts_pk";
--> statement-breakpoint
ALTER TABLE "response_answer_counts" ADD CONSTRAINT "response_answer_counts_pk" PRIMARY KEY("round_id","survey_key","organisation_id","channel_id","locale","target_group","answered_with_help","question_id","answer");--> statement-breakpoint
-- "Answered with help" (kiosk devices) is a dimension of the counts, so the dashboards can show it as a group of its
-- own, suppressed like any other, without reading raw responses. Same trigger as migration 0004 plus that column.
CREATE OR REPLACE FUNCTION "count_response_answers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "response_answer_counts" AS c
		("round_id", "survey_key", "organisation_id", "channel_id", "locale", "target_group", "answered_with_help", "question_id", "answer", "count")
	SELECT round_id, survey_key, organisation_id, channel_id, locale, target_group, answered_with_help, question_id, answer, sum(n)::int
	FROM (
		SELECT r.round_id, r.survey_key, coalesce(r.organisation_id, 0) AS organisation_id, coalesce(r.channel_id, 0) AS channel_id,
			r.locale,
			CASE WHEN r.survey_key = 'target-feedback' THEN coalesce(r.answers ->> 'target_group', 'not_stated') ELSE '' END AS target_group,
			r.answered_with_help,
			q.question_id, coalesce(r.answers ->> q.question_id, '') AS answer, 1 AS n
		FROM new_responses r JOIN "answer_count_questions" q ON q.survey_key = r.survey_key
		UNION ALL
		SELECT r.round_id, r.survey_key, coalesce(r.organisation_id, 0), coalesce(r.channel_id, 0), r.locale,
			CASE WHEN r.survey_key = 'target-feedback' THEN coalesce(r.answers ->> 'target_group', 'not_stated') ELSE '' END,
			r.answered_with_help,
			'', '', 1
		FROM new_responses r
	) answers
	GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
	ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
	ON CONFLICT ("round_id", "survey_key", "organisation_id", "channel_id", "locale", "target_group", "answered_with_help", "question_id", "answer")
	DO UPDATE SET "count" = c."count" + excluded."count";
	RETURN NULL;
END
$$;
