CREATE TYPE "public"."change_test_decision" AS ENUM('adopt', 'adapt', 'abandon');--> statement-breakpoint
CREATE TYPE "public"."initiative_status" AS ENUM('active', 'paused', 'finished');--> statement-breakpoint
CREATE TYPE "public"."measure_direction" AS ENUM('higher_is_better', 'lower_is_better');--> statement-breakpoint
CREATE TYPE "public"."measure_kind" AS ENUM('outcome', 'process', 'balancing');--> statement-breakpoint
CREATE TYPE "public"."measure_period" AS ENUM('week', 'month', 'quarter', 'round');--> statement-breakpoint
CREATE TYPE "public"."measure_unit" AS ENUM('count', 'percent', 'number');--> statement-breakpoint
CREATE TABLE "change_tests" (
	"id" serial PRIMARY KEY NOT NULL,
	"initiative_id" integer NOT NULL,
	"idea" text NOT NULL,
	"prediction" text NOT NULL,
	"who" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"happened" text DEFAULT '' NOT NULL,
	"studied" text DEFAULT '' NOT NULL,
	"decision" "change_test_decision",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_test_dates_in_order" CHECK ("change_tests"."ends_on" IS NULL OR "change_tests"."ends_on" >= "change_tests"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "initiative_owners" (
	"initiative_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "initiative_owners_initiative_id_organisation_id_pk" PRIMARY KEY("initiative_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"step" integer DEFAULT 1 NOT NULL,
	"step_changed_on" date NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"aim_what" text DEFAULT '' NOT NULL,
	"aim_how_much" text DEFAULT '' NOT NULL,
	"aim_by_when" date,
	"root_causes" text DEFAULT '' NOT NULL,
	"target_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "initiative_status" DEFAULT 'active' NOT NULL,
	"learnt" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_step_1_to_3" CHECK ("initiatives"."step" BETWEEN 1 AND 3)
);
--> statement-breakpoint
CREATE TABLE "measure_values" (
	"measure_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_values_measure_id_period_pk" PRIMARY KEY("measure_id","period")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"initiative_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" "measure_kind" NOT NULL,
	"definition" text NOT NULL,
	"unit" "measure_unit" NOT NULL,
	"unit_label" text DEFAULT '' NOT NULL,
	"direction" "measure_direction" NOT NULL,
	"period" "measure_period" NOT NULL,
	"indicator_id" text,
	"baseline_start" integer DEFAULT 0 NOT NULL,
	"baseline_length" integer DEFAULT 12 NOT NULL,
	"baseline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_round_period_has_indicator" CHECK (("measures"."period" = 'round') = ("measures"."indicator_id" IS NOT NULL)),
	CONSTRAINT "measure_baseline_sane" CHECK ("measures"."baseline_start" >= 0 AND "measures"."baseline_length" >= 1)
);
--> statement-breakpoint
ALTER TABLE "change_tests" ADD CONSTRAINT "change_tests_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_owners" ADD CONSTRAINT "initiative_owners_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_owners" ADD CONSTRAINT "initiative_owners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_values" ADD CONSTRAINT "measure_values_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_owners_organisation_idx" ON "initiative_owners" USING btree ("organisation_id");