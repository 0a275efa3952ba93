-- Victims' contact details are encrypted at rest (AES-256-GCM, uk.police.spo.security.crypto): the columns now hold
-- "v1:<keyId>:<base64(iv | ciphertext | tag)>". Widths are the worst case for the longest value the report API
-- accepts: up to 3 UTF-8 bytes per character, + 28 bytes of IV and tag, Base64 (4 chars per 3 bytes), + a prefix of
-- at most 36 characters (FieldCipher.maxStoredLength):
--   address    500 chars -> 2076  -> varchar(2100)
--   phone       50 chars ->  276  -> varchar(300)
--   email      254 chars -> 1092  -> varchar(1100)
--   safe_times 200 chars ->  876  -> varchar(900)
--
-- Portable SQL: H2 2.3, MySQL 8 and MariaDB 10.11 share no statement that changes a column's type (MODIFY is
-- MySQL's, ALTER COLUMN ... SET DATA TYPE is H2's), so each column is replaced: add a wider one, copy, drop the old
-- one, rename. Rows already stored keep their (plaintext) values here; LegacyPlaintextEncryption encrypts them at
-- the next start, and the converter reads plaintext until then.

alter table case_person add column address_v4 varchar(2100);
update case_person set address_v4 = address;
alter table case_person drop column address;
alter table case_person rename column address_v4 to address;

alter table case_person add column phone_v4 varchar(300);
update case_person set phone_v4 = phone;
alter table case_person drop column phone;
alter table case_person rename column phone_v4 to phone;

alter table case_person add column email_v4 varchar(1100);
update case_person set email_v4 = email;
alter table case_person drop column email;
alter table case_person rename column email_v4 to email;

alter table case_person add column safe_times_v4 varchar(900);
update case_person set safe_times_v4 = safe_times;
alter table case_person drop column safe_times;
alter table case_person rename column safe_times_v4 to safe_times;
