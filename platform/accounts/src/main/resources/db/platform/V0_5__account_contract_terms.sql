-- Every contract of a client, not only the latest signed: a contract is in force only from its start date, so a
-- contract signed today for next year must not replace the one in force. The copy answers the contract in force on a
-- day and the next one.
create table account_contract_term_copy (
    contract_id  uuid          primary key,
    client_id    uuid          not null,
    contract_type varchar(20)  not null,
    starts_on    date          not null,
    ends_on      date          not null,
    value_amount numeric       not null, -- unconstrained: keeps the scale the contract was written with
    value_currency char(3)     not null,
    included_revision_rounds integer not null
);

create index account_contract_term_copy_client on account_contract_term_copy (client_id, starts_on);

insert into account_contract_term_copy (contract_id, client_id, contract_type, starts_on, ends_on, value_amount,
                                        value_currency, included_revision_rounds)
select contract_id, client_id, contract_type, starts_on, ends_on, value_amount, value_currency,
       included_revision_rounds
from account_contract_copy;

drop table account_contract_copy;
