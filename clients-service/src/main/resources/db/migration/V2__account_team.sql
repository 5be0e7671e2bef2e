-- Who is on which client's account team, in which account role; one role per person per client.
create table account_team_member (
    client_id       uuid        not null references client (id),
    staff_id        uuid        not null,
    account_role    varchar(30) not null,
    primary_contact boolean     not null,
    joined_at       timestamptz not null,
    primary key (client_id, staff_id)
);

create index account_team_member_staff on account_team_member (staff_id);
-- at most one primary contact per client, whatever the application does
create unique index account_team_one_primary on account_team_member (client_id) where primary_contact;
