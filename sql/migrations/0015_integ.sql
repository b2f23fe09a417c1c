-- Events in the search over everything a member may read (/search,
-- cgi/home/search.c): what people remember of an event is its title, what
-- it was about and where it took place. Documents have their index since
-- 0010_docs.sql (documents_search).
ALTER TABLE events ADD FULLTEXT KEY events_text (title, description, place);
