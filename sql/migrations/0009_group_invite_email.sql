-- An invitation into a group by e-mail address may reach an address that
-- already has an account: that account gets the 'invited' row and its
-- notification at once. The inviter typed an address, not a name, and
-- must not learn whether (or whose) account it is: the members page lists
-- such an invitation by the address typed (normalised), kept here, and
-- never by the account's name or organisation until it is accepted.
-- NULL for every other row (an invitation by name, a request, a member).
-- It also counts toward the inviter's 30 e-mail invitations a day
-- (cgi/groups/members_sql.c), with the invitation tokens.
ALTER TABLE group_members
  ADD COLUMN invited_email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL AFTER invited_by;
