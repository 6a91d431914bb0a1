-- Append-only, hash-chained audit trail; one dialect for PostgreSQL and H2 (PostgreSQL mode).
-- The application only ever inserts into audit_entry. Column sizes match the truncation limits in AuditTrail.
create table audit_entry (
  seq            bigint not null primary key,
  occurred_at    timestamp with time zone not null,
  station_id     uuid,
  actor          varchar(100) not null,
  actor_roles    varchar(200) not null,
  action         varchar(100) not null,
  target         varchar(200) not null,
  before_summary varchar(1000) not null,
  after_summary  varchar(1000) not null,
  client_address varchar(64),
  prev_hash      char(64) not null,
  hash           char(64) not null
);
create index audit_entry_by_station_idx on audit_entry (station_id, seq);

-- The chain's head: locked (select ... for update) by every append, so that appends from all
-- application instances are serialised; also lets verification notice a deleted last entry.
create table audit_head (
  id        int not null primary key,
  last_seq  bigint not null,
  last_hash char(64) not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
