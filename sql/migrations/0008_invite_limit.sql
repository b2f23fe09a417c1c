-- The daily limit of e-mail invitations into groups (30 per inviter in
-- 24 hours, cgi/groups/members_sql.c) counts a member's invitation tokens
-- of the last day. Without a key that count read every token ever issued;
-- with it, the count is a range of this index alone (the inviter, the
-- kind, the last day). The tokens of people deleted later keep their
-- inviter's id: nothing else reads created_by.
ALTER TABLE tokens
  ADD KEY tokens_creator (created_by, kind, created_at);
