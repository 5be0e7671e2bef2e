-- One signal per fact: an overdue invoice or a job's overrun is one signal whose weight follows its stage and which
-- is cleared (payment, a raised budget) rather than a new signal per event; every change of it is a step of its
-- history. actuals_* keep what the overrun was measured against, to know when a new budget lies above it.
alter table health_signal add column cleared_at timestamptz;
alter table health_signal add column actuals_amount numeric(19, 4);
alter table health_signal add column actuals_currency varchar(3);

create table health_signal_step (
    id                 uuid          primary key,
    signal_id          uuid          not null references health_signal (id),
    weight             integer       not null,
    detail             varchar(500)  not null,
    source_event_id    uuid,
    source_event_type  varchar(255),
    happened_at        timestamptz   not null
);

create index health_signal_step_signal on health_signal_step (signal_id, happened_at);

-- Before, each overdue stage and each 100% event was a signal of its own: the latest of each invoice (or job) is
-- kept as the one signal, with every one of them as a step of its history.
with ranked as (
    select s.*, first_value(s.id) over (
               partition by s.client_id, s.signal,
                   case when s.signal in ('INVOICE_OVERDUE', 'BUDGET_OVERRUN') then s.source_ref else s.id::text end
               order by s.observed_at desc, s.id desc) as survivor
    from health_signal s
)
insert into health_signal_step (id, signal_id, weight, detail, source_event_id, source_event_type, happened_at)
select gen_random_uuid(), survivor, weight, detail, source_event_id, source_event_type, observed_at from ranked;

delete from health_signal s
where s.signal in ('INVOICE_OVERDUE', 'BUDGET_OVERRUN')
  and exists (select 1 from health_signal t
              where t.client_id = s.client_id and t.signal = s.signal and t.source_ref = s.source_ref
                and (t.observed_at, t.id) > (s.observed_at, s.id));
