-- A locked report version never changes and is never deleted on its own: the database refuses, whatever the app does.
CREATE OR REPLACE FUNCTION refuse_locked_report_change() RETURNS trigger AS $$
BEGIN
  IF OLD.locked_at IS NOT NULL THEN
    RAISE EXCEPTION 'report version % of round % is locked', OLD.version, OLD.round_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER report_versions_locked BEFORE UPDATE OR DELETE ON report_versions
  FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION refuse_locked_report_change();
