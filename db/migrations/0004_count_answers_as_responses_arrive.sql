-- Dashboards read per-round answer counts that are kept up to date as responses arrive, so that a round's whole
-- dashboard never scans its raw responses (and survives their deletion, privacy rule 6). A statement-level trigger:
-- a bulk insert costs one grouped upsert, a single submission a few rows. Rows are upserted in key order so that
-- two concurrent submissions lock them in the same order.
INSERT INTO "answer_count_questions" ("survey_key", "question_id") VALUES
	('actor-followup', 'aware_strategy'),
	('actor-followup', 'aware_model'),
	('actor-followup', 'aware_platform'),
	('actor-followup', 'platform_usefulness'),
	('actor-followup', 'supports_meeting_across'),
	('actor-followup', 'model_helped_identify_challenges'),
	('actor-followup', 'preparedness'),
	('actor-followup', 'dialogue_meetings_value'),
	('actor-followup', 'recommend_extension'),
	('target-feedback', 'offered_support'),
	('target-feedback', 'support_met_needs'),
	('target-feedback', 'know_where_to_turn'),
	('target-feedback', 'stress_level'),
	('target-feedback', 'worry_level'),
	('target-feedback', 'sleep_problems'),
	('target-feedback', 'target_group');
--> statement-breakpoint
CREATE FUNCTION "count_response_answers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "response_answer_counts" AS c
		("round_id", "survey_key", "organisation_id", "channel_id", "locale", "target_group", "question_id", "answer", "count")
	SELECT round_id, survey_key, organisation_id, channel_id, locale, target_group, question_id, answer, sum(n)::int
	FROM (
		SELECT r.round_id, r.survey_key, coalesce(r.organisation_id, 0) AS organisation_id, coalesce(r.channel_id, 0) AS channel_id,
			r.locale,
			CASE WHEN r.survey_key = 'target-feedback' THEN coalesce(r.answers ->> 'target_group', 'not_stated') ELSE '' END AS target_group,
			q.question_id, coalesce(r.answers ->> q.question_id, '') AS answer, 1 AS n
		FROM new_responses r JOIN "answer_count_questions" q ON q.survey_key = r.survey_key
		UNION ALL
		SELECT r.round_id, r.survey_key, coalesce(r.organisation_id, 0), coalesce(r.channel_id, 0), r.locale,
			CASE WHEN r.survey_key = 'target-feedback' THEN coalesce(r.answers ->> 'target_group', 'not_stated') ELSE '' END,
			'', '', 1
		FROM new_responses r
	) answers
	GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
	ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
	ON CONFLICT ("round_id", "survey_key", "organisation_id", "channel_id", "locale", "target_group", "question_id", "answer")
	DO UPDATE SET "count" = c."count" + excluded."count";
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "responses_count_answers" AFTER INSERT ON "responses"
	REFERENCING NEW TABLE AS new_responses FOR EACH STATEMENT EXECUTE FUNCTION "count_response_answers"();
