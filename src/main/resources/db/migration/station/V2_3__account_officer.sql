-- Which officer an account belongs to, so that a complaint naming a unit or a person is never
-- handled by someone in their chain of command. Optional: not every account is an officer's.
alter table account add column officer_id uuid references officer (id);
