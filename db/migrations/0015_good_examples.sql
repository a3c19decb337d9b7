CREATE TABLE "good_examples" (
	"id" serial PRIMARY KEY NOT NULL,
	"initiative_id" integer NOT NULL,
	"change_test_id" integer,
	"title" text NOT NULL,
	"what_was_done" text NOT NULL,
	"what_was_learnt" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by_user_id" integer,
	CONSTRAINT "good_examples_initiative_test_key" UNIQUE NULLS NOT DISTINCT("initiative_id","change_test_id")
);
--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_change_test_id_change_tests_id_fk" FOREIGN KEY ("change_test_id") REFERENCES "public"."change_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;