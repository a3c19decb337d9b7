ALTER TABLE "held_responses" ADD COLUMN "answered_with_help" boolean DEFAULT false NOT NULL;
