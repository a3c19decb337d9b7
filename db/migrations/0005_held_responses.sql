CREATE TABLE "held_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"round_id" integer NOT NULL,
	"survey_key" "survey_key" NOT NULL,
	"survey_version" integer NOT NULL,
	"organisation_id" integer,
	"channel_id" integer,
	"locale" text NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_week" text NOT NULL,
	CONSTRAINT "held_responses_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "held_submitted_week_is_iso_week" CHECK ("held_responses"."submitted_week" ~ '^[0-9]{4}-W[0-9]{2}$'),
	CONSTRAINT "held_response_source_matches_survey" CHECK (("held_responses"."survey_key" = 'actor-followup' AND "held_responses"."organisation_id" IS NOT NULL AND "held_responses"."channel_id" IS NULL)
       OR ("held_responses"."survey_key" = 'target-feedback' AND "held_responses"."channel_id" IS NOT NULL AND "held_responses"."organisation_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "release_days" (
	"day" date PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "held_responses" ADD CONSTRAINT "held_responses_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_responses" ADD CONSTRAINT "held_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_responses" ADD CONSTRAINT "held_responses_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "held_responses_round_idx" ON "held_responses" USING btree ("round_id");