CREATE TABLE "answer_count_questions" (
	"survey_key" "survey_key" NOT NULL,
	"question_id" text NOT NULL,
	CONSTRAINT "answer_count_questions_survey_key_question_id_pk" PRIMARY KEY("survey_key","question_id")
);
--> statement-breakpoint
CREATE TABLE "response_answer_counts" (
	"round_id" integer NOT NULL,
	"survey_key" "survey_key" NOT NULL,
	"organisation_id" integer NOT NULL,
	"channel_id" integer NOT NULL,
	"locale" text NOT NULL,
	"target_group" text NOT NULL,
	"question_id" text NOT NULL,
	"answer" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "response_answer_counts_pk" PRIMARY KEY("round_id","survey_key","organisation_id","channel_id","locale","target_group","question_id","answer")
);
--> statement-breakpoint
ALTER TABLE "response_answer_counts" ADD CONSTRAINT "response_answer_counts_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;