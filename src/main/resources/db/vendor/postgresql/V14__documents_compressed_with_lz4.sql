-- PostgreSQL only (db/vendor/{vendor}). A stored document is read and written whole: a status report's HTML
-- page carries its charts (most of a megabyte), and with PostgreSQL's default compression (pglz) storing one
-- took 33 ms of the server's processor time and reading it 12 ms in the load benchmark. LZ4 compresses and
-- decompresses many times faster for about the same size. It applies to documents stored from now on; those
-- stored before are read as they are. A server before PostgreSQL 14, or built without LZ4, keeps pglz and
-- says so.
DO $$
BEGIN
  IF current_setting('server_version_num')::int < 140000 THEN
    RAISE NOTICE 'Documents stay compressed with pglz: column compression needs PostgreSQL 14';
    RETURN;
  END IF;
  EXECUTE 'ALTER TABLE plan_document ALTER COLUMN content SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  RAISE NOTICE 'Documents stay compressed with pglz: %', SQLERRM;
END $$;
