-- Who presented the work to the client: the one who recorded the presentation and whoever presented with them (the
-- account director with the creative director). Empty for every other kind of decision.
alter table decision_entry add column presenters text not null default '[]';
update decision_entry set presenters = '["' || decided_by || '"]'
where kind = 'PRESENTATION' and decided_by is not null;
