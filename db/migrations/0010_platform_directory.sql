CREATE TYPE "public"."service_language_mode" AS ENUM('staff', 'interpreter');--> statement-breakpoint
CREATE TYPE "public"."service_status" AS ENUM('active', 'paused', 'ended');--> statement-breakpoint
CREATE TABLE "dialogue_meeting_organisations" (
	"meeting_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "dialogue_meeting_organisations_meeting_id_organisation_id_pk" PRIMARY KEY("meeting_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "dialogue_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"held_on" date NOT NULL,
	"theme" text NOT NULL,
	"notes" text,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_categories_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_category_links" (
	"service_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	CONSTRAINT "service_category_links_service_id_category_id_pk" PRIMARY KEY("service_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "service_languages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"code" text NOT NULL,
	"mode" "service_language_mode" NOT NULL,
	CONSTRAINT "language_code_iso_639_3" CHECK ("service_languages"."code" ~ '^[a-z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "service_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"municipality" text NOT NULL,
	"address" text,
	"postal_code" text
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" integer NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"status" "service_status" DEFAULT 'active' NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"application_process" text,
	"referral_required" boolean DEFAULT false NOT NULL,
	"phone" text,
	"email" text,
	"url" text,
	"target_groups" text[] NOT NULL,
	"for_children" boolean DEFAULT false NOT NULL,
	"for_adults" boolean DEFAULT true NOT NULL,
	"schedule_description" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" integer,
	"verified_at" timestamp with time zone,
	"verified_by_user_id" integer,
	CONSTRAINT "service_serves_someone" CHECK ("services"."for_children" OR "services"."for_adults"),
	CONSTRAINT "service_valid_period" CHECK ("services"."valid_to" IS NULL OR "services"."valid_from" IS NULL OR "services"."valid_to" >= "services"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "dialogue_meeting_organisations" ADD CONSTRAINT "dialogue_meeting_organisations_meeting_id_dialogue_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."dialogue_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_organisations" ADD CONSTRAINT "dialogue_meeting_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meetings" ADD CONSTRAINT "dialogue_meetings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_categories" ADD CONSTRAINT "service_categories_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_category_links" ADD CONSTRAINT "service_category_links_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_category_links" ADD CONSTRAINT "service_category_links_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_languages" ADD CONSTRAINT "service_languages_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_locations" ADD CONSTRAINT "service_locations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_verified_by_user_id_users_id_fk" FOREIGN KEY ("verified_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_languages_service_code_idx" ON "service_languages" USING btree ("service_id","code");--> statement-breakpoint
CREATE INDEX "service_locations_service_idx" ON "service_locations" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "services_organisation_idx" ON "services" USING btree ("organisation_id");