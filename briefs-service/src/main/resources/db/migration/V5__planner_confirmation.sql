-- When the client's team has a planner, approval waits for the planner's word on audience, insight and proposition:
-- the revision whose planner sections the planner wrote or confirmed, by whom and when.
alter table brief add column planner_confirmed_by uuid;
alter table brief add column planner_confirmed_at timestamptz;
alter table brief add column planner_confirmed_revision integer;
