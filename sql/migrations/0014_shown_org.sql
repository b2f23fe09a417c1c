-- The organisation shown with a member's name (forum posts, member lists,
-- a group's home page): the first by name of the organisations they belong
-- to that are not deleted. Pages found it with a subquery per row, which
-- costs MariaDB a temporary table and a sort for each of a topic page's 25
-- posts: half of the database's time for the page (make bench). It is kept
-- in a table of its own instead, one row per member with an organisation.
--
-- Triggers keep it, so that no writer can forget it: the people program,
-- the admin pages (merging organisations moves members), kpctl, the demo
-- and the benchmark's bulk loads. Its own table, not a column of users: a
-- trigger may not change a table its statement reads, and statements that
-- add contact persons read users. A cascade from a deleted user or org
-- fires no trigger: the user's row goes with the user; a hard-deleted org
-- takes its rows along (its members show none until their next change;
-- the programs only ever mark orgs deleted). With binary logging on,
-- MariaDB lets a non-SUPER user create triggers only with
-- log_bin_trust_function_creators = 1 (INSTALL).
CREATE TABLE IF NOT EXISTS shown_orgs (
  user_id  INT UNSIGNED NOT NULL PRIMARY KEY,
  org_id   INT UNSIGNED NOT NULL,
  CONSTRAINT shown_orgs_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT shown_orgs_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

DROP PROCEDURE IF EXISTS kp_shown_org_refresh;
CREATE PROCEDURE kp_shown_org_refresh(IN uid INT UNSIGNED)
BEGIN
  DECLARE oid INT UNSIGNED DEFAULT
    (SELECT om.org_id FROM org_members om
     JOIN orgs o ON o.id = om.org_id AND o.deleted_at IS NULL
     WHERE om.user_id = uid ORDER BY o.name, o.id LIMIT 1);
  IF oid IS NULL THEN
    DELETE FROM shown_orgs WHERE user_id = uid;
  ELSE
    INSERT INTO shown_orgs (user_id, org_id) VALUES (uid, oid)
      ON DUPLICATE KEY UPDATE org_id = oid;
  END IF;
END;

DROP TRIGGER IF EXISTS org_members_shown_ins;
CREATE TRIGGER org_members_shown_ins AFTER INSERT ON org_members FOR EACH ROW
  CALL kp_shown_org_refresh(NEW.user_id);

DROP TRIGGER IF EXISTS org_members_shown_del;
CREATE TRIGGER org_members_shown_del AFTER DELETE ON org_members FOR EACH ROW
  CALL kp_shown_org_refresh(OLD.user_id);

DROP TRIGGER IF EXISTS org_members_shown_upd;
CREATE TRIGGER org_members_shown_upd AFTER UPDATE ON org_members FOR EACH ROW
BEGIN
  IF NEW.user_id <> OLD.user_id OR NEW.org_id <> OLD.org_id THEN
    CALL kp_shown_org_refresh(OLD.user_id);
    IF NEW.user_id <> OLD.user_id THEN
      CALL kp_shown_org_refresh(NEW.user_id);
    END IF;
  END IF;
END;

-- A renamed org can change which comes first; a deleted or restored one
-- leaves or rejoins the choice.
DROP TRIGGER IF EXISTS orgs_shown_upd;
CREATE TRIGGER orgs_shown_upd AFTER UPDATE ON orgs FOR EACH ROW
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE uid INT UNSIGNED;
  DECLARE members CURSOR FOR SELECT user_id FROM org_members WHERE org_id = NEW.id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  IF NOT (NEW.name <=> OLD.name) OR NOT (NEW.deleted_at <=> OLD.deleted_at) THEN
    OPEN members;
    next_member: LOOP
      FETCH members INTO uid;
      IF done THEN
        LEAVE next_member;
      END IF;
      CALL kp_shown_org_refresh(uid);
    END LOOP;
    CLOSE members;
  END IF;
END;

REPLACE INTO shown_orgs (user_id, org_id)
SELECT u.id, (SELECT om.org_id FROM org_members om
              JOIN orgs o ON o.id = om.org_id AND o.deleted_at IS NULL
              WHERE om.user_id = u.id ORDER BY o.name, o.id LIMIT 1) AS org
FROM users u HAVING org IS NOT NULL;
