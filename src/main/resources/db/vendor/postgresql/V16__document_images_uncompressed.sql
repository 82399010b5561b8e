-- PostgreSQL only (db/vendor/{vendor}). A document's images are PNG, compressed already: stored out of line
-- without a second compression, which would cost the server's processor time and save nothing.
ALTER TABLE plan_document_image ALTER COLUMN content SET STORAGE EXTERNAL;
