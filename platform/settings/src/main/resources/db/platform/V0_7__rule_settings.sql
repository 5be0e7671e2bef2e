-- The agency's rule settings as an ADMIN changed them (RuleSettingChanged), kept by every service that applies one:
-- clients-service writes a row with the change, the others when the event arrives. Rows are only ever inserted.
create table rule_setting_change (
    change_id      uuid primary key,
    setting        varchar(64)  not null,
    value          varchar(500) not null,
    effective_from timestamptz  not null,
    reason         varchar(500) not null,
    changed_by     uuid         not null,
    changed_at     timestamptz  not null
);
create index rule_setting_change_in_force on rule_setting_change (setting, effective_from desc, changed_at desc);
