-- Group workspaces (issue 5): what a working group needs beyond what the
-- forum already uses (0004_forum.sql: groups, group_members).
--
-- Membership is one row per (group, person) whose state tells the way in:
--   invited    an owner or moderator invited the person; they accept
--              (state becomes active) or decline (row deleted)
--   requested  the person asked to join a closed group; an owner or
--              moderator approves (active) or declines (row deleted)
--   active     a member with a role (member, moderator, owner)
-- Only 'active' grants anything (cgi/core/access.c). Removing a member
-- deletes the row, so the next request already finds no access.

ALTER TABLE `groups`
  -- The group's picture, re-encoded to fit 400x400, in the file store.
  ADD COLUMN picture_sha256 CHAR(64) CHARACTER SET ascii NULL AFTER description,
  ADD COLUMN picture_mime VARCHAR(40) CHARACTER SET ascii NULL AFTER picture_sha256,
  ADD COLUMN archived_by INT UNSIGNED NULL AFTER archived_at,
  ADD CONSTRAINT groups_archiver_fk FOREIGN KEY (archived_by) REFERENCES users (id) ON DELETE SET NULL,
  -- The list of groups, by name, and the lists by visibility.
  ADD KEY groups_name (deleted_at, name),
  -- Member counts, kept in the transaction that changes a membership
  -- (the list of 500 groups counts no rows).
  ADD COLUMN member_count INT UNSIGNED NOT NULL DEFAULT 0 AFTER visibility;

ALTER TABLE group_members
  -- Who invited (state 'invited'), or who approved the request.
  ADD COLUMN invited_by INT UNSIGNED NULL AFTER state,
  ADD COLUMN updated_at DATETIME NULL AFTER created_at,
  ADD CONSTRAINT group_members_inviter_fk FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL,
  -- A group's members page (active by role, then requests and invitations).
  ADD KEY group_members_list (group_id, state, role);

UPDATE `groups` g SET member_count =
  (SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = g.id AND gm.state = 'active');

-- An invitation by e-mail to someone without an account may come from a
-- group: accepting it (cgi/account/invite.c) creates the account and makes
-- it a member of the group. A group deleted meanwhile drops the group part
-- only (SET NULL): the account invitation stays good.
ALTER TABLE tokens
  ADD COLUMN group_id INT UNSIGNED NULL AFTER created_by,
  ADD CONSTRAINT tokens_group_fk FOREIGN KEY (group_id) REFERENCES `groups` (id) ON DELETE SET NULL;

-- Site settings the coordinators change in the admin pages (issue 8).
-- Each setting has one row, written here with its default; the programs
-- read them through cgi/core (a missing row means the default).
--   groups.create   'members' (every member may create a group) or
--                   'admins' (only site admins)
CREATE TABLE site_settings (
  name        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  value       VARCHAR(1000) NOT NULL,
  updated_at  DATETIME NOT NULL,
  updated_by  INT UNSIGNED NULL,
  CONSTRAINT site_settings_user_fk FOREIGN KEY (updated_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO site_settings (name, value, updated_at) VALUES ('groups.create', 'members', NOW());
