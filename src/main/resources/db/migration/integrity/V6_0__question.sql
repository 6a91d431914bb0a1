-- Public questions and answers (item O5). What was asked is kept as typed only until it is
-- answered or refused; the public sees it with personal data masked. An e-mail address is kept
-- only to say the answer is out, and is deleted when it is.
create table question (
  id             uuid primary key,
  station_id     uuid not null references station (id),
  form_token     varchar(40) not null,
  asked_at       timestamp with time zone not null,
  asker_name     varchar(100),
  asker_email    varchar(200),
  body           varchar(2000),
  masked_body    varchar(2000) not null,
  status         varchar(10) not null check (status in ('WAITING', 'PUBLISHED', 'REFUSED')),
  answer         varchar(4000),
  answered_at    timestamp with time zone,
  answered_by    varchar(64),
  constraint question_form_token_uq unique (station_id, form_token)
);
create index question_station_idx on question (station_id, status, answered_at);
