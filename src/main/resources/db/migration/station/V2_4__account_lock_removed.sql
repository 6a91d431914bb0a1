-- Failed sign-ins are counted per client, in memory, and no longer per account: a count and a lock
-- kept on the account let anyone lock an officer out by typing wrong passwords for their name.
alter table account drop column failed_attempts;
alter table account drop column locked_until;
