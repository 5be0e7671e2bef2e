-- A voided retainer invoice no longer holds its period: a person may bill it again (the scheduler never does; it
-- counts every invoice of a period, voided ones too). At most one invoice of a period is not void.
alter table invoice drop constraint invoice_retainer_period;
create unique index invoice_retainer_period on invoice (contract_id, period_start) where status <> 'VOID';
