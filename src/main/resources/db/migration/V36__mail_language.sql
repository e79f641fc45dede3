-- The language of every mail the portal sends a staff member (reminders, escalations, tasks,
-- inquiries, the daily digest). Until now only the digest had one (digest_setting.language); the
-- other staff mails were in the portal's default language or in clock.staff-language. No value: the
-- provider's staff language (mail.staff-language).
ALTER TABLE user_account ADD COLUMN mail_language VARCHAR(2) NULL;

UPDATE user_account u
  JOIN digest_setting d ON d.recipient_kind = 'USER' AND d.recipient_key = u.username
   SET u.mail_language = d.language
 WHERE d.language IS NOT NULL;

ALTER TABLE digest_setting DROP COLUMN language;
