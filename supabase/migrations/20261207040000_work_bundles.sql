-- Work that travels without internet (issue #17): the building block of
-- bundle authentication, HMAC-SHA256 (RFC 2104) over PostgreSQL 15's core
-- sha256(), so the database verifies a learner's saved work with nothing but
-- what every Supabase project has (no pgcrypto needed).  The bundles, the
-- device keys and the delivery RPC build on it (docs/sync-protocol.md).

create function private.hmac_sha256(key bytea, message bytea) returns bytea
language plpgsql immutable strict parallel safe set search_path = ''
as $$
declare
  block constant int := 64;  -- SHA-256's block size, in bytes
  k bytea := key;
  inner_pad bytea;
  outer_pad bytea;  -- the loop's i is its own (a FOR loop declares it)
begin
  if octet_length(k) > block then
    k := pg_catalog.sha256(k);  -- a long key is hashed first (RFC 2104, section 2)
  end if;
  k := k || pg_catalog.decode(pg_catalog.repeat('00', block - octet_length(k)), 'hex');
  inner_pad := k;
  outer_pad := k;
  for i in 0 .. block - 1 loop
    inner_pad := pg_catalog.set_byte(inner_pad, i, pg_catalog.get_byte(k, i) # 54);  -- 0x36
    outer_pad := pg_catalog.set_byte(outer_pad, i, pg_catalog.get_byte(k, i) # 92);  -- 0x5c
  end loop;
  return pg_catalog.sha256(outer_pad || pg_catalog.sha256(inner_pad || message));
end
$$;

revoke all on function private.hmac_sha256(bytea, bytea) from public, anon, authenticated;
