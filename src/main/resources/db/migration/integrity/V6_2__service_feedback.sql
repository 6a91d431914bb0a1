-- The station's own feedback after a service (evidence for item O5), not the national EIT survey:
-- a rating of 1 to 5 for one kind of service, and a comment if the person left one. Only the
-- comment with its personal data masked is kept; what was typed is never stored.
-- The services are listed with "= any (array[...])", which is what PostgreSQL makes of "in (...)":
-- H2 2.4.240 evaluates an "in" list of a check constraint with the session that created it, and
-- refuses every row once that connection is closed.
create table service_feedback (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  form_token     varchar(40) not null,
  given_at       timestamp with time zone not null,
  service        varchar(30) not null check (service = any (array['REPORT', 'LOST_DOCUMENT', 'DOCUMENT_COPY',
                   'TRAFFIC', 'CASE_INQUIRY', 'OTHER'])),
  rating         int not null check (rating between 1 and 5),
  comment        varchar(1000),
  constraint service_feedback_form_token_uq unique (station_id, form_token)
);
create index service_feedback_station_idx on service_feedback (station_id, given_at);
