-- Four eyes on client money: an invoice is issued only once approved by someone who did not draft it (an invoice the
-- system drafted, created_by null, was drafted by nobody). Who, when and at which level are kept with the invoice.
alter table invoice add column approved_by uuid;
alter table invoice add column approved_at timestamp(6) with time zone;
alter table invoice add column approval_level varchar(16);
alter table invoice add constraint invoice_four_eyes check (approved_by is null or created_by is null
                                                            or approved_by <> created_by);
