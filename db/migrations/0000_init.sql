CREATE TYPE "public"."decision_status" AS ENUM('pending', 'extend', 'not_extend');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('municipality', 'agency', 'region', 'ngo');--> statement-breakpoint
CREATE TYPE "public"."round_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."survey_key" AS ENUM('actor-followup', 'target-feedback');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('strategist', 'coordinator', 'viewer');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"outcome" text NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "channels" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"public_code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channels_public_code_unique" UNIQUE("public_code")
);
--> statement-breakpoint
CREATE TABLE "extension_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"status" "decision_status" DEFAULT 'pending' NOT NULL,
	"decided_on" date,
	"deciding_body" text,
	"case_number" text,
	"recorded_by_user_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_by_user_id" integer,
	"expires_at" timestamp with time zone,
	"used" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"is_principal" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "rate_limit_buckets" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_buckets_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "responses" (
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
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "responses_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "submitted_week_is_iso_week" CHECK ("responses"."submitted_week" ~ '^[0-9]{4}-W[0-9]{2}$'),
	CONSTRAINT "response_source_matches_survey" CHECK (("responses"."survey_key" = 'actor-followup' AND "responses"."organisation_id" IS NOT NULL AND "responses"."channel_id" IS NULL)
       OR ("responses"."survey_key" = 'target-feedback' AND "responses"."channel_id" IS NOT NULL AND "responses"."organisation_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "round_participations" (
	"round_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "round_participations_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "round_surveys" (
	"round_id" integer NOT NULL,
	"survey_key" "survey_key" NOT NULL,
	"survey_version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_surveys_round_id_survey_key_pk" PRIMARY KEY("round_id","survey_key")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"status" "round_status" DEFAULT 'draft' NOT NULL,
	"opens_on" date,
	"closes_on" date,
	"min_group_size" integer DEFAULT 5 NOT NULL,
	"raw_responses_deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rounds_slug_unique" UNIQUE("slug"),
	CONSTRAINT "min_group_size_at_least_3" CHECK ("rounds"."min_group_size" >= 3)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "user_role" NOT NULL,
	"organisation_id" integer,
	"disabled_at" timestamp with time zone,
	"sessions_valid_after" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "coordinator_has_organisation" CHECK ("users"."role" <> 'coordinator' OR "users"."organisation_id" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channels" ADD CONSTRAINT "channels_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_decisions" ADD CONSTRAINT "extension_decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_decisions" ADD CONSTRAINT "extension_decisions_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_participations" ADD CONSTRAINT "round_participations_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_participations" ADD CONSTRAINT "round_participations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_surveys" ADD CONSTRAINT "round_surveys_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "channels_round_idx" ON "channels" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_decisions_org_period_idx" ON "extension_decisions" USING btree ("organisation_id","period");--> statement-breakpoint
CREATE INDEX "invitations_round_org_idx" ON "invitations" USING btree ("round_id","organisation_id");--> statement-breakpoint
CREATE INDEX "responses_round_survey_idx" ON "responses" USING btree ("round_id","survey_key");