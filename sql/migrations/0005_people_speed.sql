-- The member directory (/people, cgi/people/list.c) at the size of a large
-- network: with 20000 members every page sorted all active members by
-- name (or by when they registered) to show 25 of them. These indexes hold
-- the active members in both orders, so a page reads its 25 entries (and
-- those of the pages before it) straight from the index; with the id that
-- every InnoDB index carries at its end they match the lists' ORDER BY
-- exactly (name, id / created_at, id). The count of all active members
-- reads users_status, the narrowest.
-- The filters need nothing new: profile_fields_field, profile_languages_lang
-- and profiles_municipality_fk already give the members of a field of
-- action, a language or a municipality.

ALTER TABLE users
  ADD KEY users_status_name (status, name),
  ADD KEY users_status_created (status, created_at);
